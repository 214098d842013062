import { EventEmitter } from 'node:events';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  atCommit,
  coalescingPool,
  inlineParameters,
  literal,
  withNextStatement,
} from './coalescing-pool.js';

interface Table {
  t: { id: number; note: string | null; roles: string[]; at: Date };
}

/** A pg pool whose one client records each string sent and answers like pg (one result per statement). */
function recordingPool(fail?: RegExp, loseConnectionOn?: RegExp) {
  const sent: string[] = [];
  const released: (Error | undefined)[] = [];
  let lost = false;
  // Like pg's: the pool says 'acquire' and 'release', and the client emits its connection's errors.
  const pool = new EventEmitter();
  const client = Object.assign(new EventEmitter(), {
    query: async (text: string, values: unknown[] = []) => {
      sent.push(values.length > 0 ? `${text} -- ${JSON.stringify(values)}` : text);
      if (lost) throw new Error('Client has encountered a connection error and is not queryable');
      if (loseConnectionOn?.test(text)) {
        // As pg does when the socket closes under a query: 'error' on the client, the query rejected.
        lost = true;
        const error = new Error('Connection terminated unexpectedly');
        client.emit('error', error);
        throw error;
      }
      if (fail?.test(text)) throw new Error('statement failed');
      const results = text
        .split(';\n')
        .map(() => ({ command: 'SELECT', rowCount: 1, rows: [{ n: sent.length }] }));
      return results.length === 1 ? results[0] : results;
    },
    release: (error?: Error) => {
      released.push(error);
      pool.emit('release', error, client);
    },
  });
  Object.assign(pool, {
    connect: async () => {
      pool.emit('acquire', client);
      return client;
    },
    end: async () => undefined,
  });
  const db = new Kysely<Table>({
    dialect: new PostgresDialect({ pool: coalescingPool(pool as unknown as pg.Pool) }),
  });
  return { db, sent, released, client };
}

describe('literal', () => {
  it('quotes text as pg would send it, doubling quotes and escaping backslashes', () => {
    expect(literal("it's")).toBe("'it''s'");
    expect(literal('a\\b')).toBe(" E'a\\\\b'");
    expect(literal(null)).toBe('NULL');
    expect(literal(undefined)).toBe('NULL');
    expect(literal(42)).toBe("'42'");
    expect(literal(['a', "c'd"])).toBe(`'{"a","c''d"}'`);
  });

  it('refuses what has no text form', () => {
    expect(() => literal(Buffer.from('x'))).toThrow(/text form/);
    expect(() => literal('a\u0000b')).toThrow(/NUL/);
  });
});

describe('inlineParameters', () => {
  it('replaces placeholders outside quoted text only', () => {
    expect(inlineParameters(`select $1, '$2', "a$2", $2`, ['x', 'y'])).toBe(
      `select 'x', '$2', "a$2", 'y'`,
    );
    expect(inlineParameters(`select 'it''s $1', $1`, ["o'k"])).toBe(`select 'it''s $1', 'o''k'`);
  });

  it('refuses dollar quoting and missing parameters', () => {
    expect(() => inlineParameters('select $$x$$', [])).toThrow(/dollar quoting/);
    expect(() => inlineParameters("select E'\\'$1', $1", ['x'])).toThrow(/E'…' string/);
    expect(inlineParameters("select note = 'e', type = $1", ['x'])).toBe(
      "select note = 'e', type = 'x'",
    );
    expect(() => inlineParameters('select $2', ['x'])).toThrow(/parameter \$2 of 1/);
  });
});

describe('the coalescing pool', () => {
  it('sends BEGIN and the settings with the first statement, and the appends with COMMIT', async () => {
    const { db, sent } = recordingPool();
    const result = await db.transaction().execute(async (trx) => {
      await withNextStatement(trx, `SELECT set_config('role', 'city_ops_app', true)`);
      const first = await sql<{ n: number }>`SELECT nextval('s')`.execute(trx);
      await atCommit(
        trx,
        trx.insertInto('t').values({ id: 1, note: "it's", roles: ['a'], at: new Date(0) }),
      );
      await trx.selectFrom('t').selectAll().where('id', '=', 1).execute();
      return first.rows;
    });
    expect(result).toEqual([{ n: 1 }]);
    expect(sent).toHaveLength(3);
    expect(sent[0]).toMatch(
      /^begin;\n\/\* city_ops: with next \*\/ SELECT set_config.*;\nSELECT nextval\('s'\)$/s,
    );
    expect(sent[1]).toMatch(/^select .* -- \[1\]$/);
    expect(sent[2]).toMatch(
      /^\/\* city_ops: at commit \*\/ insert into "t" \("id", "note", "roles", "at"\) values \('1', 'it''s', '\{"a"\}', '.*'\);\ncommit$/,
    );
  });

  it('inlines the parameters of the first statement to send it with what is held', async () => {
    const { db, sent } = recordingPool();
    await db.transaction().execute(async (trx) => {
      await withNextStatement(trx, 'SELECT 1');
      await trx.selectFrom('t').selectAll().where('note', '=', "it's").execute();
      await trx.selectFrom('t').selectAll().where('id', '=', 2).execute();
    });
    expect(sent).toEqual([
      `begin;\n/* city_ops: with next */ SELECT 1;\nselect * from "t" where "note" = 'it''s'`,
      expect.stringMatching(/^select .* -- \[2\]$/),
      'commit',
    ]);
  });

  it('sends what is held on its own before a statement it cannot inline', async () => {
    const { db, sent } = recordingPool();
    await db.transaction().execute(async (trx) => {
      await withNextStatement(trx, 'SELECT 1');
      await sql`SELECT $$x$$ || ${'y'}`.execute(trx);
    });
    expect(sent).toEqual([
      'begin;\n/* city_ops: with next */ SELECT 1',
      'SELECT $$x$$ || $1 -- ["y"]',
      'commit',
    ]);
  });

  it('sends nothing for a transaction that never reached the server', async () => {
    const { db, sent } = recordingPool();
    await db.transaction().execute(async (trx) => withNextStatement(trx, 'SELECT 1'));
    await expect(
      db.transaction().execute(async (trx) => {
        await withNextStatement(trx, 'SELECT 1');
        throw new Error('refused before any query');
      }),
    ).rejects.toThrow(/refused/);
    expect(sent).toEqual([]);
  });

  it('rolls back when an append fails at commit', async () => {
    const { db, sent } = recordingPool(/at commit/);
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`SELECT 1`.execute(trx);
        await atCommit(
          trx,
          trx.insertInto('t').values({ id: 1, note: null, roles: [], at: new Date(0) }),
        );
      }),
    ).rejects.toThrow(/statement failed/);
    expect(sent.at(-1)).toBe('rollback');
  });

  it('runs a marked statement at once outside a transaction', async () => {
    const { db, sent } = recordingPool();
    await sql.raw('/* city_ops: at commit */ SELECT 1').execute(db);
    expect(sent).toEqual(['/* city_ops: at commit */ SELECT 1']);
  });

  it("ends the request with the connection's own error and hands the client back with it", async () => {
    const { db, sent, released, client } = recordingPool(undefined, /pg_sleep/);
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`SELECT pg_sleep(10)`.execute(trx);
      }),
    ).rejects.toThrow('Connection terminated unexpectedly');
    // The ROLLBACK was tried (a session may survive) but its error did not replace the real one.
    expect(sent.at(-1)).toBe('rollback');
    expect(released).toHaveLength(1);
    expect(released[0]?.message).toBe('Connection terminated unexpectedly');
    // Back in the pool, the client is the pool's to listen to again.
    expect(client.listenerCount('error')).toBe(0);
  });
});
