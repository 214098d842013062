import type { Plugin } from 'graphql-yoga';
import { authorize } from '@city-ops/kernel';
import type { NodeRuntime } from '../node-context.js';
import { readSourceStatuses, syncMetricsText } from '../sync/sync-status.js';
import { isSourceVisibleTo } from '../sync/sync-visibility.js';
import { useNodeGetEndpoint } from './use-node-get-endpoint.js';
import type { NodeGetEndpoint } from './use-node-get-endpoint.js';

export type SyncMetricsOptions = Pick<NodeGetEndpoint, 'contextOf' | 'logger'>;

export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4';

/**
 * `/metrics` on the node's own port: the sync lag in Prometheus text, for a bearer token
 * that may `sync.read` (a supervisor or an auditor; there is no monitoring role of its
 * own), and only of the sources that token may see in `syncStatus` (sync-visibility.ts) —
 * a source's lag, state and last error are its division's business. A scraper without a
 * token reads the separate listener METRICS_PORT opens (metrics-listener.ts).
 */
export function useSyncMetrics(node: NodeRuntime, options: SyncMetricsOptions): Plugin {
  return useNodeGetEndpoint({
    serves: (pathname) => pathname === '/metrics',
    getOnly: { zh: '监控指标请用 GET 读取。', en: 'The metrics are read with GET.' },
    contextOf: options.contextOf,
    logger: options.logger,
    answer: async ({ fetchAPI, context }) => {
      const access = authorize((await context()).principal, 'sync.read');
      const statuses = (await readSourceStatuses(node.db)).filter((status) =>
        isSourceVisibleTo(access.division, node, status.source),
      );
      return new fetchAPI.Response(syncMetricsText(node.division, statuses), {
        status: 200,
        headers: { 'content-type': METRICS_CONTENT_TYPE, 'cache-control': 'no-store' },
      });
    },
  });
}
