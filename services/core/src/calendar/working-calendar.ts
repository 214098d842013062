import type { CalendarDayKind } from './calendar-day-table.js';
import { weekdayOf } from './local-time.js';

export interface CalendarException {
  /** Local date, YYYY-MM-DD. */
  day: string;
  kind: CalendarDayKind;
  name?: string;
}

/**
 * Which local dates are working days: Monday to Friday, except the listed holidays,
 * plus the listed make-up working days (调休上班). A year nobody entered is a plain
 * Monday–Friday year; the seed covers 2025 and 2026, administrators add the rest.
 */
export class WorkingCalendar {
  /** No exceptions: every Monday–Friday works. For tests and for nodes before any seed. */
  // Stryker disable next-line ArrayDeclaration: the mutant's string has no `day`, so it is listed under the key undefined, which no YYYY-MM-DD date looks up
  static readonly weekdaysOnly = new WorkingCalendar([]);

  private readonly exceptions: ReadonlyMap<string, CalendarException>;

  constructor(exceptions: Iterable<CalendarException>) {
    this.exceptions = new Map([...exceptions].map((exception) => [exception.day, exception]));
  }

  isWorkingDay(localDate: string): boolean {
    const exception = this.exceptions.get(localDate);
    if (exception) return exception.kind === 'workday';
    const weekday = weekdayOf(localDate);
    return weekday !== 0 && weekday !== 6;
  }

  /** The holiday or make-up workday listed for the date, if any. */
  exceptionOn(localDate: string): CalendarException | undefined {
    return this.exceptions.get(localDate);
  }
}
