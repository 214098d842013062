import type { DeadlineRule } from './deadline-rules.js';
import type { WorkingCalendar } from './working-calendar.js';
import { addWorkingDays, addWorkingHours, workingTimeBetween } from './working-time.js';
import type { WorkingTimeOptions } from './working-time.js';

/** The UTC instant a record started at `start` (受理, 立案…) is due under `rule`. */
export function dueAt(
  start: Date,
  rule: DeadlineRule,
  calendar: WorkingCalendar,
  options: WorkingTimeOptions = {},
): Date {
  return 'workingDays' in rule
    ? addWorkingDays(start, rule.workingDays, calendar, options)
    : addWorkingHours(start, rule.workingHours, calendar, options);
}

/** 延期: a due time moved by the approved working days. */
export function extendDueAt(
  due: Date,
  workingDays: number,
  calendar: WorkingCalendar,
  options: WorkingTimeOptions = {},
): Date {
  return addWorkingDays(due, workingDays, calendar, options);
}

export interface DeadlineStatus {
  /** Closed after the due instant, or still open past it. */
  overdue: boolean;
  /**
   * Working time from now (or from the closing, once closed) to the due instant, in
   * ms; negative when overdue. It can be 0 while overdue when the lateness lies
   * wholly outside working hours (closed at 18:00 on a 17:30 deadline).
   */
  remainingMs: number;
}

/**
 * Whether a record is (or was) late. `overdue` compares instants, as 按时办结率
 * does; `remainingMs` measures working time, so a deadline does not run down over
 * a weekend or a holiday.
 */
export function deadlineStatus(
  due: Date,
  now: Date,
  closedAt: Date | null | undefined,
  calendar: WorkingCalendar,
  options: WorkingTimeOptions = {},
): DeadlineStatus {
  const reference = closedAt ?? now;
  return {
    overdue: reference.getTime() > due.getTime(),
    remainingMs: workingTimeBetween(reference, due, calendar, options),
  };
}
