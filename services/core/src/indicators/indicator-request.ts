import { divisionLabel } from '../divisions/division-ref.js';
import {
  divisionContains,
  divisionLevel,
  isKnownDivision,
  isWellFormedDivisionCode,
  NATIONAL_CODE,
  owningCityOf,
  provinceOf,
} from '@city-ops/schema';
import type { Principal } from '../auth/principal.js';
import type { TierName } from '../environment.js';
import { forbidden, notOwner } from '../errors.js';
import { InputProblems } from '../input-problems.js';
import { authorize } from '../permissions/policy.js';
import type { Access } from '../permissions/policy.js';
import { readWeights } from './composite-score.js';
import type { IndicatorWeight } from './composite-score.js';
import { CATEGORY_LEVELS } from './metric-table.js';
import { readPeriods } from './periods.js';
import type { Period, PeriodInput } from './periods.js';

/** A report of one division, or a ranking of its child divisions. */
export type IndicatorQuery = 'report' | 'ranking';

/** A node, by tier and division. */
export interface IndicatorHolder {
  tier: TierName;
  division: string;
}

/**
 * The nodes that hold the data of `division`'s indicators, narrowest first: a city
 * node its own records; a province node its cities' rollups; the ministry every
 * rollup. A ranking needs the rollups of every child division, so only a province
 * node (its own cities) and the ministry rank. Empty for what has no indicators (a
 * county; a ranking of a city's districts).
 */
export function indicatorHolders(division: string, query: IndicatorQuery): IndicatorHolder[] {
  const ministry: IndicatorHolder = { tier: 'ministry', division: NATIONAL_CODE };
  if (division === NATIONAL_CODE) return [ministry];
  const city = owningCityOf(division);
  const level = divisionLevel(division);
  if (level === 'PROVINCE') {
    // A municipality is a province whose node is a city node, with no cities to rank.
    if (city === division) return query === 'report' ? [{ tier: 'city', division }, ministry] : [];
    return [{ tier: 'province', division }, ministry];
  }
  if (level === 'CITY' && query === 'report') {
    return [
      { tier: 'city', division },
      { tier: 'province', division: provinceOf(division)! },
      ministry,
    ];
  }
  return [];
}

export interface IndicatorArgs {
  division: string;
  period: PeriodInput;
  categoryLevel?: number | null;
  weights?: readonly { name: string; weight: number }[] | null;
}

export interface IndicatorRequest {
  access: Access;
  division: string;
  periods: Period[];
  categoryLevel: number | null;
  weights: readonly IndicatorWeight[];
}

/**
 * Checks a request for indicators the same way at the gateway and at the node, in
 * this order: the operation (FORBIDDEN), every input field (BAD_USER_INPUT naming
 * each), then whether the division lies inside the caller's (FORBIDDEN).
 */
export function checkIndicatorRequest(
  principal: Principal,
  args: IndicatorArgs,
  query: IndicatorQuery,
): IndicatorRequest {
  const access = authorize(principal, 'indicator.read');
  const problems = new InputProblems();
  const { division } = args;
  if (!isWellFormedDivisionCode(division) || !isKnownDivision(division)) {
    problems.add('division', `"${division}" is not a known GB/T 2260 division code.`);
  } else if (indicatorHolders(division, query).length === 0) {
    problems.add(
      'division',
      query === 'ranking'
        ? `${divisionLabel(division)} has no child divisions with indicators: rank the cities of a province, or the provinces (${NATIONAL_CODE}).`
        : `${divisionLabel(division)} is a district or county: indicators are kept per city, province and the nation; ask for its city ${divisionLabel(owningCityOf(division) ?? division)}.`,
    );
  }
  const periods = readPeriods(problems, args.period);
  const categoryLevel = args.categoryLevel ?? null;
  if (categoryLevel !== null && !(CATEGORY_LEVELS as readonly number[]).includes(categoryLevel)) {
    problems.add(
      'categoryLevel',
      `must be ${CATEGORY_LEVELS.join(', ')} (ticket categories have three levels), or absent for totals only.`,
    );
  }
  const weights = readWeights(problems, args.weights);
  problems.throwIfAny();
  if (!divisionContains(access.division, division)) {
    throw forbidden(
      `Division ${divisionLabel(division)} is outside your division ${divisionLabel(access.division)}.`,
      { operation: access.operation },
    );
  }
  return { access, division, periods: periods!, categoryLevel, weights };
}

/**
 * Refuses, with NOT_OWNER naming the nodes to ask, a request for a division this
 * node holds no data of (a city asked for its province, a province for another's city).
 */
export function assertHoldsIndicators(
  node: IndicatorHolder,
  division: string,
  query: IndicatorQuery,
): void {
  const holders = indicatorHolders(division, query);
  if (holders.some((holder) => holder.tier === node.tier && holder.division === node.division)) {
    return;
  }
  const where = holders.map(
    (holder) => `the ${holder.tier} node ${divisionLabel(holder.division)}`,
  );
  throw notOwner(
    `This ${node.tier} node ${divisionLabel(node.division)} holds no data for ${query === 'ranking' ? 'a ranking in' : 'the indicators of'} ${divisionLabel(division)}; ask ${where.join(' or ')} (the gateway routes it).`,
    holders[0]?.division,
  );
}
