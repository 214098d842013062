import { randomUUID } from 'node:crypto';

/** Letters, digits and `._:-`, as tracing ids (UUIDs, W3C trace ids, ULIDs) are written. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request id to log and pass on: the caller's `X-Request-Id` when it is a plausible
 * id, a new UUID otherwise. A request id ends up in logs and the audit log; markup,
 * control characters or kilobytes of it must not.
 */
export function acceptedRequestId(header: string | null | undefined): string {
  return header !== null && header !== undefined && REQUEST_ID.test(header) ? header : randomUUID();
}
