import type { Plugin } from 'graphql-yoga';
import { trackingRequestWrites } from '../database/request-writes.js';
import { useNodeGetEndpoint } from '../server/use-node-get-endpoint.js';
import type { NodeGetEndpoint } from '../server/use-node-get-endpoint.js';
import { checkChangeRequest, readChangeBatch } from './change-feed.js';
import type { ChangeBatch } from './change-feed.js';

/** Where every node serves its change feed, beside `/graphql`. */
export const CHANGE_FEED_PATH = '/sync/changes';

export type ChangeFeedOptions = Pick<NodeGetEndpoint, 'contextOf' | 'logger'>;

/** A whole-number query parameter; anything else reaches checkChangeRequest as NaN, refused naming it. */
function numberParameter(params: URLSearchParams, name: string): number | undefined {
  const value = params.get(name);
  if (value === null) return undefined;
  return /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

/** The batch as JSON: instants in ISO 8601, positions as decimal strings (they outgrow 2^53). */
function batchJson(batch: ChangeBatch): string {
  return JSON.stringify({
    epoch: batch.epoch,
    division: batch.division,
    head: batch.head,
    headAt: batch.headAt?.toISOString() ?? null,
    changes: batch.changes.map((change) => ({ ...change, at: change.at.toISOString() })),
    reached: batch.reached,
    filtered: batch.filtered,
    completeTo: batch.completeTo.toISOString(),
    nextAt: batch.nextAt?.toISOString() ?? null,
  });
}

/**
 * `GET /sync/changes?after=<position>&limit=<1–1000>&waitSeconds=<0–30>`: the node's
 * change feed, for the sync accounts of its parent and children only — node to node,
 * outside the GraphQL schema clients and the gateway see. The token is verified as a
 * GraphQL request's is (the same context), readChangeBatch decides who may read what,
 * and the answer is the batch as JSON; a refusal is a coded JSON error with its
 * status (401, 403, 400 naming the parameter, 503 SERVICE_UNAVAILABLE when the node's
 * database failed). A long poll ends at once when the node is stopping or the caller
 * goes away.
 */
export function useChangeFeed(options: ChangeFeedOptions): Plugin {
  return useNodeGetEndpoint({
    serves: (pathname) => pathname === CHANGE_FEED_PATH,
    getOnly: { zh: '变更流请用 GET 读取。', en: 'The change feed is read with GET.' },
    contextOf: options.contextOf,
    logger: options.logger,
    answer: async ({ request, url, fetchAPI, context: contextOfRequest }) => {
      const context = await contextOfRequest();
      const params = url.searchParams;
      const checked = checkChangeRequest({
        after: params.get('after') ?? '0',
        limit: numberParameter(params, 'limit'),
        waitSeconds: numberParameter(params, 'waitSeconds'),
      });
      // A read (sealing aside, which is the node's own bookkeeping): a database failure changed nothing the caller asked for.
      const batch = await trackingRequestWrites('query', () =>
        readChangeBatch(context.node, context.principal, {
          ...checked,
          signal: context.node.closing
            ? AbortSignal.any([context.node.closing, request.signal])
            : request.signal,
        }),
      );
      return new fetchAPI.Response(batchJson(batch), {
        status: 200,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'no-store',
        },
      });
    },
  });
}
