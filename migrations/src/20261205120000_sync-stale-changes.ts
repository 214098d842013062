import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * `sync_source.stale_changes`: how many changes from the source were skipped because this
 * node already held a newer version of their row, or a newer delete (docs/SYNC.md, "Older
 * never overwrites newer"). Positions are dense and applied in order, so in a healthy
 * federation it stays 0; it counts up when a source's versions went back (a city rebuilt
 * from scratch) or a change arrived out of order, and is never reset.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE sync_source ADD COLUMN stale_changes bigint NOT NULL DEFAULT 0`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE sync_source DROP COLUMN stale_changes`.execute(db);
}
