import { divisionRef, authorize } from '@city-ops/kernel';
import { childDivisions, NATIONAL_CODE, owningCityOf, provinceOf } from '@city-ops/schema';
import {
  appendAudit,
  localDateOf,
  inScope,
  DEFAULT_INDICATOR_WEIGHTS,
  indicatorDefinition,
  indicatorReport,
  parseReportMonth,
} from '@city-ops/core';
import type { DivisionRef } from '@city-ops/kernel';
import type {
  IndicatorWeight,
  IndicatorKind,
  IndicatorName,
  IndicatorValue,
  NodeRuntime,
  RequestContext,
} from '@city-ops/core';
import { changeUnitOf, monthOverMonth, rankByValue } from './month-over-month.js';
import type { ChangeUnit } from './month-over-month.js';

export interface MonthlyIndicatorView {
  name: IndicatorName;
  label: string;
  kind: IndicatorKind;
  current: IndicatorValue;
  previous: IndicatorValue;
  change: number | null;
  changeUnit: ChangeUnit;
}

export interface MonthlyScoreView {
  current: number | null;
  previous: number | null;
  change: number | null;
}

export interface MonthlyDivisionView {
  division: DivisionRef;
  /** The province of a city; null for the nation and a province. */
  province: DivisionRef | null;
  indicators: MonthlyIndicatorView[];
  compositeScore: MonthlyScoreView;
}

/** What cities are ranked by: the composite score and 按时办结率. */
export const RANKED_BY = ['COMPOSITE_SCORE', 'TICKET_ON_TIME_CLOSURE_RATE'] as const;
export type RankedBy = (typeof RANKED_BY)[number];

export interface MonthlyRankingEntryView {
  rank: number | null;
  previousRank: number | null;
  division: DivisionRef;
  province: DivisionRef;
  value: number | null;
  previousValue: number | null;
  change: number | null;
  /** The ranked indicator this month (numerator, denominator); null for the composite score. */
  indicator: IndicatorValue | null;
}

export interface MonthlyRankingView {
  scope: DivisionRef;
  indicator: RankedBy;
  label: string;
  changeUnit: ChangeUnit;
  entries: MonthlyRankingEntryView[];
}

export interface MonthlyReportView {
  month: string;
  previousMonth: string;
  start: string;
  end: string;
  generatedAt: string;
  servedBy: NodeRuntime;
  currentTo: string | null;
  weights: readonly IndicatorWeight[];
  national: MonthlyDivisionView;
  provinces: MonthlyDivisionView[];
  cities: MonthlyDivisionView[];
  rankings: MonthlyRankingView[];
}

/** How a report was asked for, for the audit log. */
export type ReportFormat = 'graphql' | 'xlsx' | 'csv';

export const COMPOSITE_SCORE_LABEL = '综合评分';

/**
 * The divisions of the report: the provinces of the registry (a municipality too,
 * though the ministry keeps no rollups of it yet: docs/INDICATORS.md, Limits) and
 * their prefecture-level cities — the same children `indicatorRanking` ranks.
 */
function reportDivisions(): { provinces: string[]; cities: string[] } {
  const provinces = childDivisions(NATIONAL_CODE).map((entry) => entry.code);
  const cities = provinces.flatMap((province) =>
    childDivisions(province)
      .map((entry) => entry.code)
      .filter((code) => owningCityOf(code) === code),
  );
  return { provinces, cities };
}

/**
 * The monthly national report, at the ministry node: each
 * division's indicators for the month and the month before from `indicatorReport` —
 * the very function the `indicators` query runs, so every number here is the number
 * `indicators` gives for that division and month — then the changes and the
 * rankings worked out from them. Checked in the order the GraphQL field and the
 * file download share: the operation (FORBIDDEN), the month (BAD_USER_INPUT naming
 * `month`), then the node (NOT_OWNER anywhere but the ministry). Audited as a read.
 */
export async function monthlyReport(
  context: RequestContext,
  month: string,
  format: ReportFormat,
): Promise<MonthlyReportView> {
  const { node } = context;
  authorize(context.principal, 'report.read');
  const { current, previous } = parseReportMonth(month, localDateOf(new Date(), node.timeZone));
  const generatedAt = new Date().toISOString();
  const weights = DEFAULT_INDICATOR_WEIGHTS;

  // Each division's two months in one call, read in that call's own transaction.
  const divisionView = async (code: string, province: string | null) => {
    const report = await indicatorReport(context, {
      division: code,
      period: { unit: 'MONTH', start: previous.start, count: 2 },
    });
    const [before, now] = report.periods;
    if (!before || !now) throw new Error(`indicatorReport gave ${report.periods.length} periods`);
    const view: MonthlyDivisionView = {
      division: divisionRef(code),
      province: province === null ? null : divisionRef(province),
      indicators: now.total.indicators.map((value, index) => {
        const last = before.total.indicators[index]!;
        return {
          name: value.name,
          label: value.label,
          kind: value.kind,
          current: value,
          previous: last,
          change: monthOverMonth(value.kind, value.value, last.value),
          changeUnit: changeUnitOf(value.kind),
        };
      }),
      compositeScore: {
        current: now.total.compositeScore,
        previous: before.total.compositeScore,
        change: monthOverMonth('SCORE', now.total.compositeScore, before.total.compositeScore),
      },
    };
    return { view, currentTo: report.currentTo };
  };

  const divisions = reportDivisions();
  const national = await divisionView(NATIONAL_CODE, null);
  const provinces: MonthlyDivisionView[] = [];
  for (const code of divisions.provinces) provinces.push((await divisionView(code, null)).view);
  const cities: MonthlyDivisionView[] = [];
  for (const code of divisions.cities) {
    cities.push((await divisionView(code, provinceOf(code)!)).view);
  }

  const rankings: MonthlyRankingView[] = [];
  const scopes = [
    NATIONAL_CODE,
    ...divisions.provinces.filter((code) => cities.some((city) => city.province?.code === code)),
  ];
  for (const scope of scopes) {
    const ranked = cities.filter(
      (city) => scope === NATIONAL_CODE || city.province?.code === scope,
    );
    for (const by of RANKED_BY) rankings.push(rankCities(scope, by, ranked));
  }

  await inScope(node.db, { division: NATIONAL_CODE }, (trx) =>
    appendAudit(trx, context, {
      action: 'report.read',
      entity: 'monthly_report',
      entityIds: [month],
      detail: { format },
      scope: NATIONAL_CODE,
    }),
  );

  return {
    month,
    previousMonth: previous.label,
    start: current.start,
    end: current.end,
    generatedAt,
    servedBy: node,
    currentTo: national.currentTo,
    weights,
    national: national.view,
    provinces,
    cities,
    rankings,
  };
}

/** Cities ranked by one indicator or the composite score, this month and last. */
function rankCities(
  scope: string,
  by: RankedBy,
  cities: readonly MonthlyDivisionView[],
): MonthlyRankingView {
  const indicatorOf = (city: MonthlyDivisionView) =>
    city.indicators.find((indicator) => indicator.name === by);
  const valueNow = (city: MonthlyDivisionView) =>
    by === 'COMPOSITE_SCORE'
      ? city.compositeScore.current
      : (indicatorOf(city)?.current.value ?? null);
  const valueBefore = (city: MonthlyDivisionView) =>
    by === 'COMPOSITE_SCORE'
      ? city.compositeScore.previous
      : (indicatorOf(city)?.previous.value ?? null);
  const better = by === 'COMPOSITE_SCORE' ? 'HIGHER' : indicatorDefinition(by).better;
  const kind = by === 'COMPOSITE_SCORE' ? 'SCORE' : indicatorDefinition(by).kind;
  const codeOf = (city: MonthlyDivisionView) => city.division.code;
  const previousRanks = new Map(
    rankByValue(cities, valueBefore, codeOf, better).map(({ rank, entry }) => [
      codeOf(entry),
      rank,
    ]),
  );
  return {
    scope: divisionRef(scope),
    indicator: by,
    label: by === 'COMPOSITE_SCORE' ? COMPOSITE_SCORE_LABEL : indicatorDefinition(by).label,
    changeUnit: changeUnitOf(kind),
    entries: rankByValue(cities, valueNow, codeOf, better).map(({ rank, entry }) => ({
      rank,
      previousRank: previousRanks.get(codeOf(entry)) ?? null,
      division: entry.division,
      province: entry.province!,
      value: valueNow(entry),
      previousValue: valueBefore(entry),
      change: monthOverMonth(kind, valueNow(entry), valueBefore(entry)),
      indicator: by === 'COMPOSITE_SCORE' ? null : (indicatorOf(entry)?.current ?? null),
    })),
  };
}
