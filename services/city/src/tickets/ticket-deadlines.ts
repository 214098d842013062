import { addWorkingDays, dueAt, ticketDeadlineRule } from '@city-ops/core';
import type { NodeRuntime, WorkingCalendar } from '@city-ops/core';
import type { Types } from '@city-ops/schema';

/*
 * The calendar is loaded by the caller before its transaction opens (PGlite has a
 * single connection, so a read on another one inside the transaction would wait for ever).
 */

/** 受理: when a new ticket falls due, by the city's rule for its class and urgency. */
export function intakeDueAt(
  node: NodeRuntime,
  calendar: WorkingCalendar,
  intakeClass: string,
  urgency: string,
  at: Date,
): Date {
  const rule = ticketDeadlineRule(
    intakeClass as Types.IntakeClass,
    urgency as Types.Urgency,
    node.deadlineRules,
  );
  return dueAt(at, rule, calendar, node.workingTime);
}

/** 延期: the new due time is the old one moved by the approved working days. */
export function extendDueAt(
  node: NodeRuntime,
  calendar: WorkingCalendar,
  due: Date,
  workingDays: number,
): Date {
  return addWorkingDays(due, workingDays, calendar, node.workingTime);
}
