import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { inDivisionRange, inDivisionRangeText } from './division-scope.js';

/**
 * Tier synchronisation (docs/ARCHITECTURE.md "Tier sync", docs/SYNC.md).
 *
 * - `change_log.position`: the feed's dense, final order. A bigserial `seq` is taken
 *   at insert, so a transaction that commits late can publish a seq lower than one a
 *   consumer already passed, and rolled-back transactions leave holes. The feed
 *   therefore seals rows into `position` (1, 2, 3 … without holes) only once every
 *   transaction that could still add an earlier row has ended (`txid` below the
 *   snapshot's xmin), in (txid, seq) order. A consumer that sees a hole knows
 *   something is wrong rather than guessing.
 * - `sync_source`: one row per source a node pulls from, the cursor stored in the same
 *   transaction as the rows it applied.
 * - `sync_tombstone`: deleted replicas, so a late older upsert cannot resurrect them.
 * - `record_history.origin_id`: the source's history id, so a replayed entry is stored once.
 * - `supervision_order` (owned by a province) and `supervision_step` (each step owned by
 *   the node that took it), `directive` (owned by the ministry) and `directive_step` (owned
 *   by the addressee that acknowledged or reported).
 * - `daily_rollup`: per city × local day × record kind × category, the counts the
 *   indicators need; kept by the province from its replicas, replicated to the ministry.
 * - `flag_publication`: which version of a flagged replica the province has passed up.
 */
/** Rows addressed to an ancestor of the request's scope (a directive to the whole province) or inside it. */
const addressedToScope = sql.raw(`
  (${inDivisionRangeText})
  OR (SELECT current_setting('city_ops.division_low', true)) LIKE division_prefix(division) || '%'`);

export async function up(db: Kysely<unknown>): Promise<void> {
  // The significant digits of a GB/T 2260 code: 2 for a province, 4 for a city, 6 for a district, none nationally.
  await sql`
    CREATE FUNCTION division_prefix(code text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
      SELECT CASE
        WHEN code = '000000' THEN ''
        WHEN right(code, 4) = '0000' THEN left(code, 2)
        WHEN right(code, 2) = '00' THEN left(code, 4)
        ELSE code END
    $$`.execute(db);

  await sql`ALTER TABLE change_log
    ADD COLUMN txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    ADD COLUMN position bigint UNIQUE`.execute(db);
  await sql`CREATE INDEX change_log_unsealed ON change_log (txid, seq) WHERE position IS NULL`.execute(
    db,
  );

  await sql`
    CREATE TABLE sync_source (
      source      text COLLATE "C" PRIMARY KEY,
      epoch       uuid,
      applied     bigint NOT NULL DEFAULT 0,
      head        bigint NOT NULL DEFAULT 0,
      state       text NOT NULL DEFAULT 'STARTING',
      last_error  text,
      current_to  timestamptz(3),
      applied_at  timestamptz(3),
      resyncs     integer NOT NULL DEFAULT 0,
      updated_at  timestamptz(3) NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE sync_tombstone (
      entity    text NOT NULL,
      entity_id text COLLATE "C" NOT NULL,
      version   integer NOT NULL,
      PRIMARY KEY (entity, entity_id)
    )`.execute(db);

  await sql`ALTER TABLE record_history ADD COLUMN origin_id bigint`.execute(db);
  await sql`CREATE UNIQUE INDEX record_history_origin ON record_history (entity, entity_id, origin_id) WHERE origin_id IS NOT NULL`.execute(
    db,
  );

  await sql`
    CREATE TABLE supervision_order (
      id              text COLLATE "C" PRIMARY KEY,
      number          text NOT NULL UNIQUE,
      issuer_division text COLLATE "C" NOT NULL,
      division        text COLLATE "C" NOT NULL,
      record_entity   text NOT NULL CHECK (record_entity IN ('hotline_ticket', 'case_report')),
      record_id       text COLLATE "C" NOT NULL,
      level           text NOT NULL CHECK (level IN ('ROUTINE', 'LISTED', 'INTERVIEW')),
      deadline        timestamptz(3) NOT NULL,
      instructions    text NOT NULL,
      issued_by       text NOT NULL,
      version         integer NOT NULL DEFAULT 1,
      created_at      timestamptz(3) NOT NULL DEFAULT now(),
      updated_at      timestamptz(3) NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX supervision_order_record ON supervision_order (record_entity, record_id)`.execute(
    db,
  );
  await sql`CREATE INDEX supervision_order_division ON supervision_order (division, created_at)`.execute(
    db,
  );
  await sql`CREATE SEQUENCE supervision_order_number_seq`.execute(db);

  // A step of the supervision workflow (supervision-machine.ts), owned by the node that
  // took it: the city's sign/assign/reply flow up, the province's close/return flow down.
  await sql`
    CREATE TABLE supervision_step (
      id             text COLLATE "C" PRIMARY KEY,
      order_id       text COLLATE "C" NOT NULL,
      division       text COLLATE "C" NOT NULL,
      action         text NOT NULL CHECK (action IN ('sign', 'assign', 'reply', 'close', 'return')),
      comment        text,
      handling_unit  text COLLATE "C",
      actor          text NOT NULL,
      actor_division text COLLATE "C" NOT NULL,
      version        integer NOT NULL DEFAULT 1,
      created_at     timestamptz(3) NOT NULL DEFAULT now(),
      updated_at     timestamptz(3) NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX supervision_step_order ON supervision_step (order_id, created_at, id)`.execute(
    db,
  );

  await sql`
    CREATE TABLE directive (
      id              text COLLATE "C" PRIMARY KEY,
      number          text NOT NULL UNIQUE,
      issuer_division text COLLATE "C" NOT NULL,
      division        text COLLATE "C" NOT NULL,
      title           text NOT NULL,
      body            text NOT NULL,
      due_at          timestamptz(3),
      issued_by       text NOT NULL,
      version         integer NOT NULL DEFAULT 1,
      created_at      timestamptz(3) NOT NULL DEFAULT now(),
      updated_at      timestamptz(3) NOT NULL DEFAULT now()
    )`.execute(db);
  // An addressee's acknowledgement of a directive or its report back, owned by that node.
  await sql`
    CREATE TABLE directive_step (
      id           text COLLATE "C" PRIMARY KEY,
      directive_id text COLLATE "C" NOT NULL,
      division     text COLLATE "C" NOT NULL,
      action       text NOT NULL CHECK (action IN ('acknowledge', 'report')),
      comment      text,
      actor        text NOT NULL,
      version      integer NOT NULL DEFAULT 1,
      created_at   timestamptz(3) NOT NULL DEFAULT now(),
      updated_at   timestamptz(3) NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX directive_step_directive ON directive_step (directive_id, created_at, id)`.execute(
    db,
  );
  await sql`CREATE SEQUENCE directive_number_seq`.execute(db);

  await sql`
    CREATE TABLE daily_rollup (
      division    text COLLATE "C" NOT NULL,
      day         date NOT NULL,
      record_kind text NOT NULL,
      category    text COLLATE "C" NOT NULL,
      counts      jsonb NOT NULL DEFAULT '{}',
      version     integer NOT NULL DEFAULT 1,
      PRIMARY KEY (division, day, record_kind, category)
    )`.execute(db);
  await sql`CREATE INDEX daily_rollup_day ON daily_rollup (day, division)`.execute(db);

  await sql`
    CREATE TABLE flag_publication (
      entity    text NOT NULL,
      entity_id text COLLATE "C" NOT NULL,
      version   integer NOT NULL,
      PRIMARY KEY (entity, entity_id)
    )`.execute(db);

  for (const table of ['supervision_order', 'supervision_step', 'directive_step', 'daily_rollup']) {
    await sql`ALTER TABLE ${sql.table(table)} ENABLE ROW LEVEL SECURITY`.execute(db);
    await sql`CREATE POLICY scoped ON ${sql.table(table)} USING (${inDivisionRange}) WITH CHECK (${inDivisionRange})`.execute(
      db,
    );
  }
  await sql`ALTER TABLE directive ENABLE ROW LEVEL SECURITY`.execute(db);
  await sql`CREATE POLICY scoped ON directive USING (${addressedToScope}) WITH CHECK (${inDivisionRange})`.execute(
    db,
  );
  await sql`GRANT SELECT, INSERT, UPDATE ON supervision_order, supervision_step, directive, directive_step TO city_ops_app`.execute(
    db,
  );
  await sql`GRANT SELECT ON daily_rollup, sync_source TO city_ops_app`.execute(db);
  // Issuing an order passes its record up as supervised, inside the request's transaction.
  await sql`GRANT SELECT, INSERT, UPDATE ON flag_publication TO city_ops_app`.execute(db);
  await sql`GRANT USAGE ON SEQUENCE supervision_order_number_seq, directive_number_seq TO city_ops_app`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`REVOKE ALL ON supervision_order, supervision_step, directive, directive_step, daily_rollup, sync_source, flag_publication FROM city_ops_app`.execute(
    db,
  );
  await sql`REVOKE ALL ON SEQUENCE supervision_order_number_seq, directive_number_seq FROM city_ops_app`.execute(
    db,
  );
  for (const table of [
    'flag_publication',
    'daily_rollup',
    'directive',
    'directive_step',
    'supervision_step',
    'supervision_order',
    'sync_tombstone',
    'sync_source',
  ]) {
    await sql`DROP TABLE ${sql.table(table)}`.execute(db);
  }
  await sql`DROP SEQUENCE directive_number_seq`.execute(db);
  await sql`DROP SEQUENCE supervision_order_number_seq`.execute(db);
  await sql`DROP INDEX record_history_origin`.execute(db);
  await sql`ALTER TABLE record_history DROP COLUMN origin_id`.execute(db);
  await sql`DROP INDEX change_log_unsealed`.execute(db);
  await sql`ALTER TABLE change_log DROP COLUMN position, DROP COLUMN txid`.execute(db);
  await sql`DROP FUNCTION division_prefix(text)`.execute(db);
}
