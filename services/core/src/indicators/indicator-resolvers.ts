import type { IResolvers } from '@graphql-tools/utils';
import { divisionRef, TIER_ENUM } from '@city-ops/kernel';
import type { NodeRuntime, RequestContext } from '../node-context.js';
import type { RecordTable } from '../records/record-kind.js';
import type { IndicatorName } from './indicator-definitions.js';
import type { IndicatorArgs } from './indicator-request.js';
import type { IndicatorRecordArgs } from './indicator-record-request.js';
import { indicatorRecords } from './indicator-records.js';
import { indicatorRanking, indicatorReport } from './indicator-service.js';

const recordKindEnum: Record<RecordTable, string> = {
  hotline_ticket: 'HOTLINE_TICKET',
  case_report: 'CASE_REPORT',
  enforcement_record: 'ENFORCEMENT_RECORD',
};

const recordKind = {
  recordKind: (parent: { recordKind: RecordTable }) => recordKindEnum[parent.recordKind],
};
const servedBy = {
  servedBy: ({ servedBy: node }: { servedBy: NodeRuntime }) => ({
    tier: TIER_ENUM[node.tier],
    division: divisionRef(node.division),
    startedAt: node.startedAt.toISOString(),
  }),
};

/**
 * `indicators` and `indicatorRanking`, served by every tier from what it holds
 * (indicator-service.ts); `indicatorRecords`, the drill-down, by the nodes holding
 * records (indicator-records.ts).
 */
export const indicatorResolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    indicators: (_root, args: IndicatorArgs, context) => indicatorReport(context, args),
    indicatorRanking: (
      _root,
      args: IndicatorArgs & { indicator: IndicatorName | 'COMPOSITE_SCORE' },
      context,
    ) => indicatorRanking(context, args),
    indicatorRecords: (_root, args: IndicatorRecordArgs, context) =>
      indicatorRecords(context, args),
  },
  IndicatorRecordConnection: { ...servedBy, ...recordKind },
  // The views carry no type name; each kind has a field the others lack.
  IndicatorRecord: {
    __resolveType: (view: object) =>
      'intakeClass' in view
        ? 'HotlineTicket'
        : 'violatedArticle' in view
          ? 'EnforcementRecord'
          : 'CaseReport',
  },
  IndicatorReport: servedBy,
  IndicatorRanking: servedBy,
  IndicatorValue: recordKind,
  RollupMetric: recordKind,
  CategoryIndicators: recordKind,
};
