import { dueAt } from '../../calendar/deadline.js';
import { ticketDeadlineRule } from '../../calendar/deadline-rules.js';
import type { NodeRuntime } from '../../node-context.js';
import type { WorkingCalendar } from '../../calendar/working-calendar.js';
import type { Types } from '@city-ops/schema';

/*
 * The calendar is loaded by the caller before its transaction opens (PGlite has a
 * single connection, so a read on another one inside the transaction would wait for ever).
 */

/** 受理: when a new ticket falls due, by the city's rule for its class and urgency. */
export function intakeDueAt(
  node: Pick<NodeRuntime, 'deadlineRules' | 'workingTime'>,
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
