import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNodeDatabase } from '@city-ops/test';
import type { TestNodeDatabase } from '@city-ops/test';
import { migrateNodeDatabase } from '../database/migrate.js';
import { openDatabase } from '../database/open-database.js';
import type { NodeDatabase } from '../database/open-database.js';
import { inScope } from '../database/scoped-transaction.js';
import type { RowScope } from '../database/scoped-transaction.js';

const keyRow = (key: string, division: string, subject = 's-1') => ({
  subject,
  operation: 'createTicket',
  key,
  request_hash: 'h',
  result_id: `${division.slice(0, 4)}00-${key}`,
  division,
});

/** The table under the request role, as createOnce uses it: scoped like every other table. */
describe('the idempotency key table', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;

  const keysIn = (scope: RowScope) =>
    inScope(database.db, scope, async (trx) => {
      // No WHERE clause: only row-level security narrows it.
      const rows = await trx.selectFrom('idempotency_key').select('key').orderBy('key').execute();
      return rows.map((row) => row.key);
    });

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('idempotency_keys');
    database = await openDatabase({ url: testDatabase.url, pgliteSeed: testDatabase.pgliteSeed });
    await migrateNodeDatabase(database.db);
    // Fixtures as the owner, which row-level security does not apply to.
    await database.db
      .insertInto('idempotency_key')
      .values([keyRow('gulou', '320106'), keyRow('nanjing', '320100'), keyRow('wuxi', '320205')])
      .execute();
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  it("shows a request only the keys of its row scope's division", async () => {
    expect(await keysIn({ division: '320100' })).toEqual(['gulou', 'nanjing']);
    expect(await keysIn({ division: '320106' })).toEqual(['gulou']);
    expect(await keysIn({ division: '320000' })).toEqual(['gulou', 'nanjing', 'wuxi']);
  });

  it('refuses a key row outside the scope it is written in', async () => {
    await expect(
      inScope(database.db, { division: '320100' }, (trx) =>
        trx.insertInto('idempotency_key').values(keyRow('sneaky', '320205')).execute(),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("lets the node's role add keys, never change or delete them", async () => {
    await inScope(database.db, { division: '320100' }, (trx) =>
      trx.insertInto('idempotency_key').values(keyRow('added', '320102')).execute(),
    );
    await expect(
      inScope(database.db, { division: '320100' }, (trx) =>
        trx.updateTable('idempotency_key').set({ result_id: 'other' }).execute(),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      inScope(database.db, { division: '320100' }, (trx) =>
        trx.deleteFrom('idempotency_key').execute(),
      ),
    ).rejects.toThrow(/permission denied/);
    expect(await keysIn({ division: '320100' })).toEqual(['added', 'gulou', 'nanjing']);
  });

  it('holds one row per subject, operation and key, whatever the division', async () => {
    await expect(
      database.db.insertInto('idempotency_key').values(keyRow('wuxi', '320106')).execute(),
    ).rejects.toThrow(/duplicate key/);
    await database.db
      .insertInto('idempotency_key')
      .values(keyRow('wuxi', '320106', 's-2'))
      .execute();
  });
});
