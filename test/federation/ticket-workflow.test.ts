import { sql } from 'kysely';
import { reopenedDueAt, ticketMachine, workingCalendarOf } from '@city-ops/core';
import { drain, startFederation } from '../support/federation.js';
import type { GraphQLResponse, TestFederation } from '../support/federation.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The ticket closed loop through the gateway: every row of the transition table
 * allowed and refused (generated from the table), then the paths people take.
 */

const TICKET = `id number status version leadUnit { code } coUnits { code }
  coUnitReplies { unit { code } reply repliedAt repliedBy } reply resolution satisfaction dueAt overdue
  closedAt parentTicketId mergedTicketIds allowedActions extensionRequest { workingDays reason }
  history { action fromState toState actor comment }`;

interface Ticket {
  id: string;
  number: string;
  status: string;
  version: number;
  leadUnit: { code: string } | null;
  coUnits: { code: string }[];
  coUnitReplies: { unit: { code: string }; reply: string; repliedAt: string; repliedBy: string }[];
  reply: string | null;
  satisfaction: string | null;
  dueAt: string | null;
  overdue: boolean;
  closedAt: string | null;
  parentTicketId: string | null;
  mergedTicketIds: string[];
  allowedActions: string[];
  extensionRequest: { workingDays: number; reason: string } | null;
  history: {
    action: string;
    fromState: string | null;
    toState: string;
    actor: string;
    comment: string | null;
  }[];
}

/** Each machine action, as its mutation and the input it needs beyond id and version. */
const mutations: Record<string, { field: string; input: Record<string, unknown> }> = {
  answerDirectly: {
    field: 'answerTicketDirectly',
    input: { reply: '已电话解答：可通过政务网办理。', resolution: 'RESOLVED' },
  },
  dispatch: { field: 'dispatchTicket', input: { leadUnit: '320100-cg', coUnits: ['320100-sw'] } },
  signFor: { field: 'signForTicket', input: {} },
  startHandling: { field: 'startHandlingTicket', input: {} },
  requestExtension: {
    field: 'requestTicketExtension',
    input: { workingDays: 3, reason: '需协调多个部门联合执法' },
  },
  approveExtension: { field: 'approveTicketExtension', input: {} },
  rejectExtension: { field: 'rejectTicketExtension', input: { reason: '时限内可以完成' } },
  return: { field: 'returnTicket', input: { reason: '不属于本单位职责' } },
  redispatch: { field: 'redispatchTicket', input: { leadUnit: '320100-cg' } },
  reply: {
    field: 'replyToTicket',
    input: { reply: '已清理占道摊位并加强巡查。', resolution: 'RESOLVED' },
  },
  coReply: { field: 'coReplyToTicket', input: { reply: '已配合清理人行道杂物。' } },
  approveReply: { field: 'approveTicketReply', input: {} },
  rejectReply: { field: 'rejectTicketReply', input: { reason: '反馈内容不完整' } },
  callBack: {
    field: 'callBackTicket',
    input: { resolution: 'RESOLVED', satisfaction: 'SATISFIED' },
  },
  reopen: { field: 'reopenTicket', input: {} },
  close: { field: 'closeTicket', input: {} },
  archive: { field: 'archiveTicket', input: {} },
  merge: { field: 'mergeTicket', input: {} },
  unmerge: { field: 'unmergeTicket', input: {} },
};

const actorFor: Record<string, string> = {
  'hotline-agent': 'agent.320100',
  dispatcher: 'dispatcher.320100',
  'handling-unit': 'unit-cg.320100',
};

/** The path from ACCEPTED to each state, as (action, actor) steps. */
const pathTo: Record<string, [string, string][]> = {
  ACCEPTED: [],
  DISPATCHED: [['dispatch', 'dispatcher.320100']],
  SIGNED_FOR: [
    ['dispatch', 'dispatcher.320100'],
    ['signFor', 'unit-cg.320100'],
  ],
  IN_PROGRESS: [
    ['dispatch', 'dispatcher.320100'],
    ['signFor', 'unit-cg.320100'],
    ['startHandling', 'unit-cg.320100'],
  ],
  RETURNED: [
    ['dispatch', 'dispatcher.320100'],
    ['return', 'unit-cg.320100'],
  ],
  REPLIED: [
    ['dispatch', 'dispatcher.320100'],
    ['signFor', 'unit-cg.320100'],
    ['startHandling', 'unit-cg.320100'],
    ['reply', 'unit-cg.320100'],
  ],
  REVIEWED: [
    ['dispatch', 'dispatcher.320100'],
    ['signFor', 'unit-cg.320100'],
    ['startHandling', 'unit-cg.320100'],
    ['reply', 'unit-cg.320100'],
    ['approveReply', 'dispatcher.320100'],
  ],
  CALLED_BACK: [
    ['dispatch', 'dispatcher.320100'],
    ['signFor', 'unit-cg.320100'],
    ['startHandling', 'unit-cg.320100'],
    ['reply', 'unit-cg.320100'],
    ['approveReply', 'dispatcher.320100'],
    ['callBack', 'agent.320100'],
  ],
  CLOSED: [['answerDirectly', 'agent.320100']],
  ARCHIVED: [
    ['answerDirectly', 'agent.320100'],
    ['archive', 'dispatcher.320100'],
  ],
};
pathTo['REOPENED'] = [
  ...pathTo['CALLED_BACK']!.slice(0, -1),
  ['callBack:dissatisfied', 'agent.320100'],
  ['reopen', 'agent.320100'],
];

describe('the ticket workflow', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startFederation({ provinces: ['320000'], cities: ['320100', '320200'] });
  });

  afterAll(async () => {
    await federation?.close();
  });

  async function create(
    overrides: Record<string, unknown> = {},
    agent = 'agent.320100',
  ): Promise<Ticket> {
    const response = await federation.query<{ createTicket: Ticket }>(
      federation.token(agent),
      `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ${TICKET} } }`,
      {
        input: {
          division: '320106',
          channel: 'PHONE',
          intakeClass: 'COMPLAINT',
          categoryCode: '010101',
          title: '中山路人行道占道经营',
          content: '早晚高峰流动摊贩占用人行道，行人被迫走机动车道。',
          caller: { name: '张三', phone: '13812345678' },
          location: { address: '鼓楼区中山路123号' },
          ...overrides,
        },
      },
    );
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!.createTicket;
  }

  async function act(
    username: string,
    action: string,
    ticket: Pick<Ticket, 'id' | 'version'>,
    extra: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<Record<string, Ticket>>> {
    const [name, variant] = action.split(':');
    const mutation = mutations[name!]!;
    const input = {
      id: ticket.id,
      version: ticket.version,
      ...mutation.input,
      ...(variant === 'dissatisfied'
        ? { satisfaction: 'DISSATISFIED', resolution: 'UNRESOLVED' }
        : {}),
      ...extra,
    };
    return federation.query<Record<string, Ticket>>(
      federation.token(username),
      `mutation ($input: ${inputTypeOf(mutation.field)}!) { ${mutation.field}(input: $input) { ${TICKET} } }`,
      { input },
    );
  }

  async function actOk(
    username: string,
    action: string,
    ticket: Pick<Ticket, 'id' | 'version'>,
    extra: Record<string, unknown> = {},
  ): Promise<Ticket> {
    const response = await act(username, action, ticket, extra);
    expect(
      response.errors,
      `${username} ${action}: ${JSON.stringify(response.errors)}`,
    ).toBeUndefined();
    return response.data![mutations[action.split(':')[0]!]!.field]!;
  }

  async function readTicket(id: string): Promise<Ticket> {
    const answer = await federation.query<{ ticket: Ticket }>(
      federation.token('agent.320100'),
      `query ($id: ID!) { ticket(id: $id) { ${TICKET} } }`,
      { id },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.ticket;
  }

  async function ticketIn(state: string): Promise<Ticket> {
    let ticket = await create();
    for (const [action, actor] of pathTo[state]!) ticket = await actOk(actor, action, ticket);
    expect(ticket.status).toBe(state);
    return ticket;
  }

  /** Arrange what a row's guard needs, beyond reaching its state. */
  async function satisfyGuard(
    action: string,
    ticket: Ticket,
  ): Promise<{ ticket: Ticket; extra: Record<string, unknown> }> {
    if (action === 'approveExtension' || action === 'rejectExtension') {
      return { ticket: await actOk('unit-cg.320100', 'requestExtension', ticket), extra: {} };
    }
    if (action === 'merge') {
      const parent = await create({ title: '同一地点占道经营' });
      return { ticket, extra: { parentId: parent.id } };
    }
    if (action === 'unmerge') {
      const parent = await create({ title: '同一地点占道经营' });
      return {
        ticket: await actOk('agent.320100', 'merge', ticket, { parentId: parent.id }),
        extra: {},
      };
    }
    return { ticket, extra: {} };
  }

  describe('every row of the transition table', () => {
    // A row no user takes (a merged ticket following its parent) is taken in the merge test.
    for (const transition of ticketMachine.transitions.filter((row) => row.roles.length > 0)) {
      const from = transition.action === 'reopen' ? 'REOPENED_SOURCE' : transition.from[0]!;
      it(`${transition.action} (${transition.label}) from ${transition.from.join('/')} → ${transition.to}: allowed for ${transition.roles[0]}, refused in a wrong state and for a wrong role`, async () => {
        const state = from === 'REOPENED_SOURCE' ? 'CALLED_BACK' : from;
        let ticket =
          transition.action === 'reopen'
            ? await (async () => {
                let t = await create();
                for (const [action, actor] of pathTo['REOPENED']!.slice(0, -1))
                  t = await actOk(actor, action, t);
                return t;
              })()
            : await ticketIn(state);
        const arranged = await satisfyGuard(transition.action, ticket);
        ticket = arranged.ticket;

        // A role that may read the ticket but is in no row of this action.
        const outsider = await act('supervisor.320100', transition.action, ticket, arranged.extra);
        expect(outsider.errors?.[0]?.extensions?.['code'], JSON.stringify(outsider.errors)).toBe(
          'INVALID_TRANSITION',
        );
        expect(outsider.errors?.[0]?.message).toContain('需要以下角色之一');

        // 协办反馈 is a co-handling unit's: the dispatch names 320100-sw as one.
        const actor =
          transition.action === 'coReply' ? 'unit-sw.320100' : actorFor[transition.roles[0]!]!;
        const done = await actOk(actor, transition.action, ticket, arranged.extra);
        expect(done.status).toBe(transition.to);
        expect(done.version).toBe(ticket.version + 1);
        expect(done.history.at(-1)).toMatchObject({
          action: transition.action,
          fromState: ticket.status,
          toState: transition.to,
          actor,
        });

        // A state outside the row where the actor still sees the ticket: a handling unit sees
        // only work dispatched to it, so its rows are tried on a REPLIED ticket.
        const wrongState = transition.roles.includes('handling-unit')
          ? 'REPLIED'
          : transition.from.includes('ACCEPTED')
            ? 'ARCHIVED'
            : 'ACCEPTED';
        const elsewhere = await ticketIn(wrongState);
        const refused = await act(
          actor,
          transition.action,
          elsewhere,
          arranged.extra.parentId ? arranged.extra : {},
        );
        expect(refused.errors?.[0]?.extensions?.['code'], JSON.stringify(refused.errors)).toBe(
          'INVALID_TRANSITION',
        );
        expect(refused.errors?.[0]?.extensions?.['allowedActions']).toEqual(expect.any(Array));
        expect(refused.errors?.[0]?.message).toContain(`当前状态为 ${wrongState}`);
      });
    }
  });

  it('takes a ticket around the whole loop, with a working-day due time, history and the actions each user may take', async () => {
    const created = await create();
    expect(created.status).toBe('ACCEPTED');
    expect(created.dueAt).not.toBeNull();
    expect(Date.parse(created.dueAt!)).toBeGreaterThan(Date.now());
    expect(created.allowedActions).toEqual(
      expect.arrayContaining(['answerDirectly', 'dispatch', 'merge']),
    );
    let ticket = await actOk('dispatcher.320100', 'dispatch', created);
    expect(ticket.leadUnit?.code).toBe('320100-cg');
    const asUnit = await federation.query<{ ticket: Ticket }>(
      federation.token('unit-cg.320100'),
      `query ($id: ID!) { ticket(id: $id) { ${TICKET} } }`,
      { id: ticket.id },
    );
    expect(asUnit.data?.ticket.allowedActions).toEqual(['signFor', 'return']);
    for (const [action, actor] of [
      ['signFor', 'unit-cg.320100'],
      ['startHandling', 'unit-cg.320100'],
      ['reply', 'unit-cg.320100'],
      ['approveReply', 'dispatcher.320100'],
      ['callBack', 'agent.320100'],
      ['close', 'agent.320100'],
      ['archive', 'dispatcher.320100'],
    ] as const) {
      ticket = await actOk(actor, action, ticket);
    }
    expect(ticket.status).toBe('ARCHIVED');
    expect(ticket.closedAt).not.toBeNull();
    expect(ticket.satisfaction).toBe('SATISFIED');
    expect(ticket.history.map((entry) => entry.action)).toEqual([
      'accept',
      'dispatch',
      'signFor',
      'startHandling',
      'reply',
      'approveReply',
      'callBack',
      'close',
      'archive',
    ]);
    expect(ticket.allowedActions).toEqual([]);
  });

  it('moves the due time by the approved working days, and lists a ticket past due as overdue', async () => {
    let ticket = await ticketIn('IN_PROGRESS');
    const before = ticket.dueAt!;
    ticket = await actOk('unit-cg.320100', 'requestExtension', ticket);
    expect(ticket.extensionRequest).toEqual({ workingDays: 3, reason: '需协调多个部门联合执法' });
    ticket = await actOk('dispatcher.320100', 'approveExtension', ticket);
    expect(ticket.extensionRequest).toBeNull();
    const days = (Date.parse(ticket.dueAt!) - Date.parse(before)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(3);
    expect(days).toBeLessThanOrEqual(12); // 3 working days, across at most a week-long holiday
    expect(ticket.history.map((entry) => entry.action).slice(-2)).toEqual([
      'requestExtension',
      'approveExtension',
    ]);

    await federation
      .database('320100')
      .updateTable('hotline_ticket')
      .set({ due_at: new Date(Date.now() - 3_600_000) })
      .where('id', '=', ticket.id)
      .execute();
    const overdue = await federation.query<{
      tickets: { nodes: { id: string; overdue: boolean }[] };
    }>(
      federation.token('dispatcher.320100'),
      `{ tickets(filter: { overdue: true }, first: 100) { nodes { id overdue } } }`,
    );
    expect(overdue.errors).toBeUndefined();
    expect(overdue.data!.tickets.nodes).toContainEqual({ id: ticket.id, overdue: true });
    expect(overdue.data!.tickets.nodes.every((node) => node.overdue)).toBe(true);
  });

  it('returns, re-dispatches to another unit, and keeps each unit to its own work', async () => {
    let ticket = await ticketIn('DISPATCHED');
    ticket = await actOk('unit-cg.320100', 'return', ticket);
    expect(ticket.status).toBe('RETURNED');
    expect(ticket.history.at(-1)?.comment).toBe('不属于本单位职责');
    ticket = await actOk('dispatcher.320100', 'redispatch', ticket, { leadUnit: '320100-sw' });
    expect(ticket.leadUnit?.code).toBe('320100-sw');
    const cg = await act('unit-cg.320100', 'signFor', ticket);
    // The former unit no longer sees it at all.
    expect(cg.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const cgInbox = await federation.query<{ ticketInbox: { nodes: { id: string }[] } }>(
      federation.token('unit-cg.320100'),
      `{ ticketInbox(first: 100) { nodes { id } } }`,
    );
    expect(cgInbox.data!.ticketInbox.nodes.map((node) => node.id)).not.toContain(ticket.id);
    const swInbox = await federation.query<{ ticketInbox: { nodes: { id: string }[] } }>(
      federation.token('unit-sw.320100'),
      `{ ticketInbox(first: 100) { nodes { id } } }`,
    );
    expect(swInbox.errors).toBeUndefined();
    expect(swInbox.data!.ticketInbox.nodes.map((node) => node.id)).toContain(ticket.id);
    ticket = await actOk('unit-sw.320100', 'signFor', ticket);
    expect(ticket.status).toBe('SIGNED_FOR');
  });

  it('gives a co-handling unit (协办) its inbox entry and its 协办反馈, seen by the lead, and none of the lead’s part', async () => {
    const asNode = <T>(user: string, query: string, variables?: Record<string, unknown>) =>
      federation.queryNode<T>('320100', federation.token(user), query, variables);
    const inbox = async (user: string) => {
      const answer = await asNode<{
        ticketInbox: { nodes: { id: string; allowedActions: string[] }[] };
      }>(user, '{ ticketInbox(first: 100) { nodes { id allowedActions } } }');
      expect(answer.errors).toBeUndefined();
      return answer.data!.ticketInbox.nodes;
    };
    const onNode = (user: string, action: string, ticket: Pick<Ticket, 'id' | 'version'>) => {
      const { field, input } = mutations[action]!;
      return asNode<Record<string, Ticket>>(
        user,
        `mutation ($input: ${inputTypeOf(field)}!) { ${field}(input: $input) { ${TICKET} } }`,
        { input: { id: ticket.id, version: ticket.version, ...input } },
      );
    };
    const CO_UNIT = 'unit-sw.320100';

    let ticket = await ticketIn('DISPATCHED');
    expect(ticket.coUnits).toEqual([{ code: '320100-sw' }]);
    // Dispatched with 320100-sw co-handling: it waits in that unit's inbox, for its 协办反馈 only.
    expect(await inbox(CO_UNIT)).toContainEqual({ id: ticket.id, allowedActions: ['coReply'] });
    const signing = await onNode(CO_UNIT, 'signFor', ticket);
    expect(signing.errors?.[0]?.extensions?.['code']).toBe('INVALID_TRANSITION');
    expect(signing.errors?.[0]?.message).toContain('只有主办单位 320100-cg 可以办理');
    ticket = await actOk('unit-cg.320100', 'signFor', ticket);
    ticket = await actOk('unit-cg.320100', 'startHandling', ticket);

    const given = await onNode(CO_UNIT, 'coReply', ticket);
    expect(given.errors, JSON.stringify(given.errors)).toBeUndefined();
    ticket = given.data!['coReplyToTicket']!;
    expect(ticket.status).toBe('IN_PROGRESS');
    expect(ticket.coUnitReplies).toEqual([
      {
        unit: { code: '320100-sw' },
        reply: '已配合清理人行道杂物。',
        repliedAt: expect.any(String),
        repliedBy: CO_UNIT,
      },
    ]);
    expect(ticket.history.at(-1)).toMatchObject({
      action: 'coReply',
      fromState: 'IN_PROGRESS',
      toState: 'IN_PROGRESS',
      actor: CO_UNIT,
      comment: '已配合清理人行道杂物。',
    });
    // Given once: it leaves the co-unit's inbox, and a second one is refused.
    expect((await inbox(CO_UNIT)).map((entry) => entry.id)).not.toContain(ticket.id);
    const again = await onNode(CO_UNIT, 'coReply', ticket);
    expect(again.errors?.[0]?.extensions?.['code']).toBe('INVALID_TRANSITION');
    expect(again.errors?.[0]?.message).toContain('已就本次派单作出协办反馈');
    // The lead's part stays the lead's: the co-unit neither replies nor asks for more time.
    for (const action of ['reply', 'requestExtension']) {
      const refused = await onNode(CO_UNIT, action, ticket);
      expect(refused.errors?.[0]?.extensions?.['code'], action).toBe('INVALID_TRANSITION');
    }

    // The lead unit sees the 协办反馈, in its own inbox entry and the ticket's history.
    expect((await inbox('unit-cg.320100')).map((entry) => entry.id)).toContain(ticket.id);
    const asLead = await asNode<{ ticket: Ticket }>(
      'unit-cg.320100',
      `query ($id: ID!) { ticket(id: $id) { ${TICKET} } }`,
      { id: ticket.id },
    );
    expect(asLead.errors).toBeUndefined();
    expect(asLead.data!.ticket.coUnitReplies.map((reply) => reply.unit.code)).toEqual([
      '320100-sw',
    ]);
    expect(asLead.data!.ticket.history.map((entry) => entry.action)).toContain('coReply');
    expect(asLead.data!.ticket.allowedActions).toEqual(['requestExtension', 'reply']);
    ticket = await actOk('unit-cg.320100', 'reply', ticket);
    expect(ticket.status).toBe('REPLIED');

    // The province's replica carries the 协办反馈 (nothing in it is personal).
    const toProvince = federation.syncConsumer('320000', ['320100']);
    await toProvince.registerSources();
    await drain(toProvince, ['320100'], federation);
    const atProvince = await federation.queryNode<{ ticket: Pick<Ticket, 'coUnitReplies'> }>(
      '320000',
      federation.token('supervisor.320000'),
      'query ($id: ID!) { ticket(id: $id) { coUnitReplies { unit { code } reply repliedAt repliedBy } } }',
      { id: ticket.id },
    );
    expect(atProvince.errors).toBeUndefined();
    expect(atProvince.data!.ticket.coUnitReplies).toEqual(ticket.coUnitReplies);
  });

  it('gives the co-handling units a new round with each dispatch', async () => {
    let ticket = await ticketIn('DISPATCHED');
    ticket = await actOk('unit-sw.320100', 'coReply', ticket);
    expect(ticket.coUnitReplies).toHaveLength(1);
    ticket = await actOk('unit-cg.320100', 'return', ticket);
    ticket = await actOk('dispatcher.320100', 'redispatch', ticket, {
      leadUnit: '320100-cg',
      coUnits: ['320100-sw'],
    });
    expect(ticket.coUnitReplies).toEqual([]);
    const inbox = await federation.query<{ ticketInbox: { nodes: { id: string }[] } }>(
      federation.token('unit-sw.320100'),
      '{ ticketInbox(first: 100) { nodes { id } } }',
    );
    expect(inbox.errors).toBeUndefined();
    expect(inbox.data!.ticketInbox.nodes.map((node) => node.id)).toContain(ticket.id);
  });

  it('reopens after a dissatisfied callback with a fresh due time, and refuses to close it', async () => {
    let ticket = await create();
    for (const [action, actor] of pathTo['REOPENED']!.slice(0, -1))
      ticket = await actOk(actor, action, ticket);
    expect(ticket.satisfaction).toBe('DISSATISFIED');
    const close = await act('agent.320100', 'close', ticket);
    expect(close.errors?.[0]?.extensions?.['code']).toBe('INVALID_TRANSITION');
    expect(close.errors?.[0]?.message).toContain('来电人不满意');
    // By the callback its limit has long run out.
    const lapsed = new Date(Date.now() - 86_400_000);
    await federation
      .database('320100')
      .updateTable('hotline_ticket')
      .set({ due_at: lapsed })
      .where('id', '=', ticket.id)
      .execute();
    const node = federation.runtime('320100');
    const clock = { calendar: await workingCalendarOf(node), now: new Date() };
    const ruleFrom = (now: Date) =>
      reopenedDueAt(node, { ...clock, now }, { intake_class: 'COMPLAINT', urgency: 'NORMAL' });
    const before = new Date();
    ticket = await actOk('agent.320100', 'reopen', ticket);
    const after = new Date();
    // 重办 starts the limit again from the reopening, by the rule of its class and urgency.
    expect(ticket.overdue).toBe(false);
    expect(Date.parse(ticket.dueAt!)).toBeGreaterThan(after.getTime());
    expect(Date.parse(ticket.dueAt!)).toBeGreaterThanOrEqual(ruleFrom(before).getTime());
    expect(Date.parse(ticket.dueAt!)).toBeLessThanOrEqual(ruleFrom(after).getTime());
    const reopenedDue = ticket.dueAt;
    ticket = await actOk('dispatcher.320100', 'dispatch', ticket);
    expect(ticket.status).toBe('DISPATCHED');
    expect(ticket.dueAt).toBe(reopenedDue);
  });

  it('refuses a stale version with CONFLICT, and applies one of two simultaneous actions exactly once', async () => {
    const ticket = await ticketIn('DISPATCHED');
    const moved = await actOk('unit-cg.320100', 'signFor', ticket);
    const stale = await act('unit-cg.320100', 'return', ticket);
    expect(stale.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toContain('请刷新后重新操作');

    const [a, b] = await Promise.all([
      act('unit-cg.320100', 'startHandling', moved),
      act('unit-cg.320100', 'return', moved),
    ]);
    const outcomes = [a, b]
      .map((response) => response.errors?.[0]?.extensions?.['code'] ?? 'OK')
      .sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const history = await federation
      .database('320100')
      .selectFrom('record_history')
      .select('action')
      .where('entity_id', '=', moved.id)
      .execute();
    expect(
      history.filter((entry) => entry.action === 'startHandling' || entry.action === 'return'),
    ).toHaveLength(1);
  });

  it('validates input naming the field and changes nothing', async () => {
    const ticket = await ticketIn('ACCEPTED');
    const badUnit = await act('dispatcher.320100', 'dispatch', ticket, {
      leadUnit: '320100-xx',
      coUnits: ['320100-cg', '320100-cg'],
    });
    expect(badUnit.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(badUnit.errors?.[0]?.extensions?.['field']).toBe('input.leadUnit');
    expect(JSON.stringify(badUnit.errors?.[0]?.extensions?.['problems'])).toContain(
      'input.coUnits',
    );
    const noReply = await act('agent.320100', 'answerDirectly', ticket, { reply: '  ' });
    expect(noReply.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.reply',
    });
    const badDays = await act('unit-cg.320100', 'requestExtension', await ticketIn('IN_PROGRESS'), {
      workingDays: 0,
    });
    expect(badDays.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.workingDays',
    });
    const after = await federation
      .database('320100')
      .selectFrom('hotline_ticket')
      .select(['status', 'version', 'lead_unit'])
      .where('id', '=', ticket.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ status: 'ACCEPTED', version: ticket.version, lead_unit: null });
    const badId = await act('dispatcher.320100', 'dispatch', { id: 'nonsense', version: 1 });
    expect(badId.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.id',
    });
  });

  it('suggests duplicates, merges, answers the children with the parent for their own callback, and unmerges before closing', async () => {
    const parent = await create({
      categoryCode: '010104',
      title: '中山路占道经营严重',
      content: '中山路人行道长期被流动摊贩占用',
      location: { address: '鼓楼区中山路125号' },
    });
    const unrelated = await create({
      categoryCode: '010104',
      title: '电梯故障',
      content: '小区电梯频繁停运',
      location: { address: '江东北路88号' },
    });
    const suggestions = await federation.query<{
      ticketDuplicateSuggestions: { ticket: { id: string }; score: number }[];
    }>(
      federation.token('agent.320100'),
      `query ($input: DuplicateQueryInput!) { ticketDuplicateSuggestions(input: $input, first: 10) { ticket { id } score } }`,
      {
        input: {
          division: '320106',
          categoryCode: '010104',
          title: '中山路人行道占道',
          content: '流动摊贩占用人行道',
          address: '鼓楼区中山路123号',
        },
      },
    );
    expect(suggestions.errors).toBeUndefined();
    const ranked = suggestions.data!.ticketDuplicateSuggestions;
    expect(ranked[0]?.ticket.id).toBe(parent.id);
    expect(ranked.map((entry) => entry.ticket.id)).not.toContain(unrelated.id);
    expect(
      ranked.every((entry, index) => index === 0 || ranked[index - 1]!.score >= entry.score),
    ).toBe(true);

    const child = await create();
    const merged = await actOk('agent.320100', 'merge', child, { parentId: parent.id });
    expect(merged.parentTicketId).toBe(parent.id);
    const dispatchChild = await act('dispatcher.320100', 'dispatch', merged);
    expect(dispatchChild.errors?.[0]?.message).toContain('已并入');
    const other = await actOk('agent.320100', 'merge', await create(), { parentId: parent.id });
    const unmerged = await actOk('agent.320100', 'unmerge', other);
    expect(unmerged.parentTicketId).toBeNull();

    const closedParent = await actOk('agent.320100', 'answerDirectly', {
      id: parent.id,
      version: parent.version,
    });
    expect(closedParent.status).toBe('CLOSED');
    expect(closedParent.mergedTicketIds).toEqual([child.id]);
    // The child is answered with its parent and waits for its own caller's callback (回访).
    let childAfter = await readTicket(child.id);
    expect(childAfter.status).toBe('REVIEWED');
    expect(childAfter.reply).toBe(closedParent.reply);
    expect(childAfter.closedAt).toBeNull();
    expect(childAfter.history.at(-1)).toMatchObject({
      action: 'followParent',
      fromState: 'ACCEPTED',
      toState: 'REVIEWED',
      actor: 'agent.320100',
    });
    expect(childAfter.allowedActions).toEqual(['callBack']);
    const lateUnmerge = await act('agent.320100', 'unmerge', childAfter);
    expect(lateUnmerge.errors?.[0]?.extensions?.['code']).toBe('INVALID_TRANSITION');
    childAfter = await actOk('agent.320100', 'callBack', childAfter);
    expect(childAfter.satisfaction).toBe('SATISFIED');
    childAfter = await actOk('agent.320100', 'close', childAfter);
    expect(childAfter.status).toBe('CLOSED');
    expect(childAfter.history.map((entry) => entry.action)).toEqual([
      'accept',
      'merge',
      'followParent',
      'callBack',
      'close',
    ]);
  });

  it('calls back each merged caller when the parent closes after its own callback; a dissatisfied one is reopened on its own', async () => {
    const parent = await create({ title: '同一路段占道经营' });
    const satisfied = await actOk('agent.320100', 'merge', await create(), {
      parentId: parent.id,
    });
    const dissatisfied = await actOk('agent.320100', 'merge', await create(), {
      parentId: parent.id,
    });
    let handled: Ticket = parent;
    for (const [action, actor] of pathTo['CALLED_BACK']!) {
      handled = await actOk(actor, action, handled);
      // Until the parent closes, its children wait merged.
      expect((await readTicket(satisfied.id)).status).toBe('ACCEPTED');
    }
    handled = await actOk('agent.320100', 'close', handled);
    expect(handled.status).toBe('CLOSED');
    for (const merged of [satisfied, dissatisfied]) {
      const child = await readTicket(merged.id);
      expect(child.status).toBe('REVIEWED');
      expect(child.reply).toBe(handled.reply);
    }
    const calledBack = await actOk('agent.320100', 'callBack', await readTicket(satisfied.id));
    expect((await actOk('agent.320100', 'close', calledBack)).status).toBe('CLOSED');
    let unhappy = await actOk(
      'agent.320100',
      'callBack:dissatisfied',
      await readTicket(dissatisfied.id),
    );
    unhappy = await actOk('agent.320100', 'reopen', unhappy);
    expect(unhappy.status).toBe('REOPENED');
    expect(unhappy.parentTicketId).toBeNull();
    unhappy = await actOk('dispatcher.320100', 'dispatch', unhappy);
    expect(unhappy.status).toBe('DISPATCHED');
  });

  it("lists an agent's own tickets", async () => {
    const mine = await create({}, 'agent.320100');
    const response = await federation.query<{ myTickets: { nodes: { id: string }[] } }>(
      federation.token('agent.320100'),
      `{ myTickets(first: 100) { nodes { id } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.myTickets.nodes.map((node) => node.id)).toContain(mine.id);
    const dispatcherOwn = await federation.query<{ myTickets: { nodes: { id: string }[] } }>(
      federation.token('dispatcher.320100'),
      `{ myTickets(first: 100) { nodes { id } } }`,
    );
    expect(dispatcherOwn.data!.myTickets.nodes.map((node) => node.id)).not.toContain(mine.id);
    const rows = await sql<{
      n: string;
    }>`SELECT count(*)::text AS n FROM record_history WHERE entity_id = ${mine.id}`.execute(
      federation.database('320100'),
    );
    expect(rows.rows[0]?.n).toBe('1');
  });
});

function inputTypeOf(field: string): string {
  return (
    {
      answerTicketDirectly: 'AnswerTicketInput',
      replyToTicket: 'AnswerTicketInput',
      dispatchTicket: 'DispatchTicketInput',
      redispatchTicket: 'DispatchTicketInput',
      requestTicketExtension: 'RequestExtensionInput',
      rejectTicketExtension: 'TicketReasonInput',
      returnTicket: 'TicketReasonInput',
      rejectTicketReply: 'TicketReasonInput',
      callBackTicket: 'CallBackTicketInput',
      mergeTicket: 'MergeTicketInput',
      coReplyToTicket: 'CoReplyToTicketInput',
    }[field] ?? 'TicketActionInput'
  );
}
