import { startNodeServer } from '@city-ops/core';
import type { NodeServerOptions, RunningNode } from '@city-ops/core';
import { ticketMutationResolvers } from './tickets/ticket-mutation-resolvers.js';
import { caseMutationResolvers } from './cases/case-workflow-resolvers.js';
import { ticketWorkflowResolvers } from './tickets/ticket-workflow-resolvers.js';
import { enforcementWorkflowResolvers } from './enforcement/enforcement-workflow-resolvers.js';

/** A city node: the shared reads plus the writes of the records it owns. */
export function startCityNode(options: Omit<NodeServerOptions, 'resolvers'>): Promise<RunningNode> {
  if (options.config.NODE_TIER !== 'city') {
    throw new Error(`startCityNode needs NODE_TIER=city, got ${options.config.NODE_TIER}`);
  }
  return startNodeServer({
    ...options,
    resolvers: [
      ticketMutationResolvers,
      ticketWorkflowResolvers,
      caseMutationResolvers,
      enforcementWorkflowResolvers,
    ],
  });
}
