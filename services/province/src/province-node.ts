import {
  directiveStepResolvers,
  startNodeServer,
  supervisionReviewResolvers,
} from '@city-ops/core';
import type { NodeServerOptions, RunningNode, TierSpoke } from '@city-ops/core';
import { startOverdueSweep } from './flagged/overdue-sweep.js';
import { rollupApplier } from './rollups/rollup-applier.js';
import { clearRollups } from './rollups/rollup-store.js';
import { issueSupervisionOrderResolvers } from './supervision/issue-supervision-order.js';

/**
 * A province: supervises its cities over masked replicas of their records. It keeps
 * the rollups the indicators read, passes flagged records up to the ministry, issues
 * and reviews supervision orders (督办), and relays the ministry's directives down
 * and its cities' answers up. It owns no tickets, cases or enforcement records.
 */
export const provinceSpoke: TierSpoke = {
  tier: 'province',
  ownsRecords: false,
  feedFlowsWholeUp: false,
  resolvers: [issueSupervisionOrderResolvers, supervisionReviewResolvers, directiveStepResolvers],
  sync: {
    batch: (runtime, relation, now) => (relation === 'child' ? rollupApplier(runtime, now) : {}),
    relays: [
      { entity: 'directive', from: 'parent' },
      { entity: 'directive_step', from: 'child' },
    ],
    forgetSource: async (trx, _runtime, source, relation) => {
      if (relation === 'child') await clearRollups(trx, source);
    },
  },
  background: (runtime) => startOverdueSweep(runtime),
};

export function startProvinceNode(options: Omit<NodeServerOptions, 'spoke'>): Promise<RunningNode> {
  return startNodeServer({ ...options, spoke: provinceSpoke });
}
