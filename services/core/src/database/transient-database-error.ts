/**
 * Which database failures say "the database cannot be reached right now" rather than
 * "this request is wrong": the connection was refused, reset or terminated, the server
 * is starting or stopping, or it has no connection slot left. The same request, sent
 * again once the database is back, is expected to succeed, so a client is told to retry
 * (SERVICE_UNAVAILABLE) instead of getting a masked "Unexpected error.".
 */

/** SQLSTATEs of that kind outside class 08 (connection exception, all of it transient). */
const TRANSIENT_SQLSTATES = new Set([
  '57P01', // admin_shutdown: pg_terminate_backend, or a fast / immediate shutdown
  '57P02', // crash_shutdown: another backend crashed and the server is resetting
  '57P03', // cannot_connect_now: the server is starting up or shutting down
  '53300', // too_many_connections
]);

/**
 * SQLSTATEs after which the server has rolled the whole transaction back and the same
 * transaction, run again, normally succeeds: a serialization failure or a deadlock.
 * Reported by the server, so nothing of the transaction was committed.
 */
const ROLLED_BACK_SQLSTATES = new Set(['40001', '40P01']);

/** Socket errors of a connection to the database (Node's `error.code`). */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * pg's own messages for a connection that ended or could not be made, which carry no
 * SQLSTATE: "Connection terminated unexpectedly", "Connection terminated due to
 * connection timeout", "timeout exceeded when trying to connect" (the pool), "Client has
 * encountered a connection error and is not queryable", "Query read timeout".
 */
const PG_CONNECTION_MESSAGES = [
  /^Connection terminated\b/,
  /^timeout exceeded when trying to connect$/,
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
  /^Query read timeout$/,
];

export type TransientKind =
  /** The connection failed: whatever was in flight may or may not have been done. */
  | 'connection'
  /** The server rolled the transaction back (serialization failure, deadlock). */
  | 'rolled-back';

function ownKindOf(error: object): TransientKind | undefined {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (ROLLED_BACK_SQLSTATES.has(code)) return 'rolled-back';
    if (code.startsWith('08') && code.length === 5) return 'connection';
    if (TRANSIENT_SQLSTATES.has(code) || SOCKET_CODES.has(code)) return 'connection';
  }
  const message = (error as { message?: unknown }).message;
  if (typeof message === 'string' && PG_CONNECTION_MESSAGES.some((text) => text.test(message))) {
    return 'connection';
  }
  return undefined;
}

/**
 * The kind of transient database failure `error` is, looking through `cause` chains
 * and AggregateErrors (Node reports a refused connection to several addresses as
 * one); undefined for anything else.
 */
export function transientKindOf(error: unknown, depth = 0): TransientKind | undefined {
  if (!error || typeof error !== 'object' || depth > 5) return undefined;
  const own = ownKindOf(error);
  if (own) return own;
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const kind = transientKindOf(inner, depth + 1);
      if (kind) return kind;
    }
  }
  return transientKindOf((error as { cause?: unknown }).cause, depth + 1);
}

export const isTransientDatabaseError = (error: unknown): boolean =>
  transientKindOf(error) !== undefined;

/**
 * Whether the server itself answered the statement with an error (it has a SQLSTATE
 * and the connection did not fail): the statement, a COMMIT included, then took no
 * effect. A connection failure during a COMMIT leaves its outcome unknown.
 */
export function isServerReportedFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return (
    typeof code === 'string' &&
    /^[0-9A-Z]{5}$/.test(code) &&
    ownKindOf(error as object) !== 'connection'
  );
}
