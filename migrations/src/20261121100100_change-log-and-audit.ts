import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * The transactional outbox (docs/ARCHITECTURE.md "Tier sync"): every write appends
 * here in the same transaction, so a change is never lost or published uncommitted.
 * `node_identity` fixes the node's division and an epoch when its database is first
 * used, so a consumer can tell a rebuilt source from a rewound one.
 * `audit_log` records every write and every read of unmasked personal data.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE node_identity (
      singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      tier       text NOT NULL,
      division   text NOT NULL,
      epoch      uuid NOT NULL DEFAULT gen_random_uuid(),
      created_at timestamptz(3) NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE change_log (
      seq            bigserial PRIMARY KEY,
      entity         text NOT NULL,
      entity_id      text COLLATE "C" NOT NULL,
      version        integer NOT NULL,
      operation      text NOT NULL CHECK (operation IN ('upsert', 'delete')),
      payload        jsonb NOT NULL,
      schema_version integer NOT NULL,
      division       text NOT NULL,
      created_at     timestamptz(3) NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX change_log_entity ON change_log (entity, entity_id)`.execute(db);

  await sql`
    CREATE TABLE audit_log (
      id             bigserial PRIMARY KEY,
      at             timestamptz(3) NOT NULL DEFAULT now(),
      actor_subject  text NOT NULL,
      actor_username text NOT NULL,
      actor_roles    text[] NOT NULL,
      actor_division text NOT NULL,
      action         text NOT NULL,
      entity         text NOT NULL,
      entity_ids     text[] NOT NULL,
      reason         text,
      client_address text,
      request_id     text,
      detail         jsonb NOT NULL DEFAULT '{}'
    )`.execute(db);
  await sql`CREATE INDEX audit_log_at ON audit_log (at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE audit_log`.execute(db);
  await sql`DROP TABLE change_log`.execute(db);
  await sql`DROP TABLE node_identity`.execute(db);
}
