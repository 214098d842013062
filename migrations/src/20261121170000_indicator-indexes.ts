import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * Indicators (docs/INDICATORS.md).
 *
 * - Indexes on every instant an indicator assigns a record to a period by, so a city
 *   computing its indicators reads only the records of the period (a bitmap OR of
 *   these ranges), never the whole table. created_at and due_at already have theirs
 *   (records, list-sort-indexes); a case's updated_at counts only while it is parked.
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX hotline_ticket_closed ON hotline_ticket (closed_at) WHERE closed_at IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX case_report_created ON case_report (created_at)`.execute(db);
  await sql`CREATE INDEX case_report_filed ON case_report (filed_at) WHERE filed_at IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX case_report_closed ON case_report (closed_at) WHERE closed_at IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX case_report_parked ON case_report (updated_at) WHERE status = 'PARKED'`.execute(
    db,
  );
  await sql`CREATE INDEX enforcement_record_filed ON enforcement_record (filed_at)`.execute(db);
  await sql`CREATE INDEX enforcement_record_hearing_requested ON enforcement_record (hearing_requested_at) WHERE hearing_requested_at IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX enforcement_record_decided ON enforcement_record (decided_at) WHERE decided_at IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX enforcement_record_paid ON enforcement_record (paid_at) WHERE paid_at IS NOT NULL`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of [
    'enforcement_record_paid',
    'enforcement_record_decided',
    'enforcement_record_hearing_requested',
    'enforcement_record_filed',
    'case_report_parked',
    'case_report_closed',
    'case_report_filed',
    'case_report_created',
    'hotline_ticket_closed',
  ]) {
    await sql`DROP INDEX ${sql.id(index)}`.execute(db);
  }
}
