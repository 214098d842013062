import { TestNodeRuntimes } from '../support/test-node-runtimes.js';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citySpoke } from '@city-ops/city';
import { provinceSpoke } from '@city-ops/province';
import type { Principal } from '@city-ops/kernel';
import {
  applyBatch,
  CHANGE_SCHEMA_VERSION,
  indicatorReport,
  readSourceStatuses,
  syncMetricsText,
} from '@city-ops/core';
import type { FeedChange, NodeRuntime } from '@city-ops/core';
import { capturedLog, WARN } from '../support/captured-log.js';
import type { LogLine } from '../support/captured-log.js';

/**
 * Older never overwrites newer (docs/SYNC.md): the province holds version 2 of a 南京
 * ticket (closed), then the feed brings version 1 again and a delete at version 1. Neither
 * may touch the replica or the rollups the province keeps from it, and the province says
 * so: a warning per skipped change and a count in syncStatus and /metrics. Batches are
 * built by hand from the city's real rows, each stale change in a batch of its own (within
 * one batch only the newest version of a row is ever applied). Each test brings a ticket of
 * its own to the province and counts from what it found, so it holds when run alone (mutation
 * testing runs only the tests that reach a mutant).
 */

/** The city's ticket whose two versions every test's ticket copies. */
const TICKET = '320100-STALE-1';

const supervisor: Principal = {
  subject: 's-supervisor-320000',
  username: 'supervisor.320000',
  roles: ['provincial-supervisor'],
  division: '320000',
  department: undefined,
  grid: undefined,
  clientId: 'city-ops-web',
  token: '',
  expiresAt: new Date('2099-01-01T00:00:00Z'),
};

describe('a stale change from a city', () => {
  const runtimes = new TestNodeRuntimes();
  const log = capturedLog('province-320000', 'warn');
  let city: NodeRuntime;
  let province: NodeRuntime;
  let position = 0;
  let applied = '0';
  const epoch = randomUUID();
  const versions: Record<number, Record<string, unknown>> = {};

  /** `version` of the city's ticket as ticket `id`: a row of its own at the province. */
  const payloadOf = (id: string, version: number) => ({
    ...versions[version],
    id,
    number: `T-${id}`,
  });

  /** Applies one change of ticket `id` as the next position of 南京's feed, in a batch of its own. */
  const apply = async (id: string, operation: FeedChange['operation'], version: number) => {
    position += 1;
    const change: FeedChange = {
      position: String(position),
      entity: 'hotline_ticket',
      entityId: id,
      version,
      operation,
      schemaVersion: CHANGE_SCHEMA_VERSION,
      division: '320106',
      at: new Date(),
      payload: JSON.stringify(operation === 'DELETE' ? { id } : payloadOf(id, version)),
    };
    const batch = {
      epoch,
      division: '320100',
      head: String(position),
      headAt: new Date(),
      changes: [change],
      reached: String(position),
      filtered: false,
      completeTo: new Date(),
      nextAt: null,
    };
    expect(await applyBatch(province, '320100', applied, batch)).toBe(true);
    applied = String(position);
  };

  /** Everything the province keeps about ticket `id`: its replica, the rollups, the indicators. */
  const provinceState = async (id: string) => {
    const replica = await sql<{ row: Record<string, unknown> }>`
      SELECT to_jsonb(t) AS row FROM hotline_ticket t WHERE id = ${id}`.execute(province.db);
    const rollups = await province.db
      .selectFrom('daily_rollup')
      .select(['division', 'day', 'record_kind', 'category', 'counts', 'version'])
      .orderBy('division')
      .orderBy('day')
      .orderBy('record_kind')
      .orderBy('category')
      .execute();
    const report = await indicatorReport(
      {
        node: province,
        principal: supervisor,
        requestId: 'stale',
        clientAddress: '127.0.0.1',
        language: 'zh',
      },
      { division: '320100', period: { unit: 'MONTH', start: '2026-11-01', count: 1 } },
    );
    return {
      replica: replica.rows[0]?.row,
      rollups,
      indicators: report.periods.map((period) => period.total),
    };
  };

  const staleChanges = async (): Promise<number> => {
    const status = (await readSourceStatuses(province.db)).find(
      (entry) => entry.source === '320100',
    );
    if (!status) throw new Error('the province has no cursor for 南京');
    return status.staleChanges;
  };

  const warnings = (): LogLine[] => log.lines.filter((line) => line.level === WARN);

  beforeAll(async () => {
    city = await runtimes.start('city', citySpoke, '320100', log.logger);
    province = await runtimes.start('province', provinceSpoke, '320000', log.logger);
    // The ticket's two versions as the city wrote them: open, then closed on time.
    await city.db
      .insertInto('hotline_ticket')
      .values({
        id: TICKET,
        number: 'T-STALE-1',
        origin_node: '320100',
        division: '320106',
        channel: 'PHONE',
        intake_class: 'COMPLAINT',
        category_code: '010101',
        title: '占道经营',
        content: '人行道被占用',
        status: 'IN_PROGRESS',
        handling_mode: 'DISPATCH',
        created_by: 'fixture',
        created_at: '2026-11-02T01:00:00.000Z',
        due_at: '2026-11-05T09:30:00.000Z',
      })
      .execute();
    const rowOf = async () =>
      (
        await sql<{ row: Record<string, unknown> }>`
          SELECT to_jsonb(t) AS row FROM hotline_ticket t WHERE id = ${TICKET}`.execute(city.db)
      ).rows[0]!.row;
    versions[1] = await rowOf();
    await city.db
      .updateTable('hotline_ticket')
      .set({
        version: 2,
        status: 'CLOSED',
        resolution: 'RESOLVED',
        satisfaction: 'SATISFIED',
        closed_at: '2026-11-04T09:30:00.000Z',
      })
      .where('id', '=', TICKET)
      .execute();
    versions[2] = await rowOf();
    expect(versions[1]?.['version']).toBe(1);
    expect(versions[2]?.['version']).toBe(2);

    await province.db
      .insertInto('sync_source')
      .values({ source: '320100', state: 'STARTING' })
      .execute();
  });

  afterAll(async () => {
    await runtimes.closeAll();
  });

  // Applied in tests, not in beforeAll: mutation testing attributes what a test runs to it.
  it('is no stale change while versions arrive in order', async () => {
    const counted = await staleChanges();
    await apply('320100-STALE-2', 'UPSERT', 1);
    await apply('320100-STALE-2', 'UPSERT', 2);
    expect((await provinceState('320100-STALE-2')).replica).toMatchObject({
      version: 2,
      status: 'CLOSED',
    });
    expect(await staleChanges()).toBe(counted);
  });

  it('is skipped: version 1 after version 2 leaves the replica, rollups and indicators as they were', async () => {
    await apply('320100-STALE-3', 'UPSERT', 2);
    const before = await provinceState('320100-STALE-3');
    // The closed version is what the province holds, and it counts in the rollups.
    expect(before.replica).toMatchObject({ version: 2, status: 'CLOSED' });
    expect(before.rollups.length).toBeGreaterThan(0);
    const counted = await staleChanges();
    log.lines.length = 0;

    await apply('320100-STALE-3', 'UPSERT', 1);

    expect(await provinceState('320100-STALE-3')).toEqual(before);
    expect(await staleChanges()).toBe(counted + 1);
    expect(warnings()).toEqual([
      expect.objectContaining({
        source: '320100',
        entity: 'hotline_ticket',
        entityId: '320100-STALE-3',
        operation: 'UPSERT',
        incomingVersion: 1,
        heldVersion: 2,
        heldBy: 'replica',
      }),
    ]);
  });

  it('is skipped: a delete at version 1 after version 2 removes nothing', async () => {
    await apply('320100-STALE-4', 'UPSERT', 2);
    const before = await provinceState('320100-STALE-4');
    expect(before.replica).toMatchObject({ version: 2 });
    const counted = await staleChanges();
    log.lines.length = 0;

    await apply('320100-STALE-4', 'DELETE', 1);

    expect(await provinceState('320100-STALE-4')).toEqual(before);
    expect(await staleChanges()).toBe(counted + 1);
    expect(warnings()).toEqual([
      expect.objectContaining({
        entityId: '320100-STALE-4',
        operation: 'DELETE',
        incomingVersion: 1,
        heldVersion: 2,
        heldBy: 'replica',
      }),
    ]);
  });

  it('is not what a repeat of the version held is: that is at-least-once delivery, not counted', async () => {
    await apply('320100-STALE-5', 'UPSERT', 2);
    const counted = await staleChanges();
    log.lines.length = 0;
    await apply('320100-STALE-5', 'UPSERT', 2);
    expect(await staleChanges()).toBe(counted);
    expect(warnings()).toEqual([]);
  });

  it('is not what a repeat of a version that brought a deleted row back is, whatever the older delete', async () => {
    await apply('320100-STALE-8', 'DELETE', 1);
    await apply('320100-STALE-8', 'UPSERT', 2);
    expect((await provinceState('320100-STALE-8')).replica).toMatchObject({ version: 2 });
    const counted = await staleChanges();
    log.lines.length = 0;
    await apply('320100-STALE-8', 'UPSERT', 2);
    expect(await staleChanges()).toBe(counted);
    expect(warnings()).toEqual([]);
  });

  it('is counted in the metrics the node exposes', async () => {
    await apply('320100-STALE-6', 'UPSERT', 2);
    const counted = await staleChanges();
    await apply('320100-STALE-6', 'UPSERT', 1);
    expect(await staleChanges()).toBe(counted + 1);
    const text = syncMetricsText('320000', await readSourceStatuses(province.db));
    expect(text).toContain('# TYPE city_ops_sync_stale_changes_total counter');
    expect(text).toContain(
      `city_ops_sync_stale_changes_total{node="320000",source="320100"} ${counted + 1}\n`,
    );
  });

  it('after a newer delete, an older version does not bring the row back', async () => {
    await apply('320100-STALE-7', 'UPSERT', 2);
    await apply('320100-STALE-7', 'DELETE', 3);
    expect((await provinceState('320100-STALE-7')).replica).toBeUndefined();
    const counted = await staleChanges();
    log.lines.length = 0;

    await apply('320100-STALE-7', 'UPSERT', 2);

    expect((await provinceState('320100-STALE-7')).replica).toBeUndefined();
    expect(await staleChanges()).toBe(counted + 1);
    expect(warnings()).toEqual([
      expect.objectContaining({
        entityId: '320100-STALE-7',
        operation: 'UPSERT',
        incomingVersion: 2,
        heldVersion: 3,
        heldBy: 'tombstone',
      }),
    ]);
  });
});
