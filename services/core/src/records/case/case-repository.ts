import type { Database } from '../../database/tables.js';
import type { Kysely, Transaction } from 'kysely';

/** All SQL touching case_report; the rules live in the services that call it. */

type Executor = Kysely<Database> | Transaction<Database>;

/** 热线转办 keeps one case per ticket: the case converted from `ticketId`, if any. */
export async function caseIdOfTicket(db: Executor, ticketId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('case_report')
    .select('id')
    .where('linked_ticket_id', '=', ticketId)
    .executeTakeFirst();
  return row?.id;
}
