import { describe, expect, it } from 'vitest';
import { errorCodeOf } from '@city-ops/kernel';
import type { Principal } from '@city-ops/kernel';
import { parseNodeRegistry } from './node-registry.js';
import {
  evaluateRule,
  ministry,
  ownerOfDivision,
  ownerOfId,
  provinceOfRecord,
} from './route-rules.js';
import type { Route, RouteRequest } from './route-rules.js';

// A gateway that knows one province and one of its cities: no ministry, no 无锡 (320200).
const registry = parseNodeRegistry(
  JSON.stringify([
    { tier: 'province', division: '320000', url: 'http://127.0.0.1:4011/graphql' },
    { tier: 'city', division: '320100', url: 'http://127.0.0.1:4101/graphql' },
  ]),
  'GATEWAY_NODES',
);

const supervisor: Principal = {
  subject: 'supervisor.320000',
  username: 'supervisor.320000',
  roles: ['provincial-supervisor'],
  division: '320000',
  department: undefined,
  grid: undefined,
  clientId: 'city-ops-api',
  token: 'token',
  expiresAt: new Date(Date.now() + 3_600_000),
};

const request = (rootType: RouteRequest['rootType'], args: RouteRequest['args']): RouteRequest => ({
  rootType,
  args,
  principal: supervisor,
});

function refusal(route: Route): { code: string | undefined; message: string } {
  if (route.to !== 'refused') throw new Error(`expected a refusal, got a route to ${route.to}`);
  return { code: errorCodeOf(route.error), message: route.error.message };
}

describe('a route to a node the gateway does not know', () => {
  it('is refused as NODE_UNAVAILABLE naming the node that is missing', () => {
    expect(refusal(evaluateRule(ministry, request('Query', {}), registry))).toEqual({
      code: 'NODE_UNAVAILABLE',
      message: 'No ministry node is registered at this gateway.',
    });
    const wuxi = refusal(
      evaluateRule(
        ownerOfDivision('input.division'),
        request('Mutation', { input: { division: '320200' } }),
        registry,
      ),
    );
    expect(wuxi.code).toBe('NODE_UNAVAILABLE');
    expect(wuxi.message).toMatch(/^No city node for 320200 .* is registered at this gateway\.$/);
    const record = refusal(
      evaluateRule(ownerOfId('id'), request('Mutation', { id: '320200-0001' }), registry),
    );
    expect(record.message).toMatch(/^No node for 320200 .* is registered at this gateway\.$/);
  });

  it('routes to the registered node when there is one', () => {
    const route = evaluateRule(
      provinceOfRecord('input.recordId'),
      request('Mutation', { input: { recordId: '320100-0001' } }),
      registry,
    );
    expect(route).toMatchObject({ to: 'node', node: { division: '320000' } });
  });
});
