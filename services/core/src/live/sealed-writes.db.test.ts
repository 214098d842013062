import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNodeDatabase } from '@city-ops/test';
import type { TestNodeDatabase } from '@city-ops/test';
import { migrateNodeDatabase } from '../database/migrate.js';
import { openDatabase } from '../database/open-database.js';
import type { NodeDatabase } from '../database/open-database.js';
import { sealChanges } from '../sync/seal-changes.js';
import { hasUnsealedChanges, readSealedWrites } from './sealed-writes.js';

/**
 * What a live stream reads of the change log: only sealed positions, after its cursor, of its
 * entity (and row), oldest first, a page at a time; and whether a committed change still
 * waits for its position. Each test writes the rows it reads.
 */
describe('the sealed writes a live stream reads', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;

  const write = (entity: string, id: string, version = 1) =>
    sql`
      INSERT INTO change_log (entity, entity_id, version, operation, payload, schema_version, division)
      VALUES (${entity}, ${id}, ${version}, 'upsert', '{}'::jsonb, 1, '320102')`.execute(
      database.db,
    );

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('sealed_writes');
    database = await openDatabase({ url: testDatabase.url, pgliteSeed: testDatabase.pgliteSeed });
    await migrateNodeDatabase(database.db);
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  it('gives no position before sealing, and says a change waits for one', async () => {
    await sealChanges(database.db);
    const before = (
      await readSealedWrites(database.db, {
        after: '0',
        entity: 'hotline_ticket',
        limit: 1000,
      })
    ).length;
    await write('hotline_ticket', '320100-waiting');
    expect(await hasUnsealedChanges(database.db)).toBe(true);
    const unsealed = await readSealedWrites(database.db, {
      after: '0',
      entity: 'hotline_ticket',
      limit: 1000,
    });
    expect(unsealed).toHaveLength(before);

    await sealChanges(database.db);
    expect(await hasUnsealedChanges(database.db)).toBe(false);
    const sealed = await readSealedWrites(database.db, {
      after: '0',
      entity: 'hotline_ticket',
      limit: 1000,
    });
    expect(sealed.at(-1)?.entityId).toBe('320100-waiting');
  });

  it('reads after the cursor, in order, of its entity and row only, a page at a time', async () => {
    await sealChanges(database.db);
    const [{ top }] = (
      await sql<{
        top: string;
      }>`SELECT coalesce(max(position), 0)::text AS top FROM change_log`.execute(database.db)
    ).rows as [{ top: string }];
    await write('hotline_ticket', '320100-a');
    await write('record_history', '320100-h');
    await write('hotline_ticket', '320100-b');
    await write('hotline_ticket', '320100-a', 2);
    await sealChanges(database.db);

    const all = await readSealedWrites(database.db, {
      after: top,
      entity: 'hotline_ticket',
      limit: 10,
    });
    expect(all.map((entry) => entry.entityId)).toEqual(['320100-a', '320100-b', '320100-a']);
    // Each with the version its write made: a stream sends a row at the write that made it.
    expect(all.map((entry) => entry.version)).toEqual([1, 1, 2]);
    const positions = all.map((entry) => BigInt(entry.position));
    expect(positions[0]! > BigInt(top)).toBe(true);
    expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);

    const page = await readSealedWrites(database.db, {
      after: top,
      entity: 'hotline_ticket',
      limit: 2,
    });
    expect(page).toEqual(all.slice(0, 2));
    const rest = await readSealedWrites(database.db, {
      after: page[1]!.position,
      entity: 'hotline_ticket',
      limit: 10,
    });
    expect(rest).toEqual(all.slice(2));

    const one = await readSealedWrites(database.db, {
      after: top,
      entity: 'hotline_ticket',
      entityId: '320100-a',
      limit: 10,
    });
    expect(one).toEqual([all[0], all[2]]);
  });
});
