import { AsyncLocalStorage } from 'node:async_hooks';
import { isServerReportedFailure, transientKindOf } from './transient-database-error.js';

/**
 * What a failed request may have left in the database, so a client can be told the
 * truth when its database connection fails: "nothing was applied, send it again" is
 * only said when this process is sure of it. Each GraphQL execution runs with its own
 * record (useRequestWrites); the pool's clients (coalescing-pool.ts) mark it before
 * they send anything that could commit — a COMMIT, or a statement outside a
 * transaction (autocommit; reads are not told apart from writes) — and unmark it when
 * the server answered that statement with an error (then it took no effect).
 */
interface RequestWrites {
  operation: string;
  /** Something this request sent may have been committed. */
  mayHaveCommitted: boolean;
}

/** What is known about a transient failure when it happens (see databaseFailureOf). */
export interface DatabaseFailure {
  /** The GraphQL operation type ('query', 'mutation', …); undefined outside a request. */
  operation: string | undefined;
  /**
   * 'nothing': this request committed nothing (its connection failed, or the server
   * rolled its transaction back, before any COMMIT or autocommit statement was sent or
   * after each one sent was refused). 'unknown': a COMMIT was in flight, an earlier one
   * succeeded, or this is not a tracked request.
   */
  applied: 'nothing' | 'unknown';
}

const requests = new AsyncLocalStorage<RequestWrites>();
const failures = new WeakMap<object, DatabaseFailure>();

/** Runs `work` (a GraphQL execution) with its own record of what may have been committed. */
export function trackingRequestWrites<T>(operation: string, work: () => T): T {
  return requests.run({ operation, mayHaveCommitted: false }, work);
}

/**
 * Sends `statement`, which may commit (a COMMIT, an autocommit statement), marking the
 * current request first; when it fails, notes what is known (noteFailure).
 */
export async function sendingWhatMayCommit<T>(statement: () => Promise<T>): Promise<T> {
  const request = requests.getStore();
  const before = request?.mayHaveCommitted ?? false;
  if (request) request.mayHaveCommitted = true;
  try {
    return await statement();
  } catch (error) {
    // The server refused it: it took no effect, so the request is where it was before.
    if (request && isServerReportedFailure(error)) request.mayHaveCommitted = before;
    // Noted already by the client that sent it, before the line above: note it again.
    if (error && typeof error === 'object') failures.delete(error);
    noteFailure(error);
    throw error;
  }
}

/**
 * Records, on a transient failure of the current request, whether this request may
 * have committed anything: read at the moment of failure, while the request's record
 * is still at hand, and looked up later by the mask path (databaseFailureOf).
 */
export function noteFailure(error: unknown): void {
  if (!error || typeof error !== 'object' || failures.has(error)) return;
  if (!transientKindOf(error)) return;
  const request = requests.getStore();
  failures.set(error, {
    operation: request?.operation,
    applied: request && !request.mayHaveCommitted ? 'nothing' : 'unknown',
  });
}

/** What noteFailure recorded for `error` (or an error in its cause chain). */
export function databaseFailureOf(error: unknown): DatabaseFailure | undefined {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 6; depth += 1) {
    const failure = failures.get(current);
    if (failure) return failure;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
