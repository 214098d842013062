import { addLocalDays } from '../calendar/local-time.js';

/** A span of local days, both ends included. */
export interface DaySpan {
  start: string;
  end: string;
}

/** Which rollup rows cover some spans of days: whole months from the monthly rollup, the rest day by day. */
export interface RollupSlices {
  /** First days of the calendar months lying wholly inside one span. */
  months: string[];
  /** Every other day of the spans. */
  days: string[];
}

const firstOfNextMonth = (day: string): string => {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
};

/**
 * Splits spans into the months `monthly_rollup` holds whole and the days left at their
 * edges, so a year by month reads 12 rows per city and category instead of 365 while a
 * week, or a span starting mid-month, still adds up day by day to the same sums.
 */
export function rollupSlices(spans: readonly DaySpan[]): RollupSlices {
  const months: string[] = [];
  const days: string[] = [];
  for (const { start, end } of spans) {
    let day = start;
    while (day <= end) {
      const nextMonth = firstOfNextMonth(day);
      if (day.endsWith('-01') && addLocalDays(nextMonth, -1) <= end) {
        months.push(day);
        day = nextMonth;
      } else {
        days.push(day);
        day = addLocalDays(day, 1);
      }
    }
  }
  return { months, days };
}
