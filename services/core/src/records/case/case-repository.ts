import { listRecords } from '../record-list.js';
import type { RecordListQuery } from '../record-list.js';
import type { CaseReportRow, CaseReportTable, Database } from '../../database/tables.js';
import { caseKind } from './case-kind.js';
import { sql } from 'kysely';
import type { Insertable, Kysely, Transaction } from 'kysely';

/** All SQL touching case_report; the rules live in the services that call it. */

type Executor = Kysely<Database> | Transaction<Database>;

/** The kind's sort fields (its descriptor holds them). */
export const CASE_SORT_COLUMNS = caseKind.sortColumns;

export interface CaseListQuery extends RecordListQuery {
  majorClass?: readonly string[] | null | undefined;
  /** A minor category code or its first digits. */
  minorCode?: string | null | undefined;
  handlingUnit?: string | null | undefined;
}

export function listCases(db: Executor, query: CaseListQuery) {
  return listRecords(db, caseKind, query);
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
