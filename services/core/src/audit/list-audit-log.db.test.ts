import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNodeDatabase } from '@city-ops/test';
import type { TestNodeDatabase } from '@city-ops/test';
import { createLogger, errorCodeOf } from '@city-ops/kernel';
import type { Principal } from '@city-ops/kernel';
import type { GraphQLError } from 'graphql';
import { DEFAULT_DEADLINE_RULES } from '../calendar/deadline-rules.js';
import { DEFAULT_WORKING_HOURS } from '../calendar/working-hours.js';
import { migrateNodeDatabase } from '../database/migrate.js';
import { openDatabase } from '../database/open-database.js';
import type { NodeDatabase } from '../database/open-database.js';
import type { NodeRuntime, RequestContext } from '../node-context.js';
import { listAuditLog } from './list-audit-log.js';
import type { AuditLogFilter } from './list-audit-log.js';

function principal(username: string, roles: string[], division: string): Principal {
  return {
    subject: `s-${username}`,
    username,
    roles,
    division,
    department: undefined,
    grid: undefined,
    clientId: 'city-ops-web',
    token: '',
    expiresAt: new Date('2099-01-01T00:00:00Z'),
  };
}

/** The entries the node holds, oldest first: who, what, when, which ids, in which scope. */
const ENTRIES = [
  ['agent.320100', 'ticket.create', '2026-11-02T01:00:00Z', ['320100-t-1'], '320106'],
  ['dispatcher.320100', 'personal-data.read', '2026-11-02T02:00:00Z', ['320100-t-1'], '320106'],
  ['dispatcher.320100', 'ticket.dispatch', '2026-11-03T01:00:00Z', ['320100-t-1'], '320106'],
  ['supervisor.320100', 'personal-data.reveal', '2026-11-04T01:00:00Z', ['320100-t-2'], '320102'],
  ['agent.320100', 'personal-data.lookup', '2026-11-05T01:00:00Z', ['320100-t-2'], '320102'],
  ['agent.320100', 'personal_data.x', '2026-11-05T02:00:00Z', ['320100-t-3'], '320102'],
  ['agent.320200', 'ticket.create', '2026-11-06T01:00:00Z', ['320200-t-1'], '320205'],
] as const;

/** `auditLog`'s filters on a migrated node database, through the function the resolver calls. */
describe('auditLog filters', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;
  let node: NodeRuntime;

  const as = (who: Principal): RequestContext => ({
    node,
    principal: who,
    requestId: 'req-audit-filter',
    clientAddress: '127.0.0.1',
    language: 'zh',
  });
  const auditor = () => as(principal('auditor.320100', ['auditor'], '320100'));
  const list = async (filter: AuditLogFilter) =>
    (await listAuditLog(auditor(), filter)).nodes.map((entry) => `${entry.actor} ${entry.action}`);

  /** The error a call is refused with. */
  async function refusal(filter: AuditLogFilter): Promise<GraphQLError> {
    try {
      await listAuditLog(auditor(), filter);
    } catch (error) {
      return error as GraphQLError;
    }
    throw new Error(`not refused: ${JSON.stringify(filter)}`);
  }

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('audit-filter');
    database = await openDatabase({ url: testDatabase.url, pgliteSeed: testDatabase.pgliteSeed });
    await migrateNodeDatabase(database.db);
    node = {
      tier: 'city',
      spoke: { tier: 'city', ownsRecords: true, feedFlowsWholeUp: true, resolvers: [] },
      division: '320100',
      db: database.db,
      logger: createLogger('audit-filter-test', 'silent'),
      timeZone: 'Asia/Shanghai',
      workingTime: { timeZone: 'Asia/Shanghai', workingHours: DEFAULT_WORKING_HOURS },
      deadlineRules: DEFAULT_DEADLINE_RULES,
      startedAt: new Date(),
    };
    // Written as they were at those times: appendAudit stamps now(), and a time filter needs a past.
    for (const [actor, action, at, ids, scope] of ENTRIES) {
      await database.db
        .insertInto('audit_log')
        .values({
          at: new Date(at),
          actor_subject: `s-${actor}`,
          actor_username: actor,
          actor_roles: [],
          actor_division: actor.split('.')[1]!,
          action,
          entity: 'hotline_ticket',
          entity_ids: [...ids],
          reason: action === 'personal-data.reveal' ? '回访需要联系来电人' : null,
          client_address: '127.0.0.1',
          request_id: `r-${action}`,
          detail: '{}',
          scope,
        })
        .execute();
    }
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  it('lists the entries inside the auditor’s division, newest first, without filters', async () => {
    expect(await list({})).toEqual([
      'agent.320100 personal_data.x',
      'agent.320100 personal-data.lookup',
      'supervisor.320100 personal-data.reveal',
      'dispatcher.320100 ticket.dispatch',
      'dispatcher.320100 personal-data.read',
      'agent.320100 ticket.create',
    ]);
  });

  it('narrows by actor, by action, and by an action prefix taken literally', async () => {
    expect(await list({ actor: ' dispatcher.320100 ' })).toEqual([
      'dispatcher.320100 ticket.dispatch',
      'dispatcher.320100 personal-data.read',
    ]);
    expect(await list({ action: 'ticket.create' })).toEqual(['agent.320100 ticket.create']);
    // `personal-data.` is every personal-data action; `_` in it is not LIKE's wildcard.
    expect(await list({ actionPrefix: 'personal-data.' })).toEqual([
      'agent.320100 personal-data.lookup',
      'supervisor.320100 personal-data.reveal',
      'dispatcher.320100 personal-data.read',
    ]);
    expect(await list({ actionPrefix: 'personal_data.' })).toEqual([
      'agent.320100 personal_data.x',
    ]);
    expect(await list({ actionPrefix: 'personal-data.', actor: 'agent.320100' })).toEqual([
      'agent.320100 personal-data.lookup',
    ]);
  });

  it('narrows by an entity id and by time, both ends included', async () => {
    expect(await list({ entityId: '320100-t-2' })).toEqual([
      'agent.320100 personal-data.lookup',
      'supervisor.320100 personal-data.reveal',
    ]);
    expect(
      await list({ from: '2026-11-02T02:00:00.000Z', to: '2026-11-04T01:00:00.000Z' }),
    ).toEqual([
      'supervisor.320100 personal-data.reveal',
      'dispatcher.320100 ticket.dispatch',
      'dispatcher.320100 personal-data.read',
    ]);
    expect(await list({ entityId: '320100-t-1', from: '2026-11-03T00:00:00.000Z' })).toEqual([
      'dispatcher.320100 ticket.dispatch',
    ]);
  });

  it('keeps the filters across pages', async () => {
    const first = await listAuditLog(auditor(), { actionPrefix: 'personal-data.', first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await listAuditLog(auditor(), {
      actionPrefix: 'personal-data.',
      first: 2,
      after: first.pageInfo.endCursor,
    });
    expect(second.nodes.map((entry) => entry.action)).toEqual(['personal-data.read']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses bad filters as BAD_USER_INPUT naming every argument at fault', async () => {
    const blank = await refusal({ actor: '  ', entityId: 'x'.repeat(101) });
    expect(errorCodeOf(blank)).toBe('BAD_USER_INPUT');
    expect(blank.extensions['problems']).toEqual([
      expect.objectContaining({ field: 'actor' }),
      expect.objectContaining({ field: 'entityId' }),
    ]);
    for (const [filter, field] of [
      [{ action: 'personal-data.' }, 'action'],
      [{ actionPrefix: 'personal-data.%' }, 'actionPrefix'],
      [{ action: 'ticket.create', actionPrefix: 'ticket.' }, 'actionPrefix'],
      [{ from: '2026-11-05T00:00:00.000Z', to: '2026-11-04T00:00:00.000Z' }, 'to'],
      [{ actor: 'agent\u0000' }, 'actor'],
      [{ after: '9223372036854775808' }, 'after'],
    ] as const) {
      const error = await refusal(filter);
      expect(errorCodeOf(error), JSON.stringify(filter)).toBe('BAD_USER_INPUT');
      expect(error.extensions['field'], JSON.stringify(filter)).toBe(field);
    }
  });
});
