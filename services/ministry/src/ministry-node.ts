import { insideDivision, startNodeServer } from '@city-ops/core';
import type { NodeServerOptions, RunningNode, TierSpoke } from '@city-ops/core';
import { issueDirectiveResolvers } from './directives/issue-directive.js';
import { monthlyReportFile } from './reports/monthly-report-file.js';
import { monthlyReportResolvers } from './reports/monthly-report-resolvers.js';
import { sql } from 'kysely';

/**
 * The ministry: the national view. It holds the provinces' rollups and flagged
 * records, computes the monthly national report and issues directives. It owns no
 * tickets, cases or enforcement records.
 */
export const ministrySpoke: TierSpoke = {
  tier: 'ministry',
  ownsRecords: false,
  feedFlowsWholeUp: false,
  resolvers: [issueDirectiveResolvers, monthlyReportResolvers],
  reportFile: monthlyReportFile,
  sync: {
    // Rollups and supervision orders came up from the province beside its replicas.
    forgetSource: async (trx, _runtime, source, relation) => {
      if (relation !== 'child') return;
      await sql`DELETE FROM daily_rollup WHERE ${insideDivision(source)}`.execute(trx);
      await sql`DELETE FROM supervision_order WHERE issuer_division = ${source}`.execute(trx);
    },
  },
};

export function startMinistryNode(options: Omit<NodeServerOptions, 'spoke'>): Promise<RunningNode> {
  return startNodeServer({ ...options, spoke: ministrySpoke });
}
