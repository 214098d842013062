import { startNodeServer } from '@city-ops/core';
import type { NodeServerOptions, RunningNode } from '@city-ops/core';

/**
 * A province node. It owns no tickets, cases or enforcement records: it serves the
 * shared reads over the replicas it receives, and answers writes with NOT_OWNER.
 */
export function startProvinceNode(
  options: Omit<NodeServerOptions, 'resolvers'>,
): Promise<RunningNode> {
  if (options.config.NODE_TIER !== 'province') {
    throw new Error(`startProvinceNode needs NODE_TIER=province, got ${options.config.NODE_TIER}`);
  }
  return startNodeServer({ ...options, resolvers: [] });
}
