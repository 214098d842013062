import { recordModule } from '../record-module.js';
import { enforcementKind } from './enforcement-kind.js';
import { enforcementQueryResolvers } from './enforcement-resolvers.js';
import { enforcementWorkflowResolvers } from './enforcement-workflow-resolvers.js';

/** Enforcement records: read at every node, written at the owning city. */
export const enforcementModule = recordModule(enforcementKind, {
  reads: [enforcementQueryResolvers],
  writes: [enforcementWorkflowResolvers],
});
