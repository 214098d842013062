import type { GraphQLError } from 'graphql';
import { clientError } from '@city-ops/core';

/** A connection refused, or a name not resolved: nothing was sent, so nothing can have been applied. */
export function neverDelivered(code: string | undefined): boolean {
  return code === 'ECONNREFUSED' || code === 'ENOTFOUND';
}

/**
 * A write sent to a node whose answer never came back (connection reset, timeout):
 * the node may have applied it. The gateway does not send it again; the error tells
 * the client how to retry safely — the same idempotency key — for whichever path
 * (forwarded or stitched) the write took.
 */
export function unansweredWrite(label: string, division: string): GraphQLError {
  return clientError(
    'NODE_UNAVAILABLE',
    `Node ${label} did not answer the write; it may or may not have been applied. To retry safely, send it again with the same idempotencyKey and the same input: a create that was applied then answers with what it made and is not applied twice. Without a key a retried create may make a duplicate; a retried action that was applied is refused, as the record's version or state has moved on.`,
    { node: division, retryWithSameIdempotencyKey: true },
  );
}
