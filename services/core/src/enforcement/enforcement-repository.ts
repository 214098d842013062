import { sql } from 'kysely';
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { RowScope } from '../database/scoped-transaction.js';
import type { Database, EnforcementRecordRow, EnforcementRecordTable } from '../database/tables.js';
import type { CursorKey, ListSort } from '@city-ops/kernel';
import { orderByKeyset } from '../paging/keyset-order.js';
import type { SortColumns } from '../paging/keyset-order.js';
import { scopeConditions } from '../records/find-record-in-scope.js';
import { enforcementOverdueCondition } from './enforcement-overdue.js';

/** All SQL touching enforcement_record; the rules live in the services that call it. */

/** EnforcementSortField's columns; records filed before limits were tracked have no decision due time. */
export const ENFORCEMENT_SORT_COLUMNS: SortColumns<EnforcementRecordRow> = {
  CREATED_AT: { column: 'created_at', nullable: false },
  DECISION_DUE_AT: { column: 'decision_due_at', nullable: true },
  UPDATED_AT: { column: 'updated_at', nullable: false },
};

export interface EnforcementListQuery {
  scope: RowScope;
  status?: readonly string[] | null | undefined;
  procedure?: string | null | undefined;
  /** Only records with a limit running late at `now` (true), or none (false). */
  overdue?: boolean | null | undefined;
  now: Date;
  createdFrom?: Date | null | undefined;
  createdBefore?: Date | null | undefined;
  sort: ListSort;
  after?: CursorKey | undefined;
  /** Rows to return; one more is fetched to know whether another page exists. */
  limit: number;
}

type Executor = Kysely<Database> | Transaction<Database>;

export async function listEnforcementRecords(
  db: Executor,
  query: EnforcementListQuery,
): Promise<{ rows: EnforcementRecordRow[]; hasMore: boolean }> {
  let select = db.selectFrom('enforcement_record').selectAll();
  for (const condition of scopeConditions('enforcement_record', query.scope)) {
    select = select.where(condition);
  }
  if (query.status?.length) select = select.where('status', 'in', [...query.status]);
  if (query.procedure) select = select.where('procedure', '=', query.procedure);
  if (query.overdue === true) select = select.where(enforcementOverdueCondition(query.now));
  if (query.overdue === false) {
    select = select.where(sql<boolean>`NOT ${enforcementOverdueCondition(query.now)}`);
  }
  if (query.createdFrom) select = select.where('created_at', '>=', query.createdFrom);
  if (query.createdBefore) select = select.where('created_at', '<', query.createdBefore);
  const rows = await orderByKeyset(select, ENFORCEMENT_SORT_COLUMNS, query.sort, query.after)
    .limit(query.limit + 1)
    .execute();
  return { rows: rows.slice(0, query.limit), hasMore: rows.length > query.limit };
}

/** The next case number of this node: <city division>ZF<yyyymmdd><6-digit sequence> (ZF: 执法). */
export async function nextEnforcementNumber(
  db: Executor,
  cityDivision: string,
  localDate: string,
): Promise<string> {
  const { rows } = await sql<{
    value: string;
  }>`SELECT nextval('enforcement_record_number_seq')::text AS value`.execute(db);
  const sequence = (rows[0]?.value ?? '0').padStart(6, '0');
  return `${cityDivision}ZF${localDate.replaceAll('-', '')}${sequence}`;
}

export async function insertEnforcementRecord(
  db: Executor,
  record: Insertable<EnforcementRecordTable>,
): Promise<EnforcementRecordRow> {
  return db
    .insertInto('enforcement_record')
    .values(record)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface EnforcementHistoryEntryView {
  action: string;
  fromState: string | null;
  toState: string;
  actor: string;
  at: string;
  comment: string | null;
}

/** A record's transitions, oldest first. */
export async function listEnforcementHistory(
  db: Executor,
  recordId: string,
): Promise<EnforcementHistoryEntryView[]> {
  const rows = await db
    .selectFrom('record_history')
    .selectAll()
    .where('entity', '=', 'enforcement_record')
    .where('entity_id', '=', recordId)
    .orderBy('id')
    .execute();
  return rows.map((entry) => ({
    action: entry.action,
    fromState: entry.from_state,
    toState: entry.to_state,
    actor: entry.actor_username,
    at: entry.at.toISOString(),
    comment: entry.comment,
  }));
}
