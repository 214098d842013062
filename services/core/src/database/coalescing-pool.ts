import { CompiledQuery } from 'kysely';
import type {
  Compilable,
  PostgresCursor,
  PostgresPool,
  PostgresPoolClient,
  PostgresQueryResult,
  Transaction,
} from 'kysely';
import pg from 'pg';
import { noteFailure, sendingWhatMayCommit } from './request-writes.js';
import { transientKindOf } from './transient-database-error.js';

/** Whether `error` means the connection itself is gone, not only the statement failed. */
function isConnectionLost(error: unknown): boolean {
  // The server's own errors (with a SQLSTATE) end the connection only when FATAL.
  if (error instanceof pg.DatabaseError) {
    return error.severity === 'FATAL' || error.severity === 'PANIC';
  }
  return transientKindOf(error) === 'connection';
}

/**
 * Fewer round trips per transaction, on both engines (a `pg` pool over a socket or over
 * PGlite's in-process protocol). Every request's transaction used to begin with two
 * waits of its own (BEGIN, then inScope's settings) and end with appends nobody reads
 * back in the transaction (audit entry, change-log entries) before COMMIT. PostgreSQL's
 * simple-query protocol runs several statements sent as one string, in order, stopping
 * at the first error; so this pool's clients
 * - hold BEGIN, and statements marked "with the next one" (inScope's settings), back and
 *   send them in front of the transaction's next statement, in the same string;
 * - hold statements marked "at commit" (the appends) back and send them in front of
 *   COMMIT, in the same string: an error in one of them fails the COMMIT, and kysely
 *   rolls the transaction back, so the write and its appends still stand or fall together.
 * A string of several statements cannot carry parameters, so the values of the
 * statements sent that way are inlined as quoted literals: pg's own escapeLiteral of
 * pg's own text form of each value, the very text the parameter would have carried,
 * typed by its context in the same way. Outside a transaction nothing is held.
 *
 * A client out of the pool listens for its connection's errors from the moment the pool
 * hands it out: pg's Pool only listens on idle clients, and a checked-out client whose
 * connection dies (the server restarted, pg_terminate_backend) emits 'error', which
 * without a listener ends the process. The failure ends the request's statement with an
 * error instead; the ROLLBACK kysely then sends cannot replace it (its own error is
 * dropped: the server rolled back when it lost the connection), and the client goes
 * back to the pool with the error, so the pool destroys it and opens a new connection
 * for the next request.
 */
const WITH_NEXT = '/* city_ops: with next */ ';
const AT_COMMIT = '/* city_ops: at commit */ ';

/** What kysely is told for a statement that was held back: no rows, nothing affected yet. */
const HELD: PostgresQueryResult<never> = { command: 'SELECT', rowCount: 0, rows: [] };

type Result = PostgresQueryResult<unknown>;

/** pg's conversion of a parameter to its text form (utils.prepareValue is not in @types/pg). */
const prepareValue = (pg as unknown as { utils: { prepareValue(value: unknown): unknown } }).utils
  .prepareValue;

/** A value as a SQL literal: exactly the text pg would send as the parameter, quoted by pg. */
export function literal(value: unknown): string {
  const prepared = prepareValue(value);
  if (prepared === null) return 'NULL';
  if (typeof prepared !== 'string') {
    throw new TypeError('only values with a text form can be inlined as literals');
  }
  // PostgreSQL text cannot hold NUL (a parameter would be refused too), and the
  // simple-query string ends at one.
  if (prepared.includes('\u0000')) throw new RangeError('text with a NUL character');
  return pg.escapeLiteral(prepared);
}

/**
 * The compiled statement with its `$n` placeholders replaced by literals. Quoted
 * strings and identifiers are copied as they are; what this scan could misread
 * (dollar quoting, E'…' strings with backslash escapes) is refused rather than guessed at.
 */
export function inlineParameters(sqlText: string, parameters: readonly unknown[]): string {
  let out = '';
  let index = 0;
  while (index < sqlText.length) {
    const character = sqlText[index] as string;
    if (character === "'" && /(^|[^\w$])[eE]$/.test(sqlText.slice(Math.max(0, index - 2), index))) {
      throw new Error("cannot inline a statement with an E'…' string");
    }
    if (character === "'" || character === '"') {
      const end = closingQuote(sqlText, index, character);
      out += sqlText.slice(index, end + 1);
      index = end + 1;
    } else if (character === '$') {
      const digits = /^\$(\d+)/.exec(sqlText.slice(index, index + 12));
      if (!digits?.[1]) throw new Error('cannot inline a statement that uses dollar quoting');
      const position = Number(digits[1]);
      if (position < 1 || position > parameters.length) {
        throw new Error(`statement refers to parameter $${position} of ${parameters.length}`);
      }
      out += literal(parameters[position - 1]);
      index += digits[0].length;
    } else {
      out += character;
      index += 1;
    }
  }
  return out;
}

function closingQuote(text: string, start: number, quote: string): number {
  let index = start + 1;
  while (index < text.length) {
    if (text[index] === quote) {
      if (text[index + 1] !== quote) return index;
      index += 2;
    } else {
      index += 1;
    }
  }
  throw new Error('unterminated quoted text in a statement to inline');
}

/**
 * Runs `statement` (no parameters) in front of the transaction's next one instead of
 * on its own; its result is not returned. For settings whose result nobody reads.
 */
export async function withNextStatement<DB>(
  trx: Transaction<DB>,
  statement: string,
): Promise<void> {
  await trx.executeQuery(CompiledQuery.raw(`${WITH_NEXT}${statement}`));
}

/**
 * Runs `query` in front of the transaction's COMMIT instead of now: for appends that
 * nothing later in the transaction reads (audit entry, change-log entry). Its error,
 * if any, fails the commit, so the transaction still stands or falls as one.
 */
export async function atCommit<DB>(trx: Transaction<DB>, query: Compilable): Promise<void> {
  const { sql, parameters } = query.compile();
  await trx.executeQuery(CompiledQuery.raw(`${AT_COMMIT}${inlineParameters(sql, parameters)}`));
}

const isBegin = (text: string) => text === 'begin' || /^start transaction\b/i.test(text);

class CoalescingClient implements PostgresPoolClient {
  /** 'held': BEGIN not sent yet; 'open': the server is inside the transaction. */
  private state: 'idle' | 'held' | 'open' = 'idle';
  private front: string[] = [];
  private beforeCommit: string[] = [];
  /** The connection's error, once it failed while checked out. */
  private failure: Error | undefined;
  private readonly onError = (error: Error) => {
    this.failure ??= error;
  };

  constructor(private readonly client: pg.PoolClient) {}

  /**
   * Taken out of the pool: from now until it is back, the connection's errors are this
   * client's. Called from the pool's 'acquire' event, synchronously, before the pool
   * drops its own listener: a new connection's FATAL can be parsed from the same chunk
   * as the ReadyForQuery that hands it out, before whoever asked for it runs.
   */
  watch(): void {
    this.failure = undefined;
    this.client.on('error', this.onError);
  }

  /** Back in the pool (its 'release' event), which listens again itself. */
  unwatch(): void {
    this.client.removeListener('error', this.onError);
  }

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query(
    sql: string | PostgresCursor<unknown>,
    parameters: ReadonlyArray<unknown> = [],
  ): Promise<Result> | PostgresCursor<unknown> {
    if (typeof sql !== 'string') {
      // No streaming (no cursor is configured); pass it on as kysely would have.
      return this.client.query(sql as never) as PostgresCursor<unknown>;
    }
    if (this.state === 'idle') {
      if (isBegin(sql)) {
        this.state = 'held';
        this.front.push(sql);
        return Promise.resolve(HELD);
      }
      // Outside a transaction a statement commits on its own.
      return sendingWhatMayCommit(() => this.run(sql, parameters));
    }
    if (parameters.length === 0) {
      if (sql.startsWith(WITH_NEXT)) {
        this.front.push(sql);
        return Promise.resolve(HELD);
      }
      if (sql.startsWith(AT_COMMIT)) {
        this.beforeCommit.push(sql);
        return Promise.resolve(HELD);
      }
      if (sql === 'commit') return this.commit();
      if (sql === 'rollback') return this.rollback();
    }
    return this.statement(sql, parameters);
  }

  release(): void {
    this.state = 'idle';
    this.front = [];
    this.beforeCommit = [];
    // With an error the pool destroys the client instead of handing it out again.
    this.client.release(this.failure);
  }

  private async run(sql: string, parameters: ReadonlyArray<unknown>): Promise<Result> {
    let result: Result | Result[];
    try {
      result = (await this.client.query(sql, parameters as unknown[])) as unknown as
        Result | Result[];
    } catch (error) {
      // A FATAL from the server (57P01 on pg_terminate_backend …) arrives before the
      // socket closes: the connection is as good as gone already. The same SQLSTATE
      // at ERROR level (raised by a function, say) leaves it usable.
      if (isConnectionLost(error)) this.failure ??= error as Error;
      noteFailure(error);
      throw error;
    }
    // Several statements in one string answer with one result each: the caller's is the last.
    return Array.isArray(result) ? (result.at(-1) ?? HELD) : result;
  }

  private async statement(sql: string, parameters: ReadonlyArray<unknown>): Promise<Result> {
    if (this.front.length === 0) return this.run(sql, parameters);
    let inlined: string;
    try {
      inlined = parameters.length > 0 ? inlineParameters(sql, parameters) : sql;
    } catch {
      // Not expressible without parameters: what is held goes first, on its own.
      await this.flushFront();
      return this.run(sql, parameters);
    }
    return this.run([...this.takeFront(), inlined].join(';\n'), []);
  }

  private takeFront(): string[] {
    const front = this.front;
    this.front = [];
    this.state = 'open';
    return front;
  }

  private async flushFront(): Promise<void> {
    if (this.front.length > 0) await this.run(this.takeFront().join(';\n'), []);
  }

  private async commit(): Promise<Result> {
    const appends = this.beforeCommit;
    this.beforeCommit = [];
    if (this.state === 'held' && appends.length === 0) {
      // Nothing reached the server: there is no transaction to commit.
      this.front = [];
      this.state = 'idle';
      return HELD;
    }
    const text = [...this.takeFront(), ...appends, 'commit'].join(';\n');
    // Still 'open' if this throws: kysely then sends ROLLBACK, which must reach the server.
    const result = await sendingWhatMayCommit(() => this.run(text, []));
    this.state = 'idle';
    return result;
  }

  private async rollback(): Promise<Result> {
    const reachedServer = this.state === 'open';
    this.front = [];
    this.beforeCommit = [];
    this.state = 'idle';
    if (!reachedServer) return HELD;
    if (!this.failure) return this.run('rollback', []);
    // A lost connection took its transaction with it; the ROLLBACK is sent anyway in
    // case the session survived (PGlite's in-process one does), and its error, which
    // would replace the real one, is dropped.
    await this.run('rollback', []).catch(() => undefined);
    return HELD;
  }
}

/** The pool kysely's PostgresDialect is given: `pool`'s clients, coalescing as above. */
export function coalescingPool(pool: pg.Pool): PostgresPool {
  const clients = new WeakMap<pg.PoolClient, CoalescingClient>();
  const wrapperOf = (client: pg.PoolClient) => {
    let wrapped = clients.get(client);
    if (!wrapped) {
      wrapped = new CoalescingClient(client);
      clients.set(client, wrapped);
    }
    return wrapped;
  };
  pool.on('acquire', (client) => wrapperOf(client).watch());
  pool.on('release', (_error, client) => clients.get(client)?.unwatch());
  return {
    connect: async () => {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        noteFailure(error);
        throw error;
      }
      return wrapperOf(client);
    },
    end: () => pool.end(),
  };
}
