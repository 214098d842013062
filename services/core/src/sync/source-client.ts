import type { ChangeBatch } from './change-feed.js';

const changesQuery = (
  withNextAt: boolean,
) => `query Changes($after: String!, $limit: Int, $waitSeconds: Int) {
  changes(after: $after, limit: $limit, waitSeconds: $waitSeconds) {
    epoch division head headAt reached filtered completeTo${withNextAt ? ' nextAt' : ''}
    changes { position entity entityId version operation schemaVersion division at payload }
  }
}`;

/**
 * Sources whose schema has no `nextAt` yet (nodes of an earlier release, during a rolling
 * upgrade): asked without it until this node restarts, so a federation can be upgraded node by
 * node in any order. Their lag is then dated by their head's instant (sync-status.ts).
 */
const sourcesWithoutNextAt = new Set<string>();

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
  nextAt?: string | null;
  changes: (Omit<ChangeBatch['changes'][number], 'at'> & { at: string })[];
}

interface WireAnswer {
  status: number;
  body:
    | {
        data?: { changes?: WireBatch };
        errors?: { message: string; extensions?: { code?: string } }[];
      }
    | undefined;
}

/** One page of a source node's change feed, over HTTP with the node's sync token. */
export async function pullChanges(options: {
  url: string;
  token: string;
  after: string;
  limit: number;
  waitSeconds: number;
  signal?: AbortSignal | undefined;
}): Promise<ChangeBatch> {
  const ask = async (withNextAt: boolean): Promise<WireAnswer> => {
    const timeout = AbortSignal.timeout((options.waitSeconds + 15) * 1000);
    let response: Response;
    try {
      response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${options.token}`,
        },
        body: JSON.stringify({
          query: changesQuery(withNextAt),
          variables: {
            after: options.after,
            limit: options.limit,
            waitSeconds: options.waitSeconds,
          },
        }),
        signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
      });
    } catch (error) {
      throw new SourceUnavailable(`cannot reach ${options.url}: ${(error as Error).message}`, {
        cause: error,
        unreachable: true,
      });
    }
    return {
      status: response.status,
      body: (await response.json().catch(() => undefined)) as WireAnswer['body'],
    };
  };
  let answer = await ask(!sourcesWithoutNextAt.has(options.url));
  const refused = answer.body?.errors?.[0];
  if (
    !answer.body?.data?.changes &&
    refused?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' &&
    refused.message.includes('"nextAt"')
  ) {
    sourcesWithoutNextAt.add(options.url);
    answer = await ask(false);
  }
  const batch = answer.body?.data?.changes;
  if (!batch) {
    const error = answer.body?.errors?.[0];
    throw new SourceUnavailable(
      error
        ? `${options.url} answered ${error.extensions?.code ?? 'an error'}: ${error.message}`
        : `${options.url} answered HTTP ${answer.status} without a batch`,
      { serviceUnavailable: error?.extensions?.code === 'SERVICE_UNAVAILABLE' },
    );
  }
  const { nextAt, ...rest } = batch;
  return {
    ...rest,
    headAt: batch.headAt ? new Date(batch.headAt) : null,
    completeTo: new Date(batch.completeTo),
    ...(nextAt === undefined ? {} : { nextAt: nextAt ? new Date(nextAt) : null }),
    changes: batch.changes.map((change) => ({ ...change, at: new Date(change.at) })),
  };
}
