import type { Transaction } from 'kysely';
import {
  childDivisions,
  divisionContains,
  divisionLevel,
  NATIONAL_CODE,
  owningCityOf,
} from '@city-ops/schema';
import { inScope } from '../database/scoped-transaction.js';
import type { Database } from '../database/tables.js';
import { divisionRef } from '@city-ops/kernel';
import type { DivisionRef } from '@city-ops/kernel';
import type { NodeRuntime, RequestContext } from '../node-context.js';
import { RECORD_TABLES } from '../records/record-kind.js';
import type { RecordTable } from '../records/record-kind.js';
import { isFeedChild } from '../sync/feed-peers.js';
import { compositeScore } from './composite-score.js';
import type { IndicatorWeight } from './composite-score.js';
import { computeIndicators, indicatorDefinition, ROLLUP_METRICS } from './indicator-definitions.js';
import type { IndicatorName, IndicatorValue, Metrics } from './indicator-definitions.js';
import { assertHoldsIndicators, checkIndicatorRequest } from './indicator-request.js';
import type { IndicatorArgs } from './indicator-request.js';
import { categoryName } from './metric-table.js';
import type { MetricTable } from './metric-table.js';
import type { PeriodUnit } from './periods.js';
import { metricsFromRecords } from './record-metrics.js';
import { metricsByChildDivision, metricsFromRollups } from './rollup-metrics.js';
import { ownsRecordsOf } from '../ownership.js';

export type IndicatorSource = 'RECORDS' | 'ROLLUPS';

export interface IndicatorSetView {
  metrics: { recordKind: RecordTable; name: string; value: number }[];
  indicators: IndicatorValue[];
  compositeScore: number | null;
}

export interface IndicatorReportView {
  division: DivisionRef;
  unit: PeriodUnit;
  categoryLevel: number | null;
  servedBy: NodeRuntime;
  source: IndicatorSource;
  currentTo: string | null;
  weights: readonly IndicatorWeight[];
  periods: {
    start: string;
    end: string;
    label: string;
    total: IndicatorSetView;
    categories: {
      recordKind: RecordTable;
      code: string;
      name: string | null;
      indicators: IndicatorSetView;
    }[];
  }[];
}

export interface IndicatorRankingView {
  division: DivisionRef;
  indicator: IndicatorName | 'COMPOSITE_SCORE';
  start: string;
  end: string;
  servedBy: NodeRuntime;
  source: IndicatorSource;
  currentTo: string | null;
  weights: readonly IndicatorWeight[];
  entries: {
    rank: number | null;
    division: DivisionRef;
    value: number | null;
    indicator: IndicatorValue | null;
    compositeScore: number | null;
  }[];
}

/** Metrics, indicators and composite score of the given record kinds. */
function indicatorSet(
  metricsByKind: Partial<Record<RecordTable, Metrics>>,
  kinds: readonly RecordTable[],
  weights: readonly IndicatorWeight[],
): IndicatorSetView {
  const indicators = computeIndicators(metricsByKind, kinds);
  return {
    metrics: kinds.flatMap((kind) =>
      ROLLUP_METRICS[kind].map((name) => ({
        recordKind: kind,
        name,
        value: metricsByKind[kind]?.[name] ?? 0,
      })),
    ),
    indicators,
    compositeScore: compositeScore(indicators, weights),
  };
}

/**
 * How fresh the rollups of `division` are: the oldest `currentTo` of the sources
 * they come from (the cities of a province, the provinces at the ministry); null
 * when one of them has not been caught up with yet.
 */
export async function rollupsCurrentTo(
  trx: Transaction<Database>,
  node: NodeRuntime,
  division: string,
): Promise<string | null> {
  const sources = (
    await trx.selectFrom('sync_source').select(['source', 'current_to']).execute()
  ).filter(
    ({ source }) =>
      isFeedChild(node, source) &&
      (divisionContains(division, source) || divisionContains(source, division)),
  );
  if (sources.length === 0 || sources.some((source) => source.current_to === null)) return null;
  const oldest = Math.min(...sources.map((source) => source.current_to!.getTime()));
  return new Date(oldest).toISOString();
}

/**
 * `indicators`: a city from its own records, a province or the ministry from the
 * rollups it holds — the same metric sums either way, so the same numbers.
 */
export async function indicatorReport(
  context: RequestContext,
  args: IndicatorArgs,
): Promise<IndicatorReportView> {
  const { node, principal } = context;
  const request = checkIndicatorRequest(principal, args, 'report');
  assertHoldsIndicators(node, request.division, 'report', request.at);
  const source: IndicatorSource = ownsRecordsOf(node, node.division) ? 'RECORDS' : 'ROLLUPS';
  const { periods, categoryLevel, weights } = request;
  return inScope(node.db, { division: request.division }, async (trx) => {
    const table: MetricTable =
      source === 'RECORDS'
        ? await metricsFromRecords(trx, node.timeZone, periods, categoryLevel)
        : await metricsFromRollups(trx, request.division, periods, categoryLevel);
    const currentTo =
      source === 'ROLLUPS' ? await rollupsCurrentTo(trx, node, request.division) : null;
    return {
      division: divisionRef(request.division),
      unit: periods[0]!.unit,
      categoryLevel,
      servedBy: node,
      source,
      currentTo,
      weights,
      periods: periods.map((period) => ({
        start: period.start,
        end: period.end,
        label: period.label,
        total: indicatorSet(
          Object.fromEntries(
            RECORD_TABLES.map((kind) => [kind, table.metrics(period.start, kind)]),
          ),
          RECORD_TABLES,
          weights,
        ),
        categories: table.categories(period.start).map(({ kind, code }) => ({
          recordKind: kind,
          code,
          name: categoryName(kind, code),
          indicators: indicatorSet(
            { [kind]: table.metrics(period.start, kind, code) },
            [kind],
            weights,
          ),
        })),
      })),
    };
  });
}

/** The divisions a ranking compares: a province's cities, or the provinces nationally. */
function rankedChildren(division: string): string[] {
  return childDivisions(division)
    .map((entry) => entry.code)
    .filter((code) =>
      division === NATIONAL_CODE ? divisionLevel(code) === 'PROVINCE' : owningCityOf(code) === code,
    );
}

/**
 * `indicatorRanking`: each child division's indicators over the whole span of the
 * periods, from the rollups, ranked best first by one indicator or by the composite
 * score. Equal values share a rank; divisions without a value come last, unranked.
 */
export async function indicatorRanking(
  context: RequestContext,
  args: IndicatorArgs & { indicator: IndicatorName | 'COMPOSITE_SCORE' },
): Promise<IndicatorRankingView> {
  const { node, principal } = context;
  const request = checkIndicatorRequest(principal, args, 'ranking');
  assertHoldsIndicators(node, request.division, 'ranking');
  const { periods, weights } = request;
  const first = periods[0]!.start;
  const last = periods.at(-1)!.end;
  const better =
    args.indicator === 'COMPOSITE_SCORE' ? 'HIGHER' : indicatorDefinition(args.indicator).better;
  return inScope(node.db, { division: request.division }, async (trx) => {
    const sums = await metricsByChildDivision(trx, request.division, first, last);
    const entries = rankedChildren(request.division).map((code) => {
      const metrics = sums.get(code) ?? {};
      const indicators = computeIndicators(metrics);
      const score = compositeScore(indicators, weights);
      const indicator =
        args.indicator === 'COMPOSITE_SCORE'
          ? null
          : (indicators.find((candidate) => candidate.name === args.indicator) ?? null);
      // A count of nothing reported is no count: a division without a single rollup of
      // the kind is unranked, not first by 0 overdue tickets.
      const reported =
        args.indicator === 'COMPOSITE_SCORE' ||
        metrics[indicatorDefinition(args.indicator).recordKind] !== undefined;
      return {
        division: divisionRef(code),
        value:
          args.indicator === 'COMPOSITE_SCORE'
            ? score
            : reported
              ? (indicator?.value ?? null)
              : null,
        indicator,
        compositeScore: score,
      };
    });
    const sign = better === 'HIGHER' ? -1 : 1;
    entries.sort((a, b) =>
      a.value === null || b.value === null
        ? (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) ||
          a.division.code.localeCompare(b.division.code)
        : sign * (a.value - b.value) || a.division.code.localeCompare(b.division.code),
    );
    return {
      division: divisionRef(request.division),
      indicator: args.indicator,
      start: first,
      end: last,
      servedBy: node,
      source: 'ROLLUPS',
      currentTo: await rollupsCurrentTo(trx, node, request.division),
      weights,
      entries: entries.map((entry) => ({
        ...entry,
        rank:
          entry.value === null
            ? null
            : 1 +
              entries.filter(
                (other) => other.value !== null && sign * (other.value - entry.value!) < 0,
              ).length,
      })),
    };
  });
}
