import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNodeDatabase } from '@city-ops/test';
import type { TestNodeDatabase } from '@city-ops/test';
import { createLogger, errorCodeOf } from '@city-ops/kernel';
import type { Principal } from '@city-ops/kernel';
import { DEFAULT_DEADLINE_RULES } from '../calendar/deadline-rules.js';
import { DEFAULT_WORKING_HOURS } from '../calendar/working-hours.js';
import { migrateNodeDatabase } from '../database/migrate.js';
import { openDatabase } from '../database/open-database.js';
import type { NodeDatabase } from '../database/open-database.js';
import type { RequestContext } from '../node-context.js';
import { recordCreation, recordTransition } from './record-transition.js';

const agent: Principal = {
  subject: 's-agent',
  username: 'agent.320100',
  roles: ['hotline-agent', 'dispatcher'],
  division: '320100',
  department: undefined,
  grid: undefined,
  clientId: 'city-ops-web',
  token: '',
  expiresAt: new Date('2099-01-01T00:00:00Z'),
};

/**
 * One transition is the record's new state and version, its history entry, the change-log
 * entries that carry both to the other tiers, and the audit entry — or, on a stale
 * version, none of them.
 */
describe('writing a transition', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;
  let context: RequestContext;
  const created = new Date('2026-11-20T08:00:00Z');

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('record_transition');
    database = await openDatabase({ url: testDatabase.url, pgliteSeed: testDatabase.pgliteSeed });
    await migrateNodeDatabase(database.db);
    context = {
      node: {
        tier: 'city',
        spoke: { tier: 'city', ownsRecords: true, feedFlowsWholeUp: true, resolvers: [] },
        division: '320100',
        db: database.db,
        logger: createLogger('record-transition-test', 'silent'),
        timeZone: 'Asia/Shanghai',
        workingTime: { timeZone: 'Asia/Shanghai', workingHours: DEFAULT_WORKING_HOURS },
        deadlineRules: DEFAULT_DEADLINE_RULES,
        startedAt: new Date(),
      },
      principal: agent,
      requestId: 'req-transition',
      clientAddress: '127.0.0.1',
      language: 'zh',
    };
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  /** A ticket in ACCEPTED at version 1, written as the owner role (no row scope). */
  async function acceptedTicket(id: string): Promise<void> {
    await database.db
      .insertInto('hotline_ticket')
      .values({
        id,
        number: `T-${id}`,
        origin_node: '320100',
        division: '320102',
        channel: 'PHONE',
        intake_class: 'COMPLAINT',
        category_code: '010101',
        title: '占道经营',
        content: '人行道被占用',
        status: 'ACCEPTED',
        created_by: 'fixture',
        created_at: created,
        updated_at: created,
      })
      .execute();
  }

  const historyOf = (id: string) =>
    database.db
      .selectFrom('record_history')
      .selectAll()
      .where('entity_id', '=', id)
      .orderBy('at')
      .execute();

  const changesOf = (ids: string[]) =>
    database.db
      .selectFrom('change_log')
      .select(['entity', 'entity_id', 'version', 'operation', 'payload', 'division'])
      .where('entity_id', 'in', ids)
      .orderBy('seq')
      .execute();

  const auditOf = async (id: string) =>
    (
      await database.db
        .selectFrom('audit_log')
        .select(['action', 'entity', 'entity_ids', 'reason', 'scope', 'detail', 'actor_username'])
        .where('entity', '=', 'hotline_ticket')
        .orderBy('id')
        .execute()
    ).filter((entry) => entry.entity_ids.includes(id));

  const dispatch = (id: string, expectedVersion: number, comment?: string | null) =>
    database.db.transaction().execute((trx) =>
      recordTransition(trx, context, {
        table: 'hotline_ticket',
        entity: 'hotline_ticket',
        id,
        expectedVersion,
        action: 'dispatch',
        from: 'ACCEPTED',
        to: 'DISPATCHED',
        set: { lead_unit: '320100-cg' },
        comment,
        detail: comment === undefined ? undefined : { leadUnit: '320100-cg' },
        payload: (row) => ({ id: row.id, status: row.status, leadUnit: row.lead_unit }),
      }),
    );

  it('moves the record, bumps its version and applies the transition’s own columns', async () => {
    await acceptedTicket('320100-t1');
    const updated = await dispatch('320100-t1', 1, '派往城管');
    expect(updated).toMatchObject({ status: 'DISPATCHED', version: 2, lead_unit: '320100-cg' });
    expect(updated.updated_at.getTime()).toBeGreaterThan(created.getTime());
    const stored = await database.db
      .selectFrom('hotline_ticket')
      .select(['status', 'version', 'lead_unit'])
      .where('id', '=', '320100-t1')
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ status: 'DISPATCHED', version: 2, lead_unit: '320100-cg' });
  });

  // Each test writes its own transition: a mutation run reruns only the tests that reach
  // the changed code, so a test reading another test's write would never see the change.
  it('records who moved it from where to where, and why, in its history', async () => {
    await acceptedTicket('320100-t6');
    await dispatch('320100-t6', 1, '派往城管');
    const [entry] = await historyOf('320100-t6');
    expect(entry).toMatchObject({
      entity: 'hotline_ticket',
      entity_id: '320100-t6',
      division: '320102',
      action: 'dispatch',
      from_state: 'ACCEPTED',
      to_state: 'DISPATCHED',
      actor_subject: 's-agent',
      actor_username: 'agent.320100',
      actor_roles: ['hotline-agent', 'dispatcher'],
      comment: '派往城管',
      detail: { leadUnit: '320100-cg' },
    });
  });

  it('publishes the record’s new version and its history entry to the change log', async () => {
    await acceptedTicket('320100-t7');
    await dispatch('320100-t7', 1, '派往城管');
    const [entry] = await historyOf('320100-t7');
    const changes = await changesOf(['320100-t7', entry!.id]);
    expect(changes).toEqual([
      {
        entity: 'hotline_ticket',
        entity_id: '320100-t7',
        version: 2,
        operation: 'upsert',
        payload: { id: '320100-t7', status: 'DISPATCHED', leadUnit: '320100-cg' },
        division: '320102',
      },
      {
        entity: 'record_history',
        entity_id: entry!.id,
        version: 1,
        operation: 'upsert',
        payload: expect.objectContaining({
          id: entry!.id,
          action: 'dispatch',
          to_state: 'DISPATCHED',
          at: entry!.at.toISOString(),
        }),
        division: '320102',
      },
    ]);
  });

  it('audits the action with its reason and its move', async () => {
    await acceptedTicket('320100-t8');
    await dispatch('320100-t8', 1, '派往城管');
    expect(await auditOf('320100-t8')).toEqual([
      {
        action: 'hotline_ticket.dispatch',
        entity: 'hotline_ticket',
        entity_ids: ['320100-t8'],
        reason: '派往城管',
        scope: '320102',
        detail: { from: 'ACCEPTED', to: 'DISPATCHED', leadUnit: '320100-cg' },
        actor_username: 'agent.320100',
      },
    ]);
  });

  it('leaves comment, reason and detail empty when the action gives none', async () => {
    await acceptedTicket('320100-t2');
    await dispatch('320100-t2', 1);
    const [entry] = await historyOf('320100-t2');
    expect(entry).toMatchObject({ comment: null, detail: {} });
    expect(await auditOf('320100-t2')).toEqual([
      expect.objectContaining({ reason: null, detail: { from: 'ACCEPTED', to: 'DISPATCHED' } }),
    ]);
  });

  it('refuses a stale version with CONFLICT, writing nothing', async () => {
    await acceptedTicket('320100-t3');
    await dispatch('320100-t3', 1, null);
    let failure: unknown;
    try {
      await dispatch('320100-t3', 1, '再派一次');
    } catch (error) {
      failure = error;
    }
    expect(errorCodeOf(failure)).toBe('CONFLICT');
    expect((failure as Error).message).toBe(
      'The record changed since version 1 (someone else acted on it); reload it and decide again.',
    );
    expect(failure).toMatchObject({ extensions: { id: '320100-t3', expectedVersion: 1 } });
    expect(await historyOf('320100-t3')).toHaveLength(1);
    expect(await auditOf('320100-t3')).toHaveLength(1);
    const stored = await database.db
      .selectFrom('hotline_ticket')
      .select(['version'])
      .where('id', '=', '320100-t3')
      .executeTakeFirstOrThrow();
    expect(stored.version).toBe(2);
  });

  it('records a birth in the history with no previous state, and publishes it', async () => {
    await acceptedTicket('320100-t4');
    await database.db.transaction().execute((trx) =>
      recordCreation(trx, context, {
        entity: 'hotline_ticket',
        id: '320100-t4',
        division: '320102',
        state: 'ACCEPTED',
        action: 'create',
      }),
    );
    const [entry, ...rest] = await historyOf('320100-t4');
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      entity: 'hotline_ticket',
      entity_id: '320100-t4',
      division: '320102',
      action: 'create',
      from_state: null,
      to_state: 'ACCEPTED',
      actor_subject: 's-agent',
      actor_username: 'agent.320100',
      actor_roles: ['hotline-agent', 'dispatcher'],
      comment: null,
    });
    expect(await changesOf([entry!.id])).toEqual([
      {
        entity: 'record_history',
        entity_id: entry!.id,
        version: 1,
        operation: 'upsert',
        payload: expect.objectContaining({ id: entry!.id, at: entry!.at.toISOString() }),
        division: '320102',
      },
    ]);
  });

  it('keeps the comment given at a birth', async () => {
    await acceptedTicket('320100-t5');
    await database.db.transaction().execute((trx) =>
      recordCreation(trx, context, {
        entity: 'hotline_ticket',
        id: '320100-t5',
        division: '320102',
        state: 'ACCEPTED',
        action: 'create',
        comment: '来电受理',
      }),
    );
    const [entry] = await historyOf('320100-t5');
    expect(entry?.comment).toBe('来电受理');
  });
});
