import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * `hotline_ticket.case_id`: the case a ticket was converted to (热线转办), the other half of
 * `case_report.linked_ticket_id`, so each record names the other. Filled for the tickets
 * already converted — at a province from its replicas alike, since both records replicate.
 * No foreign key: a replica of the ticket may arrive before the replica of its case.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE hotline_ticket ADD COLUMN case_id text COLLATE "C"`.execute(db);
  await sql`
    UPDATE hotline_ticket AS ticket SET case_id = converted.id
    FROM case_report AS converted
    WHERE converted.linked_ticket_id = ticket.id`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE hotline_ticket DROP COLUMN case_id`.execute(db);
}
