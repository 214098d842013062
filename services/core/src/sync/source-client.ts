import type { ChangeBatch } from './change-feed.js';

const CHANGES_QUERY = `query Changes($after: String!, $limit: Int, $waitSeconds: Int) {
  changes(after: $after, limit: $limit, waitSeconds: $waitSeconds) {
    epoch division head headAt reached filtered completeTo
    changes { position entity entityId version operation schemaVersion division at payload }
  }
}`;

/** A source that could not be asked (down, refusing, answering nonsense): retried with backoff. */
export class SourceUnavailable extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'SourceUnavailable';
  }
}

interface WireBatch extends Omit<ChangeBatch, 'headAt' | 'changes' | 'completeTo'> {
  headAt: string | null;
  completeTo: string;
  changes: (Omit<ChangeBatch['changes'][number], 'at'> & { at: string })[];
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
        query: CHANGES_QUERY,
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
    });
  }
  const body = (await response.json().catch(() => undefined)) as
    | {
        data?: { changes?: WireBatch };
        errors?: { message: string; extensions?: { code?: string } }[];
      }
    | undefined;
  const batch = body?.data?.changes;
  if (!batch) {
    const error = body?.errors?.[0];
    throw new SourceUnavailable(
      error
        ? `${options.url} answered ${error.extensions?.code ?? 'an error'}: ${error.message}`
        : `${options.url} answered HTTP ${response.status} without a batch`,
    );
  }
  return {
    ...batch,
    headAt: batch.headAt ? new Date(batch.headAt) : null,
    completeTo: new Date(batch.completeTo),
    changes: batch.changes.map((change) => ({ ...change, at: new Date(change.at) })),
  };
}
