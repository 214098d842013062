import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFederation, drain } from '../support/federation.js';
import type { TestFederation } from '../support/federation.js';

const CREATE = /* GraphQL */ `
  mutation ($input: CreateTicketInput!) {
    createTicket(input: $input) {
      id
    }
  }
`;

const ISSUE = /* GraphQL */ `
  mutation ($input: IssueSupervisionOrderInput!) {
    issueSupervisionOrder(input: $input) {
      id
    }
  }
`;

const LIST_WITH_ORDERS = /* GraphQL */ `
  {
    tickets(first: 20) {
      nodes {
        id
        supervisionOrders {
          ...Order
        }
      }
    }
  }
  fragment Order on SupervisionOrder {
    id
    level
  }
`;

interface Listed {
  tickets: { nodes: { id: string; supervisionOrders: { id: string; level: string }[] }[] };
}

describe('a record’s supervision orders, asked of their province once per list', () => {
  let federation: TestFederation;
  const tickets: Record<string, string[]> = { '320100': [], '320200': [] };
  /** Ticket id → the orders issued on it, oldest first. */
  const orders = new Map<string, { id: string; level: string }[]>();

  beforeAll(async () => {
    federation = await startFederation({
      provinces: ['320000'],
      cities: ['320100', '320200'],
      proxied: ['320000'],
    });
    for (const city of ['320100', '320200']) {
      for (const title of ['占道经营', '噪音扰民', '井盖缺失']) {
        const created = await federation.query<{ createTicket: { id: string } }>(
          federation.token(`agent.${city}`),
          CREATE,
          {
            input: {
              division: city,
              channel: 'PHONE',
              intakeClass: 'COMPLAINT',
              categoryCode: '010101',
              title,
              content: `${title}：市民反映影响通行，请尽快处理。`,
              caller: { name: '王小明', phone: '13912345678' },
              location: { address: '北京东路41号' },
            },
          },
        );
        expect(created.errors).toBeUndefined();
        tickets[city]!.push(created.data!.createTicket.id);
      }
    }
    const province = federation.syncConsumer('320000', ['320100', '320200']);
    await province.registerSources();
    await drain(province, ['320100', '320200'], federation);
    const supervisor = federation.token('supervisor.320000');
    const deadline = new Date(Date.now() + 5 * 86_400_000).toISOString();
    // Two orders on one ticket of each city, one on another: records with none, one and two.
    for (const [recordId, level] of [
      [tickets['320100']![0]!, 'ROUTINE'],
      [tickets['320100']![0]!, 'LISTED'],
      [tickets['320200']![1]!, 'INTERVIEW'],
    ] as const) {
      const issued = await federation.query<{ issueSupervisionOrder: { id: string } }>(
        supervisor,
        ISSUE,
        {
          input: {
            recordId,
            recordKind: 'HOTLINE_TICKET',
            level,
            deadline,
            instructions: '三日内处理到位并反馈。',
          },
        },
      );
      expect(issued.errors).toBeUndefined();
      orders.set(recordId, [
        ...(orders.get(recordId) ?? []),
        { id: issued.data!.issueSupervisionOrder.id, level },
      ]);
    }
    // The cities hold their copies of the orders, for when the province does not answer.
    for (const city of ['320100', '320200']) {
      const fromProvince = federation.syncConsumer(city, ['320000']);
      await fromProvince.registerSources();
      await drain(fromProvince, ['320000'], federation);
    }
  });

  afterAll(async () => {
    await federation?.close();
  });

  const expectOrdersOnEveryTicket = (answer: Listed | null | undefined) => {
    const listed = answer?.tickets.nodes ?? [];
    expect(listed.map((ticket) => ticket.id).sort()).toEqual(
      [...tickets['320100']!, ...tickets['320200']!].sort(),
    );
    for (const ticket of listed) {
      expect(ticket.supervisionOrders).toEqual(orders.get(ticket.id) ?? []);
    }
  };

  it('asks the province once for every ticket of a six-ticket list, and gives each ticket its own orders, oldest first', async () => {
    const proxy = federation.proxy('320000');
    const before = proxy.received('POST /graphql');
    const answer = await federation.query<Listed>(
      federation.token('supervisor.320000'),
      LIST_WITH_ORDERS,
    );
    expect(answer.errors).toBeUndefined();
    expectOrdersOnEveryTicket(answer.data);
    expect(proxy.received('POST /graphql') - before).toBe(1);
  });

  it('answers from the cities’ own copies, without an error per ticket, when the province does not answer', async () => {
    const proxy = federation.proxy('320000');
    proxy.up = false;
    try {
      const answer = await federation.query<Listed>(
        federation.token('dispatcher.320100'),
        LIST_WITH_ORDERS.replace('tickets(first: 20)', 'tickets(first: 20, division: "320100")'),
      );
      expect(answer.errors).toBeUndefined();
      const listed = answer.data?.tickets.nodes ?? [];
      expect(listed.map((ticket) => ticket.id).sort()).toEqual([...tickets['320100']!].sort());
      for (const ticket of listed) {
        expect(ticket.supervisionOrders).toEqual(orders.get(ticket.id) ?? []);
      }
    } finally {
      proxy.up = true;
    }
  });

  it('refuses a node request about more records than it answers for at once, naming the argument', async () => {
    const answer = await federation.queryNode(
      '320000',
      federation.token('supervisor.320000'),
      'query ($ids: [ID!]) { supervisionOrders(recordIds: $ids) { id } }',
      { ids: Array.from({ length: 201 }, (_, index) => `320100-${index}`) },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'recordIds',
    });
  });
});
