import type { ChangeUnitName, IndicatorKindName } from './format-indicator';

/**
 * The change against the previous period, expressed as the monthly report expresses a
 * month-over-month change (docs/INDICATORS.md): a rate in percentage points, the composite
 * score in score points, counts, amounts and averages relative to the previous value.
 * Null when either period has no value, or for a relative change from 0 (it has no size).
 */
export const changeUnitOf = (kind: IndicatorKindName | 'SCORE'): ChangeUnitName =>
  kind === 'RATE' ? 'PERCENTAGE_POINTS' : kind === 'SCORE' ? 'POINTS' : 'RELATIVE';

export function periodChange(
  kind: IndicatorKindName | 'SCORE',
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

/** Which way a change went, as an arrow a reader sees without colour. */
export function changeArrow(change: number | null): '↑' | '↓' | '→' | '' {
  if (change === null) return '';
  return change > 0 ? '↑' : change < 0 ? '↓' : '→';
}
