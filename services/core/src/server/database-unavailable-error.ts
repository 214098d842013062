import type { KnownFailures } from '@city-ops/kernel';
import { databaseFailureOf } from '../database/request-writes.js';
import { transientKindOf } from '../database/transient-database-error.js';
import { serviceUnavailable } from '@city-ops/kernel';
import type { GraphQLError } from 'graphql';

const RETRY = 'Send the same request again in a few seconds.';

/**
 * What a write whose outcome is unknown may do next: a create carries an idempotency
 * key, so sending it again cannot store it twice; an action on a record carries the
 * version it was taken on, so sending it again is refused with CONFLICT if it was applied.
 */
const RETRY_WRITE =
  'Send it again in a few seconds: a create sent again with the same idempotencyKey and input is applied only once, and an action sent again with the same version is refused with CONFLICT if it was applied (read the record to see).';

/**
 * The client's error for a transient database failure (transient-database-error.ts):
 * SERVICE_UNAVAILABLE, saying what may have been applied; undefined for anything else.
 * A mutation is told "nothing was applied" only when this process knows it
 * (request-writes.ts): its connection failed, or the server rolled back its
 * transaction, before any COMMIT or autocommit statement of the request was sent.
 */
export function databaseUnavailableError(error: unknown): GraphQLError | undefined {
  const kind = transientKindOf(error);
  if (!kind) return undefined;
  const failure = databaseFailureOf(error) ?? { operation: undefined, applied: 'unknown' };
  const cause =
    kind === 'rolled-back'
      ? 'The database undid this request because a concurrent one conflicted with it (deadlock or serialization failure).'
      : 'This node cannot reach its database right now.';
  if (failure.operation === 'query' || failure.operation === 'subscription') {
    return serviceUnavailable(`${cause} ${RETRY}`);
  }
  if (failure.applied === 'nothing') {
    return serviceUnavailable(`${cause} Nothing was applied. ${RETRY}`);
  }
  if (failure.operation === 'mutation') {
    return serviceUnavailable(
      kind === 'connection'
        ? `This node lost its database connection while the write was being applied. It may or may not have been applied. ${RETRY_WRITE}`
        : `${cause} An earlier step of the write may or may not have been applied. ${RETRY_WRITE}`,
    );
  }
  // Not a request this process tracked: say it for a write, to be safe.
  return serviceUnavailable(
    `${cause} If this was a write, it may or may not have been applied. ${RETRY_WRITE}`,
  );
}

/** A node's database failures, as the kernel's error masking is told about them. */
export const DATABASE_FAILURES: KnownFailures = {
  translate: databaseUnavailableError,
  warning:
    'the database failed during a request; the client was told to retry (SERVICE_UNAVAILABLE)',
};
