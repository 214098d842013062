import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * Indexes for the desk's lookups (docs/ARCHITECTURE.md "Desk lookups"):
 *
 * - A trigram (pg_trgm) GIN index per record table over its non-personal text columns
 *   joined by spaces, the very expression the lists' free-text filter matches
 *   (services/core/src/records/text-search.ts): the planner uses an expression index only
 *   for the same expression. A word of three or more characters — Chinese included, the
 *   database's ctype being UTF-8 — is then found through the index; shorter ones still
 *   match by scanning what the other conditions leave.
 * - A ticket's address is personal data, searched only where the reader sees it unmasked,
 *   so it is a condition of its own with its own trigram index.
 * - The digits of a ticket's caller phone, then the default list order, for the caller
 *   lookups (records/ticket/caller-phone.ts): a stored `025-84001234` and a searched
 *   `02584001234` meet on the same key.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX hotline_ticket_text_trgm ON hotline_ticket USING gin ((coalesce(title, '') || ' ' || coalesce(content, '') || ' ' || coalesce(street, '') || ' ' || coalesce(community, '')) gin_trgm_ops)`.execute(
    db,
  );
  await sql`CREATE INDEX hotline_ticket_address_trgm ON hotline_ticket USING gin (address gin_trgm_ops)`.execute(
    db,
  );
  await sql`CREATE INDEX case_report_text_trgm ON case_report USING gin ((coalesce(number, '') || ' ' || coalesce(description, '') || ' ' || coalesce(address, '')) gin_trgm_ops)`.execute(
    db,
  );
  await sql`CREATE INDEX enforcement_record_text_trgm ON enforcement_record USING gin ((coalesce(number, '') || ' ' || coalesce(violated_article, '') || ' ' || coalesce(penalty_article, '') || ' ' || coalesce(party_credit_code, '')) gin_trgm_ops)`.execute(
    db,
  );
  await sql`CREATE INDEX hotline_ticket_caller_phone ON hotline_ticket (regexp_replace(caller_phone, '[^0-9]', '', 'g'), created_at DESC, id DESC)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX hotline_ticket_caller_phone`.execute(db);
  await sql`DROP INDEX enforcement_record_text_trgm`.execute(db);
  await sql`DROP INDEX case_report_text_trgm`.execute(db);
  await sql`DROP INDEX hotline_ticket_address_trgm`.execute(db);
  await sql`DROP INDEX hotline_ticket_text_trgm`.execute(db);
}
