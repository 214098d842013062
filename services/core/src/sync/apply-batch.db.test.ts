import { randomUUID } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNodeDatabase } from '@city-ops/test';
import type { TestNodeDatabase } from '@city-ops/test';
import { createLogger } from '@city-ops/kernel';
import { DEFAULT_DEADLINE_RULES } from '../calendar/deadline-rules.js';
import { DEFAULT_WORKING_HOURS } from '../calendar/working-hours.js';
import { CHANGE_SCHEMA_VERSION } from '../change-log/append-change.js';
import { migrateNodeDatabase } from '../database/migrate.js';
import { openDatabase } from '../database/open-database.js';
import type { NodeDatabase } from '../database/open-database.js';
import type { NodeRuntime } from '../node-context.js';
import { applyBatch } from './apply-batch.js';
import type { ChangeBatch } from './change-feed.js';
import { nextChangeSignal } from './change-signal.js';

/**
 * Applying a batch at a city whose tier adds nothing to sync (its spoke has no `sync` part:
 * no applier, no relays), and what applying tells the rest of the node: a long poll on the
 * node's own feed waits for its change signal, and what a batch relays or flags waits there.
 * test/federation/apply-sync-batch.test.ts covers what each real tier holds after a batch.
 */
describe('applying a batch', () => {
  const CITY = '320100';
  const PROVINCE = '320000';
  const EPOCH = randomUUID();
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;
  let node: NodeRuntime;
  let position = 0;

  /** A supervision order of the province about 鼓楼区, as the next position of its feed. */
  const orderBatch = (id: string): ChangeBatch => {
    position += 1;
    const payload = {
      id,
      number: `S-${id}`,
      issuer_division: PROVINCE,
      division: '320106',
      record_entity: 'hotline_ticket',
      record_id: `${CITY}-ANY`,
      level: 'ROUTINE',
      deadline: '2026-11-20T09:00:00.000Z',
      instructions: '限期办结',
      issued_by: 'supervisor.320000',
      version: 1,
      created_at: '2026-11-12T02:00:00.000Z',
      updated_at: '2026-11-12T02:00:00.000Z',
    };
    return {
      epoch: EPOCH,
      division: PROVINCE,
      head: String(position),
      headAt: new Date('2026-11-20T08:00:00.000Z'),
      changes: [
        {
          position: String(position),
          entity: 'supervision_order',
          entityId: id,
          version: 1,
          operation: 'UPSERT',
          schemaVersion: CHANGE_SCHEMA_VERSION,
          division: '320106',
          at: new Date('2026-11-12T02:00:00.000Z'),
          payload: JSON.stringify(payload),
        },
      ],
      reached: String(position),
      filtered: true,
      completeTo: new Date('2026-11-20T07:59:00.000Z'),
      nextAt: null,
    };
  };

  const applied = async () =>
    (
      await node.db
        .selectFrom('sync_source')
        .select('applied')
        .where('source', '=', PROVINCE)
        .executeTakeFirstOrThrow()
    ).applied;

  const orderOf = async (id: string) =>
    (
      await sql<{ row: Record<string, unknown> }>`
        SELECT to_jsonb(t) AS row FROM supervision_order t WHERE id = ${id}`.execute(node.db)
    ).rows[0]?.row;

  /**
   * Whether a reader waiting for the node's next change signal was woken while `act` ran. The
   * signal is dispatched synchronously, so a woken wait has settled once the microtasks queued
   * by `act` have run (setImmediate comes after them); the wait's own timer is an hour away.
   */
  const wokenBy = async (act: () => Promise<unknown>): Promise<boolean> => {
    const stop = new AbortController();
    let woken = false;
    const wait = nextChangeSignal(node.db, 3_600_000, stop.signal).then(() => {
      woken = true;
    });
    await act();
    await setImmediate();
    const result = woken;
    stop.abort();
    await wait;
    return result;
  };

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('apply_batch');
    database = await openDatabase({ url: testDatabase.url, pgliteSeed: testDatabase.pgliteSeed });
    await migrateNodeDatabase(database.db);
    node = {
      tier: 'city',
      // A tier with no `sync` part: the replicas are stored as they come, nothing more.
      spoke: { tier: 'city', ownsRecords: true, feedFlowsWholeUp: true, resolvers: [] },
      division: CITY,
      db: database.db,
      logger: createLogger('apply-batch-test', 'silent'),
      timeZone: 'Asia/Shanghai',
      workingTime: { timeZone: 'Asia/Shanghai', workingHours: DEFAULT_WORKING_HOURS },
      deadlineRules: DEFAULT_DEADLINE_RULES,
      startedAt: new Date(),
    };
    await node.db
      .insertInto('sync_source')
      .values({ source: PROVINCE, state: 'STARTING' })
      .execute();
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  it('stores what the province sends at a tier that adds nothing to sync', async () => {
    const batch = orderBatch('320000-O-1');
    expect(await applyBatch(node, PROVINCE, await applied(), batch)).toBe(true);
    expect(await orderOf('320000-O-1')).toMatchObject({ version: 1, division: '320106' });
    expect(await applied()).toBe(batch.reached);
  });

  it('wakes the readers waiting on the node’s own feed once a batch is applied', async () => {
    const after = await applied();
    expect(await wokenBy(() => applyBatch(node, PROVINCE, after, orderBatch('320000-O-2')))).toBe(
      true,
    );
    expect(await orderOf('320000-O-2')).toMatchObject({ version: 1 });
  });

  it('wakes no reader when the cursor had moved and nothing was applied', async () => {
    const moved = String(Number(await applied()) + 1);
    const batch = orderBatch('320000-O-3');
    let result: boolean | undefined;
    expect(
      await wokenBy(async () => {
        result = await applyBatch(node, PROVINCE, moved, batch);
      }),
    ).toBe(false);
    expect(result).toBe(false);
    expect(await orderOf('320000-O-3')).toBeUndefined();
  });
});
