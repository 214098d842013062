import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import type { OverdueRule } from './record-kind.js';

/**
 * One definition of "overdue" per kind, read two ways: by JS on a row (the record's
 * `overdue` field, the flags a province passes up) and by SQL (the lists' `overdue`
 * filter, the sweep for records that went overdue with time). A limit is running late
 * when its record is still in one of the states it governs — not closed, when it names
 * none — and its due instant has passed: at the instant itself a record is still on
 * time, as the indicators count a closure at the due instant as on time.
 */

/** A due column's instant (a Date, or an ISO string a province passed up); NaN for none. */
const instant = (value: unknown): number =>
  value instanceof Date || typeof value === 'string' ? new Date(value).getTime() : Number.NaN;

function governs<Row extends object>(rule: OverdueRule<Row>, row: Row) {
  const record = row as Record<string, unknown>;
  return rule.states ? rule.states.includes(String(record['status'])) : record['closed_at'] == null;
}

/** Each limit of `kind` that is running late for `row` at `now`. */
export function overdueLimits<Row extends object>(
  kind: { overdue: readonly OverdueRule<Row>[] },
  row: Row,
  now: Date,
): string[] {
  return kind.overdue
    .filter((rule) => {
      // NaN (no due instant) is before no instant: such a limit is never running late.
      const due = instant((row as Record<string, unknown>)[rule.due]);
      return governs(rule, row) && due < now.getTime();
    })
    .map((rule) => rule.limit);
}

export function isOverdue<Row extends object>(
  kind: { overdue: readonly OverdueRule<Row>[] },
  row: Row,
  now: Date,
): boolean {
  return overdueLimits(kind, row, now).length > 0;
}

/** The same test in SQL over the kind's table (never null, so NOT of it is "not overdue"). */
export function overdueCondition<Row extends object>(
  kind: { overdue: readonly OverdueRule<Row>[] },
  now: Date,
): RawBuilder<boolean> {
  const clauses = kind.overdue.map((rule) => {
    const state = rule.states
      ? sql`status IN (${sql.join([...rule.states])})`
      : sql`closed_at IS NULL`;
    return sql`(${state} AND ${sql.ref(rule.due)} < ${now})`;
  });
  return sql<boolean>`coalesce(${sql.join(clauses, sql` OR `)}, false)`;
}
