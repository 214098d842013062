import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../database/tables.js';

/**
 * Gives committed change-log rows their final feed position. `seq` comes from a
 * sequence at insert time, so a slow transaction can commit seq 10 after seq 11 was
 * already served; a consumer would pass 10 and lose it. Positions are handed out
 * only to rows of transactions older than every transaction still running (txid
 * below the snapshot's xmin): nothing can ever appear before them, so the order is
 * final and dense (no holes). Runs as the table owner under an advisory lock so two
 * sealers cannot hand out the same positions.
 */
export async function sealChanges(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('city_ops.change_log.seal'))`.execute(trx);
    await sql`
      WITH top AS (SELECT coalesce(max(position), 0) AS position FROM change_log),
      ready AS (
        SELECT seq, row_number() OVER (ORDER BY txid, seq) AS n
        FROM change_log
        WHERE position IS NULL AND txid < pg_snapshot_xmin(pg_current_snapshot()))
      UPDATE change_log
      SET position = top.position + ready.n
      FROM ready, top
      WHERE change_log.seq = ready.seq AND change_log.position IS NULL`.execute(trx);
  });
}

/** The newest sealed position and when it was written. */
export async function feedHead(
  db: Kysely<Database>,
): Promise<{ head: string; headAt: Date | null }> {
  const row = await db
    .selectFrom('change_log')
    .select(['position', 'created_at'])
    .where('position', 'is not', null)
    .orderBy('position', 'desc')
    .limit(1)
    .executeTakeFirst();
  return { head: row?.position ?? '0', headAt: row?.created_at ?? null };
}

/**
 * The instant up to which the feed is complete: a change row carries its
 * transaction's start time, so nothing can still appear from before the oldest
 * unsealed row or the start of any transaction still open on this database. Read
 * before the head, so the head covers it.
 */
export async function completeUpTo(db: Kysely<Database>): Promise<Date> {
  const { rows } = await sql<{ complete_to: Date }>`
    SELECT least(
      statement_timestamp(),
      (SELECT min(created_at) FROM change_log WHERE position IS NULL),
      (SELECT min(xact_start) FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL)
    ) AS complete_to`.execute(db);
  return new Date(rows[0]?.complete_to ?? Date.now());
}
