import { startNodeServer } from '@city-ops/core';
import type { NodeServerOptions, RunningNode } from '@city-ops/core';

/**
 * The ministry node. It owns no tickets, cases or enforcement records: it serves the
 * shared reads over the replicas it receives, and answers writes with NOT_OWNER.
 */
export function startMinistryNode(
  options: Omit<NodeServerOptions, 'resolvers'>,
): Promise<RunningNode> {
  if (options.config.NODE_TIER !== 'ministry') {
    throw new Error(`startMinistryNode needs NODE_TIER=ministry, got ${options.config.NODE_TIER}`);
  }
  return startNodeServer({ ...options, resolvers: [] });
}
