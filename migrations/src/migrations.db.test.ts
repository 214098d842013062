import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_MIGRATIONS, sql } from 'kysely';
import type { Kysely } from 'kysely';
import { openDatabase } from '@city-ops/core';
import type { NodeDatabase } from '@city-ops/core';
import { createTestNodeDatabase } from '@city-ops/test';
import type { TestNodeDatabase } from '@city-ops/test';
import { createMigrator, migrateToLatest, migrations } from './index.js';

const MIGRATION_FILE = /^\d{14}_[a-z0-9-]+\.ts$/;

describe('the migration list', () => {
  it('lists every migration file under its name, in ascending order', () => {
    // index.ts lists migrations by hand (kysely cannot load .ts files itself), so a new
    // file that is not added there would silently never run.
    const files = readdirSync(new URL('.', import.meta.url))
      .filter((file) => file !== 'index.ts' && !file.endsWith('.test.ts'))
      .filter((file) => MIGRATION_FILE.test(file))
      .map((file) => file.slice(0, -'.ts'.length))
      .sort();
    expect(files.length).toBeGreaterThan(0);

    const names = Object.keys(migrations);
    expect(names).toEqual(files);
    // kysely runs migrations in name order; the list reads in the same order as it runs.
    expect(names).toEqual([...names].sort());
  });

  it('gives every listed migration both up and down', () => {
    for (const [name, migration] of Object.entries(migrations)) {
      expect(typeof migration.up, name).toBe('function');
      expect(typeof migration.down, name).toBe('function');
    }
  });
});

/** A readable snapshot of everything the migrations create in schema public. */
interface Catalog {
  tables: string[];
  columns: string[];
  constraints: string[];
  indexes: string[];
  sequences: string[];
}

// kysely's own bookkeeping tables (and their primary-key indexes) survive a full down.
const KYSELY_TABLES = "'kysely_migration', 'kysely_migration_lock'";

async function readCatalog(db: Kysely<unknown>): Promise<Catalog> {
  const rows = async (query: ReturnType<typeof sql<{ item: string }>>) =>
    (await query.execute(db)).rows.map((row) => row.item);
  return {
    tables: await rows(sql<{ item: string }>`
      SELECT c.relname AS item
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
        AND c.relname NOT IN (${sql.raw(KYSELY_TABLES)})
      ORDER BY 1`),
    // Type with modifiers (timestamptz(3), numeric(12,2)), nullability, default and
    // collation: a down/up that loses COLLATE "C" would break keyset paging silently.
    columns: await rows(sql<{ item: string }>`
      SELECT concat_ws(' ', c.relname || '.' || a.attname, format_type(a.atttypid, a.atttypmod),
               CASE WHEN a.attnotnull THEN 'NOT NULL' END,
               'DEFAULT ' || pg_get_expr(d.adbin, d.adrelid),
               'COLLATE ' || CASE WHEN a.attcollation <> t.typcollation THEN co.collname END) AS item
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_type t ON t.oid = a.atttypid
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      LEFT JOIN pg_collation co ON co.oid = a.attcollation
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0
        AND NOT a.attisdropped AND c.relname NOT IN (${sql.raw(KYSELY_TABLES)})
      ORDER BY c.relname, a.attnum`),
    constraints: await rows(sql<{ item: string }>`
      SELECT c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid) AS item
      FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relname NOT IN (${sql.raw(KYSELY_TABLES)})
      ORDER BY 1`),
    indexes: await rows(sql<{ item: string }>`
      SELECT indexdef AS item FROM pg_indexes
      WHERE schemaname = 'public' AND tablename NOT IN (${sql.raw(KYSELY_TABLES)})
      ORDER BY indexname`),
    sequences: await rows(sql<{ item: string }>`
      SELECT concat_ws(' ', sequencename, data_type::text, start_value, increment_by,
               min_value, max_value, cycle) AS item
      FROM pg_sequences WHERE schemaname = 'public'
      ORDER BY 1`),
  };
}

/** Every relation left in public (tables, indexes, sequences, views), for the empty check. */
async function publicRelations(db: Kysely<unknown>): Promise<string[]> {
  const result = await sql<{ relname: string }>`
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'i', 'I', 'S', 'v', 'm', 'f')
    ORDER BY 1`.execute(db);
  return result.rows.map((row) => row.relname);
}

describe('down undoes up', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;
  let db: Kysely<unknown>;

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('migrations');
    database = await openDatabase(
      testDatabase.pgliteSeed ? { pgliteSeed: testDatabase.pgliteSeed } : { url: testDatabase.url },
    );
    db = database.db as unknown as Kysely<unknown>;
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  it('migrates all the way down to kysely tables only, and back up to the same catalog', async () => {
    const migrated = await readCatalog(db);
    // Guard against comparing two empty catalogs: the seed must really be migrated.
    // The core tables at least; later migrations add more without editing this test.
    expect(migrated.tables).toEqual(
      expect.arrayContaining([
        'audit_log',
        'calendar_day',
        'case_report',
        'change_log',
        'enforcement_record',
        'handling_unit',
        'hotline_ticket',
        'node_identity',
        'record_history',
      ]),
    );
    expect(migrated.sequences.length).toBeGreaterThan(0);
    expect(migrated.indexes.length).toBeGreaterThan(0);

    const down = await createMigrator(db).migrateTo(NO_MIGRATIONS);
    expect(down.error).toBeUndefined();
    expect(
      down.results?.map((result) => [result.migrationName, result.status, result.direction]),
    ).toEqual(
      Object.keys(migrations)
        .reverse()
        .map((name) => [name, 'Success', 'Down']),
    );
    expect(await publicRelations(db)).toEqual([
      'kysely_migration',
      'kysely_migration_lock',
      'kysely_migration_lock_pkey',
      'kysely_migration_pkey',
    ]);

    const up = await migrateToLatest(db);
    expect(up.results?.map((result) => result.migrationName)).toEqual(Object.keys(migrations));
    expect(await readCatalog(db)).toEqual(migrated);
  });
});
