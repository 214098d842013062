import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { migrateToLatest } from '@city-ops/migrations';
import type { Database } from './tables.js';

/** Extensions the migrations rely on; created first so both engines behave alike. */
export async function migrateNodeDatabase(db: Kysely<Database>): Promise<string[]> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  const result = await migrateToLatest(db as unknown as Kysely<unknown>);
  return (result.results ?? []).map((entry) => entry.migrationName);
}
