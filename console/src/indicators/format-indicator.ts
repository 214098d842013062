/**
 * How the console writes an indicator's numbers: the same formats the monthly report's
 * spreadsheet gives its cells (services/ministry's XLSX number formats), so a number on
 * screen reads exactly as the downloaded file shows it. No value is "—", never 0.
 */

/** IndicatorKind as the API names it. */
export type IndicatorKindName = 'RATE' | 'AVERAGE' | 'COUNT' | 'AMOUNT';
/** ReportChangeUnit as the API names it. */
export type ChangeUnitName = 'PERCENTAGE_POINTS' | 'RELATIVE' | 'POINTS';

export const NO_VALUE = '—';

/**
 * A number cut to 15 significant digits before rounding, as a spreadsheet shows it:
 * 0.8765 × 100 is 87.64999… in binary, which a spreadsheet shows as 87.7 %.
 */
const shown = (value: number) => Number(value.toPrecision(15));

const fixed = (value: number, digits: number) => shown(value).toFixed(digits);

const grouped = (value: number, digits: number) =>
  shown(value).toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });

/** A rate as 0.0 %, an average as 1,234.56, a count as 1,234, an amount as ¥1,234.00. */
export function formatIndicatorValue(kind: IndicatorKindName, value: number | null): string {
  if (value === null) return NO_VALUE;
  switch (kind) {
    case 'RATE':
      return `${fixed(value * 100, 1)}%`;
    case 'AVERAGE':
      return grouped(value, 2);
    case 'COUNT':
      return grouped(value, 0);
    case 'AMOUNT':
      return `¥${grouped(value, 2)}`;
  }
}

/** A composite score, 0–100, as 0.0. */
export const formatScore = (score: number | null) => (score === null ? NO_VALUE : fixed(score, 1));

const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text);

/**
 * A month-over-month change: percentage points and score points as +0.0, a relative
 * change as +0.0 % (the spreadsheet's '+0.0;-0.0;0.0' and '+0.0%;-0.0%;0.0%').
 */
export function formatChange(unit: ChangeUnitName, change: number | null): string {
  if (change === null) return NO_VALUE;
  if (unit === 'RELATIVE') return signed(`${fixed(change * 100, 1)}%`, change);
  return signed(fixed(change, 1), change);
}

/** What a change is counted in, as the report's 变化单位 column says it. */
export const CHANGE_UNIT_LABELS: Record<ChangeUnitName, string> = {
  PERCENTAGE_POINTS: '百分点',
  RELATIVE: '相对变化',
  POINTS: '分',
};
