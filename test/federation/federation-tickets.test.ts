import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFederation } from '../support/federation.js';
import type { TestFederation } from '../support/federation.js';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateTicketInput!) {
    createTicket(input: $input) {
      id
      number
      status
      division {
        code
        name
      }
      categoryPath {
        code
        name
      }
      caller {
        name
        phone
        confidential
        masked
      }
      location {
        address
      }
    }
  }
`;

const LIST = /* GraphQL */ `
  query List($division: String, $first: Int, $after: String) {
    tickets(division: $division, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          title
          division {
            code
          }
          caller {
            name
            phone
            masked
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

function ticketInput(division: string, title: string) {
  return {
    division,
    channel: 'PHONE',
    intakeClass: 'COMPLAINT',
    categoryCode: '010101',
    title,
    content: `${title}：市民反映人行道被流动摊贩占用，影响通行。`,
    caller: { name: '张三', phone: '13812345678' },
    location: { address: '鼓楼区中山路123号', street: '华侨路街道' },
  };
}

describe('the federation end to end, through the gateway', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startFederation({
      ministry: true,
      provinces: ['320000'],
      cities: ['320100', '320200'],
    });
  });

  afterAll(async () => {
    await federation?.close();
  });

  it('lets an agent of 320100 log a ticket and read it back', async () => {
    const agent = federation.token('agent.320100');
    const created = await federation.query<{
      createTicket: { id: string; status: string; caller: unknown };
    }>(agent, CREATE, { input: ticketInput('320106', '中山路占道经营') });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createTicket).toMatchObject({
      status: 'ACCEPTED',
      division: { code: '320106', name: '鼓楼区' },
      categoryPath: [
        { name: '城市管理' },
        { name: '市容环境' },
        { code: '010101', name: '占道经营' },
      ],
      caller: { name: '张三', phone: '13812345678', confidential: false, masked: false },
    });
    const id = created.data!.createTicket.id;
    expect(id.startsWith('320100-')).toBe(true);

    const read = await federation.query<{ ticket: { id: string; title: string } }>(
      agent,
      `query ($id: ID!) { ticket(id: $id) { id title caller { name } } }`,
      { id },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.ticket).toEqual({ id, title: '中山路占道经营', caller: { name: '张三' } });
  });

  it('lists tickets of both cities for a provincial supervisor, masked, paging across nodes', async () => {
    const nanjing = federation.token('agent.320100');
    const wuxi = federation.token('agent.320200');
    for (let i = 0; i < 3; i += 1) {
      const a = await federation.query(nanjing, CREATE, {
        input: ticketInput('320102', `南京工单${i}`),
      });
      expect(a.errors).toBeUndefined();
      const b = await federation.query(wuxi, CREATE, {
        input: ticketInput('320213', `无锡工单${i}`),
      });
      expect(b.errors).toBeUndefined();
    }
    const supervisor = federation.token('supervisor.320000');
    type Page = {
      tickets: {
        edges: {
          cursor: string;
          node: {
            id: string;
            division: { code: string };
            caller: { name: string; phone: string; masked: boolean };
          };
        }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof federation.query<Page>>> = await federation.query<Page>(
        supervisor,
        LIST,
        { first: 3, after },
      );
      expect(page.errors).toBeUndefined();
      const { edges, pageInfo } = page.data!.tickets;
      for (const edge of edges) {
        expect(edge.node.caller).toEqual({ name: '张*', phone: '138****5678', masked: true });
        seen.push(edge.node.id);
      }
      after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 10);
    const divisions = new Set(seen.map((id) => id.slice(0, 6)));
    expect(divisions).toEqual(new Set(['320100', '320200']));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(7);
  });

  it('filters a list by class, channel, category, status, division and creation time', async () => {
    const agent = federation.token('agent.320100');
    const before = new Date().toISOString();
    const praise = await federation.query<{ createTicket: { id: string } }>(agent, CREATE, {
      input: {
        ...ticketInput('320115', '表扬环卫工人'),
        intakeClass: 'PRAISE',
        channel: 'WECHAT',
        categoryCode: '060201',
      },
    });
    expect(praise.errors).toBeUndefined();
    const praiseId = praise.data!.createTicket.id;
    type Ids = { tickets: { nodes: { id: string }[] } };
    const ids = async (filter: Record<string, unknown>, division?: string) => {
      const response = await federation.query<Ids>(
        agent,
        `query ($filter: TicketFilter, $division: String) { tickets(filter: $filter, division: $division, first: 100) { nodes { id } } }`,
        { filter, division },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.tickets.nodes.map((ticket) => ticket.id);
    };
    expect(await ids({ intakeClass: ['PRAISE'] })).toEqual([praiseId]);
    expect(await ids({ channel: ['WECHAT'] })).toEqual([praiseId]);
    expect(await ids({ categoryCode: '06' })).toEqual([praiseId]);
    expect(await ids({ categoryCode: '0602' })).toEqual([praiseId]);
    expect(await ids({ createdFrom: before })).toEqual([praiseId]);
    expect(await ids({ createdBefore: before })).not.toContain(praiseId);
    expect(await ids({ status: ['CLOSED'] })).toEqual([]);
    expect(await ids({ intakeClass: ['PRAISE'] }, '320115')).toEqual([praiseId]);
    expect(await ids({ intakeClass: ['PRAISE'] }, '320106')).toEqual([]);
    const inverted = await federation.query(
      agent,
      `query ($f: TicketFilter) { tickets(filter: $f) { nodes { id } } }`,
      {
        f: { createdFrom: before, createdBefore: before },
      },
    );
    expect(inverted.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.createdBefore',
    });
    const badPage = await federation.query(agent, `{ tickets(first: 1000) { nodes { id } } }`);
    expect(badPage.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    const badCursor = await federation.query(
      agent,
      `{ tickets(after: "garbage") { nodes { id } } }`,
    );
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('does not let an agent of 320200 read a ticket of 320100, through the gateway or straight at the node', async () => {
    const created = await federation.query<{ createTicket: { id: string } }>(
      federation.token('agent.320100'),
      CREATE,
      {
        input: ticketInput('320104', '秦淮区噪声投诉'),
      },
    );
    const id = created.data!.createTicket.id;
    const wuxi = federation.token('agent.320200');
    const viaGateway = await federation.query(
      wuxi,
      `query ($id: ID!) { ticket(id: $id) { id title } }`,
      { id },
    );
    expect(viaGateway.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(viaGateway.data?.['ticket'] ?? null).toBeNull();
    const direct = await federation.queryNode(
      '320100',
      wuxi,
      `query ($id: ID!) { ticket(id: $id) { id title } }`,
      { id },
    );
    expect(direct.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(JSON.stringify(direct)).not.toContain('秦淮区噪声投诉');
    const list = await federation.query<{ tickets: { nodes: { id: string }[] } }>(
      wuxi,
      `{ tickets(first: 100) { nodes { id } } }`,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.tickets.nodes.map((ticket) => ticket.id)).not.toContain(id);
    const listOther = await federation.query(
      wuxi,
      `{ tickets(division: "320100") { nodes { id } } }`,
    );
    expect(listOther.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('refuses writes addressed to a division the node does not own, naming the owner', async () => {
    const agent = federation.token('agent.320100');
    const atProvince = await federation.queryNode('320000', agent, CREATE, {
      input: ticketInput('320106', '写错节点'),
    });
    expect(atProvince.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_OWNER',
      owner: '320100',
    });
    const analyst = federation.token('analyst.000000');
    const atMinistry = await federation.queryNode('000000', analyst, CREATE, {
      input: ticketInput('320213', '写错节点'),
    });
    expect(atMinistry.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_OWNER',
      owner: '320200',
    });
    // A Wuxi agent's write sent straight to Nanjing's node: that node does not own 320213.
    const wrongCity = await federation.queryNode(
      '320100',
      federation.token('agent.320200'),
      CREATE,
      {
        input: ticketInput('320213', '写错节点'),
      },
    );
    expect(wrongCity.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const wrongCityOwnAgent = await federation.queryNode('320100', agent, CREATE, {
      input: ticketInput('320213', '写错节点'),
    });
    expect(wrongCityOwnAgent.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_OWNER',
      owner: '320200',
    });
  });

  it('answers bad input with BAD_USER_INPUT naming the field, and stores nothing', async () => {
    const agent = federation.token('agent.320100');
    const before = await countTickets(federation, agent);
    const cases: { input: Record<string, unknown>; field: string }[] = [
      { input: { ...ticketInput('320106', '编码'), division: '32010X' }, field: 'input.division' },
      { input: { ...ticketInput('320106', '编码'), division: '329999' }, field: 'input.division' },
      { input: { ...ticketInput('320106', '编码'), division: '320000' }, field: 'input.division' },
      { input: { ...ticketInput('320106', '枚举'), channel: 'FAX' }, field: 'input.channel' },
      {
        input: { ...ticketInput('320106', '类别'), categoryCode: '0101' },
        field: 'input.categoryCode',
      },
      { input: { ...ticketInput('320106', '标题'), title: '   ' }, field: 'input.title' },
      {
        input: { ...ticketInput('320106', '超长'), title: '长'.repeat(101) },
        field: 'input.title',
      },
      {
        input: { ...ticketInput('320106', '超长'), content: '长'.repeat(4001) },
        field: 'input.content',
      },
      {
        input: { ...ticketInput('320106', '电话'), caller: { phone: '12345' } },
        field: 'input.caller.phone',
      },
      {
        input: { ...ticketInput('320106', '坐标'), location: { longitude: 118.7 } },
        field: 'input.location',
      },
    ];
    const { content: _content, ...withoutContent } = ticketInput('320106', '缺字段');
    cases.push({ input: withoutContent, field: 'input.content' });
    for (const { input, field } of cases) {
      const response = await federation.query(agent, CREATE, { input });
      const error = response.errors?.[0];
      expect(error?.extensions?.['code'], JSON.stringify(response)).toBe('BAD_USER_INPUT');
      expect(String(error?.extensions?.['field'] ?? error?.message)).toContain(field);
      expect(JSON.stringify(response)).not.toMatch(/SELECT|INSERT|at .*\.ts:/);
    }
    // An unknown enum value written as a literal is named too.
    const literal = await federation.query(
      agent,
      `mutation { createTicket(input: { division: "320106", channel: FAX, intakeClass: COMPLAINT, categoryCode: "010101", title: "x", content: "x", caller: {} }) { id } }`,
    );
    expect(literal.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.channel',
    });
    expect(await countTickets(federation, agent)).toBe(before);
  });

  it('answers malformed requests with GraphQL-over-HTTP errors instead of crashing', async () => {
    const agent = federation.token('agent.320100');
    const badJson = await fetch(federation.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${agent}` },
      body: '{"query": "{ me { username }',
    });
    expect(badJson.status).toBe(400);
    expect(((await badJson.json()) as { errors: unknown[] }).errors.length).toBeGreaterThan(0);
    const badGraphQL = await federation.query(agent, '{ me { username ');
    expect(badGraphQL.status).toBe(400);
    expect(badGraphQL.errors?.[0]?.message).toMatch(/Syntax Error/);
    const unknownField = await federation.query(agent, '{ me { password } }');
    expect(unknownField.errors?.[0]?.message).toMatch(/Cannot query field "password"/);
    const healthy = await fetch(federation.gateway.url + '/readyz');
    expect(healthy.status).toBe(200);
  });

  describe('with one city stopped', () => {
    it("returns the other city's tickets plus NODE_UNAVAILABLE naming the stopped node", async () => {
      await federation.stopNode('320200');
      const response = await federation.query<{ tickets: { nodes: { id: string }[] } }>(
        federation.token('supervisor.320000'),
        `{ tickets(first: 50) { nodes { id } pageInfo { hasNextPage } } }`,
      );
      expect(response.data?.tickets.nodes.length).toBeGreaterThan(0);
      expect(response.data!.tickets.nodes.every((ticket) => ticket.id.startsWith('320100-'))).toBe(
        true,
      );
      expect(response.errors).toHaveLength(1);
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'NODE_UNAVAILABLE',
        node: '320200',
      });
      expect(response.errors?.[0]?.message).toContain('city-320200');
      expect(response.errors?.[0]?.path).toEqual(['tickets']);
    });
  });
});

async function countTickets(federation: TestFederation, token: string): Promise<number> {
  let count = 0;
  let after: string | null = null;
  for (;;) {
    const page: {
      data?: {
        tickets: { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      } | null;
    } = await federation.query(
      token,
      `query ($after: String) { tickets(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    count += page.data!.tickets.nodes.length;
    if (!page.data!.tickets.pageInfo.hasNextPage) return count;
    after = page.data!.tickets.pageInfo.endCursor;
  }
}
