import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { planOf } from '../database/explain-plan.js';
import type { PlanNode } from '../database/explain-plan.js';
import { withPlannerSwitchesOff } from '../database/planner-settings.js';
import type { PlannerSetting } from '../database/planner-settings.js';
import type { Database } from '../database/tables.js';

/**
 * Changes one seal gives positions to at most: what a seal costs and what a feed reader can
 * wait behind are bounded by it, not by how many changes piled up while nobody read.
 */
export const SEAL_BATCH = 1000;

/**
 * The seal's plan is fixed: walk `change_log_unsealed` (txid, seq) from the start for one
 * batch, number it, and find each row by its primary key. Left to the statistics, a change log
 * last analysed while every row was sealed looks as if no row could be unsealed, and the
 * planner joined the unsealed rows to themselves in a nested loop: 6 000 changes took 19 s
 * (36 M row visits) instead of 0.1 s. With these off, nothing else is left to choose.
 */
const SEAL_SWITCHES: readonly PlannerSetting[] = [
  'enable_seqscan',
  'enable_bitmapscan',
  'enable_sort',
  'enable_hashjoin',
  'enable_mergejoin',
  'jit',
];

const SEAL_LOCK = sql`hashtext('city_ops.change_log.seal')`;

/**
 * Positions for the next `maxChanges` sealable rows after the top. No `position IS NULL` on the
 * updated side: it would let the planner find each row through the partial index again
 * instead of its primary key, and `ready` only holds unsealed rows anyway (one sealer at a time).
 */
function sealStatement(maxChanges: number) {
  return sql<{ sealed: number }>`
    WITH top AS (SELECT coalesce(max(position), 0) AS position FROM change_log),
    ready AS (
      SELECT seq, row_number() OVER (ORDER BY txid, seq) AS n
      FROM (
        SELECT seq, txid FROM change_log
        WHERE position IS NULL AND txid < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY txid, seq
        LIMIT ${maxChanges}
      ) AS batch),
    sealed AS (
      UPDATE change_log
      SET position = top.position + ready.n
      FROM ready, top
      WHERE change_log.seq = ready.seq
      RETURNING 1)
    SELECT count(*)::integer AS sealed FROM sealed`;
}

/**
 * Gives committed change-log rows their final feed position, at most `maxChanges` of them.
 * `seq` comes from a sequence at insert time, so a slow transaction can commit seq 10 after
 * seq 11 was already served; a consumer would pass 10 and lose it. Positions are handed out
 * only to rows of transactions older than every transaction still running (txid below the
 * snapshot's xmin): nothing can ever appear before them, so the order is final and dense (no
 * holes). A batch takes the oldest such rows in (txid, seq) order, so the rows it leaves all
 * come before anything newer and the next batch goes on where it stopped. Runs as the table
 * owner under an advisory lock so two sealers cannot hand out the same positions. Returns how
 * many rows it sealed (`maxChanges`: there may be more).
 */
export async function sealChanges(db: Kysely<Database>, maxChanges = SEAL_BATCH): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${SEAL_LOCK})`.execute(trx);
    const { rows } = await withPlannerSwitchesOff(trx, SEAL_SWITCHES, () =>
      sealStatement(maxChanges).execute(trx),
    );
    // Stryker disable next-line OptionalChaining: SELECT count(*) without GROUP BY returns exactly one row
    return rows[0]?.sealed ?? 0;
  });
}

class RolledBack extends Error {
  constructor(readonly plan: PlanNode) {
    // Stryker disable next-line StringLiteral: the error never leaves explainSeal, which catches it for its plan
    super('explained seal rolled back');
  }
}

/**
 * EXPLAIN ANALYZE of one seal exactly as sealChanges runs it (lock, planner switches,
 * statement), rolled back: how a test or an operator sees what a seal touches with the
 * statistics the database has now.
 */
export async function explainSeal(
  db: Kysely<Database>,
  maxChanges = SEAL_BATCH,
): Promise<PlanNode> {
  try {
    // The callback can only throw (Promise<never>: the compiler holds it to that), so the seal
    // is always rolled back; RolledBack carries the plan out.
    return await db.transaction().execute(async (trx): Promise<never> => {
      await sql`SELECT pg_advisory_xact_lock(${SEAL_LOCK})`.execute(trx);
      const { rows } = await withPlannerSwitchesOff(trx, SEAL_SWITCHES, () =>
        sql<
          Record<string, unknown>
        >`EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${sealStatement(maxChanges)}`.execute(trx),
      );
      throw new RolledBack(planOf(rows[0]));
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.plan;
    throw error;
  }
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
 * before the head, so the head covers it. The oldest unsealed row is the first entry of
 * `change_log_unsealed_at` (an ordered walk of one step, however many rows wait).
 */
export async function completeUpTo(db: Kysely<Database>): Promise<Date> {
  const { rows } = await sql<{ complete_to: Date }>`
    SELECT least(
      statement_timestamp(),
      (SELECT created_at FROM change_log WHERE position IS NULL ORDER BY created_at LIMIT 1),
      (SELECT min(xact_start) FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL)
    ) AS complete_to`.execute(db);
  // Stryker disable next-line OptionalChaining: a SELECT without FROM returns exactly one row
  return new Date(rows[0]?.complete_to ?? Date.now());
}
