import { sql } from 'kysely';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { divisionPattern } from '@city-ops/kernel';
import type { RowScope } from '../database/scoped-transaction.js';
import type { Database } from '../database/tables.js';
import type { RecordTable } from './record-kind.js';
import { recordKindOf } from './record-kinds.js';

/**
 * The service layer's own copy of the row scope as WHERE clauses — the first of the
 * two layers (row-level security is the second), so a record outside the scope is
 * filtered even before the database refuses it. A unit- or grid-scoped reader sees
 * only what the kind assigns to units or grid cells, and nothing of a kind that
 * assigns none.
 */
export function scopeConditions(table: RecordTable, scope: RowScope) {
  const kind = recordKindOf(table);
  const conditions = [];
  const pattern = divisionPattern(scope.division);
  if (pattern) conditions.push(sql<boolean>`division LIKE ${pattern}`);
  if (scope.unit !== undefined) {
    conditions.push(kind.unitCondition?.(scope.unit) ?? sql<boolean>`false`);
  }
  if (scope.grid !== undefined) {
    conditions.push(
      kind.gridColumn
        ? sql<boolean>`${sql.ref(kind.gridColumn)} = ${scope.grid}`
        : sql<boolean>`false`,
    );
  }
  return conditions;
}

/** How a record is named: its id, or its number (工单编号, unique like the id). */
export type RecordKey = string | { number: string };

/** A record by id or number, or undefined when it does not exist or lies outside `scope` (the two look alike on purpose). */
export async function findRecordInScope<T extends RecordTable>(
  db: Kysely<Database> | Transaction<Database>,
  table: T,
  key: RecordKey,
  scope: RowScope,
): Promise<Selectable<Database[T]> | undefined> {
  // kysely cannot narrow a generic table name; the casts keep the row type of `table`.
  let query = (db as Kysely<Database>)
    .selectFrom(table as RecordTable)
    .selectAll()
    .where(
      typeof key === 'string' ? 'id' : 'number',
      '=',
      typeof key === 'string' ? key : key.number,
    );
  for (const condition of scopeConditions(table, scope)) query = query.where(condition);
  return (await query.executeTakeFirst()) as Selectable<Database[T]> | undefined;
}
