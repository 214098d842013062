import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * `hotline_ticket.co_unit_replies`: each co-handling unit's 协办反馈 of the current
 * dispatch, by unit code (`{ "<unit>": { reply, repliedAt, repliedBy } }`). A co-unit's
 * inbox holds the ticket until its reply is here; the lead unit reads them all. A new
 * dispatch empties it. Nothing personal: replicated as it is, like the lead's reply.
 * Nullable (null: none): a replica stores a payload's columns by name, and the changes a
 * city logged before this column existed — replayed whenever a province resynchronises —
 * carry none.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE hotline_ticket ADD COLUMN co_unit_replies jsonb DEFAULT '{}'::jsonb`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE hotline_ticket DROP COLUMN co_unit_replies`.execute(db);
}
