import type { IResolvers } from '@graphql-tools/utils';
import { divisionRef, reportFilePath, TIER_ENUM } from '@city-ops/kernel';
import type { RequestContext } from '@city-ops/core';
import { monthlyReport } from './monthly-report.js';
import type { MonthlyReportView } from './monthly-report.js';

/** `monthlyReport`: answered by the ministry node; every other node answers NOT_OWNER. */
export const monthlyReportResolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    monthlyReport: (_root, args: { month: string }, context) =>
      monthlyReport(context, args.month, 'graphql'),
  },
  MonthlyReport: {
    servedBy: ({ servedBy: node }: MonthlyReportView) => ({
      tier: TIER_ENUM[node.tier],
      division: divisionRef(node.division),
      startedAt: node.startedAt.toISOString(),
    }),
    downloads: ({ month }: MonthlyReportView) => ({
      xlsx: reportFilePath(month, 'xlsx'),
      csv: reportFilePath(month, 'csv'),
    }),
  },
};
