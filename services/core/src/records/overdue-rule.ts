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

/** The due instant of a limit without a due time, in ms: it never falls due, so it is never late. */
export const NEVER = Number.POSITIVE_INFINITY;

/** The due instant of `rule` on `row` in ms, or undefined when it has none. */
export function dueInstantOf<Row extends object>(
  rule: OverdueRule<Row>,
  row: Row,
): number | undefined {
  const value = (row as Record<string, unknown>)[rule.due];
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'string') return Date.parse(value);
  return undefined;
}

/** Whether the limit of `rule` is running for `row`: in a state it governs, or open. */
export function governs<Row extends object>(rule: OverdueRule<Row>, row: Row): boolean {
  const record = row as Record<string, unknown>;
  return rule.states ? rule.states.includes(String(record['status'])) : record['closed_at'] == null;
}

/** The same test in SQL over the kind's table. */
export function governsCondition<Row extends object>(rule: OverdueRule<Row>): RawBuilder<boolean> {
  return rule.states
    ? sql<boolean>`status IN (${sql.join([...rule.states])})`
    : sql<boolean>`closed_at IS NULL`;
}

/** Each limit of `kind` that is running late for `row` at `now`. */
export function overdueLimits<Row extends object>(
  kind: { overdue: readonly OverdueRule<Row>[] },
  row: Row,
  now: Date,
): string[] {
  return kind.overdue
    .filter((rule) => {
      const due = dueInstantOf(rule, row);
      return governs(rule, row) && (due ?? NEVER) < now.getTime();
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
  const clauses = kind.overdue.map(
    (rule) => sql`(${governsCondition(rule)} AND ${sql.ref(rule.due)} < ${now})`,
  );
  return sql<boolean>`coalesce(${sql.join(clauses, sql` OR `)}, false)`;
}
