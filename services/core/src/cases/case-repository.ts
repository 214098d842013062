import { sql } from 'kysely';
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { CaseReportRow, CaseReportTable, Database } from '../database/tables.js';
import type { RowScope } from '../database/scoped-transaction.js';
import type { CursorKey, ListSort } from '@city-ops/kernel';
import { orderByKeyset } from '../paging/keyset-order.js';
import type { SortColumns } from '../paging/keyset-order.js';
import { scopeConditions } from '../records/find-record-in-scope.js';
import { supervisedCondition } from '../records/supervised-condition.js';

/** All SQL touching case_report; the rules live in the services that call it. */

type Executor = Kysely<Database> | Transaction<Database>;

/** CaseSortField's columns; a case has a due time only while dispatched and not parked. */
export const CASE_SORT_COLUMNS: SortColumns<CaseReportRow> = {
  CREATED_AT: { column: 'created_at', nullable: false },
  DUE_AT: { column: 'due_at', nullable: true },
  UPDATED_AT: { column: 'updated_at', nullable: false },
};

export interface CaseListQuery {
  scope: RowScope;
  status?: readonly string[] | null | undefined;
  majorClass?: readonly string[] | null | undefined;
  /** A minor category code or its first digits. */
  minorCode?: string | null | undefined;
  handlingUnit?: string | null | undefined;
  createdFrom?: Date | undefined;
  createdBefore?: Date | undefined;
  /** Open and past due (true), or not (false), at `now`. */
  overdue?: boolean | null | undefined;
  /** Under at least one supervision order (true) or none (false). */
  supervised?: boolean | null | undefined;
  text?: string | null | undefined;
  now: Date;
  sort: ListSort;
  after?: CursorKey | undefined;
  /** Rows to return; one more is fetched to know whether another page exists. */
  limit: number;
}

/** `text` as a LIKE pattern matching it anywhere, its own wildcards taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export async function listCases(
  db: Executor,
  query: CaseListQuery,
): Promise<{ rows: CaseReportRow[]; hasMore: boolean }> {
  let select = db.selectFrom('case_report').selectAll();
  for (const condition of scopeConditions('case_report', query.scope))
    select = select.where(condition);
  if (query.status?.length) select = select.where('status', 'in', [...query.status]);
  if (query.majorClass?.length) select = select.where('major_class', 'in', [...query.majorClass]);
  if (query.minorCode) select = select.where('minor_code', 'like', `${query.minorCode}%`);
  if (query.handlingUnit) select = select.where('handling_unit', '=', query.handlingUnit);
  if (query.createdFrom) select = select.where('created_at', '>=', query.createdFrom);
  if (query.createdBefore) select = select.where('created_at', '<', query.createdBefore);
  if (query.overdue !== null && query.overdue !== undefined) {
    const overdue = sql<boolean>`(due_at IS NOT NULL AND closed_at IS NULL AND due_at < ${query.now})`;
    select = select.where(query.overdue ? overdue : sql<boolean>`NOT ${overdue}`);
  }
  if (query.supervised !== null && query.supervised !== undefined) {
    const supervised = supervisedCondition('case_report');
    select = select.where(query.supervised ? supervised : sql<boolean>`NOT ${supervised}`);
  }
  if (query.text) {
    const pattern = containsPattern(query.text);
    select = select.where((eb) =>
      eb.or([
        eb('number', 'ilike', pattern),
        eb('description', 'ilike', pattern),
        eb('address', 'ilike', pattern),
      ]),
    );
  }
  const rows = await orderByKeyset(select, CASE_SORT_COLUMNS, query.sort, query.after)
    .limit(query.limit + 1)
    .execute();
  return { rows: rows.slice(0, query.limit), hasMore: rows.length > query.limit };
}

/** The next case number of this node: <city division><yyyymmdd><6-digit sequence>. */
export async function nextCaseNumber(
  db: Executor,
  cityDivision: string,
  localDate: string,
): Promise<string> {
  const { rows } = await sql<{
    value: string;
  }>`SELECT nextval('case_report_number_seq')::text AS value`.execute(db);
  const sequence = (rows[0]?.value ?? '0').padStart(6, '0');
  return `${cityDivision}${localDate.replaceAll('-', '')}${sequence}`;
}

export async function insertCase(
  db: Executor,
  row: Insertable<CaseReportTable>,
): Promise<CaseReportRow> {
  return db.insertInto('case_report').values(row).returningAll().executeTakeFirstOrThrow();
}

/** 热线转办 keeps one case per ticket: the case converted from `ticketId`, if any. */
export async function caseIdOfTicket(db: Executor, ticketId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('case_report')
    .select('id')
    .where('linked_ticket_id', '=', ticketId)
    .executeTakeFirst();
  return row?.id;
}

export interface CaseHistoryEntryView {
  action: string;
  fromState: string | null;
  toState: string;
  actor: string;
  at: string;
  comment: string | null;
}

/** A case's transitions, oldest first. */
export async function listCaseHistory(
  db: Executor,
  caseId: string,
): Promise<CaseHistoryEntryView[]> {
  const rows = await db
    .selectFrom('record_history')
    .selectAll()
    .where('entity', '=', 'case_report')
    .where('entity_id', '=', caseId)
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
