import type { GraphQLResponse } from './federation.js';

/** A GraphQL subscription over SSE (distinct connections): its answers one at a time. */
export interface SseSubscription<T> {
  /** The HTTP status the server answered the subscribe request with. */
  status: number;
  /**
   * The next result the server sent (`event: next`), or undefined once it completed
   * (`event: complete`). Throws when the connection ends without completing (a server cut
   * off rather than closed cleanly). Waits as long as it takes: the test's timeout bounds it.
   */
  next(): Promise<GraphQLResponse<T> | undefined>;
  /** Ends the stream from this side, as a client going away does. */
  close(): Promise<void>;
}

/**
 * Opens `query` as a GraphQL-over-SSE subscription (POST, Accept: text/event-stream), as a
 * browser's graphql-sse client in distinct-connections mode does. Resolves once the server
 * answered with its headers: the subscription has been set up by then. A server that answers
 * with JSON instead (a request refused before it ran) gives that one result from next().
 */
export async function openSubscription<T = Record<string, unknown>>(
  url: string,
  token: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
): Promise<SseSubscription<T>> {
  const abort = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  const status = response.status;
  if (!response.headers.get('content-type')?.includes('text/event-stream')) {
    let body: Omit<GraphQLResponse<T>, 'status'> | undefined = (await response.json()) as Omit<
      GraphQLResponse<T>,
      'status'
    >;
    return {
      status,
      next: async () => {
        const result = body ? { status, ...body } : undefined;
        body = undefined;
        return result;
      },
      close: async () => undefined,
    };
  }
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  let ended = false;
  /** The next whole SSE message (its fields), or undefined at the end of the stream. */
  const message = async (): Promise<Map<string, string> | undefined> => {
    for (;;) {
      const at = buffered.indexOf('\n\n');
      if (at >= 0) {
        const block = buffered.slice(0, at);
        buffered = buffered.slice(at + 2);
        const fields = new Map<string, string>();
        for (const line of block.split('\n')) {
          if (line === '' || line.startsWith(':')) continue;
          const colon = line.indexOf(':');
          const name = colon < 0 ? line : line.slice(0, colon);
          const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          fields.set(name, fields.has(name) ? `${fields.get(name)}\n${value}` : value);
        }
        if (fields.size > 0) return fields;
        continue;
      }
      if (ended) return undefined;
      const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (chunk.done) ended = true;
      else buffered += chunk.value;
    }
  };
  return {
    status,
    next: async () => {
      for (;;) {
        const fields = await message();
        if (!fields) throw new Error('the event stream ended without completing');
        if (fields.get('event') === 'complete') return undefined;
        const data = fields.get('data');
        if (data !== undefined) {
          return { status, ...(JSON.parse(data) as Omit<GraphQLResponse<T>, 'status'>) };
        }
      }
    },
    close: async () => {
      abort.abort();
      await reader.cancel().catch(() => undefined);
    },
  };
}
