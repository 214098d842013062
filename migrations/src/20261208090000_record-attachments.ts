import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { inDivisionRange } from './division-scope.js';

/**
 * Files attached to records (现场照片, 处理前后对比, 文书), held only by the owning city.
 *
 * `attachment` keeps the bytes beside their record. Its row-level-security policy is the
 * division range of every scoped table AND the record itself being visible to the
 * request: the EXISTS reads the record table under that table's own policy, so a unit-
 * or grid-scoped request sees (and may add) the files of exactly the records it sees,
 * and the record policies' text is not repeated here.
 *
 * `attachment_count` on each record table is the one attachment fact that replicates
 * upwards (in the record's change payload): a province and the ministry never hold a
 * file. Nullable with a default of 0, because a replica is stored from a payload by
 * column name and a province resynchronising replays changes logged before the column
 * existed, which lack it (a NOT NULL column would stop that sync).
 */
const RECORD_TABLES = ['hotline_ticket', 'case_report', 'enforcement_record'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE attachment (
      id            text COLLATE "C" PRIMARY KEY,
      record_table  text NOT NULL
                    CHECK (record_table IN ('hotline_ticket', 'case_report', 'enforcement_record')),
      record_id     text COLLATE "C" NOT NULL,
      division      text COLLATE "C" NOT NULL,
      file_name     text NOT NULL,
      content_type  text NOT NULL,
      size          integer NOT NULL CHECK (size > 0),
      purpose       text NOT NULL,
      content       bytea NOT NULL,
      uploaded_by   text NOT NULL,
      uploaded_at   timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX attachment_record ON attachment (record_id, uploaded_at, id)`.execute(db);
  const recordVisible = sql`CASE record_table
        WHEN 'hotline_ticket' THEN EXISTS (SELECT 1 FROM hotline_ticket r WHERE r.id = attachment.record_id)
        WHEN 'case_report' THEN EXISTS (SELECT 1 FROM case_report r WHERE r.id = attachment.record_id)
        WHEN 'enforcement_record' THEN EXISTS (SELECT 1 FROM enforcement_record r WHERE r.id = attachment.record_id)
        ELSE false END`;
  await sql`ALTER TABLE attachment ENABLE ROW LEVEL SECURITY`.execute(db);
  await sql`
    CREATE POLICY scoped ON attachment
      USING (${inDivisionRange} AND ${recordVisible})
      WITH CHECK (${inDivisionRange} AND ${recordVisible})`.execute(db);
  // Attachments are never edited nor removed by a request: a wrong one is answered by another.
  await sql`GRANT SELECT, INSERT ON attachment TO city_ops_app`.execute(db);
  for (const table of RECORD_TABLES) {
    await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN attachment_count integer DEFAULT 0`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of RECORD_TABLES) {
    await sql`ALTER TABLE ${sql.table(table)} DROP COLUMN attachment_count`.execute(db);
  }
  await sql`REVOKE ALL ON attachment FROM city_ops_app`.execute(db);
  await sql`DROP TABLE attachment`.execute(db);
}
