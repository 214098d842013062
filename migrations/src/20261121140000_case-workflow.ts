import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * The columns of the case loop (数字城管 采集 → 立案 → 派遣 → 处置 → 反馈 → 核查 →
 * 结案 → 评价, docs/DOMAIN.md "City operations cases"), and the indexes its lists need. No new table: the
 * history of a case is in `record_history`, and the rework, extension and return
 * counters are counted from it rather than stored. `case_report` keeps the grants
 * and the row-level-security policy of the earlier migrations.
 *
 * - 立案: `filed_at`, `filed_by`.
 * - 派遣: `dispatched_at`; `due_at` from the minor category's time limit in working
 *   time, moved by approved extensions; a parked case has none (the clock stops).
 * - 处置 / 反馈: `handled_at` (when the unit reported the work done, the instant
 *   按期处置率 compares) and `handling_result` (what it reports).
 * - pending requests of the unit: an extension (`extension_days`,
 *   `extension_reason`) or a return to the dispatcher (`return_reason`); set by the
 *   request, cleared by the dispatcher's decision.
 * - 核查 / 结案: `verified_at`, `verified_by`, `closed_at` (`closure_type` exists).
 * - 挂账 `parked_reason`, 作废 `void_reason`.
 * - 综合评价: `evaluated_at`, `evaluation_score`, `evaluation_comment`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE case_report
      ADD COLUMN filed_at           timestamptz(3),
      ADD COLUMN filed_by           text,
      ADD COLUMN dispatched_at      timestamptz(3),
      ADD COLUMN due_at             timestamptz(3),
      ADD COLUMN handled_at         timestamptz(3),
      ADD COLUMN handling_result    text,
      ADD COLUMN extension_days     integer,
      ADD COLUMN extension_reason   text,
      ADD COLUMN return_reason      text,
      ADD COLUMN verified_at        timestamptz(3),
      ADD COLUMN verified_by        text,
      ADD COLUMN closed_at          timestamptz(3),
      ADD COLUMN parked_reason      text,
      ADD COLUMN void_reason        text,
      ADD COLUMN evaluated_at       timestamptz(3),
      ADD COLUMN evaluation_score   integer,
      ADD COLUMN evaluation_comment text,
      ADD CONSTRAINT case_report_extension_days CHECK (extension_days BETWEEN 1 AND 30),
      ADD CONSTRAINT case_report_evaluation_score CHECK (evaluation_score BETWEEN 0 AND 100)`.execute(
    db,
  );
  // A unit's work (its list and its inbox) and an inspector's grid, in the keyset order of every list.
  await sql`CREATE INDEX case_report_handling_unit ON case_report (handling_unit, created_at DESC, id DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX case_report_grid_cell ON case_report (grid_cell, created_at DESC, id DESC)`.execute(
    db,
  );
  // Open cases by deadline: the overdue filter and the indicators.
  await sql`CREATE INDEX case_report_due ON case_report (due_at) WHERE closed_at IS NULL`.execute(
    db,
  );
  // 热线转办: one case per ticket, and the way from a ticket to its case.
  await sql`CREATE UNIQUE INDEX case_report_linked_ticket ON case_report (linked_ticket_id) WHERE linked_ticket_id IS NOT NULL`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX case_report_linked_ticket`.execute(db);
  await sql`DROP INDEX case_report_due`.execute(db);
  await sql`DROP INDEX case_report_grid_cell`.execute(db);
  await sql`DROP INDEX case_report_handling_unit`.execute(db);
  await sql`
    ALTER TABLE case_report
      DROP CONSTRAINT case_report_evaluation_score,
      DROP CONSTRAINT case_report_extension_days,
      DROP COLUMN filed_at, DROP COLUMN filed_by, DROP COLUMN dispatched_at, DROP COLUMN due_at,
      DROP COLUMN handled_at, DROP COLUMN handling_result, DROP COLUMN extension_days,
      DROP COLUMN extension_reason, DROP COLUMN return_reason, DROP COLUMN verified_at,
      DROP COLUMN verified_by, DROP COLUMN closed_at, DROP COLUMN parked_reason,
      DROP COLUMN void_reason, DROP COLUMN evaluated_at, DROP COLUMN evaluation_score,
      DROP COLUMN evaluation_comment`.execute(db);
}
