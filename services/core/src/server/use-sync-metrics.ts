import type { Plugin } from 'graphql-yoga';
import type { NodeRuntime } from '../node-context.js';
import { readSourceStatuses, syncMetricsText } from '../sync/sync-status.js';

/** `/metrics`: the node's sync lag per source in Prometheus text format. */
export function useSyncMetrics(node: NodeRuntime): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/metrics') return;
      const statuses = await readSourceStatuses(node.db);
      endResponse(
        new fetchAPI.Response(syncMetricsText(node.division, statuses), {
          status: 200,
          headers: { 'content-type': 'text/plain; version=0.0.4' },
        }),
      );
    },
  };
}
