import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * Tier sync through a backlog, with lag that tells the truth (docs/SYNC.md).
 *
 * - `change_log_unsealed_at`: the instant of the oldest change still waiting for its feed
 *   position, which bounds every answer's `completeTo`, in one index step however many
 *   changes wait. Without it the feed read every unsealed row for that minimum on each pull.
 *   (Sealing itself walks `change_log_unsealed`, on (txid, seq), in batches.)
 * - `sync_source.head_at`, `pending_since`, `answered_at`: what a source said the last time
 *   it answered a pull — when its head was written and when the first change after this
 *   node's applied position was — stored before that answer is applied, so a consumer that
 *   then fails to apply it, is paused or is stopped still shows how far behind it is.
 *   `head` (already there) is now stored with them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX change_log_unsealed_at ON change_log (created_at) WHERE position IS NULL`.execute(
    db,
  );
  await sql`
    ALTER TABLE sync_source
      ADD COLUMN head_at       timestamptz(3),
      ADD COLUMN pending_since timestamptz(3),
      ADD COLUMN answered_at   timestamptz(3)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE sync_source DROP COLUMN head_at, DROP COLUMN pending_since, DROP COLUMN answered_at`.execute(
    db,
  );
  await sql`DROP INDEX change_log_unsealed_at`.execute(db);
}
