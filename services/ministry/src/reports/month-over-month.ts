import type { IndicatorKind } from '@city-ops/core';

/** How a change from last month is expressed (docs/INDICATORS.md, Monthly national report). */
export type ChangeUnit = 'PERCENTAGE_POINTS' | 'RELATIVE' | 'POINTS';

/** What is compared: an indicator of a kind, or the composite score. */
export type ComparedKind = IndicatorKind | 'SCORE';

export const changeUnitOf = (kind: ComparedKind): ChangeUnit =>
  kind === 'RATE' ? 'PERCENTAGE_POINTS' : kind === 'SCORE' ? 'POINTS' : 'RELATIVE';

/**
 * The change from last month: a rate's difference in percentage points (0.80 after
 * 0.75 → 5), the composite score's difference in score points, and for counts,
 * amounts and averages the relative change ((this − last) / last: 0.25 = up 25 %).
 * Null when either month has no value — an empty denominator stays empty, it is
 * never a change from or to 0 — and for a relative change from 0, which has no size.
 */
export function monthOverMonth(
  kind: ComparedKind,
  current: number | null,
  previous: number | null,
): number | null {
  if (current === null || previous === null) return null;
  switch (changeUnitOf(kind)) {
    case 'PERCENTAGE_POINTS':
      return (current - previous) * 100;
    case 'POINTS':
      return current - previous;
    case 'RELATIVE':
      return previous === 0 ? null : (current - previous) / previous;
  }
}

export interface Ranked<T> {
  rank: number | null;
  entry: T;
}

/**
 * Ranks entries best first the way `indicatorRanking` does: higher or lower is
 * better per indicator, equal values share a rank (1, 1, 3), entries without a
 * value come last, unranked; ties and the unranked are ordered by code.
 */
export function rankByValue<T>(
  entries: readonly T[],
  valueOf: (entry: T) => number | null,
  codeOf: (entry: T) => string,
  better: 'HIGHER' | 'LOWER',
): Ranked<T>[] {
  const sign = better === 'HIGHER' ? -1 : 1;
  const byCode = (a: T, b: T) => (codeOf(a) < codeOf(b) ? -1 : codeOf(a) > codeOf(b) ? 1 : 0);
  const sorted = [...entries].sort((a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    if (x === null || y === null)
      return (x === null ? 1 : 0) - (y === null ? 1 : 0) || byCode(a, b);
    return sign * (x - y) || byCode(a, b);
  });
  return sorted.map((entry) => {
    const value = valueOf(entry);
    if (value === null) return { rank: null, entry };
    const ahead = sorted.filter((other) => {
      const otherValue = valueOf(other);
      return otherValue !== null && sign * (otherValue - value) < 0;
    }).length;
    return { rank: ahead + 1, entry };
  });
}
