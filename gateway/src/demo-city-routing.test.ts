import { describe, expect, it } from 'vitest';
import { DEMO_FEDERATION, isAllowed, policy } from '@city-ops/kernel';
import type { Operation, Principal } from '@city-ops/kernel';
import { childDivisions, provinceOf } from '@city-ops/schema';
import { parseNodeRegistry } from './node-registry.js';
import type { Route, RouteRule } from './route-rules.js';
import type { RootTypeName, RouteEntry } from './route-table.js';
import { createRouting } from './routing.js';

// The demo federation as the gateway is given it, and the real route table over it.
const registry = parseNodeRegistry(
  JSON.stringify(
    DEMO_FEDERATION.map(({ tier, division, port }) => ({
      tier,
      division,
      url: `http://127.0.0.1:${port}/graphql`,
    })),
  ),
  'GATEWAY_NODES',
);
const routing = createRouting(registry);
const cities = DEMO_FEDERATION.filter((node) => node.tier === 'city').map((node) => node.division);

/** Every role the policy knows: which operations a caller may ask for is decided by division alone. */
const everyRole = [
  ...new Set(Object.values(policy).flatMap((entry) => entry.grants.map((grant) => grant.role))),
];
const callerAt = (division: string): Principal => ({
  subject: `caller.${division}`,
  username: `caller.${division}`,
  roles: everyRole,
  division,
  department: undefined,
  grid: undefined,
  clientId: 'city-ops-api',
  token: 'token',
  expiresAt: new Date(Date.now() + 3_600_000),
});
const nodeName = (tier: string, division: string | undefined) => `${tier}-${division ?? ''}`;

/** One request of a field about one city, and the node(s) it must reach. */
interface Expectation {
  caller: string;
  args: Record<string, unknown>;
  /** One node, and the ones that may answer when it does not, in order. */
  node?: string;
  fallbacks?: string[];
  /** A list over these nodes. */
  nodes?: string[];
}

/** `args` with the value at an argument path (`id` or `input.x`) set. */
function argsAt(path: string, value: string): Record<string, unknown> {
  return path.startsWith('input.')
    ? { input: { [path.slice('input.'.length)]: value } }
    : { [path]: value };
}

type EarlyRefusal = RouteEntry['operation'];

/** Whether a caller at `division` passes the early refusal (one operation, or any of several). */
const passes = (operation: EarlyRefusal, division: string) =>
  !operation ||
  (typeof operation === 'string' ? [operation] : operation).some((one: Operation) =>
    isAllowed(callerAt(division), one),
  );

/**
 * The widest caller the field's early refusal lets through, among the city, its province
 * and the ministry: the wider the caller, the more cities a wrong choice could still reach
 * without being refused, so the test sees the node chosen rather than a refusal.
 */
function widestCaller(operation: EarlyRefusal, city: string): string | undefined {
  return ['000000', provinceOf(city)!, city].find((division) => passes(operation, division));
}

/** The narrowest caller the early refusal lets through: the one whose home node is the city if any. */
function narrowestCaller(operation: EarlyRefusal, city: string): string | undefined {
  return [city, provinceOf(city)!, '000000'].find((division) => passes(operation, division));
}

const homeOf = (division: string) => registry.homeNodeFor(division)!.name;

/**
 * What each rule must choose for a request about `city` (a record of it, a division inside
 * it, its node by name). A rule added to RouteRule without a case here fails to compile.
 */
function expectationsFor(entry: RouteEntry, city: string): Expectation[] {
  const rule: RouteRule = entry.route;
  const record = `${city}-00000000-0000-4000-8000-000000000001`;
  const wide = widestCaller(entry.operation, city);
  const narrow = narrowestCaller(entry.operation, city);
  if (!wide || !narrow) return [];
  const cityNode = nodeName('city', city);
  const provinceNode = nodeName('province', provinceOf(city));
  switch (rule.rule) {
    case 'owner-of-id':
      return [
        { caller: wide, args: argsAt(rule.id, record), node: cityNode, fallbacks: [provinceNode] },
      ];
    case 'owner-of-number':
      // A ticket's, a case's and an enforcement record's number, typed carelessly too.
      return [`${city}20261121000001`, `${city}AJ20261121000002`, ` ${city}zf20261121000003 `].map(
        (number) => ({
          caller: wide,
          args: { number },
          node: cityNode,
          fallbacks: [provinceNode],
        }),
      );
    case 'owner-of-division':
      // The city itself and every district and county of it.
      return [city, ...childDivisions(city).map((child) => child.code)].map((division) => ({
        caller: wide,
        args: argsAt(rule.division, division),
        node: cityNode,
        fallbacks: [],
      }));
    case 'province-of-record':
      return [{ caller: wide, args: argsAt(rule.id, record), node: provinceNode, fallbacks: [] }];
    case 'named-node':
      return [{ caller: wide, args: { node: city }, node: cityNode, fallbacks: [] }];
    case 'ministry':
      return [{ caller: wide, args: {}, node: 'ministry-000000', fallbacks: [] }];
    case 'home-node':
      return [{ caller: narrow, args: {}, node: homeOf(narrow), fallbacks: [] }];
    case 'home-list':
      return [{ caller: narrow, args: {}, nodes: [homeOf(narrow)] }];
    case 'city-nodes':
      return [city, ...childDivisions(city).map((child) => child.code)].map((division) => ({
        caller: wide,
        args: { division },
        nodes: [cityNode],
      }));
    case 'indicator-holders':
      // A city's report is read at the city first; a ranking is of the province's cities.
      return rule.query === 'report'
        ? [
            {
              caller: city,
              args: { division: city },
              node: cityNode,
              fallbacks: [provinceNode, 'ministry-000000'],
            },
          ]
        : [
            {
              caller: provinceOf(city)!,
              args: { division: provinceOf(city) },
              node: provinceNode,
              fallbacks: ['ministry-000000'],
            },
          ];
    case 'record-holders':
      // Asked from the city, the city's own records first, then its province's replicas.
      return [
        { caller: city, args: { division: city }, node: cityNode, fallbacks: [provinceNode] },
      ];
  }
}

function chosen(route: Route | undefined): Record<string, unknown> {
  if (!route) return { to: 'unrouted' };
  switch (route.to) {
    case 'node':
      return {
        to: 'node',
        node: route.node.name,
        fallbacks: route.fallbacks.map((node) => node.name),
      };
    case 'nodes':
      return { to: 'nodes', nodes: route.nodes.map((node) => node.name) };
    case 'refused':
      return { to: 'refused', error: route.error.message };
    case 'null':
      return { to: 'null' };
  }
}

const fields = (['Query', 'Mutation'] as const satisfies readonly RootTypeName[]).flatMap(
  (rootType) =>
    Object.entries(routing.entries[rootType]).map(
      ([field, entry]) => [rootType, field, entry] as const,
    ),
);

describe('routing for every demo city', () => {
  it('knows the demo federation has cities in more than one province, several per province', () => {
    expect(new Set(cities.map((city) => provinceOf(city))).size).toBeGreaterThan(1);
    for (const city of cities) {
      expect(
        cities.filter((other) => provinceOf(other) === provinceOf(city)).length,
      ).toBeGreaterThan(1);
    }
  });

  describe.each(cities)('city %s', (city) => {
    it.each(fields)('routes %s.%s to exactly the node owning it', (rootType, field, entry) => {
      const expectations = expectationsFor(entry, city);
      for (const expectation of expectations) {
        const route = routing.route(
          rootType,
          field,
          expectation.args,
          callerAt(expectation.caller),
        );
        const wanted = expectation.nodes
          ? { to: 'nodes', nodes: expectation.nodes }
          : { to: 'node', node: expectation.node, fallbacks: expectation.fallbacks };
        expect(chosen(route), JSON.stringify(expectation)).toEqual(wanted);
      }
      // Every field is asked about every city, by a caller its early refusal lets through.
      expect(expectations.length).toBeGreaterThan(0);
    });
  });
});
