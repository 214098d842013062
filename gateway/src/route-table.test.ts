import { buildSchema, getNamedType, isObjectType, isUnionType } from 'graphql';
import type { GraphQLOutputType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '@city-ops/schema';
import { errorCodeOf, policy } from '@city-ops/kernel';
import type { Principal } from '@city-ops/kernel';
import { parseNodeRegistry } from './node-registry.js';
import { isListRule } from './route-rules.js';
import {
  crossTierFieldsOf,
  recordMutationEntries,
  ROUTE_TABLE,
  rootEntriesOf,
} from './route-table.js';
import { createRouting } from './routing.js';

const schema = buildSchema(typeDefs);
const rootTypes = {
  Query: schema.getQueryType(),
  Mutation: schema.getMutationType(),
  Subscription: schema.getSubscriptionType(),
};
const fieldsOf = (type: 'Query' | 'Mutation' | 'Subscription') =>
  Object.keys(rootTypes[type]!.getFields());

describe('the route table', () => {
  it('routes every root field of the shared schema exactly once, and nothing else', () => {
    const records = recordMutationEntries(schema, ROUTE_TABLE.recordMutationOperations);
    // Each root field has one source of its route: the table, or the record convention.
    for (const type of ['Query', 'Mutation', 'Subscription'] as const) {
      const listed = Object.keys(ROUTE_TABLE[type]);
      const byConvention = type === 'Mutation' ? Object.keys(records) : [];
      expect(listed.filter((field) => byConvention.includes(field))).toEqual([]);
      expect([...listed, ...byConvention].sort()).toEqual(fieldsOf(type).sort());
    }
    // Operations named for record mutations name record mutations, and real operations.
    for (const [field, operation] of Object.entries(ROUTE_TABLE.recordMutationOperations)) {
      expect(records[field]?.operation).toBe(operation);
      expect(policy).toHaveProperty(operation);
    }
    for (const entries of Object.values(rootEntriesOf(schema))) {
      for (const entry of Object.values(entries)) {
        for (const operation of [entry.operation ?? []].flat()) {
          expect(policy).toHaveProperty(operation);
        }
      }
    }
  });

  it('refuses a mutation routed both by the table and by the record convention', () => {
    expect(() =>
      rootEntriesOf(schema, {
        ...ROUTE_TABLE,
        Mutation: { ...ROUTE_TABLE.Mutation, dispatchTicket: ROUTE_TABLE.Query['ticket']! },
      }),
    ).toThrow(/Mutation\.dispatchTicket is routed by the record convention and listed/);
    expect(() =>
      rootEntriesOf(schema, {
        ...ROUTE_TABLE,
        recordMutationOperations: { issueDirective: 'directive.issue' },
      }),
    ).toThrow(/Mutation\.issueDirective has an operation in recordMutationOperations/);
  });

  it('routes record mutations by the SDL convention the nodes refuse writes by', () => {
    const { Mutation } = rootEntriesOf(schema);
    expect(Mutation['dispatchTicket']).toEqual({
      operation: 'ticket.read',
      route: { rule: 'owner-of-id', id: 'input.id' },
    });
    expect(Mutation['createTicket']).toEqual({
      operation: 'ticket.create',
      route: { rule: 'owner-of-division', division: 'input.division' },
    });
    expect(Mutation['convertTicketToCase']).toEqual({
      operation: 'ticket.read',
      route: { rule: 'owner-of-id', id: 'input.ticketId' },
    });
    expect(Mutation['archiveEnforcementCase']?.operation).toBe('enforcement.read');
  });

  it('finds a record mutation by its `input` argument, and routes none whose input names no record', () => {
    const mutations = buildSchema(`
      type HotlineTicket { id: ID! }
      input NoteInput { note: String }
      input DispatchInput { id: ID!, version: Int! }
      type Query { ticket: HotlineTicket }
      type Mutation {
        annotateTicket(input: NoteInput): HotlineTicket
        dispatchTicket(reason: DispatchInput, input: DispatchInput): HotlineTicket
        remindTicket(reason: DispatchInput): HotlineTicket
      }
    `);
    expect(recordMutationEntries(mutations, {})).toEqual({
      dispatchTicket: { operation: 'ticket.read', route: { rule: 'owner-of-id', id: 'input.id' } },
    });
  });

  it('lists cross-tier fields that exist, on record types, and merges only connections', () => {
    for (const coordinate of crossTierFieldsOf()) {
      const [type, field] = coordinate.split('.') as [string, string];
      const objectType = schema.getType(type);
      expect(objectType && 'getFields' in objectType && objectType.getFields()[field]).toBeTruthy();
    }
    for (const [field, entry] of Object.entries(ROUTE_TABLE.Query)) {
      if (!isListRule(entry.route)) continue;
      const type = getNamedType(schema.getQueryType()!.getFields()[field]!.type).name;
      expect(type).toMatch(/Connection$/);
    }
  });

  it('evaluates a field’s early refusal before its rule', () => {
    const routing = createRouting(
      parseNodeRegistry(
        JSON.stringify([
          { tier: 'province', division: '320000', url: 'http://127.0.0.1:4011/graphql' },
          { tier: 'city', division: '320100', url: 'http://127.0.0.1:4101/graphql' },
        ]),
        'GATEWAY_NODES',
      ),
    );
    const agent = {
      subject: 'agent',
      username: 'agent.320100',
      roles: ['hotline-agent'],
      division: '320100',
      department: undefined,
      grid: undefined,
      clientId: 'city-ops-api',
      token: 'token',
      expiresAt: new Date(Date.now() + 3_600_000),
    };
    const audit = routing.route('Query', 'auditLog', {}, agent);
    expect(audit).toMatchObject({ to: 'refused' });
    expect((audit as { error: Error }).error.message).toContain('audit.read');
    expect(routing.route('Query', 'ticket', { id: '320100-x' }, agent)).toMatchObject({
      to: 'node',
      node: { name: 'city-320100' },
      fallbacks: [{ name: 'province-320000' }],
    });
    expect(routing.route('Query', 'nonsense', {}, agent)).toBeUndefined();
  });
});

/** The record kinds, and the operation that reads each (docs/PERMISSIONS.md). */
const readOperationOf: Record<string, string> = {
  HotlineTicket: 'ticket.read',
  CaseReport: 'case.read',
  EnforcementRecord: 'enforcement.read',
};

/** The record kind a field returns: the type itself, or the nodes of its connection. */
function recordKindOf(type: GraphQLOutputType): string | undefined {
  const named = getNamedType(type);
  if (isObjectType(named) && named.name.endsWith('Connection')) {
    const nodes = named.getFields()['nodes'];
    return nodes ? recordKindOf(nodes.type) : undefined;
  }
  return named.name in readOperationOf ? named.name : undefined;
}

describe('the early refusals of the route table', () => {
  // Built inside each test, so a table that fails to build fails the tests rather than the file.
  const routingOf = () =>
    createRouting(
      parseNodeRegistry(
        JSON.stringify([
          { tier: 'ministry', division: '000000', url: 'http://127.0.0.1:4001/graphql' },
          { tier: 'province', division: '320000', url: 'http://127.0.0.1:4011/graphql' },
          { tier: 'city', division: '320100', url: 'http://127.0.0.1:4101/graphql' },
        ]),
        'GATEWAY_NODES',
      ),
    );
  const noRoles: Principal = {
    subject: 'nobody',
    username: 'nobody.320100',
    roles: [],
    division: '320100',
    department: undefined,
    grid: undefined,
    clientId: 'city-ops-api',
    token: 'token',
    expiresAt: new Date(Date.now() + 3_600_000),
  };

  it('leave a token without roles only the caller’s own context; every other field is refused naming its operation', () => {
    const routing = routingOf();
    const open: string[] = [];
    for (const rootType of ['Query', 'Mutation'] as const) {
      for (const [field, entry] of Object.entries(routing.entries[rootType])) {
        const route = routing.route(rootType, field, {}, noRoles);
        if (!entry.operation) {
          expect(route, field).toMatchObject({ to: 'node', node: { name: 'city-320100' } });
          open.push(`${rootType}.${field}`);
          continue;
        }
        const operations = [entry.operation].flat();
        for (const operation of operations) expect(policy, field).toHaveProperty(operation);
        expect(route, field).toMatchObject({ to: 'refused' });
        const error = (route as { error: Error }).error;
        expect(errorCodeOf(error), field).toBe('FORBIDDEN');
        expect(error.message, field).toMatch(
          new RegExp(
            `^You may not perform ${operations.length === 1 ? operations[0] : `any of ${operations.join(', ')}`}:`,
          ),
        );
      }
    }
    expect(open.sort()).toEqual([
      'Query.division',
      'Query.divisions',
      'Query.enumLabels',
      'Query.handlingUnits',
      'Query.me',
      'Query.nodeInfo',
      'Query.ticketCategories',
      'Query.workingCalendar',
    ]);
  });

  it('read each record kind with that kind’s read operation: by id, as a list or an inbox', () => {
    const queries = schema.getQueryType()!.getFields();
    const reads = Object.entries(ROUTE_TABLE.Query).flatMap(([field, entry]) => {
      const kind = recordKindOf(queries[field]!.type);
      return kind ? [[field, entry.operation, readOperationOf[kind]]] : [];
    });
    expect(reads.map(([field]) => field).sort()).toEqual([
      'caseInbox',
      'caseReport',
      'caseReports',
      'enforcementRecord',
      'enforcementRecords',
      'myTickets',
      'ticket',
      'ticketInbox',
      'tickets',
      'ticketsByCallerPhone',
    ]);
    // Finding tickets by a caller's phone is narrower than reading tickets: agents and dispatchers only.
    const narrower: Record<string, string> = { ticketsByCallerPhone: 'caller.lookup' };
    for (const [field, operation, read] of reads) {
      expect(operation as string, field as string).toBe(narrower[field as string] ?? read);
    }
  });

  it('look a number up for whoever reads any kind the answer may be, and no one else', () => {
    const queries = schema.getQueryType()!.getFields();
    const unions = Object.entries(ROUTE_TABLE.Query).filter(([field]) =>
      isUnionType(getNamedType(queries[field]!.type)),
    );
    expect(unions.map(([field]) => field)).toEqual(['recordByNumber']);
    for (const [field, entry] of unions) {
      const union = getNamedType(queries[field]!.type);
      const kinds = isUnionType(union) ? union.getTypes().map((type) => type.name) : [];
      expect([entry.operation].flat().sort(), field).toEqual(
        kinds.map((kind) => readOperationOf[kind]).sort(),
      );
    }
  });

  it('let a record mutation named nowhere be asked by whoever reads the kind it returns', () => {
    const mutations = schema.getMutationType()!.getFields();
    const records = recordMutationEntries(schema, ROUTE_TABLE.recordMutationOperations);
    const byKind = Object.entries(records).filter(
      ([field]) => !(field in ROUTE_TABLE.recordMutationOperations),
    );
    for (const kind of Object.keys(readOperationOf)) {
      expect(
        byKind.some(([field]) => recordKindOf(mutations[field]!.type) === kind),
        kind,
      ).toBe(true);
    }
    for (const [field, entry] of byKind) {
      expect(entry.operation, field).toBe(readOperationOf[recordKindOf(mutations[field]!.type)!]);
    }
  });
});

describe('the routes of a request any of several operations may make', () => {
  const routing = () =>
    createRouting(
      parseNodeRegistry(
        JSON.stringify([
          { tier: 'province', division: '320000', url: 'http://127.0.0.1:4011/graphql' },
          { tier: 'city', division: '320100', url: 'http://127.0.0.1:4101/graphql' },
        ]),
        'GATEWAY_NODES',
      ),
    );
  const holding = (roles: string[]): Principal => ({
    subject: roles.join('+'),
    username: `${roles.join('+')}.320100`,
    roles,
    division: '320100',
    department: undefined,
    grid: undefined,
    clientId: 'city-ops-api',
    token: 'token',
    expiresAt: new Date(Date.now() + 3_600_000),
  });

  it('let a caller who may do only one of them through, to the record’s owning city', () => {
    // An enforcement officer reads, attaches to and downloads from enforcement records only.
    const officer = holding(['enforcement-officer']);
    const city = { to: 'node', node: { name: 'city-320100' } };
    expect(
      routing().route('Query', 'recordByNumber', { number: '32010020261121000001' }, officer),
    ).toMatchObject({ ...city, fallbacks: [{ name: 'province-320000' }] });
    expect(
      routing().route('Mutation', 'attachToRecord', { recordId: '320100-e1' }, officer),
    ).toMatchObject(city);
    expect(
      routing().route('Query', 'attachmentContent', { id: '320100-a1' }, officer),
    ).toMatchObject(city);
  });

  it('refuse a caller who may do none of them, naming them all', () => {
    // A provincial supervisor reads records but attaches to none.
    const provincial: Principal = { ...holding(['provincial-supervisor']), division: '320000' };
    const route = routing().route(
      'Mutation',
      'attachToRecord',
      { recordId: '320100-e1' },
      provincial,
    );
    expect(route).toMatchObject({ to: 'refused' });
    const error = (route as { error: Error }).error;
    expect(errorCodeOf(error)).toBe('FORBIDDEN');
    expect(error.message).toMatch(
      /^You may not perform any of ticket\.attach, case\.attach, enforcement\.attach:/,
    );
  });
});

describe('the live updates of the route table', () => {
  const routing = () =>
    createRouting(
      parseNodeRegistry(
        JSON.stringify([
          { tier: 'province', division: '320000', url: 'http://127.0.0.1:4011/graphql' },
          { tier: 'city', division: '320100', url: 'http://127.0.0.1:4101/graphql' },
          { tier: 'city', division: '320200', url: 'http://127.0.0.1:4102/graphql' },
        ]),
        'GATEWAY_NODES',
      ),
    );
  const unit: Principal = {
    subject: 'unit',
    username: 'unit.320100',
    roles: ['handling-unit'],
    division: '320100',
    department: '320100-cg',
    grid: undefined,
    clientId: 'city-ops-api',
    token: 'token',
    expiresAt: new Date(Date.now() + 3_600_000),
  };

  it('stream a unit’s inbox from its own city, and a record from the city its id names', () => {
    expect(routing().route('Subscription', 'inboxChanged', {}, unit)).toMatchObject({
      to: 'node',
      node: { name: 'city-320100' },
    });
    expect(
      routing().route('Subscription', 'recordChanged', { id: '320100-t1' }, unit),
    ).toMatchObject({ to: 'node', node: { name: 'city-320100' } });
    // Another city's record: that city's node, which refuses it by its own row scope.
    expect(
      routing().route(
        'Subscription',
        'recordChanged',
        { id: '320200-t1' },
        {
          ...unit,
          division: '320200',
        },
      ),
    ).toMatchObject({ to: 'node', node: { name: 'city-320200' } });
  });

  it('stream the supervision orders arriving for a caller from their own city, whatever division they name', () => {
    const dispatcher: Principal = { ...unit, roles: ['dispatcher'], department: undefined };
    for (const args of [{}, { division: '320200' }]) {
      expect(
        routing().route('Subscription', 'supervisionOrderArrived', args, dispatcher),
      ).toMatchObject({ to: 'node', node: { name: 'city-320100' } });
    }
    // A caller without supervision.read is refused at the gateway, the operation named.
    const officer: Principal = { ...unit, roles: ['enforcement-officer'], department: undefined };
    const route = routing().route('Subscription', 'supervisionOrderArrived', {}, officer);
    expect(route).toMatchObject({ to: 'refused' });
    expect((route as { error: Error }).error.message).toMatch(
      /^You may not perform supervision\.read:/,
    );
  });

  it('are refused to a caller who may not read tickets, naming ticket.read', () => {
    const officer: Principal = { ...unit, roles: ['enforcement-officer'], department: undefined };
    for (const [field, args] of [
      ['inboxChanged', {}],
      ['recordChanged', { id: '320100-t1' }],
    ] as const) {
      const route = routing().route('Subscription', field, args, officer);
      expect(route, field).toMatchObject({ to: 'refused' });
      const error = (route as { error: Error }).error;
      expect(errorCodeOf(error), field).toBe('FORBIDDEN');
      expect(error.message, field).toMatch(/^You may not perform ticket\.read:/);
    }
  });
});

describe('a route table that routes a mutation two ways', () => {
  it('is refused naming every such mutation, so none is silently routed the other way', () => {
    expect(() =>
      rootEntriesOf(schema, {
        ...ROUTE_TABLE,
        Mutation: {
          ...ROUTE_TABLE.Mutation,
          dispatchTicket: ROUTE_TABLE.Query['ticket']!,
          createTicket: ROUTE_TABLE.Query['ticket']!,
        },
      }),
    ).toThrow(
      new Error(
        'Mutation.dispatchTicket, Mutation.createTicket is routed by the record convention and listed in the route table; keep one',
      ),
    );
    expect(() =>
      rootEntriesOf(schema, {
        ...ROUTE_TABLE,
        recordMutationOperations: {
          issueDirective: 'directive.issue',
          setCalendarDay: 'calendar.edit',
        },
      }),
    ).toThrow(
      new Error(
        'Mutation.issueDirective, Mutation.setCalendarDay has an operation in recordMutationOperations but is not a record mutation by convention',
      ),
    );
  });
});

describe('the indicator fields of the route table', () => {
  it('read a division’s own report from `indicators`, and rank its children with `indicatorRanking`', () => {
    const routing = createRouting(
      parseNodeRegistry(
        JSON.stringify([
          { tier: 'province', division: '320000', url: 'http://127.0.0.1:4011/graphql' },
          { tier: 'city', division: '320100', url: 'http://127.0.0.1:4101/graphql' },
        ]),
        'GATEWAY_NODES',
      ),
    );
    const citySupervisor: Principal = {
      subject: 'supervisor.320100',
      username: 'supervisor.320100',
      roles: ['city-supervisor'],
      division: '320100',
      department: undefined,
      grid: undefined,
      clientId: 'city-ops-api',
      token: 'token',
      expiresAt: new Date(Date.now() + 3_600_000),
    };
    expect(
      routing.route('Query', 'indicators', { division: '320100' }, citySupervisor),
    ).toMatchObject({ to: 'node', node: { name: 'city-320100' } });
    // A city's districts keep no indicators to rank.
    const ranking = routing.route(
      'Query',
      'indicatorRanking',
      { division: '320100' },
      citySupervisor,
    );
    expect(ranking).toMatchObject({ to: 'refused' });
    const refusal = (ranking as { error: Error }).error;
    expect(errorCodeOf(refusal)).toBe('BAD_USER_INPUT');
    expect(refusal.message).toContain('has no child divisions with indicators');
  });
});

describe('the fallbacks of the route table', () => {
  it('fall back by the rule of a read, and never for a write', () => {
    // A record or a list of records: the province's replica; indicators: the next holder's
    // rollups; a drill-down: the next node holding the records.
    const byRule: Partial<Record<string, string>> = {
      'owner-of-id': 'province-replica',
      'owner-of-number': 'province-replica',
      'city-nodes': 'province-replica',
      'indicator-holders': 'wider-rollups',
      'record-holders': 'held-records',
    };
    // What no replica holds: an attachment's bytes stay at the owning city.
    const cityOnly = new Set(['attachmentContent']);
    const { Query, Mutation } = rootEntriesOf(schema);
    for (const [field, entry] of Object.entries(Query)) {
      expect(entry.fallback, field).toBe(
        cityOnly.has(field) ? undefined : byRule[entry.route.rule],
      );
    }
    for (const [field, entry] of Object.entries(Mutation)) {
      expect(entry.fallback, field).toBeUndefined();
    }
  });

  it('never fall back for a live update: a replica is not written where the stream reads', () => {
    const { Subscription } = rootEntriesOf(schema);
    expect(Object.keys(Subscription).sort()).toEqual([
      'caseInboxChanged',
      'inboxChanged',
      'recordChanged',
      'supervisionOrderArrived',
    ]);
    for (const [field, entry] of Object.entries(Subscription)) {
      expect(entry.fallback, field).toBeUndefined();
    }
  });
});

describe('the cross-tier fields of the route table', () => {
  it('are asked of the owning node by a root field taking many record ids, with its own operation', () => {
    const queries = schema.getQueryType()!.getFields();
    for (const [type, fields] of Object.entries(ROUTE_TABLE.crossTier)) {
      for (const [field, entry] of Object.entries(fields)) {
        const batch = queries[entry.batchedBy];
        expect(
          batch?.args.map((arg) => arg.name),
          `${type}.${field}`,
        ).toContain('recordIds');
        expect(ROUTE_TABLE.Query[entry.batchedBy]?.operation, `${type}.${field}`).toBe(
          entry.operation,
        );
      }
    }
  });
});
