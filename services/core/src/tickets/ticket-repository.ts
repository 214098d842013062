import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import type { Database, HotlineTicketRow, NewHotlineTicket } from '../database/tables.js';
import type { RowScope } from '../database/scoped-transaction.js';
import { scopeConditions } from '../records/find-record-in-scope.js';
import type { CursorKey } from '../paging/cursor.js';

/** All SQL touching hotline_ticket; the rules live in the services that call it. */

export interface TicketListQuery {
  scope: RowScope;
  status?: readonly string[] | null | undefined;
  intakeClass?: readonly string[] | null | undefined;
  channel?: readonly string[] | null | undefined;
  categoryCode?: string | null | undefined;
  createdFrom?: Date | null | undefined;
  createdBefore?: Date | null | undefined;
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
  if (query.after) {
    const { createdAt, id } = query.after;
    select = select.where(sql<boolean>`(created_at, id) < (${createdAt}::timestamptz, ${id})`);
  }
  const rows = await select
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
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
