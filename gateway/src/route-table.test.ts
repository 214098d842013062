import { buildSchema, getNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '@city-ops/schema';
import { policy } from '@city-ops/kernel';
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
const fieldsOf = (type: 'Query' | 'Mutation') =>
  Object.keys((type === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields());

describe('the route table', () => {
  it('routes every root field of the shared schema exactly once, and nothing else', () => {
    const records = recordMutationEntries(schema, ROUTE_TABLE.recordMutationOperations);
    // Each root field has one source of its route: the table, or the record convention.
    for (const type of ['Query', 'Mutation'] as const) {
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
        if (entry.operation) expect(policy).toHaveProperty(entry.operation);
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
