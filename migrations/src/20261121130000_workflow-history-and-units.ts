import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { inDivisionRange } from './division-scope.js';

/**
 * What the city workflows need beyond the records themselves:
 * - `record_history`: every transition of every record (actor, time, comment, old
 *   and new state), written in the transaction of the change; counters such as
 *   rework or extensions are derived from it, never stored twice.
 * - `handling_unit`: each city's handling units (处置部门) as data, with a parent
 *   for sub-units; seeded with the demo cities' units, which the realm's
 *   handling-unit users belong to (their `department` claim).
 * - the ticket columns of the closed loop: reply, due date, extension request,
 *   closing time.
 */
const units: [string, string, string, string | null][] = [];
for (const [city, cityName] of [
  ['320100', '南京市'],
  ['320200', '无锡市'],
  ['330100', '杭州市'],
  ['330200', '宁波市'],
] as const) {
  units.push([`${city}-cg`, `${cityName}城市管理局`, city, null]);
  units.push([`${city}-sw`, `${cityName}水务局`, city, null]);
  units.push([`${city}-cg-sr`, `${cityName}城市管理局市容科`, city, `${city}-cg`]);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE record_history (
      id             bigserial PRIMARY KEY,
      entity         text NOT NULL,
      entity_id      text COLLATE "C" NOT NULL,
      division       text COLLATE "C" NOT NULL,
      action         text NOT NULL,
      from_state     text,
      to_state       text NOT NULL,
      actor_subject  text NOT NULL,
      actor_username text NOT NULL,
      actor_roles    text[] NOT NULL,
      comment        text,
      detail         jsonb NOT NULL DEFAULT '{}',
      at             timestamptz(3) NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX record_history_entity ON record_history (entity, entity_id, id)`.execute(
    db,
  );
  await sql`ALTER TABLE record_history ENABLE ROW LEVEL SECURITY`.execute(db);
  await sql`CREATE POLICY scoped ON record_history USING (${inDivisionRange}) WITH CHECK (${inDivisionRange})`.execute(
    db,
  );
  await sql`GRANT SELECT, INSERT ON record_history TO city_ops_app`.execute(db);
  await sql`GRANT USAGE ON SEQUENCE record_history_id_seq TO city_ops_app`.execute(db);

  await sql`
    CREATE TABLE handling_unit (
      code     text COLLATE "C" PRIMARY KEY,
      name     text NOT NULL,
      division text COLLATE "C" NOT NULL,
      parent   text COLLATE "C" REFERENCES handling_unit (code)
    )`.execute(db);
  await sql`ALTER TABLE handling_unit ENABLE ROW LEVEL SECURITY`.execute(db);
  await sql`CREATE POLICY scoped ON handling_unit USING (${inDivisionRange}) WITH CHECK (${inDivisionRange})`.execute(
    db,
  );
  await sql`GRANT SELECT ON handling_unit TO city_ops_app`.execute(db);
  for (const [code, name, division, parent] of units) {
    await sql`INSERT INTO handling_unit (code, name, division, parent) VALUES (${code}, ${name}, ${division}, ${parent})`.execute(
      db,
    );
  }

  await sql`
    ALTER TABLE hotline_ticket
      ADD COLUMN reply            text,
      ADD COLUMN replied_at       timestamptz(3),
      ADD COLUMN due_at           timestamptz(3),
      ADD COLUMN extension_days   integer,
      ADD COLUMN extension_reason text,
      ADD COLUMN closed_at        timestamptz(3)`.execute(db);
  await sql`CREATE INDEX hotline_ticket_due ON hotline_ticket (due_at) WHERE closed_at IS NULL`.execute(
    db,
  );
  await sql`CREATE INDEX hotline_ticket_lead_unit ON hotline_ticket (lead_unit, created_at DESC, id DESC)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX hotline_ticket_lead_unit`.execute(db);
  await sql`DROP INDEX hotline_ticket_due`.execute(db);
  await sql`
    ALTER TABLE hotline_ticket
      DROP COLUMN reply, DROP COLUMN replied_at, DROP COLUMN due_at,
      DROP COLUMN extension_days, DROP COLUMN extension_reason, DROP COLUMN closed_at`.execute(db);
  await sql`REVOKE ALL ON handling_unit, record_history FROM city_ops_app`.execute(db);
  await sql`REVOKE ALL ON SEQUENCE record_history_id_seq FROM city_ops_app`.execute(db);
  await sql`DROP TABLE handling_unit`.execute(db);
  await sql`DROP TABLE record_history`.execute(db);
}
