import { createClient } from 'graphql-sse';
import { GRAPHQL_PATH } from '../api/graphql-client';
import type { TypedDocumentString } from '../generated/graphql';

/** Whether a live stream is receiving, or waiting to open again after it was cut off. */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

/** How long to wait before opening a stream again after it ended or failed. */
const RECONNECT_MS = 3_000;

export interface LiveSubscriptionOptions<Data, Variables> {
  document: TypedDocumentString<Data, Variables>;
  /** The variables for a stream resuming after `after` (undefined: from now). */
  variablesAfter(after: string | undefined): Variables;
  /** The event's position in the node's log, kept to resume from. */
  positionOf(data: Data): string;
  accessToken(): Promise<string | undefined>;
  onEvent(data: Data): void;
  onStatus(status: LiveStatus): void;
  /** A refusal of the subscription itself (not a lost connection): no retry. */
  onRefused(message: string): void;
}

/**
 * A GraphQL subscription over SSE (graphql-sse, distinct connections: one plain HTTP stream
 * the gateway passes through) that survives a cut: it opens again after a pause, resuming
 * from the last position received, so the node replays what was written meanwhile and no
 * event is lost or shown twice. Each opening sends the current token, so a silently
 * refreshed one is used. Returns the function that ends it.
 */
export function subscribeLive<Data, Variables>(
  options: LiveSubscriptionOptions<Data, Variables>,
): () => void {
  const client = createClient({
    url: GRAPHQL_PATH,
    singleConnection: false,
    retryAttempts: 0,
    headers: async (): Promise<Record<string, string>> => {
      const token = await options.accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  let after: string | undefined;
  let ended = false;
  let stop: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const reopen = () => {
    if (ended) return;
    options.onStatus('reconnecting');
    timer = setTimeout(open, RECONNECT_MS);
  };
  function open() {
    if (ended) return;
    options.onStatus(after === undefined ? 'connecting' : 'reconnecting');
    stop = client.subscribe<Data>(
      { query: options.document.toString(), variables: options.variablesAfter(after) as never },
      {
        next: (result) => {
          if (result.errors && result.errors.length > 0) {
            const code = (result.errors[0] as { extensions?: { code?: unknown } }).extensions?.code;
            // A refusal names what is wrong (no unit, no permission): opening again changes nothing.
            if (code !== 'UNAUTHENTICATED' && code !== 'SERVICE_UNAVAILABLE') {
              ended = true;
              options.onRefused(result.errors[0]!.message);
              return;
            }
            return;
          }
          if (!result.data) return;
          options.onStatus('live');
          after = options.positionOf(result.data);
          options.onEvent(result.data);
        },
        error: reopen,
        complete: reopen,
      },
      // Live once the server answered the request with its stream: by then the node has
      // taken its starting position, so nothing written afterwards can be missed.
      { connected: () => options.onStatus('live') },
    );
  }
  open();
  return () => {
    ended = true;
    if (timer) clearTimeout(timer);
    stop?.();
    client.dispose();
  };
}
