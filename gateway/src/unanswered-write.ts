import type { GraphQLError } from 'graphql';
import { clientError } from '@city-ops/kernel';
import { noteUnavailableCause, transportCauseOf } from './node-unavailable-log.js';

/**
 * A connection refused, or a name not resolved: nothing was sent, so nothing can have
 * been applied. Looks through `cause` chains (fetch puts the socket's code a level or
 * two below "fetch failed"; the forwarder's client reports it on the error itself).
 */
export function neverDelivered(error: unknown): boolean {
  const cause = transportCauseOf(error);
  return cause === 'ECONNREFUSED' || cause === 'ENOTFOUND';
}

/**
 * A write sent to a node whose answer never came back (connection reset, timeout):
 * the node may have applied it. The gateway does not send it again; the error tells
 * the client how to retry safely — the same idempotency key — for whichever path
 * (forwarded or stitched) the write took. `cause` (the transport's reason) is kept for
 * the gateway's rate-limited NODE_UNAVAILABLE log line (node-unavailable-log.ts), not
 * shown to the client.
 */
export function unansweredWrite(label: string, division: string, cause: string): GraphQLError {
  return noteUnavailableCause(
    clientError(
      'NODE_UNAVAILABLE',
      {
        zh: `节点 ${label} 未对这次写入作出应答；写入可能已生效，也可能未生效。要安全重试，请用相同的 idempotencyKey 和相同的输入重新发送：已生效的新建会返回已建的记录，不会重复建立。不带该键重试新建可能产生重复记录；已生效的操作重试时会被拒绝，因为记录的版本或状态已经变化。`,
        en: `Node ${label} did not answer the write; it may or may not have been applied. To retry safely, send it again with the same idempotencyKey and the same input: a create that was applied then answers with what it made and is not applied twice. Without a key a retried create may make a duplicate; a retried action that was applied is refused, as the record's version or state has moved on.`,
      },
      { node: division, retryWithSameIdempotencyKey: true },
    ),
    cause,
  );
}
