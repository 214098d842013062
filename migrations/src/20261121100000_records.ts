import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * The three record kinds. Every node has the same tables: at a city they hold the
 * records it owns, at a province or the ministry the (masked) replicas it receives.
 * `id` sorts with the C collation so keyset cursors compare the same in SQL and in
 * the gateway's merge; timestamps keep milliseconds so a cursor round-trips exactly.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE hotline_ticket (
      id                  text COLLATE "C" PRIMARY KEY,
      number              text NOT NULL UNIQUE,
      origin_node         text NOT NULL,
      division            text NOT NULL,
      channel             text NOT NULL,
      intake_class        text NOT NULL,
      category_code       text NOT NULL,
      title               text NOT NULL,
      content             text NOT NULL,
      caller_name         text,
      caller_phone        text,
      caller_confidential boolean NOT NULL DEFAULT false,
      address             text,
      street              text,
      community           text,
      longitude           double precision,
      latitude            double precision,
      urgency             text NOT NULL DEFAULT 'NORMAL',
      status              text NOT NULL,
      handling_mode       text,
      resolution          text,
      satisfaction        text,
      parent_ticket_id    text COLLATE "C" REFERENCES hotline_ticket (id),
      created_by          text NOT NULL,
      created_at          timestamptz(3) NOT NULL DEFAULT now(),
      updated_at          timestamptz(3) NOT NULL DEFAULT now(),
      version             integer NOT NULL DEFAULT 1
    )`.execute(db);
  await sql`CREATE INDEX hotline_ticket_division_created ON hotline_ticket (division, created_at DESC, id DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX hotline_ticket_created ON hotline_ticket (created_at DESC, id DESC)`.execute(
    db,
  );
  await sql`CREATE SEQUENCE hotline_ticket_number_seq`.execute(db);

  await sql`
    CREATE TABLE case_report (
      id               text COLLATE "C" PRIMARY KEY,
      number           text NOT NULL UNIQUE,
      origin_node      text NOT NULL,
      division         text NOT NULL,
      source           text NOT NULL,
      case_type        text NOT NULL,
      major_class      text NOT NULL,
      minor_code       text NOT NULL,
      object_code      text,
      description      text NOT NULL,
      address          text,
      grid_cell        text,
      longitude        double precision,
      latitude         double precision,
      urgency          text NOT NULL DEFAULT 'NORMAL',
      status           text NOT NULL,
      handling_unit    text,
      closure_type     text,
      linked_ticket_id text COLLATE "C",
      created_by       text NOT NULL,
      created_at       timestamptz(3) NOT NULL DEFAULT now(),
      updated_at       timestamptz(3) NOT NULL DEFAULT now(),
      version          integer NOT NULL DEFAULT 1
    )`.execute(db);
  await sql`CREATE INDEX case_report_division_created ON case_report (division, created_at DESC, id DESC)`.execute(
    db,
  );
  await sql`CREATE SEQUENCE case_report_number_seq`.execute(db);

  await sql`
    CREATE TABLE enforcement_record (
      id                        text COLLATE "C" PRIMARY KEY,
      number                    text NOT NULL UNIQUE,
      origin_node               text NOT NULL,
      division                  text NOT NULL,
      source                    text NOT NULL,
      violated_article          text NOT NULL,
      penalty_article           text NOT NULL,
      party_kind                text NOT NULL,
      party_name                text NOT NULL,
      party_id_number           text,
      party_credit_code         text,
      party_legal_representative text,
      officers                  jsonb NOT NULL DEFAULT '[]',
      procedure                 text NOT NULL,
      status                    text NOT NULL,
      fine_amount               numeric(12, 2),
      filed_at                  timestamptz(3) NOT NULL DEFAULT now(),
      decided_at                timestamptz(3),
      linked_ticket_id          text COLLATE "C",
      linked_case_id            text COLLATE "C",
      created_by                text NOT NULL,
      created_at                timestamptz(3) NOT NULL DEFAULT now(),
      updated_at                timestamptz(3) NOT NULL DEFAULT now(),
      version                   integer NOT NULL DEFAULT 1
    )`.execute(db);
  await sql`CREATE INDEX enforcement_record_division_created ON enforcement_record (division, created_at DESC, id DESC)`.execute(
    db,
  );
  await sql`CREATE SEQUENCE enforcement_record_number_seq`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE enforcement_record`.execute(db);
  await sql`DROP SEQUENCE enforcement_record_number_seq`.execute(db);
  await sql`DROP TABLE case_report`.execute(db);
  await sql`DROP SEQUENCE case_report_number_seq`.execute(db);
  await sql`DROP TABLE hotline_ticket`.execute(db);
  await sql`DROP SEQUENCE hotline_ticket_number_seq`.execute(db);
}
