import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@city-ops/core';
import { ticketsWarnedAhead } from '../support/deadline-rules-file.js';
import { OFFICERS, PERSON_ID } from '../support/enforcement.js';
import { drain, startFederation } from '../support/federation.js';
import type { GraphQLResponse, TestFederation } from '../support/federation.js';

/**
 * The lookups a 12345 desk makes every minute, through the gateway and at the nodes, as
 * the real roles with real tokens: a record by its number (any kind, routed by the
 * number, the province's replica when the city is down), tickets by the caller's phone
 * and the caller's history at intake (agents and dispatchers of the city only, every
 * search audited), the free-text filter, and every record's deadline status.
 */

const CREATE_TICKET = /* GraphQL */ `
  mutation ($input: CreateTicketInput!) {
    createTicket(input: $input) {
      id
      number
      version
    }
  }
`;

const BY_NUMBER = /* GraphQL */ `
  query ($number: String!) {
    recordByNumber(number: $number) {
      __typename
      ... on HotlineTicket {
        id
        number
        title
        caller {
          phone
          masked
        }
        deadlineStatus
        replica {
          source {
            code
          }
        }
      }
      ... on CaseReport {
        id
        number
        deadlineStatus
      }
      ... on EnforcementRecord {
        id
        number
        party {
          name
          masked
        }
        deadlineStatus
      }
    }
  }
`;

const BY_PHONE = /* GraphQL */ `
  query ($phone: String!, $filter: TicketFilter, $first: Int, $after: String) {
    ticketsByCallerPhone(phone: $phone, filter: $filter, first: $first, after: $after) {
      nodes {
        id
        caller {
          phone
          masked
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const HISTORY = /* GraphQL */ `
  query ($phone: String!) {
    callerHistory(phone: $phone) {
      phone
      total
      open
      recent {
        id
        status
        closedAt
      }
    }
  }
`;

const TICKETS = /* GraphQL */ `
  query ($division: String, $filter: TicketFilter) {
    tickets(division: $division, filter: $filter, first: 100) {
      nodes {
        id
        deadlineStatus
        overdue
      }
    }
  }
`;

interface Made {
  id: string;
  number: string;
  version: number;
}

type ByNumber = GraphQLResponse<{
  recordByNumber: {
    __typename: string;
    id: string;
    number: string;
    caller?: { phone: string | null; masked: boolean };
    party?: { name: string; masked: boolean };
    deadlineStatus: string;
    replica?: { source: { code: string } } | null;
  } | null;
}>;

type ByPhone = GraphQLResponse<{
  ticketsByCallerPhone: {
    nodes: { id: string; caller: { phone: string | null; masked: boolean } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}>;

type History = GraphQLResponse<{
  callerHistory: {
    phone: string;
    total: number;
    open: number;
    recent: { id: string; status: string; closedAt: string | null }[];
  };
}>;

const ids = (nodes: readonly { id: string }[] | undefined) => (nodes ?? []).map((node) => node.id);
const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['code'];

/** 南京 warns 30 working days ahead, so a ticket due tomorrow is DUE_SOON whenever the test runs. */
const rulesFile = ticketsWarnedAhead(30);

describe('desk lookups', () => {
  let federation: TestFederation;
  let nanjing: Kysely<Database>;
  const token = (user: string) => federation.token(user);

  /** Tickets logged by 南京's agent: t1 a landline, t2 and t3 one mobile, t4 none. */
  const t: Record<string, Made> = {};
  let wuxi: Made;
  let caseNumber: string;
  let enforcementNumber: string;

  const logTicket = async (
    agent: string,
    division: string,
    fields: { title: string; content: string; phone?: string; address?: string },
  ): Promise<Made> => {
    const made = await federation.query<{ createTicket: Made }>(token(agent), CREATE_TICKET, {
      input: {
        idempotencyKey: randomUUID(),
        division,
        channel: 'PHONE',
        intakeClass: 'COMPLAINT',
        categoryCode: '010202',
        title: fields.title,
        content: fields.content,
        caller: { name: '李四', ...(fields.phone ? { phone: fields.phone } : {}) },
        location: { address: fields.address ?? null },
      },
    });
    expect(made.errors, JSON.stringify(made.errors)).toBeUndefined();
    return made.data!.createTicket;
  };

  /** One audit entry of a caller lookup per search, newest last. */
  const lookups = async () =>
    nanjing
      .selectFrom('audit_log')
      .select(['actor_username', 'entity_ids', 'reason', 'detail', 'scope'])
      .where('action', '=', 'personal-data.lookup')
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    federation = await startFederation({
      provinces: ['320000'],
      cities: ['320100', '320200'],
      proxied: ['320100'],
      environment: { '320100': { DEADLINE_RULES_FILE: rulesFile } },
    });
    nanjing = federation.database('320100');
    t['t1'] = await logTicket('agent.320100', '320106', {
      title: '路口井盖缺失',
      content: '中山北路与湖南路路口东南角井盖缺失，电动车险些掉入。',
      phone: '025-8400 1234',
      address: '鼓楼区中山北路100号',
    });
    t['t2'] = await logTicket('agent.320100', '320102', {
      title: '占道经营',
      content: '人行道被流动摊贩占用，影响通行。',
      phone: '+86 139 0000 1111',
      address: '玄武区北京东路41号',
    });
    t['t3'] = await logTicket('agent.320100', '320104', {
      title: '噪音扰民',
      content: '夜间施工噪音很大，无法入睡。',
      phone: '13900001111',
    });
    t['t4'] = await logTicket('agent.320100', '320106', {
      title: '路灯不亮',
      content: '小区门口路灯坏了。',
    });
    wuxi = await logTicket('agent.320200', '320205', {
      title: '占道经营',
      content: '无锡的同一位来电人。',
      phone: '13900001111',
    });
    // t2 goes to 320100-cg; t3 is answered on the call (直办) and closed.
    const dispatched = await federation.query(
      token('dispatcher.320100'),
      `mutation ($i: DispatchTicketInput!) { dispatchTicket(input: $i) { id } }`,
      { i: { id: t['t2']!.id, version: t['t2']!.version, leadUnit: '320100-cg' } },
    );
    expect(dispatched.errors).toBeUndefined();
    const answered = await federation.query(
      token('agent.320100'),
      `mutation ($i: AnswerTicketInput!) { answerTicketDirectly(input: $i) { id } }`,
      {
        i: { id: t['t3']!.id, version: t['t3']!.version, reply: '已告知', resolution: 'RESOLVED' },
      },
    );
    expect(answered.errors).toBeUndefined();
    // Due times for the deadline states, whatever the hour the test runs at.
    const day = 86_400_000;
    const dueIn = async (id: string, ms: number | null) =>
      nanjing
        .updateTable('hotline_ticket')
        .set({ due_at: ms === null ? null : new Date(Date.now() + ms) })
        .where('id', '=', id)
        .execute();
    await dueIn(t['t1']!.id, -day);
    await dueIn(t['t2']!.id, day);
    await dueIn(t['t4']!.id, 400 * day);

    const reported = await federation.query<{ reportCase: { number: string } }>(
      token('dispatcher.320100'),
      `mutation ($i: ReportCaseInput!) { reportCase(input: $i) { number } }`,
      {
        i: {
          division: '320106',
          source: 'PUBLIC',
          type: 'EVENT',
          majorClass: 'CITY_APPEARANCE',
          minorCode: '0101',
          description: '中山路人行道暴露垃圾，约两立方米',
          address: '中山路与北京西路交叉口东北角',
        },
      },
    );
    expect(reported.errors).toBeUndefined();
    caseNumber = reported.data!.reportCase.number;
    const filed = await federation.query<{ fileEnforcementCase: { number: string } }>(
      token('officer.320100'),
      `mutation ($i: FileEnforcementCaseInput!) { fileEnforcementCase(input: $i) { number } }`,
      {
        i: {
          division: '320106',
          source: 'PATROL',
          violatedArticle: '《江苏省城市市容和环境卫生管理条例》第二十四条',
          penaltyArticle: '《江苏省城市市容和环境卫生管理条例》第四十七条',
          party: { kind: 'PERSON', name: '李四', idNumber: PERSON_ID },
          officers: OFFICERS,
          procedure: 'ORDINARY',
        },
      },
    );
    expect(filed.errors).toBeUndefined();
    enforcementNumber = filed.data!.fileEnforcementCase.number;
  });

  afterAll(async () => {
    await federation?.close();
    rmSync(dirname(rulesFile), { recursive: true, force: true });
  });

  it('through the gateway, an agent finds a ticket by number and by phone in one request each', async () => {
    const agent = token('agent.320100');
    const byNumber: ByNumber = await federation.query(agent, BY_NUMBER, {
      number: t['t1']!.number,
    });
    expect(byNumber.errors).toBeUndefined();
    expect(byNumber.data?.recordByNumber).toEqual({
      __typename: 'HotlineTicket',
      id: t['t1']!.id,
      number: t['t1']!.number,
      title: '路口井盖缺失',
      caller: { phone: '02584001234', masked: false },
      deadlineStatus: 'OVERDUE',
      replica: null,
    });
    const byPhone: ByPhone = await federation.query(agent, BY_PHONE, {
      phone: '+86 25 8400-1234',
    });
    expect(byPhone.errors).toBeUndefined();
    expect(byPhone.data?.ticketsByCallerPhone.nodes).toEqual([
      { id: t['t1']!.id, caller: { phone: '02584001234', masked: false } },
    ]);
    // The search is audited as a read of personal data, naming what it showed.
    expect((await lookups()).at(-1)).toEqual({
      actor_username: 'agent.320100',
      entity_ids: [t['t1']!.id],
      reason: "ticketsByCallerPhone: tickets found by the caller's phone",
      detail: { phone: '025****1234' },
      scope: '320100',
    });
  });

  it('finds a number of any kind for whoever reads that kind, typed carelessly too', async () => {
    const ask = (user: string, number: string): Promise<ByNumber> =>
      federation.query(token(user), BY_NUMBER, { number });
    const ticket = await ask('agent.320100', `  ${t['t2']!.number.toLowerCase()} `);
    expect(ticket.data?.recordByNumber).toMatchObject({
      id: t['t2']!.id,
      deadlineStatus: 'DUE_SOON',
    });
    const caseReport = await ask('dispatcher.320100', caseNumber);
    expect(caseReport.errors).toBeUndefined();
    expect(caseReport.data?.recordByNumber).toMatchObject({
      __typename: 'CaseReport',
      number: caseNumber,
      deadlineStatus: 'NORMAL',
    });
    const record = await ask('officer.320100', enforcementNumber);
    expect(record.data?.recordByNumber).toMatchObject({
      __typename: 'EnforcementRecord',
      number: enforcementNumber,
      party: { name: '李四', masked: false },
      deadlineStatus: 'NORMAL',
    });
    // A provincial supervisor reads the city's live record, masked.
    const supervised = await ask('supervisor.320000', t['t1']!.number);
    expect(supervised.data?.recordByNumber).toMatchObject({
      id: t['t1']!.id,
      caller: { phone: '025****1234', masked: true },
      replica: null,
    });
    // The unit reads the ticket dispatched to it.
    expect((await ask('unit-cg.320100', t['t2']!.number)).data?.recordByNumber).toMatchObject({
      id: t['t2']!.id,
    });
  });

  it('answers a number the caller may not read exactly as a number nobody has, at the gateway and at the node', async () => {
    const nobody = '32010020990101999999';
    // Another city's agent, another province's supervisor: the gateway answers for the
    // number alone. (Asked directly, a node refuses a caller from outside its division
    // whatever the question.)
    const elsewhere: [string, string][] = [
      ['agent.320200', t['t1']!.number],
      ['supervisor.330000', t['t1']!.number],
      ['agent.320100', wuxi.number],
    ];
    // Inside the division: a unit, for a ticket not its own; an agent, for a case (agents
    // read no cases); a dispatcher, for an enforcement record. Both doors answer alike.
    const inside: [string, string][] = [
      ['unit-cg.320100', t['t1']!.number],
      ['agent.320100', caseNumber],
      ['dispatcher.320100', enforcementNumber],
    ];
    const missing = { status: 200, data: { recordByNumber: null } };
    for (const [user, number] of [...elsewhere, ...inside]) {
      for (const asked of [number, nobody]) {
        const viaGateway = await federation.query(token(user), BY_NUMBER, { number: asked });
        expect(viaGateway, `${user} asks ${asked}`).toEqual(missing);
      }
    }
    for (const [user, number] of inside) {
      for (const asked of [number, nobody]) {
        const atNode = await federation.queryNode('320100', token(user), BY_NUMBER, {
          number: asked,
        });
        expect(atNode, `${user} asks ${asked} at the node`).toEqual(missing);
      }
    }
  });

  it('refuses a malformed number and a token that reads no record kind, alike at both doors', async () => {
    for (const send of [
      (user: string, number: string) => federation.query(token(user), BY_NUMBER, { number }),
      (user: string, number: string) =>
        federation.queryNode('320100', token(user), BY_NUMBER, { number }),
    ]) {
      for (const number of ['3201-0020', '', '3'.repeat(41)]) {
        const bad = await send('agent.320100', number);
        expect(codeOf(bad), number).toBe('BAD_USER_INPUT');
        expect(bad.errors?.[0]?.extensions?.['field']).toBe('number');
        expect(bad.errors?.[0]?.message).toMatch(
          /1–40 位字母和数字，以所属城市的六位行政区划代码开头/,
        );
      }
      const auditor = await send('auditor.320100', t['t1']!.number);
      expect(codeOf(auditor)).toBe('FORBIDDEN');
      expect(auditor.errors?.[0]?.message).toMatch(
        /^您无权执行 ticket\.read、case\.read、enforcement\.read 中的任何一项：/,
      );
    }
  });

  it('reads the province’s masked replica by number when the city does not answer, and says so', async () => {
    const province = federation.syncConsumer('320000', ['320100']);
    await province.registerSources();
    await drain(province, ['320100'], federation);
    const proxy = federation.proxy('320100');
    proxy.up = false;
    try {
      const replica: ByNumber = await federation.query(token('agent.320100'), BY_NUMBER, {
        number: t['t1']!.number,
      });
      expect(replica.data?.recordByNumber).toMatchObject({
        id: t['t1']!.id,
        caller: { phone: '025****1234', masked: true },
        replica: { source: { code: '320100' } },
      });
      expect(replica.errors).toHaveLength(1);
      expect(replica.errors?.[0]?.extensions).toMatchObject({
        code: 'NODE_UNAVAILABLE',
        node: '320100',
      });
      // Phones are held unmasked only by the city: no replica answers for it, and the list
      // says the city did not answer rather than that the caller has no tickets.
      const byPhone: ByPhone = await federation.query(token('agent.320100'), BY_PHONE, {
        phone: '02584001234',
      });
      expect(byPhone.data?.ticketsByCallerPhone.nodes).toEqual([]);
      expect(byPhone.errors).toHaveLength(1);
      expect(byPhone.errors?.[0]?.extensions).toMatchObject({
        code: 'NODE_UNAVAILABLE',
        node: '320100',
      });
      const history = await federation.query(token('agent.320100'), HISTORY, {
        phone: '02584001234',
      });
      expect(history.data ?? null).toBeNull();
      expect(history.errors?.[0]?.extensions).toMatchObject({
        code: 'NODE_UNAVAILABLE',
        node: '320100',
      });
    } finally {
      proxy.up = true;
    }
  });

  it('resolves a looked-up ticket’s supervision orders from the province, as for a ticket read by id', async () => {
    const province = federation.syncConsumer('320000', ['320100']);
    await province.registerSources();
    await drain(province, ['320100'], federation);
    const issued = await federation.query(
      token('supervisor.320000'),
      `mutation ($input: IssueSupervisionOrderInput!) { issueSupervisionOrder(input: $input) { id } }`,
      {
        input: {
          recordId: t['t4']!.id,
          recordKind: 'HOTLINE_TICKET',
          level: 'LISTED',
          deadline: new Date(Date.now() + 5 * 86_400_000).toISOString(),
          instructions: '三日内处理到位并反馈。',
        },
      },
    );
    expect(issued.errors).toBeUndefined();
    const looked = await federation.query<{
      recordByNumber: { id: string; supervisionOrders: { level: string }[] };
    }>(
      token('dispatcher.320100'),
      `query ($number: String!) { recordByNumber(number: $number) { ... on HotlineTicket { id supervisionOrders { level } } } }`,
      { number: t['t4']!.number },
    );
    expect(looked.errors).toBeUndefined();
    expect(looked.data?.recordByNumber).toEqual({
      id: t['t4']!.id,
      supervisionOrders: [{ level: 'LISTED' }],
    });
  });

  it('lets only the city’s agents and dispatchers look callers up, at the city’s node, and audits every search', async () => {
    const before = (await lookups()).length;
    const asDispatcher: ByPhone = await federation.query(token('dispatcher.320100'), BY_PHONE, {
      phone: '139-0000-1111',
    });
    expect(asDispatcher.errors).toBeUndefined();
    // 无锡's ticket of the same phone is not 南京's.
    expect(ids(asDispatcher.data?.ticketsByCallerPhone.nodes)).toEqual([t['t3']!.id, t['t2']!.id]);
    const nothing: ByPhone = await federation.query(token('agent.320100'), BY_PHONE, {
      phone: '13711112222',
    });
    expect(nothing.data?.ticketsByCallerPhone.nodes).toEqual([]);
    const after = await lookups();
    expect(after.length).toBe(before + 2);
    expect(after.at(-1)).toMatchObject({ entity_ids: [], detail: { phone: '137****2222' } });

    for (const user of [
      'unit-cg.320100',
      'supervisor.320100',
      'officer.320100',
      'supervisor.320000',
    ]) {
      for (const query of [BY_PHONE, HISTORY]) {
        const refused = await federation.query(token(user), query, { phone: '13900001111' });
        expect(codeOf(refused), user).toBe('FORBIDDEN');
        expect(refused.errors?.[0]?.message).toMatch(/^您无权执行 caller\.lookup：/);
      }
    }
    // Asked directly, the province holds no phone of 南京 to search.
    for (const node of ['320000']) {
      const elsewhere = await federation.queryNode(node, token('agent.320100'), BY_PHONE, {
        phone: '13900001111',
      });
      expect(codeOf(elsewhere), node).toBe('NOT_OWNER');
      expect(elsewhere.errors?.[0]?.extensions?.['owner']).toBe('320100');
      expect(elsewhere.errors?.[0]?.message).toMatch(/只保存在城市节点 320100 南京市/);
    }
    for (const phone of ['84001234', '12345', '']) {
      const bad = await federation.query(token('agent.320100'), HISTORY, { phone });
      expect(codeOf(bad), phone).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0]?.extensions?.['field']).toBe('phone');
    }
    // Refusals searched nothing and are not lookups.
    expect((await lookups()).length).toBe(before + 2);
  });

  it('gives the caller’s history at intake: counts, and the last 10 with the open ones first', async () => {
    const history: History = await federation.query(token('agent.320100'), HISTORY, {
      phone: '0086 139 0000 1111',
    });
    expect(history.errors).toBeUndefined();
    expect(history.data?.callerHistory).toMatchObject({ phone: '13900001111', total: 2, open: 1 });
    // t2 is open; t3, newer, was closed on the call.
    expect(ids(history.data?.callerHistory.recent)).toEqual([t['t2']!.id, t['t3']!.id]);
    expect((await lookups()).at(-1)).toMatchObject({
      actor_username: 'agent.320100',
      entity_ids: [t['t2']!.id, t['t3']!.id],
      reason: "callerHistory: tickets found by the caller's phone",
    });

    // A frequent caller: 12 tickets, the two newest answered on the call.
    const frequent: Made[] = [];
    for (let index = 0; index < 12; index += 1) {
      frequent.push(
        await logTicket('agent.320100', '320106', {
          title: `反映问题 ${index}`,
          content: '同一位来电人。',
          phone: '13600001234',
        }),
      );
    }
    for (const made of frequent.slice(-2)) {
      const closed = await federation.query(
        token('agent.320100'),
        `mutation ($i: AnswerTicketInput!) { answerTicketDirectly(input: $i) { id } }`,
        { i: { id: made.id, version: made.version, reply: '已答复', resolution: 'RESOLVED' } },
      );
      expect(closed.errors).toBeUndefined();
    }
    const many: History = await federation.query(token('dispatcher.320100'), HISTORY, {
      phone: '136 0000 1234',
    });
    expect(many.data?.callerHistory).toMatchObject({ total: 12, open: 10 });
    expect(ids(many.data?.callerHistory.recent)).toEqual(
      frequent
        .slice(0, 10)
        .map((made) => made.id)
        .reverse(),
    );
    // The full list pages through all twelve, newest first.
    const first: ByPhone = await federation.query(token('agent.320100'), BY_PHONE, {
      phone: '13600001234',
      first: 7,
    });
    const rest: ByPhone = await federation.query(token('agent.320100'), BY_PHONE, {
      phone: '13600001234',
      first: 7,
      after: first.data?.ticketsByCallerPhone.pageInfo.endCursor,
    });
    expect([
      ...ids(first.data?.ticketsByCallerPhone.nodes),
      ...ids(rest.data?.ticketsByCallerPhone.nodes),
    ]).toEqual(frequent.map((made) => made.id).reverse());
    expect(rest.data?.ticketsByCallerPhone.pageInfo.hasNextPage).toBe(false);
  });

  it('searches words of any length in Chinese, and the address only for those who see it', async () => {
    const search = async (user: string, text: string, division?: string) => {
      const response = await federation.query<{ tickets: { nodes: { id: string }[] } }>(
        token(user),
        TICKETS,
        { division, filter: { text } },
      );
      expect(response.errors, `${user} ${text}`).toBeUndefined();
      return ids(response.data?.tickets.nodes).sort();
    };
    expect(await search('agent.320100', '井')).toEqual([t['t1']!.id]);
    expect(await search('agent.320100', '井盖')).toEqual([t['t1']!.id]);
    expect(await search('agent.320100', '路口井盖')).toEqual([t['t1']!.id]);
    expect(await search('agent.320100', '噪音 施工')).toEqual([t['t3']!.id]);
    // 100号 is only in t1's address: the agent sees it, the province only as 中山北路***.
    expect(await search('agent.320100', '100号')).toEqual([t['t1']!.id]);
    expect(await search('supervisor.320000', '100号')).toEqual([]);
    expect(await search('supervisor.320000', '占道经营', '320000')).toEqual(
      [t['t2']!.id, wuxi.id].sort(),
    );
    const cases = await federation.query<{ caseReports: { nodes: { number: string }[] } }>(
      token('dispatcher.320100'),
      `{ caseReports(filter: { text: "暴露垃圾" }) { nodes { number } } }`,
    );
    expect(cases.data?.caseReports.nodes).toEqual([{ number: caseNumber }]);
    const records = await federation.query<{ enforcementRecords: { nodes: { number: string }[] } }>(
      token('officer.320100'),
      `{ enforcementRecords(filter: { text: "第二十四条" }) { nodes { number } } }`,
    );
    expect(records.data?.enforcementRecords.nodes).toEqual([{ number: enforcementNumber }]);
  });

  it('gives every record its deadline status, and lists by it as the overdue filter does', async () => {
    const list = async (filter: Record<string, unknown>, user = 'dispatcher.320100') => {
      const response = await federation.query<{
        tickets: { nodes: { id: string; deadlineStatus: string; overdue: boolean }[] };
      }>(token(user), TICKETS, { filter });
      expect(response.errors, JSON.stringify(filter)).toBeUndefined();
      return response.data!.tickets.nodes;
    };
    const everything = await list({});
    const statusOf = Object.fromEntries(everything.map((node) => [node.id, node.deadlineStatus]));
    expect(statusOf[t['t1']!.id]).toBe('OVERDUE');
    expect(statusOf[t['t2']!.id]).toBe('DUE_SOON');
    expect(statusOf[t['t3']!.id]).toBe('NORMAL');
    expect(statusOf[t['t4']!.id]).toBe('NORMAL');
    for (const node of everything)
      expect(node.overdue, node.id).toBe(node.deadlineStatus === 'OVERDUE');
    for (const states of [['OVERDUE'], ['DUE_SOON'], ['NORMAL'], ['DUE_SOON', 'OVERDUE']]) {
      const filtered = await list({ deadlineStatus: states });
      expect(ids(filtered).sort(), states.join()).toEqual(
        everything
          .filter((node) => states.includes(node.deadlineStatus))
          .map((node) => node.id)
          .sort(),
      );
    }
    expect(ids(await list({ overdue: true }))).toEqual(
      ids(await list({ deadlineStatus: ['OVERDUE'] })),
    );
    // Due ranges, alone and with the text filter.
    const now = Date.now();
    const day = 86_400_000;
    const dueSoon = await list({
      dueFrom: new Date(now).toISOString(),
      dueBefore: new Date(now + 2 * day).toISOString(),
    });
    expect(ids(dueSoon)).toEqual([t['t2']!.id]);
    expect(ids(await list({ dueFrom: new Date(now).toISOString(), text: '路灯' }))).toEqual([
      t['t4']!.id,
    ]);
    const backwards = await federation.query(token('dispatcher.320100'), TICKETS, {
      filter: {
        dueFrom: new Date(now).toISOString(),
        dueBefore: new Date(now - day).toISOString(),
      },
    });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.dueBefore',
    });
    expect(backwards.errors?.[0]?.message).toBe('filter.dueBefore：应晚于 filter.dueFrom。');
  });
});
