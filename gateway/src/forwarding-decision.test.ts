import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '@city-ops/schema';
import type { Principal } from '@city-ops/kernel';
import { decideForwarding } from './forwarding-decision.js';
import { parseNodeRegistry } from './node-registry.js';
import { ownerOfId } from './route-rules.js';
import type { RouteTable } from './route-table.js';
import { createRouting } from './routing.js';

const registry = parseNodeRegistry(
  JSON.stringify([
    { tier: 'ministry', division: '000000', url: 'http://127.0.0.1:4001/graphql' },
    { tier: 'province', division: '320000', url: 'http://127.0.0.1:4011/graphql' },
    { tier: 'city', division: '320100', url: 'http://127.0.0.1:4101/graphql' },
    { tier: 'city', division: '320200', url: 'http://127.0.0.1:4102/graphql' },
  ]),
  'GATEWAY_NODES',
);
// The real route table (nothing is asked of a node here): the one stitching executes.
const routing = createRouting(registry);
const schema = buildSchema(typeDefs);

const principal = (username: string, division: string, roles: string[]): Principal => ({
  subject: username,
  username,
  roles,
  division,
  department: undefined,
  grid: undefined,
  clientId: 'city-ops-api',
  token: 'token',
  expiresAt: new Date(Date.now() + 3_600_000),
});
const agent = principal('agent.320100', '320100', ['hotline-agent']);
const supervisor = principal('supervisor.320000', '320000', ['provincial-supervisor']);

const decide = (
  query: string,
  who: Principal = agent,
  variables: Record<string, unknown> = {},
  operationName?: string,
) =>
  decideForwarding(schema, routing, {
    document: parse(query),
    variables,
    operationName,
    principal: who,
  });

const to = (name: string) => ({ forward: true, node: expect.objectContaining({ name }) });

describe('decideForwarding', () => {
  it('forwards reads by id, one-city lists, fragments, aliases and __typename to the one node', () => {
    expect(decide('{ ticket(id: "320100-T-1") { id } }')).toMatchObject(to('city-320100'));
    expect(decide('{ tickets(first: 20) { nodes { id } pageInfo { endCursor } } }')).toMatchObject(
      to('city-320100'),
    );
    expect(
      decide(
        'query Q($id: ID!) { __typename a: ticket(id: $id) { ...T } ...R } fragment T on HotlineTicket { id } fragment R on Query { b: ticket(id: "320100-T-2") { id } }',
        agent,
        { id: '320100-T-1' },
      ),
    ).toMatchObject(to('city-320100'));
    expect(decide('{ me { username } ticketInbox { nodes { id } } }')).toMatchObject(
      to('city-320100'),
    );
  });

  it('forwards a mutation whose root fields all go to one node', () => {
    expect(
      decide('mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', agent, {
        i: {
          division: '320106',
          channel: 'PHONE',
          intakeClass: 'COMPLAINT',
          categoryCode: '010101',
          title: '井盖缺失',
          content: '路口井盖缺失。',
          caller: { name: '李四', phone: '13900001111' },
          location: { address: '鼓楼区中山北路100号' },
        },
      }),
    ).toMatchObject({ ...to('city-320100'), operation: 'mutation' });
  });

  it('chooses the operation named by operationName', () => {
    const document =
      'query A { ticket(id: "320100-T-1") { id } } query B { tickets { nodes { id } } }';
    expect(decide(document, supervisor, {}, 'A')).toMatchObject(to('city-320100'));
    expect(decide(document, supervisor, {}, 'B')).toMatchObject({ forward: 'fan-out' });
  });

  it('fans a plain list over several cities out to each of them, with its checked page size', () => {
    const decision = decide(
      '{ list: tickets(first: 5) { __typename pageInfo { more: hasNextPage endCursor } nodes { id ...T } e: edges { cursor } } } fragment T on HotlineTicket { title }',
      supervisor,
    );
    expect(decision).toMatchObject({
      forward: 'fan-out',
      nodes: [
        expect.objectContaining({ name: 'city-320100' }),
        expect.objectContaining({ name: 'city-320200' }),
      ],
      first: 5,
      shape: {
        fields: [
          { key: '__typename', name: '__typename' },
          {
            key: 'pageInfo',
            name: 'pageInfo',
            pageInfo: [
              { key: 'more', name: 'hasNextPage' },
              { key: 'endCursor', name: 'endCursor' },
            ],
          },
          { key: 'nodes', name: 'nodes' },
          { key: 'e', name: 'edges' },
        ],
      },
    });
    expect(decide('{ tickets { nodes { id } } }', supervisor)).toMatchObject({
      forward: 'fan-out',
      first: 20,
    });
  });

  it('leaves to stitching a list over several cities it could not merge from the pages alone', () => {
    const reasons = [
      '{ tickets { ... on TicketConnection { nodes { id } } } }',
      '{ tickets { nodes @include(if: true) { id } } }',
      '{ tickets @skip(if: false) { nodes { id } } }',
      '{ tickets { pageInfo { ... on PageInfo { endCursor } } } }',
      '{ tickets { nodes { id } } cases: caseReports { nodes { id } } }',
    ].map((query) => (decide(query, supervisor) as { reason?: string }).reason);
    expect(reasons).toEqual([
      'tickets selects more than a plain connection',
      'tickets selects more than a plain connection',
      'tickets has directives',
      'tickets selects more than a plain connection',
      'tickets is not routed to exactly one node',
    ]);
  });

  it('does not forward fields on several nodes, or refusals', () => {
    expect(
      decide(
        '{ a: ticket(id: "320100-T-1") { id } b: ticket(id: "320200-T-1") { id } }',
        supervisor,
      ),
    ).toEqual({ forward: false, reason: 'root fields on several nodes' });
    // Outside the caller's division: the gateway's own FORBIDDEN, not the node's.
    expect(decide('{ ticket(id: "320200-T-1") { id } }')).toMatchObject({ forward: false });
    // A role without audit.read: the early refusal stays the gateway's.
    expect(decide('{ auditLog { nodes { id } } }')).toMatchObject({ forward: false });
    // An id that names no city reads as null at the gateway.
    expect(decide('{ ticket(id: "nonsense") { id } }')).toMatchObject({ forward: false });
  });

  it('does not forward introspection, or a selection of fields the gateway resolves across tiers', () => {
    expect(decide('{ __schema { queryType { name } } }')).toEqual({
      forward: false,
      reason: 'introspection',
    });
    expect(decide('{ ticket(id: "320100-T-1") { id supervisionOrders { id } } }')).toEqual({
      forward: false,
      reason: 'selects HotlineTicket.supervisionOrders',
    });
    expect(
      decide(
        '{ tickets { nodes { ...T } } } fragment T on HotlineTicket { id ... on HotlineTicket { supervisionOrders { id } } }',
      ),
    ).toMatchObject({ forward: false, reason: 'selects HotlineTicket.supervisionOrders' });
    expect(routing.crossTierFields).toEqual(
      new Set(['HotlineTicket.supervisionOrders', 'CaseReport.supervisionOrders']),
    );
  });

  it('leaves variables that do not coerce to normal execution', () => {
    expect(decide('query($id: ID!) { ticket(id: $id) { id } }', agent, {})).toEqual({
      forward: false,
      reason: 'variables do not coerce',
    });
  });
});

describe('decideForwarding, what it reads of the document', () => {
  it('forwards nothing when the document has several operations and none is named', () => {
    expect(
      decide('query A { ticket(id: "320100-T-1") { id } } query B { me { username } }'),
    ).toEqual({ forward: false, reason: 'no single operation' });
  });

  it('forwards no subscription, and no operation the schema has no root type for', () => {
    expect(decide('subscription { ticket(id: "320100-T-1") { id } }')).toEqual({
      forward: false,
      reason: 'subscription',
    });
    expect(
      decideForwarding(buildSchema('type Query { me: String }'), routing, {
        document: parse('mutation { createTicket { id } }'),
        principal: agent,
      }),
    ).toEqual({ forward: false, reason: 'no root type' });
  });

  it('counts the root fields of fragment spreads and inline fragments, whatever their directives', () => {
    expect(
      decide('{ ...R } fragment R on Query { ticket(id: "320100-T-1") { id } }'),
    ).toMatchObject(to('city-320100'));
    expect(decide('{ ... on Query { ticket(id: "320100-T-1") { id } } }')).toMatchObject(
      to('city-320100'),
    );
    // Both branches of a conditional fragment count: either may be executed.
    expect(
      decide(
        '{ ... @include(if: false) { a: ticket(id: "320100-T-1") { id } } b: ticket(id: "320200-T-1") { id } }',
        supervisor,
      ),
    ).toEqual({ forward: false, reason: 'root fields on several nodes' });
  });

  it('adds no root field for a spread of a fragment the document lacks', () => {
    // The front door validates first; unvalidated, the spread is ignored rather than thrown on.
    expect(decide('{ ...Missing ticket(id: "320100-T-1") { id } }')).toMatchObject(
      to('city-320100'),
    );
  });

  it('fans out a list spread twice by one fragment: it is still one root field', () => {
    expect(
      decide('{ ...L ...L } fragment L on Query { tickets { nodes { id } } }', supervisor),
    ).toMatchObject({ forward: 'fan-out', first: 20 });
  });

  it('forwards nothing when only __typename is selected, or a field the table does not route', () => {
    expect(decide('{ __typename }')).toEqual({
      forward: false,
      reason: 'no root field for a node',
    });
    expect(decide('{ nonsense { id } }')).toEqual({
      forward: false,
      reason: 'nonsense has no route',
    });
  });

  it('leaves a request without variables to execution when its operation needs one', () => {
    expect(
      decideForwarding(schema, routing, {
        document: parse('query($id: ID!) { ticket(id: $id) { id } }'),
        variables: null,
        principal: agent,
      }),
    ).toEqual({ forward: false, reason: 'variables do not coerce' });
  });
});

describe('decideForwarding, refusals and lists it leaves to stitching', () => {
  it('leaves a refused field to stitching, which answers with the gateway’s own error', () => {
    // A record outside the caller's division.
    expect(decide('{ ticket(id: "320200-T-1") { id } }')).toEqual({
      forward: false,
      reason: 'ticket is not routed to nodes',
    });
    // A write outside the caller's division.
    expect(
      decide(
        'mutation { revealTicketCaller(id: "320200-T-1", reason: "回访") { name } }',
        principal('dispatcher.320100', '320100', ['dispatcher']),
      ),
    ).toEqual({ forward: false, reason: 'revealTicketCaller is not routed to exactly one node' });
  });

  it('does not fan out a list over a division no registered city serves', () => {
    expect(decide('{ tickets(division: "320300") { nodes { id } } }', supervisor)).toEqual({
      forward: false,
      reason: 'tickets is not routed to nodes',
    });
  });

  it('names the first field of the document the gateway resolves across tiers', () => {
    expect(
      decide(
        '{ t: ticket(id: "320100-T-1") { supervisionOrders { id } } c: caseReport(id: "320100-C-1") { supervisionOrders { id } } }',
        supervisor,
      ),
    ).toEqual({ forward: false, reason: 'selects HotlineTicket.supervisionOrders' });
  });

  it('counts a cross-tier field selected through an interface any of whose types has it', () => {
    const records = buildSchema(`
      interface Record { id: ID! orders: [String!]! }
      type Ticket implements Record { id: ID! orders: [String!]! }
      type Case implements Record { id: ID! orders: [String!]! }
      type Query { record(id: ID!): Record }
    `);
    const table: RouteTable = {
      Query: { record: { route: ownerOfId('id') } },
      Mutation: {},
      Subscription: {},
      recordMutationOperations: {},
      crossTier: {
        Case: {
          orders: { operation: 'supervision.read', batchedBy: 'supervisionOrders' },
        },
      },
    };
    const interfaceRouting = createRouting(registry, table, records);
    const decideOn = (query: string) =>
      decideForwarding(records, interfaceRouting, { document: parse(query), principal: agent });
    expect(decideOn('{ record(id: "320100-T-1") { orders } }')).toEqual({
      forward: false,
      reason: 'selects Case.orders',
    });
    expect(decideOn('{ record(id: "320100-T-1") { ... on Ticket { orders } } }')).toMatchObject(
      to('city-320100'),
    );
  });
});

describe('decideForwarding, a list it cannot fan out', () => {
  it('is executed by the gateway, whatever the reason', () => {
    expect(decide('{ tickets @skip(if: false) { nodes { id } } }', supervisor)).toEqual({
      forward: false,
      reason: 'tickets has directives',
    });
    expect(decide('{ tickets { ... on TicketConnection { nodes { id } } } }', supervisor)).toEqual({
      forward: false,
      reason: 'tickets selects more than a plain connection',
    });
  });
});
