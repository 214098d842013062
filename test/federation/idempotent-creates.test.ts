import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncConsumer } from '@city-ops/core';
import { drain, startFederation } from '../support/federation.js';
import type { GraphQLResponse, TestFederation } from '../support/federation.js';
import { OFFICERS, PERSON_ID } from '../support/enforcement.js';

/**
 * Every create mutation takes an idempotency key: a retry of a request whose answer
 * was lost answers with the record the first one made instead of making another.
 * One table of the six creates, the same checks over each, at the node that serves
 * it; then simultaneous requests, and a retry through the gateway after the gateway
 * lost the node's answer.
 */

type Input = Record<string, unknown>;

interface CreateMutation {
  mutation: string;
  inputType: string;
  /** The node that serves it. */
  node: string;
  /** The table its records are stored in. */
  table: string;
  /** Who sends it, and a second user allowed to. */
  user: () => string;
  otherUser: () => string;
  /** A fresh valid input, without a key (arranging what it needs). */
  input: (label: string) => Promise<Input>;
  /** The same request changed in one field, still valid. */
  changed: (input: Input) => Input;
  /** A request the node refuses (inside the create's transaction where one can be), and its error. */
  refused: (input: Input) => { input: Input; code: string; field?: string };
}

const ticketInput = (title: string): Input => ({
  division: '320102',
  channel: 'PHONE',
  intakeClass: 'COMPLAINT',
  categoryCode: '010101',
  title,
  content: '夜市摊贩长期占用人行道。',
  caller: { name: '赵六', phone: '13800002222' },
  location: { address: '玄武区长江路8号' },
});

const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['code'];

describe('idempotency keys on create mutations', () => {
  let federation: TestFederation;
  let toProvince: SyncConsumer;
  /** A ticket whose replica the province holds, for supervision orders. */
  let supervisedTicketId: string;

  const CREATE_TICKET = `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id status version } }`;

  const newTicket = async (title: string): Promise<string> => {
    const answer = await federation.queryNode<{ createTicket: { id: string } }>(
      '320100',
      federation.token('agent.320100'),
      CREATE_TICKET,
      { input: ticketInput(title) },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.createTicket.id;
  };

  /** A user of the same role as `username` with a subject of their own (the realm has one supervisor per province). */
  const colleagueOf = (username: string) =>
    federation.identity.issueToken(username, {
      sub: randomUUID(),
      preferred_username: `colleague-of-${username}`,
    });

  const creates: CreateMutation[] = [
    {
      mutation: 'createTicket',
      inputType: 'CreateTicketInput',
      node: '320100',
      table: 'hotline_ticket',
      user: () => federation.token('agent.320100'),
      otherUser: () => federation.token('dispatcher.320100'),
      input: async (label) => ticketInput(`占道经营 ${label}`),
      changed: (input) => ({ ...input, content: '换了内容。' }),
      refused: (input) => ({
        input: { ...input, title: 'x'.repeat(101) },
        code: 'BAD_USER_INPUT',
        field: 'input.title',
      }),
    },
    {
      mutation: 'reportCase',
      inputType: 'ReportCaseInput',
      node: '320100',
      table: 'case_report',
      user: () => federation.token('inspector.320100'),
      otherUser: () => federation.token('dispatcher.320100'),
      input: async (label) => ({
        division: '320106',
        source: 'INSPECTOR',
        type: 'EVENT',
        majorClass: 'CITY_APPEARANCE',
        minorCode: '0101',
        description: `中山路人行道暴露垃圾 ${label}`,
        address: '中山路与北京西路交叉口东北角',
      }),
      changed: (input) => ({ ...input, address: '北京西路1号' }),
      refused: (input) => ({
        input: { ...input, description: '' },
        code: 'BAD_USER_INPUT',
        field: 'input.description',
      }),
    },
    {
      mutation: 'convertTicketToCase',
      inputType: 'ConvertTicketToCaseInput',
      node: '320100',
      table: 'case_report',
      user: () => federation.token('agent.320100'),
      otherUser: () => federation.token('dispatcher.320100'),
      input: async (label) => ({
        ticketId: await newTicket(`待转办 ${label}`),
        type: 'EVENT',
        majorClass: 'CITY_APPEARANCE',
        minorCode: '0101',
      }),
      changed: (input) => ({ ...input, description: '转办时改写的描述。' }),
      // Checked after the ticket is read, inside the transaction that holds the key row.
      refused: (input) => ({
        input: { ...input, description: 'x'.repeat(4001) },
        code: 'BAD_USER_INPUT',
        field: 'input.description',
      }),
    },
    {
      mutation: 'fileEnforcementCase',
      inputType: 'FileEnforcementCaseInput',
      node: '320100',
      table: 'enforcement_record',
      user: () => federation.token('officer.320100'),
      otherUser: () => federation.token('officer2.320100'),
      input: async (label) => ({
        division: '320106',
        source: 'PATROL',
        violatedArticle: `《江苏省城市市容和环境卫生管理条例》第二十四条 ${label}`,
        penaltyArticle: '《江苏省城市市容和环境卫生管理条例》第四十七条',
        party: { kind: 'PERSON', name: '李四', idNumber: PERSON_ID },
        officers: OFFICERS,
        procedure: 'ORDINARY',
      }),
      changed: (input) => ({
        ...input,
        party: { kind: 'PERSON', name: '王五', idNumber: PERSON_ID },
      }),
      // The link is looked up inside the transaction that holds the key row.
      refused: (input) => ({
        input: { ...input, linkedTicketId: `320100-${randomUUID()}` },
        code: 'BAD_USER_INPUT',
        field: 'input.linkedTicketId',
      }),
    },
    {
      mutation: 'issueSupervisionOrder',
      inputType: 'IssueSupervisionOrderInput',
      node: '320000',
      table: 'supervision_order',
      user: () => federation.token('supervisor.320000'),
      otherUser: () => colleagueOf('supervisor.320000'),
      input: async (label) => ({
        recordId: supervisedTicketId,
        recordKind: 'HOTLINE_TICKET',
        level: 'ROUTINE',
        deadline: new Date(Date.now() + 5 * 86_400_000).toISOString(),
        instructions: `请于五个工作日内办结并反馈。${label}`,
      }),
      changed: (input) => ({ ...input, level: 'LISTED' }),
      // A record the province does not hold is found missing inside the transaction.
      refused: (input) => ({
        input: { ...input, recordId: `320100-${randomUUID()}` },
        code: 'NOT_FOUND',
      }),
    },
    {
      mutation: 'issueDirective',
      inputType: 'IssueDirectiveInput',
      node: '000000',
      table: 'directive',
      user: () => federation.token('analyst.000000'),
      otherUser: () => colleagueOf('analyst.000000'),
      input: async (label) => ({
        division: '320000',
        title: `汛期城市运行安全 ${label}`,
        body: '各地加强排水设施巡查，每周报告。',
      }),
      changed: (input) => ({ ...input, body: '各地加强排水设施巡查，每日报告。' }),
      refused: (input) => ({
        input: { ...input, title: 'x' },
        code: 'BAD_USER_INPUT',
        field: 'input.title',
      }),
    },
  ];

  const send = (create: CreateMutation, token: string, input: Input) =>
    federation.queryNode<Record<string, { id: string }>>(
      create.node,
      token,
      `mutation ($input: ${create.inputType}!) { ${create.mutation}(input: $input) { id } }`,
      { input },
    );

  const idOf = (
    create: CreateMutation,
    answer: GraphQLResponse<Record<string, { id: string }>>,
  ) => {
    expect(answer.errors, create.mutation).toBeUndefined();
    return answer.data![create.mutation]!.id;
  };

  const countRows = async (division: string, table: string) => {
    const { rows } = await sql<{ count: string }>`
      SELECT count(*)::text AS count FROM ${sql.table(table)}`.execute(
      federation.database(division),
    );
    return Number(rows[0]?.count ?? 0);
  };

  const keyRows = (division: string, key: string) =>
    federation
      .database(division)
      .selectFrom('idempotency_key')
      .selectAll()
      .where('key', '=', key)
      .execute();

  beforeAll(async () => {
    federation = await startFederation({
      ministry: true,
      provinces: ['320000'],
      cities: ['320100'],
      proxied: ['320100'],
    });
    toProvince = federation.syncConsumer('320000', ['320100']);
    await toProvince.registerSources();
    supervisedTicketId = await newTicket('督办对象');
    await drain(toProvince, ['320100'], federation);
  });

  afterAll(async () => {
    await federation?.close();
  });

  describe.each(creates.map((create) => [create.mutation, create] as const))(
    '%s',
    (_name, create) => {
      it('the same key and input twice make one record and answer with it both times', async () => {
        const key = randomUUID();
        const input = { ...(await create.input(key)), idempotencyKey: key };
        const before = await countRows(create.node, create.table);
        const first = idOf(create, await send(create, create.user(), input));
        expect(await countRows(create.node, create.table)).toBe(before + 1);
        const changesAfterFirst = await countRows(create.node, 'change_log');

        const again = idOf(create, await send(create, create.user(), input));
        expect(again).toBe(first);
        expect(await countRows(create.node, create.table)).toBe(before + 1);
        // Nothing was written the second time: no change left for sync.
        expect(await countRows(create.node, 'change_log')).toBe(changesAfterFirst);
        expect(await keyRows(create.node, key)).toMatchObject([
          { operation: create.mutation, result_id: first },
        ]);
      });

      it('the same key with another input is CONFLICT and makes nothing', async () => {
        const key = randomUUID();
        const input = { ...(await create.input(key)), idempotencyKey: key };
        idOf(create, await send(create, create.user(), input));
        const before = await countRows(create.node, create.table);
        const other = await send(create, create.user(), create.changed(input));
        expect(codeOf(other), JSON.stringify(other.errors)).toBe('CONFLICT');
        expect(other.errors?.[0]?.extensions?.['field']).toBe('input.idempotencyKey');
        expect(other.errors?.[0]?.message).toContain('已用于另一个不同的');
        expect(await countRows(create.node, create.table)).toBe(before);
      });

      it("another user's request with the same key is their own", async () => {
        const key = randomUUID();
        const mine = idOf(
          create,
          await send(create, create.user(), { ...(await create.input(key)), idempotencyKey: key }),
        );
        const theirs = idOf(
          create,
          await send(create, create.otherUser(), {
            ...(await create.input(`${key} b`)),
            idempotencyKey: key,
          }),
        );
        expect(theirs).not.toBe(mine);
        expect(await keyRows(create.node, key)).toHaveLength(2);
      });

      it('a malformed key is BAD_USER_INPUT naming input.idempotencyKey, and nothing is made', async () => {
        const input = await create.input(randomUUID());
        const before = await countRows(create.node, create.table);
        for (const key of ['', 'with space', 'k'.repeat(129), '键', 'a/b']) {
          const answer = await send(create, create.user(), { ...input, idempotencyKey: key });
          expect(codeOf(answer), key).toBe('BAD_USER_INPUT');
          expect(answer.errors?.[0]?.extensions?.['field']).toBe('input.idempotencyKey');
        }
        expect(await countRows(create.node, create.table)).toBe(before);
        // The longest and the recommended forms pass.
        idOf(
          create,
          await send(create, create.user(), { ...input, idempotencyKey: 'k'.repeat(128) }),
        );
      });

      it('a refused create leaves no key: the corrected request with the same key goes through', async () => {
        const key = randomUUID();
        const input = { ...(await create.input(key)), idempotencyKey: key };
        const refusal = create.refused(input);
        const refused = await send(create, create.user(), refusal.input);
        expect(codeOf(refused), JSON.stringify(refused.errors)).toBe(refusal.code);
        if (refusal.field) expect(refused.errors?.[0]?.extensions?.['field']).toBe(refusal.field);
        expect(await keyRows(create.node, key)).toEqual([]);
        const before = await countRows(create.node, create.table);
        idOf(create, await send(create, create.user(), input));
        expect(await countRows(create.node, create.table)).toBe(before + 1);
      });
    },
  );

  it('a retry answers with the record as it is now, read as the caller may see it', async () => {
    const key = randomUUID();
    const input = { ...ticketInput('路灯不亮'), idempotencyKey: key };
    const agent = federation.token('agent.320100');
    const created = await federation.queryNode<{
      createTicket: { id: string; status: string; version: number };
    }>('320100', agent, CREATE_TICKET, { input });
    expect(created.errors).toBeUndefined();
    const { id } = created.data!.createTicket;
    const dispatched = await federation.queryNode(
      '320100',
      federation.token('dispatcher.320100'),
      `mutation ($i: DispatchTicketInput!) { dispatchTicket(input: $i) { id } }`,
      { i: { id, version: 1, leadUnit: '320100-cg' } },
    );
    expect(dispatched.errors).toBeUndefined();
    const retried = await federation.queryNode<{
      createTicket: { id: string; status: string; version: number; caller: { name: string } };
    }>(
      '320100',
      agent,
      `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id status version caller { name } } }`,
      { input },
    );
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.createTicket).toEqual({
      id,
      status: 'DISPATCHED',
      version: 2,
      caller: { name: '赵六' },
    });
  });

  it('simultaneous requests with one key make one ticket, and every answer names it', async () => {
    const key = randomUUID();
    const title = `同时提交 ${key}`;
    const agent = federation.token('agent.320100');
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        federation.queryNode<{ createTicket: { id: string } }>('320100', agent, CREATE_TICKET, {
          input: { ...ticketInput(title), idempotencyKey: key },
        }),
      ),
    );
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const stored = await federation
      .database('320100')
      .selectFrom('hotline_ticket')
      .select('id')
      .where('title', '=', title)
      .execute();
    expect(stored).toHaveLength(1);
    expect(new Set(answers.map((answer) => answer.data!.createTicket.id))).toEqual(
      new Set([stored[0]!.id]),
    );
  });

  it('keys stay at their node: none reaches the province by sync', async () => {
    await drain(toProvince, ['320100'], federation);
    const cityKeys = await federation
      .database('320100')
      .selectFrom('idempotency_key')
      .select('key')
      .execute();
    expect(cityKeys.length).toBeGreaterThan(0);
    const provinceKeys = await federation
      .database('320000')
      .selectFrom('idempotency_key')
      .select('operation')
      .distinct()
      .execute();
    expect(provinceKeys.map((row) => row.operation)).toEqual(['issueSupervisionOrder']);
  });

  describe('through the gateway, when the answer is lost on the way back', () => {
    // Forwarded as written, or executed by stitching (a cross-tier field makes it so).
    it.each([
      ['forwarded', 'id'],
      ['stitched', 'id supervisionOrders { id }'],
    ])(
      '%s: says to retry with the same key, and the retry answers with the one ticket made',
      async (_path, selection) => {
        const proxy = federation.proxy('320100');
        const key = randomUUID();
        const title = `答复丢失 ${key}`;
        const input = { ...ticketInput(title), idempotencyKey: key };
        const create = `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ${selection} } }`;
        // A dispatcher logs tickets and may read their supervision orders.
        const agent = federation.token('dispatcher.320100');
        const stored = () =>
          federation
            .database('320100')
            .selectFrom('hotline_ticket')
            .select('id')
            .where('title', '=', title)
            .execute();

        const cutBefore = proxy.answersCut;
        proxy.cutAnswers = true;
        let lost: GraphQLResponse<{ createTicket: { id: string } | null }>;
        try {
          lost = await federation.query(agent, create, { input });
        } finally {
          proxy.cutAnswers = false;
        }
        expect(proxy.answersCut).toBe(cutBefore + 1);
        expect(lost.data?.createTicket ?? null).toBeNull();
        expect(lost.errors).toHaveLength(1);
        expect(lost.errors![0]!.extensions).toMatchObject({
          code: 'NODE_UNAVAILABLE',
          node: '320100',
          retryWithSameIdempotencyKey: true,
        });
        expect(lost.errors![0]!.message).toMatch(/写入可能已生效，也可能未生效/);
        expect(lost.errors![0]!.message).toMatch(/相同的 idempotencyKey/);
        // The node did make it; only the answer was lost.
        const made = await stored();
        expect(made).toHaveLength(1);

        const retried = await federation.query<{ createTicket: { id: string } }>(agent, create, {
          input,
        });
        expect(retried.errors).toBeUndefined();
        expect(retried.data!.createTicket.id).toBe(made[0]!.id);
        expect(await stored()).toEqual(made);
      },
    );
  });
});
