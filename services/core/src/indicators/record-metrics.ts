import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import { addLocalDays, instantAt } from '../calendar/local-time.js';
import type { RowScope } from '../database/scoped-transaction.js';
import type { Database } from '../database/tables.js';
import { scopeConditions } from '../records/find-record-in-scope.js';
import { RECORD_TABLES } from '../records/record-kind.js';
import type { RecordTable } from '../records/record-kind.js';
import { ROLLUP_COLUMNS, ROLLUP_INSTANTS, rollupContributions } from './rollup-contributions.js';
import type { Contribution, ReplicaRow, RollupInstant } from './rollup-contributions.js';
import { withRollupFacts } from './rollup-facts.js';
import { MetricTable } from './metric-table.js';
import type { Period } from './periods.js';
import { periodStartOf } from './periods.js';

/**
 * Days read per query. A window holds every record with one of its instants in it,
 * so memory stays bounded by a week of a city's records however long the trend.
 */
const WINDOW_DAYS = 7;

/**
 * A keyset page of the records one metric counts in a period: those whose instant
 * dating the metric falls in it, in that instant's order and then by id.
 */
export interface RecordPage {
  /** The instant the metric is dated by (METRIC_INSTANTS). */
  datedBy: RollupInstant;
  /** Only records after this one in that order. */
  after?: { at: Date; id: string } | undefined;
  limit: number;
  /** The service layer's row scope, besides row-level security. */
  scope?: RowScope | undefined;
}

/**
 * The planner switches a page runs with off, so it walks the instant's index in order
 * (planner-settings.ts says why the planner would not).
 */
export const RECORD_PAGE_SWITCHES_OFF = ['enable_bitmapscan', 'enable_sort', 'jit'] as const;

/**
 * Records of `kind` with any instant a contribution is dated by in [from, to), only
 * the columns the rules read: one range per instant, OR-ed, each served by that
 * instant's index (migration 20261121170000_indicator-indexes), so no query reads the
 * whole table. With `page`, only those whose `datedBy` instant is in the range, at
 * most `limit` of them in its order from `after`, each range read from its index.
 */
export function recordsTouchingQuery(kind: RecordTable, from: Date, to: Date, page?: RecordPage) {
  const inRange = ({ column, status }: RollupInstant) => {
    const range = sql`(${sql.ref(column)} >= ${from} AND ${sql.ref(column)} < ${to})`;
    return status === undefined ? range : sql`(status = ${status} AND ${range})`;
  };
  const columns = sql.join(ROLLUP_COLUMNS[kind].map((column) => sql.ref(column)));
  if (!page) {
    const touching = sql.join(ROLLUP_INSTANTS[kind].map(inRange), sql` OR `);
    return sql<ReplicaRow>`SELECT ${columns} FROM ${sql.table(kind)} WHERE (${touching})`;
  }
  const instant = sql.ref(page.datedBy.column);
  const conditions = [
    inRange(page.datedBy),
    ...(page.scope ? scopeConditions(kind, page.scope) : []),
    ...(page.after ? [sql`(${instant}, id) > (${page.after.at}, ${page.after.id})`] : []),
  ];
  return sql<ReplicaRow>`
    SELECT ${columns} FROM ${sql.table(kind)}
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY ${instant}, id LIMIT ${page.limit}`;
}

/** A record and what it contributes to the days asked for. */
export interface RecordContributions {
  row: ReplicaRow;
  contributions: Contribution[];
}

/**
 * The records of `kind` with an instant on the local days `first` to `last`, each
 * with the contributions `rollupContributions` gives it on those days — the one
 * reading of records behind both a city's metric sums and a drill-down's list.
 */
export async function recordContributions(
  trx: Transaction<Database>,
  kind: RecordTable,
  timeZone: string,
  first: string,
  last: string,
  page?: RecordPage,
): Promise<RecordContributions[]> {
  const start = instantAt(first, 0, timeZone);
  const end = instantAt(addLocalDays(last, 1), 0, timeZone);
  const { rows } = await recordsTouchingQuery(kind, start, end, page).execute(trx);
  return (await withRollupFacts(trx, kind, rows)).map((row) => ({
    row,
    // A record read for one instant counts only what falls inside these days.
    contributions: rollupContributions(kind, row, timeZone).filter(
      ({ day }) => day >= first && day <= last,
    ),
  }));
}

/**
 * A city's metric sums over `periods` from its own records, inside the request's
 * row-scoped transaction: the same `rollupContributions` its province applies to the
 * replicas, run over the records whose instants fall in the periods, each
 * contribution kept on the day the rule gives it. Summed, they are exactly what the
 * province's daily rollups add up to.
 */
export async function metricsFromRecords(
  trx: Transaction<Database>,
  timeZone: string,
  periods: readonly Period[],
  categoryLevel: number | null,
): Promise<MetricTable> {
  const table = new MetricTable(categoryLevel);
  if (periods.length === 0) return table;
  const { start: first, unit } = periods[0]!;
  const { end: last } = periods.at(-1)!;
  for (let from = first; from <= last; from = addLocalDays(from, WINDOW_DAYS)) {
    const windowEnd = addLocalDays(from, WINDOW_DAYS - 1);
    // Stryker disable next-line EqualityOperator: when the window ends on the last day both branches give that day
    const through = windowEnd < last ? windowEnd : last;
    for (const kind of RECORD_TABLES) {
      const records = await recordContributions(trx, kind, timeZone, from, through);
      for (const { contributions } of records) {
        for (const { day, category, metric, amount } of contributions) {
          table.add(periodStartOf(day, unit), kind, category, metric, amount);
        }
      }
    }
  }
  return table;
}
