import { dueAt } from '../../calendar/deadline.js';
import { ticketDeadlineRule } from '../../calendar/deadline-rules.js';
import type { HotlineTicketRow } from '../../database/tables.js';
import type { NodeRuntime } from '../../node-context.js';
import type { WorkingCalendar } from '../../calendar/working-calendar.js';
import type { Types } from '@city-ops/schema';

/*
 * The calendar is loaded by the caller before its transaction opens (PGlite has a
 * single connection, so a read on another one inside the transaction would wait for ever).
 */

/**
 * When a ticket whose handling starts at `at` falls due, by the city's rule for its class
 * and urgency: at 受理 for a new ticket, and again at 重办, when a ticket the caller was
 * dissatisfied with starts over (its old due time has usually passed by then).
 */
export function ticketDueAt(
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

/** 重办: the reopened ticket's new due time, counted from the reopening (the clock's now). */
export function reopenedDueAt(
  node: Pick<NodeRuntime, 'deadlineRules' | 'workingTime'>,
  clock: { calendar: WorkingCalendar; now: Date },
  ticket: Pick<HotlineTicketRow, 'intake_class' | 'urgency'>,
): Date {
  return ticketDueAt(node, clock.calendar, ticket.intake_class, ticket.urgency, clock.now);
}
