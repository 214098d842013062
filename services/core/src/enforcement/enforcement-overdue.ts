import { sql } from 'kysely';
import type { EnforcementRecordRow } from '../database/tables.js';

/**
 * Which statutory limit of an enforcement case is running late now: the step it
 * limits is still to be taken and its due instant has passed. One definition for
 * the record's `overdue` flags and the list's `overdue` filter, so a record shows
 * as overdue exactly when the filter finds it.
 */

/** The states before a decision: the 90-day limit (art. 60) runs in these. */
export const PRE_DECISION_STATUSES = [
  'FILED',
  'INVESTIGATING',
  'NOTIFIED',
  'HEARING',
  'LEGAL_REVIEW',
] as const;

export interface EnforcementOverdue {
  decision: boolean;
  service: boolean;
  payment: boolean;
  any: boolean;
}

const past = (due: Date | null, now: Date) => due !== null && now.getTime() >= due.getTime();

export function enforcementOverdue(row: EnforcementRecordRow, now: Date): EnforcementOverdue {
  const decision =
    (PRE_DECISION_STATUSES as readonly string[]).includes(row.status) &&
    past(row.decision_due_at, now);
  const service = row.status === 'DECIDED' && past(row.service_due_at, now);
  // payment_due_at is set only for a fine; once paid the record has left SERVED.
  const payment = row.status === 'SERVED' && past(row.payment_due_at, now);
  return { decision, service, payment, any: decision || service || payment };
}

/** The same test in SQL over enforcement_record, for the list filter. */
export function enforcementOverdueCondition(now: Date) {
  return sql<boolean>`coalesce(
    (status IN (${sql.join([...PRE_DECISION_STATUSES])}) AND decision_due_at <= ${now})
    OR (status = 'DECIDED' AND service_due_at <= ${now})
    OR (status = 'SERVED' AND payment_due_at <= ${now}),
    false)`;
}
