/**
 * Period arithmetic on calendar days, for asking `indicators` for a period, the one
 * before it and a trend: the API names a period by its unit and first day (YYYY-MM-DD
 * on the node's calendar) and refuses any other first day, so the console computes
 * first days exactly as the API defines them (a WEEK starts on Monday, ISO 8601).
 */

/** PeriodUnit as the API names it. */
export type PeriodUnitName = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';

export const PERIOD_UNITS: readonly PeriodUnitName[] = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'];

export const isPeriodUnit = (value: string): value is PeriodUnitName =>
  (PERIOD_UNITS as readonly string[]).includes(value);

/** Days as UTC midnights: calendar arithmetic without any zone's daylight saving. */
const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);

/** Today on the calendar of `timeZone` (the node's), YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The first day of the period of `unit` that contains `day`. */
export function periodStartOf(day: string, unit: PeriodUnitName): string {
  const date = toDate(day);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (unit) {
    case 'DAY':
      return day;
    case 'WEEK': {
      // getUTCDay: Sunday 0 … Saturday 6; ISO weeks start on Monday.
      const sinceMonday = (date.getUTCDay() + 6) % 7;
      return toDay(new Date(Date.UTC(year, month, date.getUTCDate() - sinceMonday)));
    }
    case 'MONTH':
      return toDay(new Date(Date.UTC(year, month, 1)));
    case 'QUARTER':
      return toDay(new Date(Date.UTC(year, month - (month % 3), 1)));
    case 'YEAR':
      return toDay(new Date(Date.UTC(year, 0, 1)));
  }
}

/** The first day of the period `count` periods after the one starting on `start` (before, when negative). */
export function shiftPeriod(start: string, unit: PeriodUnitName, count: number): string {
  const date = toDate(start);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  switch (unit) {
    case 'DAY':
      return toDay(new Date(Date.UTC(year, month, day + count)));
    case 'WEEK':
      return toDay(new Date(Date.UTC(year, month, day + 7 * count)));
    case 'MONTH':
      return toDay(new Date(Date.UTC(year, month + count, 1)));
    case 'QUARTER':
      return toDay(new Date(Date.UTC(year, month + 3 * count, 1)));
    case 'YEAR':
      return toDay(new Date(Date.UTC(year + count, 0, 1)));
  }
}

/** A period as the picker names it: 2026-12-05, 2026-11-30 起一周, 2026年12月, 2026年第4季度, 2026年. */
export function periodName(start: string, unit: PeriodUnitName): string {
  const [year, month] = start.split('-').map(Number) as [number, number];
  switch (unit) {
    case 'DAY':
      return start;
    case 'WEEK':
      return `${start} 起一周`;
    case 'MONTH':
      return `${year}年${month}月`;
    case 'QUARTER':
      return `${year}年第${Math.floor((month - 1) / 3) + 1}季度`;
    case 'YEAR':
      return `${year}年`;
  }
}

/** The `count` most recent periods of `unit` up to the one containing `today`, newest first. */
export function recentPeriods(today: string, unit: PeriodUnitName, count: number): string[] {
  const current = periodStartOf(today, unit);
  return Array.from({ length: count }, (_, index) => shiftPeriod(current, unit, -index));
}
