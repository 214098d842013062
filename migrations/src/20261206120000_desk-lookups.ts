import { sql } from 'kysely';
import type { Kysely, RawBuilder } from 'kysely';
import { RECORD_POLICIES } from './record-policies.js';

/**
 * What the desk's lookups read by (docs/ARCHITECTURE.md "Desk lookups").
 *
 * Words. A trigram (pg_trgm) GIN index per record table over its non-personal text
 * columns joined by spaces — the expression the lists' free-text filter matches
 * (services/core/src/records/text-search.ts) — and one over a ticket's address. A request
 * cannot use them itself: row-level security lets the planner use, ahead of the policy,
 * only conditions whose functions are leakproof, and ILIKE is not (nor is any trigram
 * operator). So each index is read by a function of the owner (SECURITY DEFINER) that
 * returns the ids of the rows the word matches — applying the table's own policy, from
 * the same settings, so it finds nothing the request could not read — or null when more
 * than `cap` match, when walking the list's own order finds them sooner. The request then
 * reads those ids by primary key, under the policy as always.
 *
 * Phones. The caller phone and the default list order, so `caller_phone = ANY(…)` (equality
 * is leakproof: the policy lets the index serve it) finds a caller's tickets without a scan.
 */
const TEXT = {
  hotline_ticket:
    "coalesce(title, '') || ' ' || coalesce(content, '') || ' ' || coalesce(street, '') || ' ' || coalesce(community, '')",
  case_report:
    "coalesce(number, '') || ' ' || coalesce(description, '') || ' ' || coalesce(address, '')",
  enforcement_record:
    "coalesce(number, '') || ' ' || coalesce(violated_article, '') || ' ' || coalesce(penalty_article, '') || ' ' || coalesce(party_credit_code, '')",
} as const;

type RecordTable = keyof typeof TEXT;

/** The lookups by word: each function, the table, the text it matches. */
const LOOKUPS: readonly {
  fn: string;
  table: RecordTable;
  index: string;
  text: RawBuilder<unknown>;
}[] = [
  ...(Object.keys(TEXT) as RecordTable[]).map((table) => ({
    fn: `${table}_text_candidates`,
    table,
    index: `${table}_text_trgm`,
    text: sql.raw(`(${TEXT[table]})`),
  })),
  {
    fn: 'hotline_ticket_address_candidates',
    table: 'hotline_ticket',
    index: 'hotline_ticket_address_trgm',
    text: sql.raw('address'),
  },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const { fn, table, index, text } of LOOKUPS) {
    await sql`CREATE INDEX ${sql.raw(index)} ON ${sql.table(table)} USING gin (${text} gin_trgm_ops)`.execute(
      db,
    );
    await sql`
      CREATE FUNCTION ${sql.raw(fn)}(pattern text, cap integer) RETURNS text[]
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT CASE WHEN count(*) <= cap THEN coalesce(array_agg(id), '{}') END
        FROM (
          SELECT id FROM ${sql.table(table)}
          WHERE ${text} ILIKE pattern
            AND ${RECORD_POLICIES[table]}
          LIMIT cap + 1
        ) AS matching
      $$`.execute(db);
    await sql`REVOKE ALL ON FUNCTION ${sql.raw(fn)}(text, integer) FROM PUBLIC`.execute(db);
    await sql`GRANT EXECUTE ON FUNCTION ${sql.raw(fn)}(text, integer) TO city_ops_app`.execute(db);
  }
  await sql`CREATE INDEX hotline_ticket_caller_phone ON hotline_ticket (caller_phone, created_at DESC, id DESC)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX hotline_ticket_caller_phone`.execute(db);
  for (const { fn, index } of [...LOOKUPS].reverse()) {
    await sql`DROP FUNCTION ${sql.raw(fn)}(text, integer)`.execute(db);
    await sql`DROP INDEX ${sql.raw(index)}`.execute(db);
  }
}
