import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import { dueAt } from '../calendar/deadline.js';
import type { DeadlineRule, DeadlineRules, DueSoonRules } from '../calendar/deadline-rules.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { WorkingTimeOptions } from '../calendar/working-time.js';
import {
  NEVER,
  dueInstantOf,
  governs,
  governsCondition,
  isOverdue,
  overdueCondition,
} from './overdue-rule.js';
import type { OverdueRule, RecordTable } from './record-kind.js';

/**
 * How a record stands against its time limits, one rule for every kind, read two ways
 * like the overdue rule it extends (the record's `deadlineStatus` field in JS, the lists'
 * `deadlineStatus` filter in SQL):
 *
 * - OVERDUE: a limit is running late — exactly the overdue rule (overdue-rule.ts), so
 *   the field, the `overdue` filter and the indicators agree;
 * - DUE_SOON: not overdue, and a running limit falls due no later than its warning rule
 *   (deadline rules, `dueSoon`) applied from now — `{ workingDays: 0 }` is the end of the
 *   current working day, so "due today" is due soon;
 * - NORMAL: everything else, a closed record and one without a due time included.
 */
export const DEADLINE_STATES = ['NORMAL', 'DUE_SOON', 'OVERDUE'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** Where each kind's warning rules sit in the deadline rules. */
const DUE_SOON_SECTION = {
  hotline_ticket: 'tickets',
  case_report: 'cases',
  enforcement_record: 'enforcement',
} as const satisfies Record<RecordTable, keyof DueSoonRules>;

/** The warning rule of one limit of a kind; a limit without one is a programming error. */
export function dueSoonRule(rules: DeadlineRules, table: RecordTable, limit: string): DeadlineRule {
  const section = rules.dueSoon[DUE_SOON_SECTION[table]] as Readonly<
    Record<string, DeadlineRule | undefined>
  >;
  const rule = section[limit];
  if (!rule) throw new Error(`no dueSoon rule for the ${limit} limit of ${table}`);
  return rule;
}

/** For each limit of a kind, the latest due instant that is due soon at `now`. */
export type DueSoonHorizon = Readonly<Record<string, Date>>;

interface LimitedKind<Row> {
  table: RecordTable;
  overdue: readonly OverdueRule<Row>[];
}

/** The horizon of every limit of `kind` at `now`, in the node's working time. */
export function dueSoonHorizon<Row>(
  kind: LimitedKind<Row>,
  rules: DeadlineRules,
  calendar: WorkingCalendar,
  options: WorkingTimeOptions,
  now: Date,
): DueSoonHorizon {
  return Object.fromEntries(
    kind.overdue.map((rule) => [
      rule.limit,
      dueAt(now, dueSoonRule(rules, kind.table, rule.limit), calendar, options),
    ]),
  );
}

/** Where `horizon` names no instant for a limit, nothing is due soon under it. */
const horizonOf = (horizon: DueSoonHorizon, limit: string): Date | undefined => horizon[limit];

/** The deadline status of `row` at `now`. */
export function deadlineStateOf<Row extends object>(
  kind: LimitedKind<Row>,
  row: Row,
  now: Date,
  horizon: DueSoonHorizon,
): DeadlineState {
  if (isOverdue(kind, row, now)) return 'OVERDUE';
  const soon = kind.overdue.some((rule) => {
    const due = dueInstantOf(rule, row);
    const until = horizonOf(horizon, rule.limit);
    // A limit without a due instant never falls due (NEVER), so it is never due soon.
    return governs(rule, row) && until !== undefined && (due ?? NEVER) <= until.getTime();
  });
  return soon ? 'DUE_SOON' : 'NORMAL';
}

/** The same rule in SQL over the kind's table: rows in any of `states` (never null). */
export function deadlineStateCondition<Row extends object>(
  kind: LimitedKind<Row>,
  states: readonly DeadlineState[],
  now: Date,
  horizon: DueSoonHorizon,
): RawBuilder<boolean> {
  const overdue = overdueCondition(kind, now);
  const clauses = kind.overdue.flatMap((rule) => {
    const until = horizonOf(horizon, rule.limit);
    return until ? [sql`(${governsCondition(rule)} AND ${sql.ref(rule.due)} <= ${until})`] : [];
  });
  const soon = clauses.length
    ? sql<boolean>`coalesce(${sql.join(clauses, sql` OR `)}, false)`
    : sql<boolean>`false`;
  const each: Record<DeadlineState, RawBuilder<boolean>> = {
    OVERDUE: overdue,
    DUE_SOON: sql<boolean>`(NOT ${overdue} AND ${soon})`,
    NORMAL: sql<boolean>`(NOT ${overdue} AND NOT ${soon})`,
  };
  const wanted = [...new Set(states)].map((state) => each[state]);
  return wanted.length ? sql<boolean>`(${sql.join(wanted, sql` OR `)})` : sql<boolean>`true`;
}
