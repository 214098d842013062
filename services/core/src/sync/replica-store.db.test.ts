import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNodeDatabase } from '@city-ops/test';
import type { TestNodeDatabase } from '@city-ops/test';
import { migrateNodeDatabase } from '../database/migrate.js';
import { openDatabase } from '../database/open-database.js';
import type { NodeDatabase } from '../database/open-database.js';
import type { Database } from '../database/tables.js';
import { currentReplica, deleteReplica, upsertReplicas } from './replica-store.js';
import type { ReplicaItem } from './replica-store.js';

/**
 * The replica store reads a table's columns once per process and keeps them. A read that
 * failed must not be kept: the node would fail every later batch that touches the table until
 * it is restarted. A delete says whether it removed the replica (stale-changes.ts reports the
 * one that did not).
 */
describe('replica store', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;

  const directive = (id: string, version: number): ReplicaItem => ({
    id,
    version,
    payload: {
      id,
      number: `D-${id}`,
      issuer_division: '000000',
      division: '320000',
      title: '汛期排查',
      body: '排查易涝点',
      due_at: null,
      issued_by: 'ministry.analyst',
      version,
      created_at: '2026-11-10T02:00:00.000Z',
      updated_at: '2026-11-10T02:00:00.000Z',
    },
  });

  /** A city's acknowledgement of a directive: a table of its own, see the first test. */
  const directiveStep = (id: string, version: number): ReplicaItem => ({
    id,
    version,
    payload: {
      id,
      directive_id: '000000-D-9',
      division: '320100',
      action: 'acknowledge',
      comment: '已收到',
      actor: 'supervisor.320100',
      version,
      created_at: '2026-11-11T02:00:00.000Z',
      updated_at: '2026-11-11T02:00:00.000Z',
    },
  });

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('replica_store');
    database = await openDatabase({ url: testDatabase.url, pgliteSeed: testDatabase.pgliteSeed });
    await migrateNodeDatabase(database.db);
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  // The only test of this file to store a directive: whatever ran before it, the columns of
  // `directive` are not read yet (the other tests use other tables).
  it('reads a table’s columns again after reading them failed, and stores the next batch', async () => {
    // The batch's transaction was aborted by an earlier statement: reading the columns fails.
    await expect(
      database.db.transaction().execute(async (trx) => {
        await sql`SELECT 1 / 0`.execute(trx).catch(() => undefined);
        return upsertReplicas(trx, 'directive', [directive('000000-D-1', 1)]);
      }),
    ).rejects.toThrow(/current transaction is aborted/);

    const changed = await database.db
      .transaction()
      .execute((trx) => upsertReplicas(trx, 'directive', [directive('000000-D-1', 1)]));
    expect(changed).toEqual(new Set(['000000-D-1']));
    expect(
      await database.db
        .transaction()
        .execute((trx) => currentReplica(trx, 'directive', '000000-D-1')),
    ).toMatchObject({ id: '000000-D-1', version: 1, title: '汛期排查', division: '320000' });
  });

  it('says whether a delete removed the replica: only one no newer than the delete, and only once', async () => {
    const id = '320100-S-2';
    const inTransaction = <T>(work: (trx: Transaction<Database>) => Promise<T>) =>
      database.db.transaction().execute(work);
    await inTransaction((trx) => upsertReplicas(trx, 'directive_step', [directiveStep(id, 2)]));

    expect(await inTransaction((trx) => deleteReplica(trx, 'directive_step', id, 1))).toBe(false);
    expect(await inTransaction((trx) => currentReplica(trx, 'directive_step', id))).toMatchObject({
      version: 2,
    });
    expect(await inTransaction((trx) => deleteReplica(trx, 'directive_step', id, 3))).toBe(true);
    expect(await inTransaction((trx) => currentReplica(trx, 'directive_step', id))).toBeUndefined();
    expect(await inTransaction((trx) => deleteReplica(trx, 'directive_step', id, 4))).toBe(false);
    const tombstone = await database.db
      .selectFrom('sync_tombstone')
      .select('version')
      .where('entity', '=', 'directive_step')
      .where('entity_id', '=', id)
      .executeTakeFirst();
    expect(tombstone).toEqual({ version: 4 });
  });
});
