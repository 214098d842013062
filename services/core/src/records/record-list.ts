import { sql } from 'kysely';
import type { Insertable, Kysely, RawBuilder, SelectQueryBuilder, Transaction } from 'kysely';
import type { CursorKey, ListSort } from '@city-ops/kernel';
import { localDateOf } from '../calendar/local-time.js';
import { nextDailyNumber } from '../database/next-daily-number.js';
import { withPlannerSwitchesOff } from '../database/planner-settings.js';
import type { RowScope } from '../database/scoped-transaction.js';
import type { Database } from '../database/tables.js';
import type { RequestContext } from '../node-context.js';
import { orderByKeyset } from '../paging/keyset-order.js';
import type { RecordReader } from '../permissions/personal-data.js';
import type { DeadlineClock } from './deadline-status-field.js';
import { deadlineStateCondition } from './deadline-status.js';
import type { DeadlineState } from './deadline-status.js';
import { scopeConditions } from './find-record-in-scope.js';
import { overdueCondition } from './overdue-rule.js';
import type { ListFilter, RecordKind, RecordRow, RecordTable } from './record-kind.js';
import { supervisedCondition } from './supervised-condition.js';
import { SEARCH_SWITCHES_OFF, textSearchConditions } from './text-search.js';

/** A page of a record list: the filters every kind has, the kind's own, the order and where it starts. */
export interface RecordListQuery {
  scope: RowScope;
  status?: readonly string[] | null | undefined;
  createdFrom?: Date | null | undefined;
  createdBefore?: Date | null | undefined;
  /** A limit running late at `now` (true), or none (false). */
  overdue?: boolean | null | undefined;
  /** Under at least one supervision order (true) or none (false). */
  supervised?: boolean | null | undefined;
  /** In one of these deadline states at the clock's instant (deadline-status.ts). */
  deadlineStatus?: { states: readonly DeadlineState[]; clock: DeadlineClock } | undefined;
  /** Words that must each appear in one of the kind's text columns (text-search.ts). */
  text?: string | null | undefined;
  /** Who lists: the text filter searches personal columns only where they see them unmasked. */
  reader?: RecordReader | undefined;
  /**
   * Conditions of the kind's own code beyond the filters, each narrowing the list to few
   * rows through an index of its own (a ticket's caller phone): a search among them walks
   * no order.
   */
  also?: readonly RawBuilder<boolean>[];
  now?: Date;
  sort: ListSort;
  after?: CursorKey | undefined;
  /** Rows to return; one more is fetched to know whether another page exists. */
  limit: number;
  /** Conditions of the kind's own query beyond its filters (a unit's inbox). */
  where?: readonly RawBuilder<boolean>[];
}

/** The conditions of the kind's own filters that carry a value (an empty list means no filter). */
function filterConditions<Row>(
  filters: Readonly<Record<string, ListFilter<Row>>>,
  values: Readonly<Record<string, unknown>>,
): RawBuilder<boolean>[] {
  return Object.entries(filters).flatMap(([name, { column, match }]) => {
    const value = values[name];
    if (value === null || value === undefined || value === '') return [];
    const ref = sql.ref(column);
    if (match === 'any') {
      const list = value as readonly string[];
      return list.length ? [sql<boolean>`${ref} IN (${sql.join(list)})`] : [];
    }
    if (match === 'prefix') return [sql<boolean>`${ref} LIKE ${`${String(value)}%`}`];
    if (match === 'from') return [sql<boolean>`${ref} >= ${value as Date}`];
    if (match === 'before') return [sql<boolean>`${ref} < ${value as Date}`];
    return [sql<boolean>`${ref} = ${value}`];
  });
}

/** One page of `kind`'s records in `query.scope`, in the keyset order of `query.sort`. */
export async function listRecords<T extends RecordTable, Subject>(
  db: Kysely<Database> | Transaction<Database>,
  kind: RecordKind<T, Subject>,
  // The kind's own filters (kind.listFilters) ride along under their argument names.
  query: RecordListQuery & Readonly<Record<string, unknown>>,
): Promise<{ rows: RecordRow<T>[]; hasMore: boolean }> {
  const conditions = [
    ...scopeConditions(kind.table, query.scope),
    ...filterConditions(kind.listFilters ?? {}, query),
    ...(query.where ?? []),
  ];
  if (query.status?.length) conditions.push(sql<boolean>`status IN (${sql.join(query.status)})`);
  if (query.createdFrom) conditions.push(sql<boolean>`created_at >= ${query.createdFrom}`);
  if (query.createdBefore) conditions.push(sql<boolean>`created_at < ${query.createdBefore}`);
  if (query.overdue !== null && query.overdue !== undefined) {
    const overdue = overdueCondition(kind, query.now ?? new Date());
    conditions.push(query.overdue ? overdue : sql<boolean>`NOT ${overdue}`);
  }
  if (query.supervised !== null && query.supervised !== undefined) {
    const supervised = supervisedCondition(kind.table);
    conditions.push(query.supervised ? supervised : sql<boolean>`NOT ${supervised}`);
  }
  if (query.deadlineStatus?.states.length) {
    const { states, clock } = query.deadlineStatus;
    conditions.push(deadlineStateCondition(kind, states, clock.now, clock.horizon));
  }
  const search = await textSearchConditions(db, kind, query.text, query.reader);
  conditions.push(...search.conditions, ...(query.also ?? []));
  // kysely cannot narrow a generic table name: the rows are the kind's own.
  let select = (db as Kysely<Database>)
    .selectFrom(kind.table as RecordTable)
    .selectAll() as SelectQueryBuilder<Database, RecordTable, RecordRow>;
  for (const condition of conditions) select = select.where(condition);
  const page = orderByKeyset(select, kind.sortColumns, query.sort, query.after).limit(
    query.limit + 1,
  );
  const read = search.read === 'walk' && query.also?.length ? undefined : search.read;
  const rows = (
    db.isTransaction && read
      ? await withPlannerSwitchesOff(db as Transaction<Database>, SEARCH_SWITCHES_OFF[read], () =>
          page.execute(),
        )
      : await page.execute()
  ) as RecordRow<T>[];
  return { rows: rows.slice(0, query.limit), hasMore: rows.length > query.limit };
}

/** The next number of a record of `kind` at the city node `cityDivision`, on `localDate`. */
async function nextRecordNumber<T extends RecordTable, Subject>(
  db: Kysely<Database> | Transaction<Database>,
  kind: RecordKind<T, Subject>,
  cityDivision: string,
  localDate: string,
): Promise<string> {
  return nextDailyNumber(
    db,
    kind.numbers.sequence,
    `${cityDivision}${kind.numbers.infix}`,
    localDate,
  );
}

/** What every new record has that its kind's intake does not decide: its number, node and author. */
type NewRecordColumns = 'number' | 'origin_node' | 'created_by';

/**
 * Stores a new record of `kind`, made at this node by the caller and numbered in
 * this city's series for the local day of `at`, and returns it as stored.
 */
export async function insertNewRecord<T extends RecordTable, Subject>(
  trx: Transaction<Database>,
  context: RequestContext,
  kind: RecordKind<T, Subject>,
  row: Omit<Insertable<Database[T]>, NewRecordColumns>,
  at: Date = new Date(),
): Promise<RecordRow<T>> {
  const { node } = context;
  const number = await nextRecordNumber(trx, kind, node.division, localDateOf(at, node.timeZone));
  return (await trx
    .insertInto(kind.table as RecordTable)
    .values({
      ...row,
      number,
      origin_node: node.division,
      created_by: context.principal.username,
    } as never)
    .returningAll()
    .executeTakeFirstOrThrow()) as RecordRow<T>;
}
