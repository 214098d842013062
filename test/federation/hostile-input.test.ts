import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import type { GraphQLInputType } from 'graphql';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '@city-ops/schema';
import { startFederation } from '../support/federation.js';
import type { GraphQLResponse, TestFederation } from '../support/federation.js';
import { OFFICERS, PERSON_ID } from '../support/enforcement.js';

/**
 * What a hostile or careless client sends, from outside: text PostgreSQL cannot store or a
 * terminal would replay, impossible dates and instants, numbers out of range, bodies that
 * are not JSON. Each is the client's mistake: BAD_USER_INPUT (BAD_REQUEST for the body)
 * naming the field, saying what to do, and nothing written.
 */

const CREATE_TICKET = /* GraphQL */ `
  mutation ($input: CreateTicketInput!) {
    createTicket(input: $input) {
      id
      title
      content
      version
    }
  }
`;

const ticketInput = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: randomUUID(),
  division: '320106',
  channel: 'PHONE',
  intakeClass: 'COMPLAINT',
  categoryCode: '010202',
  title: '路口井盖缺失',
  content: '中山北路与湖南路路口东南角井盖缺失。',
  caller: { name: '李四', phone: '13900001111' },
  location: { address: '鼓楼区中山北路100号', street: '湖南路街道' },
  ...overrides,
});

/** `code` and `field` of a response's first error. */
const refusal = (response: GraphQLResponse) => ({
  code: response.errors?.[0]?.extensions?.['code'],
  field: response.errors?.[0]?.extensions?.['field'],
});

describe('hostile input', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startFederation({
      ministry: true,
      provinces: ['320000'],
      cities: ['320100'],
      // The province serves a token-less /metrics on a listener of its own.
      environment: { '320000': { METRICS_PORT: '0' } },
    });
  });

  afterAll(async () => {
    await federation?.close();
  });

  /** What a node has written: its change log and its audit log (reads of personal data aside). */
  async function writesAt(division: string) {
    const db = federation.database(division);
    const { rows } = await sql<{ changes: string; audits: string; directives: string }>`
      SELECT (SELECT count(*) FROM change_log) AS changes,
             (SELECT count(*) FROM audit_log WHERE action <> 'personal-data.read') AS audits,
             (SELECT count(*) FROM directive) AS directives`.execute(db);
    return rows[0];
  }

  async function newTicket(): Promise<{ id: string; version: number }> {
    const created = await federation.query<{ createTicket: { id: string; version: number } }>(
      federation.token('agent.320100'),
      CREATE_TICKET,
      { input: ticketInput() },
    );
    expect(created.errors).toBeUndefined();
    return created.data!.createTicket;
  }

  describe('free text: one rule for every field (InputProblems.text)', () => {
    interface TextCase {
      label: string;
      node: string;
      user: string;
      query: string;
      variables: () => Promise<Record<string, unknown>> | Record<string, unknown>;
      field: string;
      message: RegExp;
    }

    const ESC = 'red \u001b[31malert\u001b[0m';
    const RLO = '李\u202e四';
    const ZWSP_ONLY = '\u200b\u200b\u200b';

    const cases: TextCase[] = [
      {
        label: 'a NUL in a ticket title',
        node: '320100',
        user: 'agent.320100',
        query: CREATE_TICKET,
        variables: () => ({ input: ticketInput({ title: '井盖\u0000缺失' }) }),
        field: 'input.title',
        message: /第 3 个字符是空字符 \(U\+0000\)/,
      },
      {
        label: 'a title of zero-width spaces',
        node: '320100',
        user: 'agent.320100',
        query: CREATE_TICKET,
        variables: () => ({ input: ticketInput({ title: ZWSP_ONLY }) }),
        field: 'input.title',
        message: /只含不可见字符/,
      },
      {
        label: 'terminal escape codes in ticket content',
        node: '320100',
        user: 'agent.320100',
        query: CREATE_TICKET,
        variables: () => ({ input: ticketInput({ content: ESC }) }),
        field: 'input.content',
        message: /是控制字符 \(U\+001B\)/,
      },
      {
        label: "a right-to-left override in a caller's name",
        node: '320100',
        user: 'agent.320100',
        query: CREATE_TICKET,
        variables: () => ({ input: ticketInput({ caller: { name: RLO } }) }),
        field: 'input.caller.name',
        message: /是双向文本控制符 \(U\+202E\)/,
      },
      {
        label: 'an isolate in a street',
        node: '320100',
        user: 'agent.320100',
        query: CREATE_TICKET,
        variables: () => ({
          input: ticketInput({ location: { street: '湖南路\u2066街道\u2069' } }),
        }),
        field: 'input.location.street',
        message: /U\+2066/,
      },
      {
        label: 'a line break in a single-line address',
        node: '320100',
        user: 'agent.320100',
        query: CREATE_TICKET,
        variables: () => ({
          input: ticketInput({ location: { address: '中山北路\n100号' } }),
        }),
        field: 'input.location.address',
        message: /请写在一行内/,
      },
      {
        label: "an escape in an action's comment",
        node: '320100',
        user: 'dispatcher.320100',
        query: /* GraphQL */ `
          mutation ($i: DispatchTicketInput!) {
            dispatchTicket(input: $i) {
              id
            }
          }
        `,
        variables: async () => {
          const { id, version } = await newTicket();
          return { i: { id, version, leadUnit: '320100-cg', comment: `请尽快处理${ESC}` } };
        },
        field: 'input.comment',
        message: /U\+001B/,
      },
      {
        label: 'a backspace in a direct answer',
        node: '320100',
        user: 'agent.320100',
        query: /* GraphQL */ `
          mutation ($i: AnswerTicketInput!) {
            answerTicketDirectly(input: $i) {
              id
            }
          }
        `,
        variables: async () => {
          const { id, version } = await newTicket();
          return { i: { id, version, reply: '已答复\b\b\b已解决', resolution: 'RESOLVED' } };
        },
        field: 'input.reply',
        message: /U\+0008/,
      },
      {
        label: 'an override in the reason for revealing a caller',
        node: '320100',
        user: 'dispatcher.320100',
        query: /* GraphQL */ `
          mutation ($id: ID!, $reason: String!) {
            revealTicketCaller(id: $id, reason: $reason) {
              name
            }
          }
        `,
        variables: async () => ({
          id: (await newTicket()).id,
          reason: '回访需要\u202d联系来电人',
        }),
        field: 'reason',
        message: /U\+202D/,
      },
      {
        label: "an escape in a case's description",
        node: '320100',
        user: 'dispatcher.320100',
        query: /* GraphQL */ `
          mutation ($input: ReportCaseInput!) {
            reportCase(input: $input) {
              id
            }
          }
        `,
        variables: () => ({
          input: {
            division: '320106',
            source: 'PUBLIC',
            type: 'EVENT',
            majorClass: 'CITY_APPEARANCE',
            minorCode: '0101',
            description: `暴露垃圾${ESC}`,
          },
        }),
        field: 'input.description',
        message: /U\+001B/,
      },
      {
        label: "an override in an enforcement party's name",
        node: '320100',
        user: 'officer.320100',
        query: /* GraphQL */ `
          mutation ($input: FileEnforcementCaseInput!) {
            fileEnforcementCase(input: $input) {
              id
            }
          }
        `,
        variables: () => ({
          input: {
            division: '320106',
            source: 'PATROL',
            violatedArticle: '《江苏省城市市容和环境卫生管理条例》第二十四条',
            penaltyArticle: '《江苏省城市市容和环境卫生管理条例》第四十七条',
            party: { kind: 'PERSON', name: RLO, idNumber: PERSON_ID },
            officers: OFFICERS,
            procedure: 'ORDINARY',
          },
        }),
        field: 'input.party.name',
        message: /U\+202E/,
      },
      {
        label: 'invisible text as a holiday name',
        node: '320100',
        user: 'supervisor.320100',
        query: /* GraphQL */ `
          mutation ($input: SetCalendarDayInput!) {
            setCalendarDay(input: $input) {
              day
            }
          }
        `,
        variables: () => ({ input: { day: '2030-10-01', kind: 'HOLIDAY', name: '\ufeff\u2060' } }),
        field: 'input.name',
        message: /只含不可见字符/,
      },
      {
        label: "an escape in a supervision order's instructions",
        node: '320000',
        user: 'supervisor.320000',
        query: /* GraphQL */ `
          mutation ($i: IssueSupervisionOrderInput!) {
            issueSupervisionOrder(input: $i) {
              id
            }
          }
        `,
        variables: () => ({
          i: {
            recordId: `320100-${randomUUID()}`,
            recordKind: 'HOTLINE_TICKET',
            level: 'LISTED',
            deadline: '2030-01-01T00:00:00Z',
            instructions: `三日内办结${ESC}`,
          },
        }),
        field: 'input.instructions',
        message: /U\+001B/,
      },
      {
        label: 'an override in a reply to a supervision order',
        node: '320100',
        user: 'unit-cg.320100',
        query: /* GraphQL */ `
          mutation ($i: SupervisionStepInput!) {
            replyToSupervisionOrder(input: $i) {
              id
            }
          }
        `,
        variables: () => ({ i: { orderId: `320000-SO-${randomUUID()}`, comment: RLO } }),
        field: 'input.comment',
        message: /U\+202E/,
      },
      {
        label: 'a title of zero-width spaces in a directive',
        node: '000000',
        user: 'analyst.000000',
        query: /* GraphQL */ `
          mutation ($i: IssueDirectiveInput!) {
            issueDirective(input: $i) {
              id
            }
          }
        `,
        variables: () => ({ i: { division: '320000', title: ZWSP_ONLY, body: '各地加强巡查。' } }),
        field: 'input.title',
        message: /只含不可见字符/,
      },
      {
        label: "a bell in a directive's body",
        node: '000000',
        user: 'analyst.000000',
        query: /* GraphQL */ `
          mutation ($i: IssueDirectiveInput!) {
            issueDirective(input: $i) {
              id
            }
          }
        `,
        variables: () => ({
          i: { division: '320000', title: '汛期安全', body: '各地\u0007巡查。' },
        }),
        field: 'input.body',
        message: /U\+0007/,
      },
      {
        label: "an override in a directive's acknowledgement",
        node: '320100',
        user: 'dispatcher.320100',
        query: /* GraphQL */ `
          mutation ($i: DirectiveResponseInput!) {
            acknowledgeDirective(input: $i) {
              id
            }
          }
        `,
        variables: () => ({ i: { directiveId: `000000-DR-${randomUUID()}`, comment: RLO } }),
        field: 'input.comment',
        message: /U\+202E/,
      },
    ];

    for (const testCase of cases) {
      it(`refuses ${testCase.label}, naming ${testCase.field}, writing nothing`, async () => {
        const variables = await testCase.variables();
        const before = await writesAt(testCase.node);
        const response = await federation.query(
          federation.token(testCase.user),
          testCase.query,
          variables,
        );
        expect(refusal(response), JSON.stringify(response.errors)).toEqual({
          code: 'BAD_USER_INPUT',
          field: testCase.field,
        });
        expect(response.errors?.[0]?.message).toMatch(testCase.message);
        expect(response.errors?.[0]?.message.startsWith(`${testCase.field}：`)).toBe(true);
        expect(await writesAt(testCase.node)).toEqual(before);
      });
    }

    it('stores multi-line content, tabs and emoji joined by zero-width joiners as sent', async () => {
      const content = '第一行\r\n\t第二行 👨‍👩‍👧';
      const created = await federation.query<{ createTicket: { title: string; content: string } }>(
        federation.token('agent.320100'),
        CREATE_TICKET,
        { input: ticketInput({ title: ' 井盖缺失 👍\n', content }) },
      );
      expect(created.errors).toBeUndefined();
      expect(created.data?.createTicket).toMatchObject({ title: '井盖缺失 👍', content });
    });

    it('refuses a NUL in any argument, ids and filters too, at the node and at the gateway', async () => {
      const agent = federation.token('agent.320100');
      const read = /* GraphQL */ `
        query ($id: ID!) {
          ticket(id: $id) {
            id
          }
        }
      `;
      const id = { id: '320100-\u0000' };
      for (const response of [
        await federation.query(agent, read, id),
        await federation.queryNode('320100', agent, read, id),
        await federation.queryNode(
          '320100',
          agent,
          '{ tickets(filter: { categoryCode: "01\\u0000" }) { nodes { id } } }',
        ),
      ]) {
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
        expect(response.errors?.[0]?.message).toMatch(/空字符 \(U\+0000\)/);
      }
    });
  });

  describe('dates and instants', () => {
    const DIRECTIVE = /* GraphQL */ `
      mutation ($input: IssueDirectiveInput!) {
        issueDirective(input: $input) {
          id
          dueAt
        }
      }
    `;

    it('refuses 2030-02-30 instead of storing 2030-03-02, naming the field', async () => {
      const analyst = federation.token('analyst.000000');
      const before = await writesAt('000000');
      const asVariable = await federation.query(analyst, DIRECTIVE, {
        input: {
          division: '320000',
          title: '汛期安全',
          body: '各地巡查。',
          dueAt: '2030-02-30T00:00:00Z',
        },
      });
      expect(refusal(asVariable)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.dueAt' });
      expect(asVariable.errors?.[0]?.message).toBe(
        'input.dueAt："2030-02-30T00:00:00Z" 不是有效日期：2030 年 2 月只有 01–28 日。',
      );
      const asLiteral = await federation.queryNode(
        '000000',
        analyst,
        `mutation { issueDirective(input: { division: "320000", title: "汛期安全", body: "各地巡查。", dueAt: "2030-02-30T08:00:00+08:00" }) { id } }`,
      );
      expect(refusal(asLiteral)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.dueAt' });
      expect(asLiteral.errors?.[0]?.message).toBe(
        'input.dueAt："2030-02-30T08:00:00+08:00" 不是有效日期：2030 年 2 月只有 01–28 日。',
      );
      expect(await writesAt('000000')).toEqual(before);
    });

    it('refuses instants outside 2000–2100 in filters, naming the field', async () => {
      const response = await federation.queryNode(
        '320100',
        federation.token('agent.320100'),
        '{ tickets(filter: { createdFrom: "0000-01-01T00:00:00Z" }) { nodes { id } } }',
      );
      expect(refusal(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.createdFrom' });
      expect(response.errors?.[0]?.message).toBe(
        'filter.createdFrom："0000-01-01T00:00:00Z" 超出本服务接受的年份范围 2000–2100。',
      );
    });

    it('refuses a cursor dated year 0 or carrying a NUL, at the node and through the gateway', async () => {
      const agent = federation.token('agent.320100');
      const list = /* GraphQL */ `
        query ($after: String) {
          tickets(after: $after) {
            nodes {
              id
            }
          }
        }
      `;
      const cursor = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
      for (const after of [
        cursor(['CREATED_AT', 'DESC', '0000-01-01T00:00:00.000Z', '320100-a']),
        cursor(['CREATED_AT', 'DESC', '2026-01-01T00:00:00.000Z', '320100-\u0000']),
      ]) {
        for (const response of [
          await federation.queryNode('320100', agent, list, { after }),
          await federation.query(agent, list, { after }),
        ]) {
          expect(refusal(response), JSON.stringify(response.errors)).toEqual({
            code: 'BAD_USER_INPUT',
            field: 'after',
          });
        }
      }
    });

    it('refuses indicators for year 9999 at every tier, naming period.start', async () => {
      for (const [node, user, division] of [
        ['320100', 'supervisor.320100', '320100'],
        ['320000', 'supervisor.320000', '320000'],
        ['000000', 'analyst.000000', '000000'],
      ] as const) {
        const response = await federation.queryNode(
          node,
          federation.token(user),
          `{ indicators(division: "${division}", period: { unit: YEAR, start: "9999-01-01" }) { periods { label } } }`,
        );
        expect(refusal(response), `${node}: ${JSON.stringify(response.errors)}`).toEqual({
          code: 'BAD_USER_INPUT',
          field: 'period.start',
        });
        expect(response.errors?.[0]?.message).toContain('超出了指标覆盖的年份 2000–2100');
      }
    });
  });

  describe('numbers', () => {
    it('refuses indicator weights beyond 100, 1e308 included', async () => {
      const response = await federation.queryNode(
        '000000',
        federation.token('analyst.000000'),
        /* GraphQL */ `
          {
            indicators(
              division: "000000"
              period: { unit: YEAR, start: "2026-01-01" }
              weights: [
                { name: TICKET_SATISFACTION_RATE, weight: 1e308 }
                { name: TICKET_RESOLUTION_RATE, weight: 1e308 }
              ]
            ) {
              periods {
                total {
                  compositeScore
                }
              }
            }
          }
        `,
      );
      expect(refusal(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'weights.0.weight' });
      expect(response.errors?.[0]?.extensions?.['problems']).toEqual([
        { field: 'weights.0.weight', message: '须为 0 至 100 之间的数（现为 1e+308）。' },
        { field: 'weights.1.weight', message: '须为 0 至 100 之间的数（现为 1e+308）。' },
      ]);
    });

    it('refuses an auditLog position beyond 64 bits, and takes the largest there is', async () => {
      const auditor = federation.token('auditor.320100');
      const read = (after: string) =>
        federation.queryNode<{ auditLog: { nodes: unknown[] } }>(
          '320100',
          auditor,
          `{ auditLog(after: "${after}") { nodes { id } } }`,
        );
      for (const after of ['9223372036854775808', '18446744073709551616', '99999999999999999999']) {
        expect(refusal(await read(after))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
      }
      const largest = await read('9223372036854775807');
      expect(largest.errors).toBeUndefined();
      expect(largest.data?.auditLog.nodes.length).toBeGreaterThan(0);
    });
  });

  describe('directive addressees', () => {
    const issue = (division: string) =>
      federation.query<{ issueDirective: { id: string; division: { code: string } } }>(
        federation.token('analyst.000000'),
        /* GraphQL */ `
          mutation ($i: IssueDirectiveInput!) {
            issueDirective(input: $i) {
              id
              division {
                code
              }
            }
          }
        `,
        { i: { division, title: '汛期城市运行安全', body: '各地加强排水设施巡查。' } },
      );

    it('addresses the country, a province or a city', async () => {
      for (const division of ['000000', '320000', '320100']) {
        const issued = await issue(division);
        expect(issued.errors).toBeUndefined();
        expect(issued.data?.issueDirective.division.code).toBe(division);
      }
    });

    it('refuses a county or district, naming the city to address instead, storing nothing', async () => {
      const before = await writesAt('000000');
      for (const county of ['320106', '110101']) {
        const refused = await issue(county);
        expect(refusal(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.division' });
        expect(refused.errors?.[0]?.message).toContain('是县或区');
      }
      expect((await issue('320106')).errors?.[0]?.message).toContain('其所属的市是 320100 南京市');
      expect(await writesAt('000000')).toEqual(before);
    });
  });

  describe('a body that is not JSON', () => {
    it('is 400 BAD_REQUEST without the parser’s message, at a node and at the gateway', async () => {
      const targets: { url: string; headers: Record<string, string> }[] = [
        { url: federation.nodeUrl('320100'), headers: {} },
        // A browser's request (it has an Origin) is handled by yoga at the gateway too.
        { url: federation.gateway.graphqlUrl, headers: { origin: 'http://console.example' } },
      ];
      for (const { url, headers } of targets) {
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${federation.token('agent.320100')}`,
            ...headers,
          },
          body: '{"query": "{ me { username } }", ',
        });
        expect(response.status).toBe(400);
        const body = (await response.json()) as { errors: { extensions?: object }[] };
        expect(body.errors).toHaveLength(1);
        expect(body.errors[0]?.extensions).toEqual({ code: 'BAD_REQUEST' });
        expect(JSON.stringify(body)).not.toMatch(/SyntaxError|Unexpected end|originalError/);
      }
    });
  });

  describe('a body that is JSON but not a request', () => {
    it('is a coded 400 at a node, without internals, for null, a number, a string or a list', async () => {
      for (const body of ['null', '42', '"{ me { username } }"', '[]', '{"query": 42}']) {
        const response = await fetch(federation.nodeUrl('320100'), {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${federation.token('agent.320100')}`,
          },
          body,
        });
        expect(response.status, body).toBe(400);
        const answer = (await response.json()) as { errors: { extensions?: object }[] };
        expect(answer.errors[0]?.extensions, body).toMatchObject({ code: 'BAD_REQUEST' });
        expect(JSON.stringify(answer)).not.toMatch(/originalError|stack|at .*\.js/);
      }
    });
  });

  describe('client address and request id', () => {
    interface RawAnswer {
      status: number;
      requestId: string | null;
      body: GraphQLResponse<{ createTicket?: { id: string } }>;
    }

    /**
     * A GraphQL POST straight to a node from a chosen loopback address: 127.0.0.1 is the
     * gateway's address (TRUSTED_PROXIES of the nodes, as in the demo), any other is a
     * client that reached the node directly.
     */
    const postFrom = (
      localAddress: string,
      headers: Record<string, string>,
      body: unknown,
    ): Promise<RawAnswer> =>
      new Promise((resolve, reject) => {
        const payload = JSON.stringify(body);
        const outgoing = httpRequest(
          federation.nodeUrl('320100'),
          {
            method: 'POST',
            localAddress,
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(payload),
              authorization: `Bearer ${federation.token('agent.320100')}`,
              ...headers,
            },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                requestId: (response.headers['x-request-id'] as string | undefined) ?? null,
                body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as RawAnswer['body'],
              }),
            );
            response.on('error', reject);
          },
        );
        outgoing.on('error', reject);
        outgoing.end(payload);
      });

    /** The audit entry of a created ticket: who it says sent the request, and the request's id. */
    async function auditedCreate(ticketId: string) {
      const { rows } = await sql<{ client_address: string | null; request_id: string | null }>`
        SELECT client_address, request_id FROM audit_log
        WHERE ${ticketId} = ANY(entity_ids) AND action <> 'personal-data.read'`.execute(
        federation.database('320100'),
      );
      expect(rows).toHaveLength(1);
      return rows[0]!;
    }

    const create = (localAddress: string, headers: Record<string, string>) =>
      postFrom(localAddress, headers, {
        query: CREATE_TICKET,
        variables: { input: ticketInput() },
      });

    const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

    it('records the peer, not a forged X-Forwarded-For, of a client that reached a node directly', async () => {
      const answer = await create('127.0.0.2', { 'x-forwarded-for': '203.0.113.9, 127.0.0.1' });
      expect(answer.body.errors).toBeUndefined();
      const audited = await auditedCreate(answer.body.data!.createTicket!.id);
      expect(audited.client_address).toBe('127.0.0.2');
    });

    it('records the client the gateway (a trusted proxy) names in X-Forwarded-For', async () => {
      const answer = await create('127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 203.0.113.9' });
      expect(answer.body.errors).toBeUndefined();
      // The rightmost address is the one the trusted proxy saw; what is left of it is the client's own say.
      expect((await auditedCreate(answer.body.data!.createTicket!.id)).client_address).toBe(
        '203.0.113.9',
      );
      const garbage = await create('127.0.0.1', { 'x-forwarded-for': '<script>alert(1)</script>' });
      expect((await auditedCreate(garbage.body.data!.createTicket!.id)).client_address).toBe(
        '127.0.0.1',
      );
    });

    it('keeps a well-formed request id and replaces a hostile one with a fresh UUID, echoing it', async () => {
      const kept = await create('127.0.0.2', { 'x-request-id': 'trace:4bf92f35.00f067aa-01' });
      expect(kept.requestId).toBe('trace:4bf92f35.00f067aa-01');
      expect((await auditedCreate(kept.body.data!.createTicket!.id)).request_id).toBe(
        'trace:4bf92f35.00f067aa-01',
      );
      for (const hostile of [
        `<img src=x onerror=alert(1)>${'A'.repeat(4096)}`,
        'x'.repeat(129),
        'req 42; forged=1',
        '../../etc/passwd',
      ]) {
        const replaced = await create('127.0.0.2', { 'x-request-id': hostile });
        expect(replaced.body.errors).toBeUndefined();
        expect(replaced.requestId).toMatch(UUID);
        expect((await auditedCreate(replaced.body.data!.createTicket!.id)).request_id).toBe(
          replaced.requestId,
        );
      }
    });
  });

  describe('/metrics', () => {
    it('answers no one without a token on the node port, and serves scrapers on its own listener', async () => {
      const onNodePort = await fetch(federation.nodeUrl('320000').replace('/graphql', '/metrics'));
      expect(onNodePort.status).toBe(401);
      expect(await onNodePort.text()).not.toContain('city_ops_sync');
      // The city has no METRICS_PORT: no listener of its own.
      expect(federation.metricsUrl('320100')).toBeUndefined();
      const metricsUrl = federation.metricsUrl('320000')!;
      expect(new URL(metricsUrl).hostname).toBe('127.0.0.1');
      const scraped = await fetch(metricsUrl);
      expect(scraped.status).toBe(200);
      expect(scraped.headers.get('content-type')).toContain('text/plain');
      expect(await scraped.text()).toContain('# TYPE city_ops_sync_lag_changes gauge');
      // Nothing but GET /metrics is served there: no GraphQL without a token by another door.
      for (const [path, method] of [
        ['/graphql', 'POST'],
        ['/metrics', 'POST'],
        ['/sync/changes', 'GET'],
      ] as const) {
        const other = await fetch(new URL(path, metricsUrl), {
          method,
          headers: { 'content-type': 'application/json' },
          ...(method === 'POST' ? { body: '{"query":"{ me { username } }"}' } : {}),
        });
        expect(other.status, `${method} ${path}`).toBe(404);
      }
    });
  });

  describe('writes sent to a node that does not own the record', () => {
    const schema = buildSchema(typeDefs);
    const recordTypes = new Set(['HotlineTicket', 'CaseReport', 'EnforcementRecord']);
    const recordMutations = Object.values(schema.getMutationType()!.getFields()).filter((field) =>
      recordTypes.has(getNamedType(field.type).name),
    );

    /** A value for every required input field, well-formed, naming a record of 南京 (320100). */
    function sample(type: GraphQLInputType, name: string): unknown {
      if (isNonNullType(type)) return sample(type.ofType, name);
      if (isListType(type)) return [sample(type.ofType, name)];
      if (isEnumType(type)) return type.getValues()[0]!.value;
      if (isInputObjectType(type)) {
        const value: Record<string, unknown> = {};
        for (const field of Object.values(type.getFields())) {
          if (isNonNullType(field.type)) value[field.name] = sample(field.type, field.name);
        }
        return value;
      }
      switch (type.name) {
        case 'Int':
        case 'Float':
          return 1;
        case 'Boolean':
          return true;
        case 'DateTime':
          return '2030-01-01T00:00:00Z';
        case 'IdempotencyKey':
          return randomUUID();
        default:
          if (name === 'division') return '320106';
          if (name === 'id' || name.endsWith('Id')) return `320100-${randomUUID()}`;
          return '测试文本内容';
      }
    }

    it('covers the workflow of every record kind', () => {
      const names = recordMutations.map((mutation) => mutation.name);
      expect(names).toEqual(
        expect.arrayContaining(['createTicket', 'dispatchTicket', 'closeTicket', 'mergeTicket']),
      );
      expect(names).toEqual(expect.arrayContaining(['dispatchCase', 'decideEnforcementCase']));
      expect(names.length).toBeGreaterThan(40);
    });

    for (const node of ['320000', '000000']) {
      it(`answers NOT_OWNER naming 南京 to every record write sent straight to ${node}, writing nothing`, async () => {
        const before = await writesAt(node);
        const token = federation.token(node === '000000' ? 'analyst.000000' : 'supervisor.320000');
        const answers: Record<string, unknown> = {};
        for (const mutation of recordMutations) {
          const args = mutation.args.filter((arg) => isNonNullType(arg.type));
          const declared = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
          const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
          const response = await federation.queryNode(
            node,
            token,
            args.length === 0
              ? `mutation { ${mutation.name} { __typename } }`
              : `mutation (${declared}) { ${mutation.name}(${passed}) { __typename } }`,
            Object.fromEntries(args.map((arg) => [arg.name, sample(arg.type, arg.name)])),
          );
          answers[mutation.name] = {
            code: response.errors?.[0]?.extensions?.['code'],
            owner: response.errors?.[0]?.extensions?.['owner'],
          };
        }
        expect(answers).toEqual(
          Object.fromEntries(
            recordMutations.map((mutation) => [
              mutation.name,
              { code: 'NOT_OWNER', owner: '320100' },
            ]),
          ),
        );
        expect(await writesAt(node)).toEqual(before);
      });
    }
  });
});
