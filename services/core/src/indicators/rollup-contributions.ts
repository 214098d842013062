import { localDateOf } from '../calendar/local-time.js';
import type { RecordTable } from '../records/record-kind.js';
import type { ROLLUP_METRICS } from './indicator-definitions.js';

/** One count a record adds to a (local day × category) cell of its city's daily rollup. */
export interface Contribution {
  day: string;
  category: string;
  metric: string;
  amount: number;
}

/** A replica row as JSON (snake_case columns, instants as ISO strings). */
export type ReplicaRow = Record<string, unknown>;

/** The local calendar day (YYYY-MM-DD) of an ISO instant in `timeZone`. */
export function localDay(instant: unknown, timeZone: string): string | undefined {
  if (typeof instant !== 'string' && !(instant instanceof Date)) return undefined;
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return undefined;
  return localDateOf(date, timeZone);
}

/**
 * Epoch milliseconds of an instant; NaN when there is none, so a record without the
 * instant is never "at or before" anything (not closed: not on time; no due time: not due).
 */
const time = (value: unknown): number =>
  typeof value === 'string' || value instanceof Date ? new Date(value).getTime() : Number.NaN;

/** Whole days between two local calendar days (YYYY-MM-DD). */
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Yuan (a numeric column: a string such as '123.45') as whole fen, so sums stay exact. */
const fen = (amount: unknown) => Math.round(Number(amount ?? 0) * 100);

/**
 * The rollup category of a case: its type and minor code (EVENT:0101). The minor
 * code alone is ambiguous — 部件 and 事件 number their classes independently, so
 * 0101 is 公用设施 for one and 市容环境 for the other.
 */
export const caseCategory = (row: ReplicaRow) =>
  `${String(row['case_type'] ?? '')}:${String(row['minor_code'] ?? '')}`;

/**
 * The columns `rollupContributions` reads, per record kind, so a caller that
 * computes contributions from stored rows selects only these. `rework_count` is no
 * column: `withRollupFacts` (rollup-facts.ts) adds it from the case's history.
 */
export const ROLLUP_COLUMNS = {
  hotline_ticket: [
    'id',
    'category_code',
    'parent_ticket_id',
    'handling_mode',
    'created_at',
    'due_at',
    'closed_at',
    'resolution',
    'satisfaction',
  ],
  case_report: [
    'id',
    'case_type',
    'minor_code',
    'status',
    'created_at',
    'filed_at',
    'due_at',
    'handled_at',
    'closed_at',
    'updated_at',
  ],
  enforcement_record: [
    'id',
    'violated_article',
    'filed_at',
    'hearing_requested_at',
    'decided_at',
    'decision_due_at',
    'fine_amount',
    'paid_at',
    'amount_paid',
  ],
} as const satisfies Record<RecordTable, readonly string[]>;

/** An instant a record is counted by: a timestamp column, for some only while the record has `status`. */
export interface RollupInstant {
  column: string;
  status?: string;
}

/**
 * Every instant a contribution's day is taken from, per record kind — a case's
 * `updated_at` only while it is parked (`status`) — with the metrics dated by it: a
 * record counts for a metric on that instant's local day, exactly as
 * `rollupContributions` adds it (a test checks the two agree).
 */
const DATED_METRICS: {
  readonly [K in RecordTable]: readonly (RollupInstant & {
    metrics: readonly (typeof ROLLUP_METRICS)[K][number][];
  })[];
} = {
  hotline_ticket: [
    { column: 'created_at', metrics: ['created', 'merged', 'direct'] },
    { column: 'due_at', metrics: ['due', 'closed_on_time'] },
    {
      column: 'closed_at',
      metrics: ['closed', 'handling_seconds', 'called_back', 'resolved', 'rated', 'satisfied'],
    },
  ],
  case_report: [
    { column: 'created_at', metrics: ['created'] },
    { column: 'filed_at', metrics: ['filed'] },
    { column: 'due_at', metrics: ['due', 'closed_on_time', 'handled_on_time'] },
    { column: 'closed_at', metrics: ['closed', 'closed_reworked'] },
    { column: 'updated_at', status: 'PARKED', metrics: ['parked'] },
  ],
  enforcement_record: [
    { column: 'filed_at', metrics: ['filed'] },
    { column: 'hearing_requested_at', metrics: ['hearings_requested'] },
    {
      column: 'decided_at',
      metrics: ['decided', 'decided_on_time', 'decision_days', 'fines_imposed_fen'],
    },
    { column: 'paid_at', metrics: ['fines_collected_fen'] },
  ],
};

const byKind = <V>(value: (kind: RecordTable) => V): Record<RecordTable, V> => ({
  hotline_ticket: value('hotline_ticket'),
  case_report: value('case_report'),
  enforcement_record: value('enforcement_record'),
});

/**
 * Every instant a contribution's day is taken from, per record kind. A record
 * contributes to a day only if one of these falls on it, so reading the records
 * with any of them inside a period finds every contribution to the period.
 */
export const ROLLUP_INSTANTS: Record<RecordTable, readonly RollupInstant[]> = byKind((kind) =>
  DATED_METRICS[kind].map(({ metrics: _metrics, ...instant }) => instant),
);

/**
 * The instant each metric is dated by. A drill-down walks the records of a cell in
 * this instant's order.
 */
export const METRIC_INSTANTS: Record<RecordTable, Readonly<Record<string, RollupInstant>>> = byKind(
  (kind) =>
    Object.fromEntries(
      DATED_METRICS[kind].flatMap(({ metrics, ...instant }) =>
        metrics.map((metric) => [metric, instant]),
      ),
    ),
);

/**
 * Each metric's rule in words, as `rollupContributions` below applies it: the table
 * docs/INDICATORS.md "Rollup metrics" is generated from this and `METRIC_INSTANTS`, so
 * a change of the rules is a change of these lines too.
 */
export const METRIC_RULES: {
  readonly [K in RecordTable]: Readonly<Record<(typeof ROLLUP_METRICS)[K][number], string>>;
} = {
  hotline_ticket: {
    created: 'every ticket',
    merged: 'a child of a merged duplicate (并单)',
    direct: 'answered on the call (直办)',
    due: 'has a due time, neither answered directly nor merged into another (并单 children follow their parent)',
    closed_on_time: 'of those due, closed at or before the due instant',
    closed: 'closed',
    handling_seconds: 'sum of whole seconds from creation to closure',
    called_back: 'closed with a callback result',
    resolved: 'resolution 解决',
    rated: 'satisfaction other than 未评价',
    satisfied: '满意 or 基本满意',
  },
  case_report: {
    created: 'every case',
    filed: 'filed (立案)',
    due: 'has a due time (set on dispatch; parking or an approved return clears it)',
    closed_on_time: 'of those due, closed (verified) at or before the due instant',
    handled_on_time: 'of those due, reported back at or before the due instant',
    closed: 'closed',
    closed_reworked:
      'closed after at least one failed verification (返工, counted from its history)',
    parked: "in 挂账 now (a parked case's last change is its parking)",
  },
  enforcement_record: {
    filed: 'filed (立案)',
    hearings_requested: 'a hearing was requested',
    decided: 'decided',
    decided_on_time: 'decided by `decision_due_at` (90 days + extensions)',
    decision_days: 'sum of calendar days from the filing day to the decision day',
    fines_imposed_fen: 'sum of the fines decided, in fen',
    fines_collected_fen: 'sum of the amounts paid, in fen',
  },
};

/**
 * What a record counts for, each count on the day its indicator assigns it to (the
 * rule of each indicator is written down in `METRIC_RULES`): intake counts on the day
 * it was created, "due" and "closed on time" on the day the record fell due, closure
 * and callback results on the day it closed. A record's contributions are recomputed
 * from each new version and only the difference is applied, so the rollup follows
 * reopenings and corrections without a full recount.
 *
 * Sums are whole numbers (seconds, days, fen), so adding them up in any order, in
 * JavaScript or in SQL numeric, gives the same total: that is what lets a city (from
 * its records), its province and the ministry (from the rollups) show identical
 * indicators (docs/INDICATORS.md).
 */
export function rollupContributions(
  entity: RecordTable,
  row: ReplicaRow | undefined,
  timeZone: string,
): Contribution[] {
  if (!row) return [];
  const out: Contribution[] = [];
  const add = (at: unknown, category: unknown, metric: string, amount = 1) => {
    const day = localDay(at, timeZone);
    if (day && amount !== 0) out.push({ day, category: String(category ?? ''), metric, amount });
  };
  switch (entity) {
    case 'hotline_ticket': {
      const category = row['category_code'];
      const merged = row['parent_ticket_id'] != null;
      add(row['created_at'], category, 'created');
      if (merged) add(row['created_at'], category, 'merged');
      if (row['handling_mode'] === 'DIRECT') add(row['created_at'], category, 'direct');
      const dueAt = time(row['due_at']);
      const closedAt = time(row['closed_at']);
      // add() counts nothing for an instant the record does not have: no due time, not due;
      // not closed, none of the closure counts.
      if (!merged && row['handling_mode'] !== 'DIRECT') {
        add(row['due_at'], category, 'due');
        if (closedAt <= dueAt) add(row['due_at'], category, 'closed_on_time');
      }
      add(row['closed_at'], category, 'closed');
      const createdAt = time(row['created_at']);
      // Without a creation time nothing is measured (a difference with NaN is NaN).
      if (!Number.isNaN(createdAt)) {
        add(
          row['closed_at'],
          category,
          'handling_seconds',
          Math.max(Math.round((closedAt - createdAt) / 1000), 0),
        );
      }
      if (row['resolution'] != null) add(row['closed_at'], category, 'called_back');
      if (row['resolution'] === 'RESOLVED') add(row['closed_at'], category, 'resolved');
      const satisfaction = row['satisfaction'];
      if (satisfaction != null && satisfaction !== 'NOT_RATED') {
        add(row['closed_at'], category, 'rated');
        if (satisfaction === 'SATISFIED' || satisfaction === 'BASICALLY_SATISFIED') {
          add(row['closed_at'], category, 'satisfied');
        }
      }
      break;
    }
    case 'case_report': {
      const category = caseCategory(row);
      add(row['created_at'], category, 'created');
      // add() counts nothing for an instant the record does not have (not filed yet).
      add(row['filed_at'], category, 'filed');
      // Nothing is due without a due time (parked, returned); a case not closed or not
      // reported back is never on time.
      const dueAt = time(row['due_at']);
      add(row['due_at'], category, 'due');
      if (time(row['closed_at']) <= dueAt) add(row['due_at'], category, 'closed_on_time');
      if (time(row['handled_at']) <= dueAt) add(row['due_at'], category, 'handled_on_time');
      add(row['closed_at'], category, 'closed');
      // 返工: failed verifications, counted from the history (rollup-facts.ts) for closed
      // cases only; none looked up (undefined) is no rework.
      if (Number(row['rework_count']) > 0) add(row['closed_at'], category, 'closed_reworked');
      // 挂账 now, on the day it was parked: nothing but resuming changes a parked case.
      if (row['status'] === 'PARKED') add(row['updated_at'], category, 'parked');
      break;
    }
    case 'enforcement_record': {
      const category = row['violated_article'];
      add(row['filed_at'], category, 'filed');
      add(row['hearing_requested_at'], category, 'hearings_requested');
      add(row['decided_at'], category, 'decided');
      // Without a decision limit a decision is never on time.
      if (time(row['decided_at']) <= time(row['decision_due_at'])) {
        add(row['decided_at'], category, 'decided_on_time');
      }
      const filedDay = localDay(row['filed_at'], timeZone);
      const decidedDay = localDay(row['decided_at'], timeZone);
      if (filedDay && decidedDay) {
        // Calendar days from the filing day to the decision day, as the 90-day limit counts them.
        add(row['decided_at'], category, 'decision_days', daysBetween(filedDay, decidedDay));
      }
      add(row['decided_at'], category, 'fines_imposed_fen', fen(row['fine_amount']));
      add(row['paid_at'], category, 'fines_collected_fen', fen(row['amount_paid']));
      break;
    }
  }
  return out;
}

/** new − old, per (day, category), metrics with a zero difference left out. */
export function contributionDelta(
  before: Contribution[],
  after: Contribution[],
): Map<string, { day: string; category: string; counts: Record<string, number> }> {
  const cells = new Map<
    string,
    { day: string; category: string; counts: Record<string, number> }
  >();
  const apply = (contributions: Contribution[], sign: number) => {
    for (const { day, category, metric, amount } of contributions) {
      const key = `${day}\u0000${category}`;
      let cell = cells.get(key);
      if (!cell) {
        cell = { day, category, counts: {} };
        cells.set(key, cell);
      }
      cell.counts[metric] = (cell.counts[metric] ?? 0) + sign * amount;
    }
  };
  apply(before, -1);
  apply(after, 1);
  for (const [key, cell] of cells) {
    for (const [metric, value] of Object.entries(cell.counts)) {
      // Every amount is a whole number (seconds, days, fen), so a difference is exactly 0 or not.
      if (value === 0) delete cell.counts[metric];
    }
    if (Object.keys(cell.counts).length === 0) cells.delete(key);
  }
  return cells;
}
