import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

/**
 * A request id a client (or the gateway) may choose: 1–128 letters, digits or `. _ : -` —
 * a UUID, a trace id, `req-42`. Anything else (4 KB of markup, a line break that forges a
 * log line) is not kept: it would be stored for good in the hash-chained audit log.
 */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** The id a request goes by: `header` when it fits the pattern, otherwise a fresh UUID. */
export function requestIdFrom(header: string | null | undefined): string {
  return header !== null && header !== undefined && REQUEST_ID_PATTERN.test(header)
    ? header
    : randomUUID();
}

const idOfRequest = new WeakMap<Request, string>();

/**
 * `requestIdFrom` the request's `x-request-id`, the same for every asker of one request, so
 * what is audited and what the response echoes agree even when the header was replaced.
 */
export function requestIdOf(request: Request): string {
  let id = idOfRequest.get(request);
  if (id === undefined) {
    id = requestIdFrom(request.headers.get('x-request-id'));
    idOfRequest.set(request, id);
  }
  return id;
}

/** Echoes the request's id (`requestIdOf`) on every response, so a client can quote it. */
export function useRequestId(): Plugin {
  return {
    onResponse({ request, response }) {
      response.headers.set('x-request-id', requestIdOf(request));
    },
  };
}
