import { listRecords } from '../record-list.js';
import type { RecordListQuery } from '../record-list.js';
import type {
  Database,
  EnforcementRecordRow,
  EnforcementRecordTable,
} from '../../database/tables.js';
import { enforcementKind } from './enforcement-kind.js';
import { sql } from 'kysely';
import type { Insertable, Kysely, Transaction } from 'kysely';

/** All SQL touching enforcement_record; the rules live in the services that call it. */

/** The kind's sort fields (its descriptor holds them). */
export const ENFORCEMENT_SORT_COLUMNS = enforcementKind.sortColumns;

export interface EnforcementListQuery extends RecordListQuery {
  procedure?: string | null | undefined;
}

type Executor = Kysely<Database> | Transaction<Database>;

export function listEnforcementRecords(db: Executor, query: EnforcementListQuery) {
  return listRecords(db, enforcementKind, query);
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
