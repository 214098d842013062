import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../database/tables.js';
import { divisionPattern } from '../division-scope.js';

export type RecordTable = 'hotline_ticket' | 'case_report' | 'enforcement_record';

/** A record by id, or undefined when it does not exist or lies outside `scope` (the two look alike on purpose). */
export async function findRecordInScope<T extends RecordTable>(
  db: Kysely<Database> | Transaction<Database>,
  table: T,
  id: string,
  scope: string,
): Promise<Selectable<Database[T]> | undefined> {
  const pattern = divisionPattern(scope);
  // kysely cannot narrow a generic table name; the casts keep the row type of `table`.
  const base = (db as Kysely<Database>)
    .selectFrom(table as RecordTable)
    .selectAll()
    .where('id', '=', id);
  const query = pattern ? base.where('division', 'like', pattern) : base;
  return (await query.executeTakeFirst()) as Selectable<Database[T]> | undefined;
}
