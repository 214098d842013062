import { sql } from 'kysely';
import type { RawBuilder, SelectQueryBuilder } from 'kysely';
import { encodeCursor } from '@city-ops/kernel';
import type { CursorKey, ListSort } from '@city-ops/kernel';

/** The timestamptz column behind a sort field, and whether some rows have no value in it. */
export interface SortColumn<Row> {
  column: keyof Row & string;
  nullable: boolean;
}

/** A record kind's sort fields, keyed by the SDL enum value (CREATED_AT, DUE_AT, …). */
export type SortColumns<Row> = Readonly<Record<string, SortColumn<Row>>>;

function sortColumn<Row>(columns: SortColumns<Row>, sort: ListSort): SortColumn<Row> {
  const column = columns[sort.by];
  // The SDL enum admits only known fields, so this is a table and SDL out of step.
  if (!column) throw new Error(`no column for sort field ${sort.by}`);
  return column;
}

/**
 * Rows after `after` in the sort's order. Row comparisons, so a non-null key is one
 * index range: for DESC, (key, id) < (k, id₀) is key < k OR (key = k AND id < id₀).
 * Null keys come last in both directions: after a non-null key they all still
 * follow; after a null key only the rest of the nulls, by id.
 */
function keysetCondition<Row>(
  { column, nullable }: SortColumn<Row>,
  sort: ListSort,
  after: CursorKey,
): RawBuilder<boolean> {
  const key = sql.ref(column);
  const beyond = sql.raw(sort.direction === 'DESC' ? '<' : '>');
  if (after.value === null) {
    return sql<boolean>`(${key} IS NULL AND id ${beyond} ${after.id})`;
  }
  const past = sql<boolean>`(${key}, id) ${beyond} (${after.value}::timestamptz, ${after.id})`;
  return nullable ? sql<boolean>`(${past} OR ${key} IS NULL)` : past;
}

/**
 * Orders a list query by `sort` (then id, in the same direction; null keys last)
 * and starts it after the cursor's row — the order `compareCursorKeys` gives the
 * gateway's merge. The id columns are C-collated, so ids compare bytewise here too.
 * NULLS LAST is spelled out only for nullable columns: on a NOT NULL column it
 * changes nothing but would stop PostgreSQL from reading a DESC index in order.
 */
export function orderByKeyset<DB, TB extends keyof DB, O, Row>(
  select: SelectQueryBuilder<DB, TB, O>,
  columns: SortColumns<Row>,
  sort: ListSort,
  after: CursorKey | undefined,
): SelectQueryBuilder<DB, TB, O> {
  const column = sortColumn(columns, sort);
  const direction = sql.raw(sort.direction === 'DESC' ? 'DESC' : 'ASC');
  const nulls = sql.raw(column.nullable ? ' NULLS LAST' : '');
  const ordered = after ? select.where(keysetCondition(column, sort, after)) : select;
  return ordered
    .orderBy(sql`${sql.ref(column.column)} ${direction}${nulls}`)
    .orderBy(sql`id ${direction}`);
}

/** The cursor of `row` in a list ordered by `sort`. */
export function keysetCursor<Row extends { id: string }>(
  columns: SortColumns<Row>,
  sort: ListSort,
  row: Row,
): string {
  const value: unknown = row[sortColumn(columns, sort).column];
  if (value !== null && !(value instanceof Date)) {
    throw new Error(`sort field ${sort.by} is not a timestamp column`);
  }
  return encodeCursor({ sort, value: value?.toISOString() ?? null, id: row.id });
}
