import type { IResolvers } from '@graphql-tools/utils';
import { divisionRef, reportFilePath } from '@city-ops/kernel';
import type { RequestContext } from '../node-context.js';
import { monthlyReport } from './monthly-report.js';
import type { MonthlyReportView } from './monthly-report.js';

const tierEnum = { city: 'CITY', province: 'PROVINCE', ministry: 'MINISTRY' } as const;

/** `monthlyReport`: answered by the ministry node; every other node answers NOT_OWNER. */
export const monthlyReportResolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    monthlyReport: (_root, args: { month: string }, context) =>
      monthlyReport(context, args.month, 'graphql'),
  },
  MonthlyReport: {
    servedBy: ({ servedBy: node }: MonthlyReportView) => ({
      tier: tierEnum[node.tier],
      division: divisionRef(node.division),
      startedAt: node.startedAt.toISOString(),
    }),
    downloads: ({ month }: MonthlyReportView) => ({
      xlsx: reportFilePath(month, 'xlsx'),
      csv: reportFilePath(month, 'csv'),
    }),
  },
};
