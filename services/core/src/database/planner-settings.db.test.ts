import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNodeDatabase } from '@city-ops/test';
import type { TestNodeDatabase } from '@city-ops/test';
import { migrateNodeDatabase } from './migrate.js';
import { openDatabase } from './open-database.js';
import type { NodeDatabase } from './open-database.js';
import { withPlannerSwitchesOff } from './planner-settings.js';
import type { Database } from './tables.js';

describe('withPlannerSwitchesOff', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('planner_settings');
    database = await openDatabase({ url: testDatabase.url, pgliteSeed: testDatabase.pgliteSeed });
    await migrateNodeDatabase(database.db);
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  const settings = async (trx: Transaction<Database>) => {
    const { rows } = await sql<{ sort: string; bitmap: string; jit: string }>`
      SELECT current_setting('enable_sort') AS sort, current_setting('enable_bitmapscan') AS bitmap,
             current_setting('jit') AS jit`.execute(trx);
    return rows[0];
  };

  it('turns the switches off for its work only, and puts back what was there', async () => {
    await database.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL jit = off`.execute(trx);
      const before = await settings(trx);
      const inside = await withPlannerSwitchesOff(
        trx,
        ['enable_sort', 'enable_bitmapscan', 'jit'],
        () => settings(trx),
      );
      expect(inside).toEqual({ sort: 'off', bitmap: 'off', jit: 'off' });
      expect(await settings(trx)).toEqual(before);
      expect(before).toMatchObject({ sort: 'on', bitmap: 'on', jit: 'off' });
    });
  });
});
