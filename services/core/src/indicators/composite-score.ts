import { InputProblems } from '@city-ops/kernel';
import { INDICATORS } from './indicator-definitions.js';
import type { IndicatorName, IndicatorValue } from './indicator-definitions.js';

export interface IndicatorWeight {
  name: IndicatorName;
  weight: number;
}

/**
 * The default weights of the composite score (综合评价, docs/DOMAIN.md "Indicators": weights are
 * local): the closed-loop rates a supervisor is judged by. Weights apply to rates
 * only; a request may pass its own (docs/INDICATORS.md). They live in code rather
 * than in each node's environment so every tier scores with the same weights unless
 * a caller asks otherwise.
 */
export const DEFAULT_INDICATOR_WEIGHTS: readonly IndicatorWeight[] = [
  { name: 'TICKET_ON_TIME_CLOSURE_RATE', weight: 0.25 },
  { name: 'TICKET_SATISFACTION_RATE', weight: 0.2 },
  { name: 'TICKET_RESOLUTION_RATE', weight: 0.15 },
  { name: 'CASE_ON_TIME_CLOSURE_RATE', weight: 0.15 },
  { name: 'CASE_ON_TIME_HANDLING_RATE', weight: 0.1 },
  { name: 'CASE_REWORK_RATE', weight: 0.1 },
  { name: 'ENFORCEMENT_ON_TIME_DECISION_RATE', weight: 0.05 },
];

/**
 * The largest weight a caller may give. Weights are relative (they are shared out over the
 * rates that have a value), so 0–100 says anything a weighting can; far larger ones only
 * overflow: two weights of 1e308 add up to Infinity and the score to NaN.
 */
export const MAX_INDICATOR_WEIGHT = 100;

const rates = new Map(
  INDICATORS.filter((definition) => definition.kind === 'RATE').map((definition) => [
    definition.name,
    definition,
  ]),
);

/** A caller's weights (problems added to `problems`, naming each bad entry); the defaults when none are given. */
export function readWeights(
  problems: InputProblems,
  input: readonly { name: string; weight: number }[] | null | undefined,
  field = 'weights',
): readonly IndicatorWeight[] {
  if (input === null || input === undefined) return DEFAULT_INDICATOR_WEIGHTS;
  const seen = new Set<string>();
  input.forEach((entry, index) => {
    if (!rates.has(entry.name as IndicatorName)) {
      problems.add(`${field}.${index}.name`, {
        zh: `${entry.name} 不是比率指标：只有比率（0 至 1 之间的小数）才计入综合得分。`,
        en: `${entry.name} is not a rate: only rates (a fraction from 0 to 1) combine into the score.`,
      });
    } else if (seen.has(entry.name)) {
      problems.add(`${field}.${index}.name`, {
        zh: `${entry.name} 重复列出。`,
        en: `${entry.name} is listed twice.`,
      });
    }
    seen.add(entry.name);
    if (!Number.isFinite(entry.weight) || entry.weight < 0 || entry.weight > MAX_INDICATOR_WEIGHT) {
      problems.add(`${field}.${index}.weight`, {
        zh: `须为 0 至 ${MAX_INDICATOR_WEIGHT} 之间的数（现为 ${entry.weight}）。`,
        en: `must be a number from 0 to ${MAX_INDICATOR_WEIGHT} (got ${entry.weight}).`,
      });
    }
  });
  if (!input.some((entry) => entry.weight > 0)) {
    problems.add(field, {
      zh: '至少要有一个权重大于 0。',
      en: 'at least one weight must be above 0.',
    });
  }
  return input.map((entry) => ({ name: entry.name as IndicatorName, weight: entry.weight }));
}

/** `readWeights`, raising BAD_USER_INPUT naming every problem. */
export function parseWeights(
  input: readonly { name: string; weight: number }[] | null | undefined,
  field = 'weights',
): readonly IndicatorWeight[] {
  const problems = new InputProblems();
  const weights = readWeights(problems, input, field);
  problems.throwIfAny();
  return weights;
}

/**
 * The weighted score from 0 to 100: each weighted rate counts as its value, or 1 −
 * its value when lower is better (返工率), and the weights are shared out over the
 * rates that have a value — a city with no enforcement decisions in the period is
 * scored on the rest, not given 0. Null when no weighted rate has a value.
 */
export function compositeScore(
  values: readonly IndicatorValue[],
  weights: readonly IndicatorWeight[],
): number | null {
  let weighted = 0;
  let total = 0;
  for (const { name, weight } of weights) {
    const value = values.find((candidate) => candidate.name === name)?.value;
    const definition = rates.get(name);
    if (value === null || value === undefined || !definition) continue;
    weighted += weight * (definition.better === 'LOWER' ? 1 - value : value);
    total += weight;
  }
  return total === 0 ? null : (100 * weighted) / total;
}
