import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * Indexes for the lists' `sort` argument, so a page under a new sort reads an
 * index in order instead of sorting every row in scope. Each index is the sort key
 * then id, the keyset's tie-break (id is C-collated, as the keyset compares it).
 *
 * - `updated_at` is NOT NULL, so one DESC index serves both directions (read
 *   backwards for ASC).
 * - The due times are nullable and null keys come last in both directions; one
 *   index order gives NULLS LAST in only one direction, so these are built
 *   ascending, NULLS LAST — "due soonest first", the order a dispatcher works in.
 *   Latest-due-first sorts the (filtered) rows instead.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX hotline_ticket_updated ON hotline_ticket (updated_at DESC, id DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX hotline_ticket_due_order ON hotline_ticket (due_at ASC NULLS LAST, id ASC)`.execute(
    db,
  );
  await sql`CREATE INDEX case_report_updated ON case_report (updated_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX case_report_due_order ON case_report (due_at ASC NULLS LAST, id ASC)`.execute(
    db,
  );
  await sql`CREATE INDEX enforcement_record_updated ON enforcement_record (updated_at DESC, id DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX enforcement_record_decision_due_order ON enforcement_record (decision_due_at ASC NULLS LAST, id ASC)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX enforcement_record_decision_due_order`.execute(db);
  await sql`DROP INDEX enforcement_record_updated`.execute(db);
  await sql`DROP INDEX case_report_due_order`.execute(db);
  await sql`DROP INDEX case_report_updated`.execute(db);
  await sql`DROP INDEX hotline_ticket_due_order`.execute(db);
  await sql`DROP INDEX hotline_ticket_updated`.execute(db);
}
