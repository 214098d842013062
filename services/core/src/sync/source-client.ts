import type { ChangeBatch } from './change-feed.js';
import { CHANGE_FEED_PATH } from './use-change-feed.js';

/**
 * A source node's change feed, beside its GraphQL endpoint (`…/graphql` → `…/sync/changes`),
 * so SYNC_SOURCES names each source by the one URL it is known by.
 */
export function feedUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = url.pathname.replace(/\/+$/, '');
  return new URL(CHANGE_FEED_PATH.slice(1), url).href;
}

/** A source that could not be asked (down, refusing, answering nonsense): retried with backoff. */
export class SourceUnavailable extends Error {
  /** True when nothing answered at all (refused, reset, timed out), rather than an error answer. */
  readonly unreachable: boolean;
  /**
   * True when the source answered SERVICE_UNAVAILABLE: its own database failed for a
   * moment, and the same pull, sent again once the source is ready, is expected to succeed.
   */
  readonly serviceUnavailable: boolean;

  constructor(
    message: string,
    options?: ErrorOptions & { unreachable?: boolean; serviceUnavailable?: boolean },
  ) {
    super(message, options);
    this.name = 'SourceUnavailable';
    this.unreachable = options?.unreachable ?? false;
    this.serviceUnavailable = options?.serviceUnavailable ?? false;
  }
}

interface WireBatch extends Omit<ChangeBatch, 'headAt' | 'changes' | 'completeTo' | 'nextAt'> {
  headAt: string | null;
  completeTo: string;
  nextAt: string | null;
  changes: (Omit<ChangeBatch['changes'][number], 'at'> & { at: string })[];
}

interface WireError {
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One page of a source node's change feed (use-change-feed.ts), over HTTP with the node's sync token. */
export async function pullChanges(options: {
  /** The source's GraphQL endpoint, as SYNC_SOURCES names it; the feed is beside it. */
  url: string;
  token: string;
  after: string;
  limit: number;
  waitSeconds: number;
  signal?: AbortSignal | undefined;
}): Promise<ChangeBatch> {
  const feed = new URL(feedUrlOf(options.url));
  feed.searchParams.set('after', options.after);
  feed.searchParams.set('limit', String(options.limit));
  feed.searchParams.set('waitSeconds', String(options.waitSeconds));
  const timeout = AbortSignal.timeout((options.waitSeconds + 15) * 1000);
  let response: Response;
  let body: unknown;
  try {
    response = await fetch(feed, {
      headers: { accept: 'application/json', authorization: `Bearer ${options.token}` },
      signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
    });
    body = await response.json().catch(() => undefined);
  } catch (error) {
    throw new SourceUnavailable(
      `cannot reach ${feed.origin}${feed.pathname}: ${(error as Error).message}`,
      {
        cause: error,
        unreachable: true,
      },
    );
  }
  if (response.status !== 200 || !body || typeof body !== 'object' || !('head' in body)) {
    const error = (body as WireError | undefined)?.errors?.[0];
    const where = `${feed.origin}${feed.pathname}`;
    throw new SourceUnavailable(
      error
        ? `${where} answered ${error.extensions?.code ?? 'an error'}: ${error.message}`
        : response.status === 404
          ? `${where} answered HTTP 404: the source serves no change feed there (a node of a release before /sync/changes); sync resumes from the cursor once it is upgraded`
          : `${where} answered HTTP ${response.status} without a batch`,
      { serviceUnavailable: error?.extensions?.code === 'SERVICE_UNAVAILABLE' },
    );
  }
  const batch = body as WireBatch;
  return {
    ...batch,
    headAt: batch.headAt ? new Date(batch.headAt) : null,
    completeTo: new Date(batch.completeTo),
    nextAt: batch.nextAt ? new Date(batch.nextAt) : null,
    changes: batch.changes.map((change) => ({ ...change, at: new Date(change.at) })),
  };
}
