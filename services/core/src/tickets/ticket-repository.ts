import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import type { Database, HotlineTicketRow, NewHotlineTicket } from '../database/tables.js';
import type { RowScope } from '../database/scoped-transaction.js';
import { scopeConditions } from '../records/find-record-in-scope.js';
import { supervisedCondition } from '../records/supervised-condition.js';
import type { CursorKey, ListSort } from '@city-ops/kernel';
import { orderByKeyset } from '../paging/keyset-order.js';
import type { SortColumns } from '../paging/keyset-order.js';

/** All SQL touching hotline_ticket; the rules live in the services that call it. */

/** TicketSortField's columns; a ticket answered on the call has no due time. */
export const TICKET_SORT_COLUMNS: SortColumns<HotlineTicketRow> = {
  CREATED_AT: { column: 'created_at', nullable: false },
  DUE_AT: { column: 'due_at', nullable: true },
  UPDATED_AT: { column: 'updated_at', nullable: false },
};

export interface TicketListQuery {
  scope: RowScope;
  status?: readonly string[] | null | undefined;
  intakeClass?: readonly string[] | null | undefined;
  channel?: readonly string[] | null | undefined;
  categoryCode?: string | null | undefined;
  createdFrom?: Date | null | undefined;
  createdBefore?: Date | null | undefined;
  leadUnit?: string | null | undefined;
  /** Open and past due (true) or not (false). */
  overdue?: boolean | null | undefined;
  /** Under at least one supervision order (true) or none (false). */
  supervised?: boolean | null | undefined;
  /** Words in title, content or address (all must appear). */
  text?: string | null | undefined;
  createdBy?: string | undefined;
  sort: ListSort;
  after?: CursorKey | undefined;
  /** Rows to return; one more is fetched to know whether another page exists. */
  limit: number;
}

type Executor = Kysely<Database> | Transaction<Database>;

export async function listTickets(
  db: Executor,
  query: TicketListQuery,
): Promise<{ rows: HotlineTicketRow[]; hasMore: boolean }> {
  let select = db.selectFrom('hotline_ticket').selectAll();
  for (const condition of scopeConditions('hotline_ticket', query.scope))
    select = select.where(condition);
  if (query.status?.length) select = select.where('status', 'in', [...query.status]);
  if (query.intakeClass?.length)
    select = select.where('intake_class', 'in', [...query.intakeClass]);
  if (query.channel?.length) select = select.where('channel', 'in', [...query.channel]);
  if (query.categoryCode) select = select.where('category_code', 'like', `${query.categoryCode}%`);
  if (query.createdFrom) select = select.where('created_at', '>=', query.createdFrom);
  if (query.createdBefore) select = select.where('created_at', '<', query.createdBefore);
  if (query.leadUnit) select = select.where('lead_unit', '=', query.leadUnit);
  if (query.createdBy) select = select.where('created_by', '=', query.createdBy);
  if (query.overdue === true) {
    select = select.where(sql<boolean>`closed_at IS NULL AND due_at < now()`);
  } else if (query.overdue === false) {
    select = select.where(
      sql<boolean>`NOT (closed_at IS NULL AND due_at IS NOT NULL AND due_at < now())`,
    );
  }
  if (query.supervised !== null && query.supervised !== undefined) {
    const supervised = supervisedCondition('hotline_ticket');
    select = select.where(query.supervised ? supervised : sql<boolean>`NOT ${supervised}`);
  }
  for (const word of (query.text ?? '').split(/\s+/).filter(Boolean)) {
    const pattern = `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    select = select.where(
      sql<boolean>`(title ILIKE ${pattern} OR content ILIKE ${pattern} OR coalesce(address, '') ILIKE ${pattern})`,
    );
  }
  const rows = await orderByKeyset(select, TICKET_SORT_COLUMNS, query.sort, query.after)
    .limit(query.limit + 1)
    .execute();
  return { rows: rows.slice(0, query.limit), hasMore: rows.length > query.limit };
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
