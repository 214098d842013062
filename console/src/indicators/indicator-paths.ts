/**
 * The addresses of the oversight screens that other screens link to: a division's
 * overview and the records behind one indicator cell (the API's `indicatorRecords`).
 * Each is a plain URL, so a drill-down can be bookmarked, shared and opened in a new tab.
 */

/** A division's indicators, ranking and trends (the nation is 000000). */
export const overviewPath = (division: string) => `/overview/${division}`;

/** One cell of `indicators`, as `indicatorRecords` names it. */
export interface IndicatorCell {
  /** A city or a province (a national cell is drilled per province). */
  division: string;
  /** PeriodUnit: DAY, WEEK, MONTH, QUARTER or YEAR. */
  unit: string;
  /** The period's first day, YYYY-MM-DD. */
  start: string;
  /** An IndicatorName; or name the cell by `metric` instead. */
  indicator?: string;
  /** NUMERATOR (the default) or DENOMINATOR. */
  part?: string;
  /** A rollup metric (docs/SYNC.md), instead of `indicator`. */
  metric?: string;
  /** An IndicatorRecordKind, for a metric that several kinds have. */
  recordKind?: string;
  /** A category code as `indicators` lists it. */
  category?: string;
}

const CELL_KEYS = [
  'division',
  'unit',
  'start',
  'indicator',
  'part',
  'metric',
  'recordKind',
  'category',
] as const;

/** The drill-down screen listing the records behind `cell`. */
export function indicatorRecordsPath(cell: IndicatorCell): string {
  const search = new URLSearchParams();
  for (const key of CELL_KEYS) {
    const value = cell[key];
    if (value) search.set(key, value);
  }
  return `/indicators/records?${search.toString()}`;
}

/** The cell a drill-down address names, or undefined when it names none. */
export function indicatorCellOf(search: URLSearchParams): IndicatorCell | undefined {
  const division = search.get('division');
  const unit = search.get('unit');
  const start = search.get('start');
  if (!division || !unit || !start) return undefined;
  if (!search.get('indicator') && !search.get('metric')) return undefined;
  const cell: IndicatorCell = { division, unit, start };
  for (const key of CELL_KEYS) {
    const value = search.get(key);
    if (value) cell[key] = value;
  }
  return cell;
}
