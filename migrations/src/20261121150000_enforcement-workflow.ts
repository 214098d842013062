import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * What the enforcement procedure (行政处罚法 2021, 行政强制法) records on a case,
 * step by step: whether it is major (重大案件, legal review required), who
 * investigates (usernames, so a hearing's presiding officer and the legal reviewer
 * can be checked against them), the notice (告知) and the party's hearing, the legal
 * review, the decision (罚种 and amount), service (送达), payment and enforcement,
 * closure. The statutory limits are stored as instants when their clock starts
 * (decision at filing, service at decision, payment at service), so a list can
 * filter what is overdue in SQL; the hearing-request window is derived from the
 * notice time when it is checked.
 *
 * The table keeps its grants and row-level-security policy (migration
 * 20261121110000): `city_ops_app` may already SELECT, INSERT and UPDATE it, and new
 * columns fall under the same policy. Every new column is nullable or has a
 * default, so rows written before this migration stay valid.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE enforcement_record
      ADD COLUMN is_major                      boolean NOT NULL DEFAULT false,
      ADD COLUMN investigators                 text[] NOT NULL DEFAULT '{}',
      ADD COLUMN decision_due_at               timestamptz(3),
      ADD COLUMN decision_extension_days       integer NOT NULL DEFAULT 0,
      ADD COLUMN decision_extension_reason     text,
      ADD COLUMN decision_extension_approved_by text,
      ADD COLUMN notice_served_at              timestamptz(3),
      ADD COLUMN hearing_requested_at          timestamptz(3),
      ADD COLUMN hearing_waived_at             timestamptz(3),
      ADD COLUMN hearing_presiding_officer     text,
      ADD COLUMN hearing_held_at               timestamptz(3),
      ADD COLUMN legal_reviewed_by             text,
      ADD COLUMN legal_reviewed_at             timestamptz(3),
      ADD COLUMN decision                      text,
      ADD COLUMN service_due_at                timestamptz(3),
      ADD COLUMN served_at                     timestamptz(3),
      ADD COLUMN payment_due_at                timestamptz(3),
      ADD COLUMN paid_at                       timestamptz(3),
      ADD COLUMN amount_paid                   numeric(12, 2),
      ADD COLUMN enforced_at                   timestamptz(3),
      ADD COLUMN closed_at                     timestamptz(3)`.execute(db);
  await sql`
    ALTER TABLE enforcement_record
      ADD CONSTRAINT enforcement_record_extension_days CHECK (decision_extension_days >= 0),
      ADD CONSTRAINT enforcement_record_amount_paid CHECK (amount_paid IS NULL OR amount_paid > 0)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE enforcement_record
      DROP CONSTRAINT enforcement_record_amount_paid,
      DROP CONSTRAINT enforcement_record_extension_days`.execute(db);
  await sql`
    ALTER TABLE enforcement_record
      DROP COLUMN is_major, DROP COLUMN investigators, DROP COLUMN decision_due_at,
      DROP COLUMN decision_extension_days, DROP COLUMN decision_extension_reason,
      DROP COLUMN decision_extension_approved_by, DROP COLUMN notice_served_at,
      DROP COLUMN hearing_requested_at, DROP COLUMN hearing_waived_at,
      DROP COLUMN hearing_presiding_officer, DROP COLUMN hearing_held_at,
      DROP COLUMN legal_reviewed_by, DROP COLUMN legal_reviewed_at, DROP COLUMN decision,
      DROP COLUMN service_due_at, DROP COLUMN served_at, DROP COLUMN payment_due_at,
      DROP COLUMN paid_at, DROP COLUMN amount_paid, DROP COLUMN enforced_at,
      DROP COLUMN closed_at`.execute(db);
}
