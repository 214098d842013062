import {
  badUserInput,
  chosenIndicatorHolder,
  divisionLabel,
  indicatorDivisionProblem,
  indicatorHolders,
  forbidden,
  notOwner,
  InputProblems,
  authorize,
} from '@city-ops/kernel';
import { divisionContains } from '@city-ops/schema';
import type { Principal, IndicatorHolder, IndicatorQuery, Access } from '@city-ops/kernel';
import { readWeights } from './composite-score.js';
import type { IndicatorWeight } from './composite-score.js';
import { CATEGORY_LEVELS } from './metric-table.js';
import { tierNodeZh } from '../node/tier-label.js';
import { readPeriods } from './periods.js';
import type { Period, PeriodInput } from './periods.js';

export interface IndicatorArgs {
  division: string;
  period: PeriodInput;
  categoryLevel?: number | null;
  weights?: readonly { name: string; weight: number }[] | null;
  /** The division of the holder asked to compute a report (indicators only). */
  at?: string | null;
}

export interface IndicatorRequest {
  access: Access;
  division: string;
  periods: Period[];
  categoryLevel: number | null;
  weights: readonly IndicatorWeight[];
  /** The holder the caller named with `at`, if any. */
  at: IndicatorHolder | null;
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
  const divisionProblem = indicatorDivisionProblem(division, query);
  if (divisionProblem) problems.add('division', divisionProblem);
  const periods = readPeriods(problems, args.period);
  const categoryLevel = args.categoryLevel ?? null;
  if (categoryLevel !== null && !(CATEGORY_LEVELS as readonly number[]).includes(categoryLevel)) {
    problems.add('categoryLevel', {
      zh: `须为 ${CATEGORY_LEVELS.join('、')}（工单分类共三级），只要合计时不填。`,
      en: `must be ${CATEGORY_LEVELS.join(', ')} (ticket categories have three levels), or absent for totals only.`,
    });
  }
  const weights = readWeights(problems, args.weights);
  problems.throwIfAny();
  if (!divisionContains(access.division, division)) {
    throw forbidden(
      {
        zh: `行政区划 ${divisionLabel(division)} 不在您的行政区划 ${divisionLabel(access.division)} 之内。`,
        en: `Division ${divisionLabel(division)} is outside your division ${divisionLabel(access.division)}.`,
      },
      { operation: access.operation },
    );
  }
  let at: IndicatorHolder | null = null;
  if (args.at) {
    const chosen = chosenIndicatorHolder(division, args.at, access.division);
    if ('problem' in chosen) throw badUserInput('at', chosen.problem);
    at = chosen.holder;
  }
  return { access, division, periods: periods!, categoryLevel, weights, at };
}

/**
 * Refuses, with NOT_OWNER naming the nodes to ask, a request for a division this
 * node holds no data of (a city asked for its province, a province for another's city).
 */
export function assertHoldsIndicators(
  node: IndicatorHolder,
  division: string,
  query: IndicatorQuery,
  at: IndicatorHolder | null = null,
): void {
  // A caller who named a holder is sent to it (or told to ask it), never to another.
  const holders = at ? [at] : indicatorHolders(division, query);
  if (holders.some((holder) => holder.tier === node.tier && holder.division === node.division)) {
    return;
  }
  const where = holders.map((holder) => ({
    zh: `${tierNodeZh(holder.tier)} ${divisionLabel(holder.division)}`,
    en: `the ${holder.tier} node ${divisionLabel(holder.division)}`,
  }));
  const data = query === 'ranking' ? '排名数据' : '指标数据';
  throw notOwner(
    {
      zh: `本${tierNodeZh(node.tier)} ${divisionLabel(node.division)} 没有 ${divisionLabel(division)} 的${data}；请向${where.map((one) => one.zh).join('或')}查询（网关会自动转发）。`,
      en: `This ${node.tier} node ${divisionLabel(node.division)} holds no data for ${query === 'ranking' ? 'a ranking in' : 'the indicators of'} ${divisionLabel(division)}; ask ${where.map((one) => one.en).join(' or ')} (the gateway routes it).`,
    },
    holders[0]?.division,
  );
}
