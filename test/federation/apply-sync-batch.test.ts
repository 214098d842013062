import { TestNodeRuntimes } from '../support/test-node-runtimes.js';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citySpoke } from '@city-ops/city';
import { ministrySpoke } from '@city-ops/ministry';
import { provinceSpoke } from '@city-ops/province';
import { applyBatch, CHANGE_SCHEMA_VERSION, currentReplica } from '@city-ops/core';
import type { FeedChange, NodeRuntime } from '@city-ops/core';
import { capturedLog } from '../support/captured-log.js';

/**
 * What a node holds after applying a batch from one of its sources (docs/SYNC.md): a
 * province applying 南京's records and the ministry's directives, 南京 applying its
 * province's orders, the ministry applying the province's rollups. Batches are built by
 * hand, each at the next positions of its source's feed, so every rule can be met head on:
 * replicas (masked again on arrival, the newest version of a batch winning), history
 * entries stored once, rollups, relays, deletes and their tombstones, the cursor and its
 * state, and the refusals that leave everything as it was. Each test applies what it relies
 * on itself, with rows of its own, and counts from what it found, so it holds when run alone
 * (mutation testing runs only the tests that reach a mutant).
 */

const CITY = '320100';
/** A second city of the province, whose cursor only the test about a fresh cursor moves. */
const WUXI = '320200';
const PROVINCE = '320000';
const MINISTRY = '000000';

type ChangeInput = Pick<FeedChange, 'entity' | 'entityId' | 'version'> &
  Partial<Pick<FeedChange, 'operation' | 'schemaVersion' | 'division'>> & {
    payload: Record<string, unknown> | string;
  };

interface BatchOptions {
  /** Positions the source holds beyond this page (0: the page reaches its head). */
  beyond?: number;
  nextAt?: Date | null;
  completeTo?: Date;
  /** The cursor the batch claims to follow (default: what the node has applied). */
  after?: string;
  beforeCommit?: () => void;
}

describe('applying a batch', () => {
  const runtimes = new TestNodeRuntimes();
  const log = capturedLog('apply-sync-batch', 'warn');
  let city: NodeRuntime;
  let province: NodeRuntime;
  let ministry: NodeRuntime;
  /** The last position each source's feed handed out, by `node division ← source`. */
  const positions = new Map<string, number>();
  const epoch = randomUUID();

  const cursor = async (node: NodeRuntime, source: string) =>
    node.db.selectFrom('sync_source').selectAll().where('source', '=', source).executeTakeFirst();

  const appliedOf = async (node: NodeRuntime, source: string) =>
    (await cursor(node, source))?.applied ?? '0';

  /** `changes` as the next positions of `source`'s feed, applied at `node`. */
  const apply = async (
    node: NodeRuntime,
    source: string,
    changes: ChangeInput[],
    options: BatchOptions = {},
  ): Promise<boolean> => {
    const key = `${node.division}←${source}`;
    const first = (positions.get(key) ?? 0) + 1;
    const feed: FeedChange[] = changes.map((change, index) => ({
      position: String(first + index),
      entity: change.entity,
      entityId: change.entityId,
      version: change.version,
      operation: change.operation ?? 'UPSERT',
      schemaVersion: change.schemaVersion ?? CHANGE_SCHEMA_VERSION,
      division: change.division ?? String((change.payload as Record<string, unknown>)['division']),
      at: new Date(),
      payload: typeof change.payload === 'string' ? change.payload : JSON.stringify(change.payload),
    }));
    const reached = first + changes.length - 1;
    const batch = {
      epoch,
      division: source,
      head: String(reached + (options.beyond ?? 0)),
      headAt: new Date('2026-11-20T08:00:00.000Z'),
      changes: feed,
      reached: String(reached),
      filtered: true,
      completeTo: options.completeTo ?? new Date('2026-11-20T07:59:00.000Z'),
      ...(options.nextAt === undefined ? {} : { nextAt: options.nextAt }),
    };
    const after = options.after ?? (await appliedOf(node, source));
    const applied = await applyBatch(node, source, after, batch, {
      beforeCommit: options.beforeCommit,
    });
    if (applied) positions.set(key, reached);
    return applied;
  };

  const rowOf = async (node: NodeRuntime, table: string, id: string) =>
    (
      await sql<{ row: Record<string, unknown> }>`
        SELECT to_jsonb(t) AS row FROM ${sql.table(table)} t WHERE id = ${id}`.execute(node.db)
    ).rows[0]?.row;

  /** 南京's row of a ticket, caller unmasked (what a faulty city might send): read in beforeAll. */
  let ticketRow: Record<string, unknown>;
  const ticket = (id: string, version: number, fields: Record<string, unknown> = {}) => ({
    ...ticketRow,
    id,
    number: `T-${id}`,
    version,
    ...fields,
  });

  const ticketChange = (
    id: string,
    version: number,
    fields: Record<string, unknown> = {},
  ): ChangeInput => ({
    entity: 'hotline_ticket',
    entityId: id,
    version,
    division: String(fields['division'] ?? '320106'),
    payload: ticket(id, version, fields),
  });

  const deleteOf = (entity: string, id: string, version: number): ChangeInput => ({
    entity,
    entityId: id,
    version,
    operation: 'DELETE',
    division: '320106',
    payload: { id },
  });

  const historyChange = (originId: number, ticketId: string): ChangeInput => ({
    entity: 'record_history',
    entityId: String(originId),
    version: 1,
    payload: {
      id: originId,
      entity: 'hotline_ticket',
      entity_id: ticketId,
      division: '320106',
      action: 'accept',
      from_state: 'REGISTERED',
      to_state: 'IN_PROGRESS',
      actor_subject: 's-operator',
      actor_username: 'operator.320100',
      actor_roles: ['hotline-operator'],
      comment: null,
      detail: { note: 'accepted' },
      at: '2026-11-02T01:05:00.000Z',
    },
  });

  const directive = (id: string, version: number, division: string): ChangeInput => ({
    entity: 'directive',
    entityId: id,
    version,
    payload: {
      id,
      number: `D-${id}`,
      issuer_division: MINISTRY,
      division,
      title: '汛期排查',
      body: '排查易涝点',
      due_at: null,
      issued_by: 'ministry.analyst',
      version,
      created_at: '2026-11-10T02:00:00.000Z',
      updated_at: '2026-11-10T02:00:00.000Z',
    },
  });

  const directiveStep = (id: string, directiveId: string): ChangeInput => ({
    entity: 'directive_step',
    entityId: id,
    version: 1,
    payload: {
      id,
      directive_id: directiveId,
      division: CITY,
      action: 'acknowledge',
      comment: '已收到',
      actor: 'supervisor.320100',
      version: 1,
      created_at: '2026-11-11T02:00:00.000Z',
      updated_at: '2026-11-11T02:00:00.000Z',
    },
  });

  const supervisionOrder = (id: string, version: number, division = '320106'): ChangeInput => ({
    entity: 'supervision_order',
    entityId: id,
    version,
    payload: {
      id,
      number: `S-${id}`,
      issuer_division: PROVINCE,
      division,
      record_entity: 'hotline_ticket',
      record_id: `${CITY}-ANY`,
      level: 'ROUTINE',
      deadline: '2026-11-20T09:00:00.000Z',
      instructions: '限期办结',
      issued_by: 'supervisor.320000',
      version,
      created_at: '2026-11-12T02:00:00.000Z',
      updated_at: '2026-11-12T02:00:00.000Z',
    },
  });

  const supervisionStep = (id: string, orderId: string): ChangeInput => ({
    entity: 'supervision_step',
    entityId: id,
    version: 1,
    payload: {
      id,
      order_id: orderId,
      division: '320106',
      action: 'reply',
      comment: '已办结',
      handling_unit: null,
      actor: 'handler.320106',
      actor_division: '320106',
      version: 1,
      created_at: '2026-11-13T02:00:00.000Z',
      updated_at: '2026-11-13T02:00:00.000Z',
    },
  });

  const rollup = (version: number, created: number): ChangeInput => ({
    entity: 'daily_rollup',
    entityId: `${CITY}|2026-11-02|hotline_ticket|010101`,
    version,
    division: CITY,
    payload: {
      division: CITY,
      day: '2026-11-02',
      record_kind: 'hotline_ticket',
      category: '010101',
      counts: { created },
      version,
    },
  });

  /** Tickets created on `day` (南京's template ticket was created on 2026-11-02). */
  const createdCounts = async (node: NodeRuntime, day = '2026-11-02') =>
    (
      await node.db
        .selectFrom('daily_rollup')
        .select(['division', 'day', 'category', 'counts'])
        .where('record_kind', '=', 'hotline_ticket')
        .where('day', '=', day)
        .execute()
    ).map((row) => ({
      division: row.division,
      category: row.category,
      created: row.counts['created'],
    }));

  const historyOf = async (node: NodeRuntime, ticketId: string) =>
    node.db
      .selectFrom('record_history')
      .select(['origin_id', 'action', 'to_state', 'detail'])
      .where('entity_id', '=', ticketId)
      .execute();

  /** What the node's own feed carries of directives and their steps: what it relayed. */
  const changeLogOf = async (node: NodeRuntime) =>
    node.db
      .selectFrom('change_log')
      .select([
        'entity',
        'entity_id',
        'version',
        'operation',
        'division',
        'payload',
        'schema_version',
      ])
      .where('entity', 'in', ['directive', 'directive_step'])
      .orderBy('seq')
      .execute();

  const tombstoneOf = async (node: NodeRuntime, entity: string, id: string) =>
    (
      await node.db
        .selectFrom('sync_tombstone')
        .select('version')
        .where('entity', '=', entity)
        .where('entity_id', '=', id)
        .executeTakeFirst()
    )?.version;

  /** Expects `attempt` to be refused with a message matching `message`, nothing written. */
  const expectRefused = async (
    node: NodeRuntime,
    source: string,
    changes: ChangeInput[],
    message: RegExp,
  ) => {
    const before = await cursor(node, source);
    await expect(apply(node, source, changes)).rejects.toMatchObject({
      name: 'SyncRefusal',
      message: expect.stringMatching(message),
    });
    expect(await cursor(node, source)).toEqual(before);
  };

  beforeAll(async () => {
    city = await runtimes.start('city', citySpoke, CITY, log.logger);
    await city.db
      .insertInto('hotline_ticket')
      .values({
        id: '320100-TEMPLATE',
        number: 'T-TEMPLATE',
        origin_node: CITY,
        division: '320106',
        channel: 'PHONE',
        intake_class: 'COMPLAINT',
        category_code: '010101',
        title: '占道经营',
        content: '人行道被占用',
        caller_name: '张三丰',
        caller_phone: '13812345678',
        address: '鼓楼区中山路123号',
        status: 'IN_PROGRESS',
        handling_mode: 'DISPATCH',
        created_by: 'fixture',
        created_at: '2026-11-02T01:00:00.000Z',
        due_at: '2026-11-05T09:30:00.000Z',
      })
      .execute();
    ticketRow = (await rowOf(city, 'hotline_ticket', '320100-TEMPLATE'))!;
    province = await runtimes.start('province', provinceSpoke, PROVINCE, log.logger);
    ministry = await runtimes.start('ministry', ministrySpoke, MINISTRY, log.logger);
    await province.db
      .insertInto('sync_source')
      .values([
        { source: CITY, state: 'STARTING' },
        { source: MINISTRY, state: 'STARTING' },
      ])
      .execute();
    await city.db
      .insertInto('sync_source')
      .values({ source: PROVINCE, state: 'STARTING' })
      .execute();
    // The ministry has no cursor row for the province yet: it starts from position 0.
  });

  afterAll(async () => {
    await runtimes.closeAll();
  });

  describe('from a city at its province', () => {
    it('stores replicas masked again, the newest version of each row in the batch, its history once, and the rollups', async () => {
      // Created on a day no other test creates a ticket on, so the rollup of that day counts
      // this batch alone whatever ran before.
      const created = { created_at: '2026-11-03T01:00:00.000Z' };
      const applied = await apply(province, CITY, [
        ticketChange('320100-A-1', 1, created),
        historyChange(11, '320100-A-1'),
        // Two versions of one ticket in one batch, the newer first: only the newer is stored.
        ticketChange('320100-A-2', 2, {
          ...created,
          status: 'CLOSED',
          closed_at: '2026-11-04T09:30:00.000Z',
        }),
        ticketChange('320100-A-2', 1, created),
      ]);
      expect(applied).toBe(true);

      expect(await rowOf(province, 'hotline_ticket', '320100-A-1')).toMatchObject({
        version: 1,
        status: 'IN_PROGRESS',
        caller_name: '张**',
        caller_phone: '138****5678',
        address: '鼓楼区中山路***',
      });
      expect(await rowOf(province, 'hotline_ticket', '320100-A-2')).toMatchObject({
        version: 2,
        status: 'CLOSED',
      });
      expect(await historyOf(province, '320100-A-1')).toEqual([
        {
          origin_id: '11',
          action: 'accept',
          to_state: 'IN_PROGRESS',
          detail: { note: 'accepted' },
        },
      ]);
      expect(await createdCounts(province, '2026-11-03')).toEqual([
        { division: CITY, category: '010101', created: 2 },
      ]);
    });

    it('hands the tier each record table a batch carries, with its newest versions, and no other table', async () => {
      // The province's own applier, watched: what it is handed, then its rollups as usual.
      const handed: string[][] = [];
      const watched: NodeRuntime = {
        ...province,
        spoke: {
          ...provinceSpoke,
          sync: {
            ...provinceSpoke.sync,
            batch: (runtime, relation, now) => {
              const applier = provinceSpoke.sync!.batch!(runtime, relation, now);
              return {
                ...applier,
                records: async (trx, entity, items, store) => {
                  handed.push([entity, ...items.map((item) => `${item.id}@${item.version}`)]);
                  await applier.records!(trx, entity, items, store);
                },
              };
            },
          },
        },
      };
      await apply(watched, CITY, [
        ticketChange('320100-W-1', 1),
        historyChange(15, '320100-W-1'),
        ticketChange('320100-W-1', 2),
        ticketChange('320100-W-2', 1),
      ]);
      expect(handed).toEqual([['hotline_ticket', '320100-W-1@2', '320100-W-2@1']]);
      expect(await rowOf(province, 'hotline_ticket', '320100-W-1')).toMatchObject({ version: 2 });
    });

    it('reads a replica back as the province holds it, and nothing for a record it does not hold', async () => {
      await apply(province, CITY, [ticketChange('320100-A-9', 1)]);
      const read = (id: string) =>
        province.db.transaction().execute((trx) => currentReplica(trx, 'hotline_ticket', id));
      const held = await read('320100-A-9');
      expect(held).toMatchObject({ id: '320100-A-9', version: 1, caller_name: '张**' });
      expect(held).toEqual(await rowOf(province, 'hotline_ticket', '320100-A-9'));
      expect(await read('320100-NONE')).toBeUndefined();
    });

    it('takes the newest version of a row whichever order the batch lists them in', async () => {
      await apply(province, CITY, [
        ticketChange('320100-A-3', 1),
        ticketChange('320100-A-3', 3, { status: 'CLOSED', closed_at: '2026-11-04T09:30:00.000Z' }),
        ticketChange('320100-A-3', 2),
      ]);
      expect(await rowOf(province, 'hotline_ticket', '320100-A-3')).toMatchObject({
        version: 3,
        status: 'CLOSED',
      });
    });

    it('stores a ticket logged before its co-handling replies and its case link were columns', async () => {
      // A resynchronising province replays changes logged before those migrations: no such keys.
      const before: Record<string, unknown> = { ...ticket('320100-A-OLD', 1) };
      expect(Object.keys(before)).toEqual(expect.arrayContaining(['co_unit_replies', 'case_id']));
      delete before['co_unit_replies'];
      delete before['case_id'];
      expect(
        await apply(province, CITY, [
          { entity: 'hotline_ticket', entityId: '320100-A-OLD', version: 1, payload: before },
        ]),
      ).toBe(true);
      expect(await rowOf(province, 'hotline_ticket', '320100-A-OLD')).toMatchObject({
        version: 1,
        co_unit_replies: null,
        case_id: null,
      });
    });

    it('moves the cursor to the head and says the source is caught up', async () => {
      // A cursor of its own, fresh from a failed start: 南京's carries the stale changes
      // and the newer completeTo other tests leave behind.
      await province.db
        .insertInto('sync_source')
        .values({ source: WUXI, state: 'STARTING', last_error: 'an earlier failure' })
        .execute();
      const completeTo = new Date('2026-11-20T07:59:00.000Z');
      await apply(province, WUXI, [ticketChange('320200-A-4', 1, { division: '320205' })], {
        completeTo,
      });
      expect(await cursor(province, WUXI)).toMatchObject({
        epoch,
        applied: String(positions.get(`${PROVINCE}←${WUXI}`)),
        head: String(positions.get(`${PROVINCE}←${WUXI}`)),
        head_at: new Date('2026-11-20T08:00:00.000Z'),
        state: 'CAUGHT_UP',
        pending_since: null,
        last_error: null,
        current_to: completeTo,
        stale_changes: '0',
      });
    });

    it('leaves the source catching up, with what waits and since when, while the page ends before the head', async () => {
      const before = await cursor(province, CITY);
      const nextAt = new Date('2026-11-20T07:30:00.000Z');
      await apply(province, CITY, [ticketChange('320100-A-5', 1)], {
        beyond: 4,
        nextAt,
        completeTo: new Date('2026-11-20T07:59:30.000Z'),
      });
      const reached = positions.get(`${PROVINCE}←${CITY}`)!;
      expect(await cursor(province, CITY)).toMatchObject({
        applied: String(reached),
        head: String(reached + 4),
        state: 'CATCHING_UP',
        pending_since: nextAt,
        // Not vouched for while catching up: an earlier change may still wait.
        current_to: before?.current_to,
      });
      // A page that does not say what waits next is dated by its head (sync-status.ts).
      await apply(province, CITY, [ticketChange('320100-A-6', 1)], { beyond: 3 });
      expect(await cursor(province, CITY)).toMatchObject({
        state: 'CATCHING_UP',
        pending_since: null,
      });
    });

    it('keeps the newest completeTo it was told once caught up again', async () => {
      // Later than any completeTo an earlier test told it.
      const newest = new Date('2026-11-20T07:59:45.000Z');
      await apply(province, CITY, [ticketChange('320100-A-7', 1)], { completeTo: newest });
      expect((await cursor(province, CITY))?.current_to).toEqual(newest);
      await apply(province, CITY, [ticketChange('320100-A-7', 2)], {
        completeTo: new Date('2026-11-20T06:00:00.000Z'),
      });
      expect(await cursor(province, CITY)).toMatchObject({
        state: 'CAUGHT_UP',
        current_to: newest,
      });
    });

    it('changes nothing when the same changes come again at later positions (delivery is at least once)', async () => {
      const changes = [
        ticketChange('320100-A-10', 1),
        historyChange(12, '320100-A-10'),
        ticketChange('320100-A-11', 2, { status: 'CLOSED', closed_at: '2026-11-04T09:30:00.000Z' }),
      ];
      const rows = async () => ({
        first: await rowOf(province, 'hotline_ticket', '320100-A-10'),
        second: await rowOf(province, 'hotline_ticket', '320100-A-11'),
        history: await historyOf(province, '320100-A-10'),
        rollups: await createdCounts(province),
      });
      expect(await apply(province, CITY, changes)).toBe(true);
      const before = await rows();
      expect(before).toMatchObject({
        first: { version: 1 },
        second: { version: 2, status: 'CLOSED' },
        history: [{ origin_id: '12' }],
      });
      const counted = (await cursor(province, CITY))?.stale_changes;
      expect(await apply(province, CITY, changes)).toBe(true);
      expect(await rows()).toEqual(before);
      expect((await cursor(province, CITY))?.stale_changes).toBe(counted);
    });

    it('does nothing and says so when the cursor moved since the batch was asked for', async () => {
      await apply(province, CITY, [ticketChange('320100-A-12', 1)]);
      const before = await cursor(province, CITY);
      const applied = await apply(province, CITY, [ticketChange('320100-A-12', 5)], {
        after: String(Number(before?.applied) - 1),
      });
      expect(applied).toBe(false);
      expect(await cursor(province, CITY)).toEqual(before);
      expect(await rowOf(province, 'hotline_ticket', '320100-A-12')).toMatchObject({ version: 1 });
    });

    it('leaves neither rows nor cursor when it fails before the commit, and applies the batch when pulled again', async () => {
      const before = await cursor(province, CITY);
      const crash = new Error('crashed before the commit');
      await expect(
        apply(province, CITY, [ticketChange('320100-A-8', 1)], {
          beforeCommit: () => {
            throw crash;
          },
        }),
      ).rejects.toBe(crash);
      expect(await cursor(province, CITY)).toEqual(before);
      expect(await rowOf(province, 'hotline_ticket', '320100-A-8')).toBeUndefined();
      expect(await apply(province, CITY, [ticketChange('320100-A-8', 1)])).toBe(true);
      expect(await rowOf(province, 'hotline_ticket', '320100-A-8')).toMatchObject({ version: 1 });
    });

    it('applies a delete in its place in the batch and keeps its tombstone', async () => {
      const counted = (await cursor(province, CITY))?.stale_changes;
      await apply(province, CITY, [
        ticketChange('320100-D-1', 1),
        deleteOf('hotline_ticket', '320100-D-1', 2),
        // A row deleted before it was ever seen, then brought back by a newer version.
        deleteOf('hotline_ticket', '320100-D-2', 1),
        ticketChange('320100-D-2', 2),
      ]);
      expect(await rowOf(province, 'hotline_ticket', '320100-D-1')).toBeUndefined();
      expect(await tombstoneOf(province, 'hotline_ticket', '320100-D-1')).toBe(2);
      expect(await rowOf(province, 'hotline_ticket', '320100-D-2')).toMatchObject({ version: 2 });
      expect(await tombstoneOf(province, 'hotline_ticket', '320100-D-2')).toBe(1);
      // Deleting what was already deleted, or never held, is no stale change.
      expect((await cursor(province, CITY))?.stale_changes).toBe(counted);
    });

    it('does not count a delete older than a delete already applied, and keeps the newer tombstone', async () => {
      await apply(province, CITY, [deleteOf('hotline_ticket', '320100-D-3', 2)]);
      const counted = (await cursor(province, CITY))?.stale_changes;
      log.lines.length = 0;
      await apply(province, CITY, [deleteOf('hotline_ticket', '320100-D-3', 1)]);
      expect(await tombstoneOf(province, 'hotline_ticket', '320100-D-3')).toBe(2);
      expect((await cursor(province, CITY))?.stale_changes).toBe(counted);
      expect(log.lines).toEqual([]);
    });

    it('counts each stale change of a batch: a version as old as the delete is one', async () => {
      await apply(province, CITY, [
        deleteOf('hotline_ticket', '320100-D-4', 2),
        ticketChange('320100-A-13', 3, { status: 'CLOSED', closed_at: '2026-11-04T09:30:00.000Z' }),
      ]);
      const counted = Number((await cursor(province, CITY))?.stale_changes);
      log.lines.length = 0;
      await apply(province, CITY, [ticketChange('320100-D-4', 2), ticketChange('320100-A-13', 2)]);
      expect(await rowOf(province, 'hotline_ticket', '320100-D-4')).toBeUndefined();
      expect(await rowOf(province, 'hotline_ticket', '320100-A-13')).toMatchObject({ version: 3 });
      expect((await cursor(province, CITY))?.stale_changes).toBe(String(counted + 2));
      expect(
        log.lines.map((line) => [line['entityId'], line['heldBy'], line['heldVersion']]),
      ).toEqual([
        ['320100-D-4', 'tombstone', 2],
        ['320100-A-13', 'replica', 3],
      ]);
    });

    it('refuses to delete a history entry, and writes nothing of the batch', async () => {
      await apply(province, CITY, [historyChange(13, '320100-A-14')]);
      await expectRefused(
        province,
        CITY,
        [ticketChange('320100-R-1', 1), deleteOf('record_history', '13', 1)],
        /^change \d+: record_history entries are never deleted\.$/,
      );
      expect(await rowOf(province, 'hotline_ticket', '320100-R-1')).toBeUndefined();
      expect(await historyOf(province, '320100-A-14')).toHaveLength(1);
    });

    it('refuses a payload schema version it does not know', async () => {
      await expectRefused(
        province,
        CITY,
        [{ ...ticketChange('320100-R-2', 1), schemaVersion: CHANGE_SCHEMA_VERSION + 1 }],
        /^change \d+ \(hotline_ticket 320100-R-2\) has payload schema version 2; this node understands version 1\. Upgrade this node, then resume the source\.$/,
      );
    });

    it('refuses what does not flow up from a city: a directive', async () => {
      await expectRefused(
        province,
        CITY,
        [directive('000000-R-3', 1, CITY)],
        /^change \d+ \(directive 000000-R-3\): directive does not flow from 320100 南京市 to this node\.$/,
      );
    });

    it('refuses a record of another city', async () => {
      await expectRefused(
        province,
        CITY,
        [ticketChange('320200-R-4', 1, { division: '320200' })],
        /^change \d+ \(hotline_ticket 320200-R-4\) is about division 320200 .*, which 320100 南京市 may not send to this node\.$/,
      );
      expect(await rowOf(province, 'hotline_ticket', '320200-R-4')).toBeUndefined();
    });

    it('refuses a payload that is not a JSON object', async () => {
      for (const payload of ['[1]', 'null', '5', '{"id":']) {
        await expectRefused(
          province,
          CITY,
          [{ ...ticketChange('320100-R-5', 1), payload }],
          /^change \d+: the payload is not a JSON object\.$/,
        );
      }
    });

    it('refuses a payload about another row than the change, or about no row', async () => {
      await expectRefused(
        province,
        CITY,
        [{ ...ticketChange('320100-R-6', 1), entityId: '320100-R-7' }],
        /^change \d+: the payload's id is not 320100-R-7\.$/,
      );
      const withoutId: Record<string, unknown> = { ...ticket('320100-R-8', 1) };
      delete withoutId['id'];
      await expectRefused(
        province,
        CITY,
        [{ ...ticketChange('320100-R-8', 1), payload: withoutId }],
        /^change \d+: the payload's id is not 320100-R-8\.$/,
      );
      expect(await rowOf(province, 'hotline_ticket', '320100-R-8')).toBeUndefined();
    });

    it('refuses a source that is neither its child nor its parent', async () => {
      await expect(
        apply(province, '330100', [ticketChange('330100-R-8', 1)]),
      ).rejects.toMatchObject({
        name: 'SyncRefusal',
        message: expect.stringMatching(
          /^330100 .* is neither a child nor the parent of this node\.$/,
        ),
      });
      expect(await cursor(province, '330100')).toBeUndefined();
    });

    it('stores the city’s replies to the province’s orders', async () => {
      await apply(province, CITY, [supervisionStep('320100-P-1', '320000-O-1')]);
      expect(await rowOf(province, 'supervision_step', '320100-P-1')).toMatchObject({
        order_id: '320000-O-1',
        action: 'reply',
        version: 1,
      });
    });

    it('relays a city’s acknowledgement of a directive up, once', async () => {
      const before = (await changeLogOf(province)).length;
      await apply(province, CITY, [directiveStep('320100-S-1', '000000-D-9')]);
      await apply(province, CITY, [directiveStep('320100-S-1', '000000-D-9')]);
      const relayed = (await changeLogOf(province)).slice(before);
      expect(relayed).toEqual([
        expect.objectContaining({
          entity: 'directive_step',
          entity_id: '320100-S-1',
          version: 1,
          operation: 'upsert',
          division: CITY,
          schema_version: CHANGE_SCHEMA_VERSION,
          payload: expect.objectContaining({ directive_id: '000000-D-9', action: 'acknowledge' }),
        }),
      ]);
      expect(await rowOf(province, 'directive_step', '320100-S-1')).toMatchObject({ version: 1 });
    });

    it('passes on only what a relay names: its entity, coming from the side it names', async () => {
      // Relays that name each entity coming from the side it never comes from: none matches.
      const crossed: NodeRuntime = {
        ...province,
        spoke: {
          ...provinceSpoke,
          sync: {
            ...provinceSpoke.sync,
            relays: [
              { entity: 'directive', from: 'child' },
              { entity: 'directive_step', from: 'parent' },
            ],
          },
        },
      };
      const before = (await changeLogOf(province)).length;
      await apply(crossed, CITY, [directiveStep('320100-S-2', '000000-D-9')]);
      expect(await rowOf(province, 'directive_step', '320100-S-2')).toMatchObject({ version: 1 });
      expect((await changeLogOf(province)).slice(before)).toEqual([]);
    });
  });

  describe('from the ministry at a province', () => {
    it('stores directives to the province, to the nation and to its cities, and relays each new version once', async () => {
      const before = (await changeLogOf(province)).length;
      await apply(province, MINISTRY, [
        directive('000000-D-1', 1, PROVINCE),
        directive('000000-D-2', 1, MINISTRY),
        directive('000000-D-3', 1, CITY),
      ]);
      await apply(province, MINISTRY, [directive('000000-D-1', 1, PROVINCE)]);
      await apply(province, MINISTRY, [directive('000000-D-1', 2, PROVINCE)]);
      const relayed = (await changeLogOf(province)).slice(before);
      expect(
        relayed.map((change) => [change.entity, change.entity_id, change.version, change.division]),
      ).toEqual([
        ['directive', '000000-D-1', 1, PROVINCE],
        ['directive', '000000-D-2', 1, MINISTRY],
        ['directive', '000000-D-3', 1, CITY],
        ['directive', '000000-D-1', 2, PROVINCE],
      ]);
      expect(await rowOf(province, 'directive', '000000-D-1')).toMatchObject({ version: 2 });
      expect(await cursor(province, MINISTRY)).toMatchObject({ state: 'CAUGHT_UP' });
    });

    it('refuses a directive to another province, and records, which never flow down', async () => {
      await expectRefused(
        province,
        MINISTRY,
        [directive('000000-R-1', 1, '330000')],
        /^change \d+ \(directive 000000-R-1\) is about division 330000 .*, which 000000 .* may not send to this node\.$/,
      );
      await expectRefused(
        province,
        MINISTRY,
        [ticketChange('320100-R-9', 1)],
        /^change \d+ \(hotline_ticket 320100-R-9\): hotline_ticket does not flow from 000000 .* to this node\.$/,
      );
    });
  });

  describe('from a province at its city', () => {
    it('stores an order about the city, and a directive to it, and relays nothing', async () => {
      await apply(city, PROVINCE, [
        supervisionOrder('320000-O-1', 1),
        directive('000000-D-3', 1, CITY),
      ]);
      expect(await rowOf(city, 'supervision_order', '320000-O-1')).toMatchObject({
        version: 1,
        division: '320106',
      });
      expect(await rowOf(city, 'directive', '000000-D-3')).toMatchObject({ version: 1 });
      expect(await changeLogOf(city)).toEqual([]);
    });

    it('refuses an order about another city', async () => {
      await expectRefused(
        city,
        PROVINCE,
        [supervisionOrder('320000-O-2', 1, '320205')],
        /is about division 320205 .*, which 320000 .* may not send to this node\.$/,
      );
    });
  });

  describe('from a province at the ministry', () => {
    it('takes the first batch of a source it has no cursor for from position 0, stores records without rollups of its own and replaces a rollup only by a newer version', async () => {
      expect(await cursor(ministry, PROVINCE)).toBeUndefined();
      expect(await apply(ministry, PROVINCE, [rollup(1, 3), ticketChange('320100-F-1', 1)])).toBe(
        true,
      );
      expect(await createdCounts(ministry)).toEqual([
        { division: CITY, category: '010101', created: 3 },
      ]);
      // The province's rollups are the ministry's: a replicated record adds nothing to them.
      expect(await rowOf(ministry, 'hotline_ticket', '320100-F-1')).toMatchObject({
        version: 1,
        caller_phone: '138****5678',
      });
      await expectRefused(
        ministry,
        PROVINCE,
        [{ ...rollup(4, 6), operation: 'DELETE' }],
        /^change \d+: daily_rollup entries are never deleted\.$/,
      );
      await apply(ministry, PROVINCE, [rollup(3, 5)], { after: '0' });
      await apply(ministry, PROVINCE, [rollup(2, 4)], { after: '0' });
      expect(await createdCounts(ministry)).toEqual([
        { division: CITY, category: '010101', created: 5 },
      ]);
    });
  });
});
