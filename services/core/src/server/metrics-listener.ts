import { listen } from '@city-ops/kernel';
import type { ListeningServer, Logger } from '@city-ops/kernel';
import type { NodeRuntime } from '../node-context.js';
import { readSourceStatuses, syncMetricsText } from '../sync/sync-status.js';
import { METRICS_CONTENT_TYPE } from './use-sync-metrics.js';

/**
 * `/metrics` without a token, on an address of its own (METRICS_HOST:METRICS_PORT,
 * 127.0.0.1 unless told otherwise): Prometheus scrapers carry no bearer token, and who
 * can reach this address is decided by where it is bound and by the network, not by the
 * node. It answers every source, and nothing but GET /metrics.
 */
export function startMetricsListener(
  node: NodeRuntime,
  host: string,
  port: number,
  logger: Logger,
): Promise<ListeningServer> {
  return listen(
    async (request, response) => {
      const path = new URL(request.url ?? '/', 'http://metrics').pathname;
      if (path !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Only GET /metrics is served here.\n');
        return;
      }
      try {
        const text = syncMetricsText(node.division, await readSourceStatuses(node.db));
        response.writeHead(200, {
          'content-type': METRICS_CONTENT_TYPE,
          'cache-control': 'no-store',
        });
        response.end(request.method === 'HEAD' ? undefined : text);
      } catch (error) {
        logger.warn({ err: error }, 'metrics could not be read');
        response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('The sync state could not be read; try again in a few seconds.\n');
      }
    },
    host,
    port,
  );
}
