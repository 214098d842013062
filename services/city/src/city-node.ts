import {
  directiveStepResolvers,
  noteArrivals,
  receivedArrivals,
  startNodeServer,
  supervisionHandlingResolvers,
  recordWriteResolvers,
} from '@city-ops/core';
import type { NodeServerOptions, RunningNode, TierSpoke } from '@city-ops/core';
import { sql } from 'kysely';

/**
 * A city: the system of record of its tickets, cases and enforcement records. It
 * writes them, handles the supervision orders its province sends down and answers
 * the directives addressed to it; everything it writes flows up to its province.
 */
export const citySpoke: TierSpoke = {
  tier: 'city',
  ownsRecords: true,
  feedFlowsWholeUp: true,
  resolvers: [...recordWriteResolvers(), supervisionHandlingResolvers, directiveStepResolvers],
  sync: {
    // The province's orders and returns arrive for the command centre (supervisionOrderArrived).
    batch: (_runtime, relation) =>
      relation === 'parent'
        ? {
            supervision: (trx, orders, steps) => noteArrivals(trx, receivedArrivals(orders, steps)),
          }
        : {},
    // What came down from the province: its orders, and its steps on them.
    forgetSource: async (trx, runtime, _source, relation) => {
      if (relation !== 'parent') return;
      await sql`DELETE FROM supervision_order`.execute(trx);
      await sql`DELETE FROM supervision_step WHERE actor_division <> ${runtime.division}`.execute(
        trx,
      );
    },
  },
};

/** A city node: the shared reads plus the city's spoke. */
export function startCityNode(options: Omit<NodeServerOptions, 'spoke'>): Promise<RunningNode> {
  return startNodeServer({ ...options, spoke: citySpoke });
}
