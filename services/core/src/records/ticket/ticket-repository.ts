import { listRecords } from '../record-list.js';
import type { RecordListQuery } from '../record-list.js';
import type { Database, HotlineTicketRow, NewHotlineTicket } from '../../database/tables.js';
import { ticketKind } from './ticket-kind.js';
import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';

/** All SQL touching hotline_ticket; the rules live in the services that call it. */

/** The kind's sort fields (its descriptor holds them). */
export const TICKET_SORT_COLUMNS = ticketKind.sortColumns;

export interface TicketListQuery extends RecordListQuery {
  intakeClass?: readonly string[] | null | undefined;
  channel?: readonly string[] | null | undefined;
  categoryCode?: string | null | undefined;
  leadUnit?: string | null | undefined;
  createdBy?: string | undefined;
}

type Executor = Kysely<Database> | Transaction<Database>;

export function listTickets(db: Executor, query: TicketListQuery) {
  return listRecords(db, ticketKind, query);
}

/** The next ticket number of this node: <city division><yyyymmdd><6-digit sequence>. */
export async function nextTicketNumber(
  db: Executor,
  cityDivision: string,
  localDate: string,
): Promise<string> {
  const { rows } = await sql<{
    value: string;
  }>`SELECT nextval('hotline_ticket_number_seq')::text AS value`.execute(db);
  const sequence = (rows[0]?.value ?? '0').padStart(6, '0');
  return `${cityDivision}${localDate.replaceAll('-', '')}${sequence}`;
}

export async function insertTicket(
  db: Executor,
  ticket: NewHotlineTicket,
): Promise<HotlineTicketRow> {
  return db.insertInto('hotline_ticket').values(ticket).returningAll().executeTakeFirstOrThrow();
}

export interface DuplicateQuery {
  division: string;
  categoryCode: string;
  text: string;
  address: string;
  since: Date;
  limit: number;
}

/**
 * 并单 candidates: same division and category, recent, not merged themselves,
 * ranked by trigram similarity of address and of title + content (pg_trgm; the
 * database's ctype must be UTF-8 for Chinese text to form trigrams).
 */
export async function findDuplicateCandidates(
  db: Executor,
  query: DuplicateQuery,
): Promise<{ row: HotlineTicketRow; score: number }[]> {
  const rows = await db
    .selectFrom('hotline_ticket')
    .selectAll()
    .select(
      sql<number>`greatest(
        similarity(coalesce(address, ''), ${query.address}),
        similarity(title || ' ' || content, ${query.text}))`.as('score'),
    )
    .where('division', '=', query.division)
    .where('category_code', '=', query.categoryCode)
    .where('created_at', '>=', query.since)
    .where('parent_ticket_id', 'is', null)
    .where('status', 'not in', ['CLOSED', 'ARCHIVED'])
    .where(
      sql<boolean>`greatest(
        similarity(coalesce(address, ''), ${query.address}),
        similarity(title || ' ' || content, ${query.text})) >= 0.2`,
    )
    .orderBy('score', 'desc')
    .orderBy('created_at', 'desc')
    .limit(query.limit)
    .execute();
  return rows.map(({ score, ...row }) => ({ row: row as HotlineTicketRow, score: Number(score) }));
}
