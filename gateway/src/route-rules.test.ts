import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { encodeCursor, errorCodeOf } from '@city-ops/kernel';
import type { Principal } from '@city-ops/kernel';
import { parseNodeRegistry } from './node-registry.js';
import {
  cityNodes,
  evaluateRule,
  homeList,
  homeNode,
  indicatorHolders,
  isListRule,
  ministry,
  namedNode,
  ownerOfDivision,
  ownerOfId,
  ownerOfNumber,
  provinceOfRecord,
  recordHolders,
} from './route-rules.js';
import type { Route, RouteRequest, RouteRule } from './route-rules.js';

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

// The demo's shape in small: the ministry, 江苏 with 南京 and 无锡, nothing of 浙江.
const federation = parseNodeRegistry(
  JSON.stringify([
    { tier: 'ministry', division: '000000', url: 'http://127.0.0.1:4001/graphql' },
    { tier: 'province', division: '320000', url: 'http://127.0.0.1:4011/graphql' },
    { tier: 'city', division: '320100', url: 'http://127.0.0.1:4101/graphql' },
    { tier: 'city', division: '320200', url: 'http://127.0.0.1:4102/graphql' },
  ]),
  'GATEWAY_NODES',
);
// A city whose province is not registered here.
const lonelyCity = parseNodeRegistry(
  JSON.stringify([{ tier: 'city', division: '320100', url: 'http://127.0.0.1:4101/graphql' }]),
  'GATEWAY_NODES',
);

const caller = (division: string, roles: string[]): Principal => ({
  ...supervisor,
  subject: `${roles[0]}.${division}`,
  username: `${roles[0]}.${division}`,
  roles,
  division,
});
const nanjingAgent = caller('320100', ['hotline-agent']);
const nanjingSupervisor = caller('320100', ['city-supervisor']);
const gulouAgent = caller('320106', ['hotline-agent']);
const jiangsuSupervisor = caller('320000', ['provincial-supervisor']);
const jiangsuAuditor = caller('320000', ['auditor']);
const analyst = caller('000000', ['ministry-analyst']);

const evaluate = (
  rule: RouteRule,
  rootType: RouteRequest['rootType'],
  args: RouteRequest['args'],
  principal: Principal,
  nodes = federation,
) => evaluateRule(rule, { rootType, args, principal }, nodes);

/** Where a route goes, by node name, or the refusal a client gets (code, message, extensions). */
function outcome(route: Route): Record<string, unknown> {
  switch (route.to) {
    case 'node':
      return { node: route.node.name, fallbacks: route.fallbacks.map((node) => node.name) };
    case 'nodes':
      return { nodes: route.nodes.map((node) => node.name), args: route.args };
    case 'null':
      return { null: true };
    case 'refused': {
      // What a refusal adds to its code (and HTTP status): the field, node or operation it names.
      const extensions = route.error instanceof GraphQLError ? route.error.extensions : {};
      return {
        code: errorCodeOf(route.error),
        message: route.error.message,
        extensions: Object.fromEntries(
          Object.entries(extensions).filter(([key]) => key !== 'code' && key !== 'http'),
        ),
      };
    }
  }
}

const badInput = (field: string, message: string) => ({
  code: 'BAD_USER_INPUT',
  message: `${field}: ${message}`,
  extensions: { field },
});
const notARecordId = (field: string, id: string) =>
  badInput(field, `"${id}" is not a record id: ids start with the owning city's division code.`);

describe('a record by id', () => {
  const record = '320100-00000000-0000-4000-8000-000000000001';

  it('goes to the city its id starts with, its province answering when the city does not', () => {
    expect(outcome(evaluate(ownerOfId('id'), 'Query', { id: record }, jiangsuSupervisor))).toEqual({
      node: 'city-320100',
      fallbacks: ['province-320000'],
    });
    // A district's caller reads a record of their city: the node narrows to the district.
    expect(outcome(evaluate(ownerOfId('id'), 'Query', { id: record }, gulouAgent))).toEqual({
      node: 'city-320100',
      fallbacks: ['province-320000'],
    });
  });

  it('has no fallback when the city’s province is not registered at this gateway', () => {
    expect(
      outcome(evaluate(ownerOfId('id'), 'Query', { id: record }, nanjingAgent, lonelyCity)),
    ).toEqual({ node: 'city-320100', fallbacks: [] });
  });

  it('reads as null when the id names no city, and a write to it is refused as bad input', () => {
    for (const id of [
      'nonsense',
      // A ticket number is not an id.
      '32010020261205000001',
      // Well formed, but no division of the registry.
      '329900-00000000-0000-4000-8000-000000000001',
      // A district or a province owns no records: only a city (or a municipality) does.
      '320106-00000000-0000-4000-8000-000000000001',
      '320000-SO-00000000-0000-4000-8000-000000000001',
    ]) {
      expect(outcome(evaluate(ownerOfId('id'), 'Query', { id }, analyst)), id).toEqual({
        null: true,
      });
      expect(
        outcome(evaluate(ownerOfId('input.id'), 'Mutation', { input: { id } }, analyst)),
        id,
      ).toEqual(notARecordId('input.id', id));
    }
  });

  it('refuses a write with no id at all as an empty id, naming the field', () => {
    expect(outcome(evaluate(ownerOfId('id'), 'Mutation', {}, analyst))).toEqual(
      notARecordId('id', ''),
    );
    expect(outcome(evaluate(ownerOfId('input.id'), 'Mutation', {}, analyst))).toEqual(
      notARecordId('input.id', ''),
    );
  });

  it('takes a municipality’s records as the municipality’s own', () => {
    expect(outcome(evaluate(ownerOfId('id'), 'Query', { id: '110000-x' }, analyst))).toMatchObject({
      code: 'NODE_UNAVAILABLE',
      message: 'No node for 110000 北京市 is registered at this gateway.',
      extensions: { node: '110000' },
    });
  });

  it('is refused before any node is asked when it lies outside the caller’s division', () => {
    expect(outcome(evaluate(ownerOfId('id'), 'Query', { id: '320200-x' }, nanjingAgent))).toEqual({
      code: 'FORBIDDEN',
      message: '320200-x belongs to 320200 无锡市, outside your division 320100 南京市.',
      extensions: {},
    });
  });
});

describe('a record by number', () => {
  const number = '32010020261205000001';

  it('goes to the city its number starts with, its province answering when the city does not', () => {
    for (const reader of [jiangsuSupervisor, gulouAgent]) {
      expect(
        outcome(evaluate(ownerOfNumber, 'Query', { number }, reader)),
        reader.username,
      ).toEqual({ node: 'city-320100', fallbacks: ['province-320000'] });
    }
    expect(outcome(evaluate(ownerOfNumber, 'Query', { number }, nanjingAgent, lonelyCity))).toEqual(
      { node: 'city-320100', fallbacks: [] },
    );
  });

  it('reads as null when the number names no city, or a city outside the caller’s division', () => {
    for (const other of [
      // Well formed, but no division of the registry.
      '32990020261205000001',
      // A district, a province or the nation owns no records: only a city (or a municipality) does.
      '32010620261205000001',
      '32000020261205000001',
      '00000020261205000001',
      // No division code at its start.
      'T2026120500001',
    ]) {
      expect(outcome(evaluate(ownerOfNumber, 'Query', { number: other }, analyst)), other).toEqual({
        null: true,
      });
    }
    const wuxi = '32020020261205000001';
    expect(outcome(evaluate(ownerOfNumber, 'Query', { number: wuxi }, nanjingAgent))).toEqual({
      null: true,
    });
    expect(outcome(evaluate(ownerOfNumber, 'Query', { number: wuxi }, jiangsuSupervisor))).toEqual({
      node: 'city-320200',
      fallbacks: ['province-320000'],
    });
  });

  it('takes a municipality’s numbers as the municipality’s own', () => {
    expect(
      outcome(evaluate(ownerOfNumber, 'Query', { number: '11000020261205000001' }, analyst)),
    ).toEqual({
      code: 'NODE_UNAVAILABLE',
      message: 'No node for 110000 北京市 is registered at this gateway.',
      extensions: { node: '110000' },
    });
  });

  it('is refused as bad input, naming the field, when it is no record number at all', () => {
    const notANumber = badInput(
      'number',
      'must be a record number: 1–40 letters and digits, starting with the owning city’s six-digit division code (e.g. 32010020261121000001).',
    );
    expect(outcome(evaluate(ownerOfNumber, 'Query', { number: '320100-x' }, analyst))).toEqual(
      notANumber,
    );
    expect(outcome(evaluate(ownerOfNumber, 'Query', {}, analyst))).toEqual(notANumber);
  });
});

describe('a record written in a division', () => {
  it('goes to the city owning the division', () => {
    expect(
      outcome(
        evaluate(
          ownerOfDivision('input.division'),
          'Mutation',
          { input: { division: '320106' } },
          gulouAgent,
        ),
      ),
    ).toEqual({ node: 'city-320100', fallbacks: [] });
  });

  it('is refused outside the caller’s division, even inside the caller’s city', () => {
    expect(
      outcome(
        evaluate(
          ownerOfDivision('input.division'),
          'Mutation',
          { input: { division: '320102' } },
          gulouAgent,
        ),
      ),
    ).toEqual({
      code: 'FORBIDDEN',
      message:
        'You may write only inside your division 320106 鼓楼区; 320102 玄武区 is outside it.',
      extensions: {},
    });
  });

  it('is refused as bad input, naming the field, for a division no city owns', () => {
    expect(
      outcome(
        evaluate(
          ownerOfDivision('input.division'),
          'Mutation',
          { input: { division: '320000' } },
          jiangsuSupervisor,
        ),
      ),
    ).toEqual(
      badInput(
        'input.division',
        '320000 江苏省 is a province code; records belong to a city or county code.',
      ),
    );
  });
});

describe('a node named by the caller', () => {
  it('is the caller’s home node when none is named', () => {
    for (const node of [undefined, null, '']) {
      expect(outcome(evaluate(namedNode, 'Query', { node }, gulouAgent))).toEqual({
        node: 'city-320100',
        fallbacks: [],
      });
    }
    expect(outcome(evaluate(namedNode, 'Query', {}, jiangsuAuditor))).toEqual({
      node: 'province-320000',
      fallbacks: [],
    });
  });

  it('is that node when it lies inside the caller’s division, or the caller inside it', () => {
    expect(outcome(evaluate(namedNode, 'Query', { node: '320200' }, jiangsuAuditor))).toEqual({
      node: 'city-320200',
      fallbacks: [],
    });
    expect(outcome(evaluate(namedNode, 'Query', { node: '320000' }, nanjingSupervisor))).toEqual({
      node: 'province-320000',
      fallbacks: [],
    });
  });

  it('is refused as bad input when this gateway knows no such node', () => {
    expect(outcome(evaluate(namedNode, 'Query', { node: '320300' }, jiangsuAuditor))).toEqual(
      badInput('node', 'No node serves 320300 徐州市 at this gateway.'),
    );
  });

  it('is refused when it lies outside the caller’s division', () => {
    expect(outcome(evaluate(namedNode, 'Query', { node: '320200' }, nanjingSupervisor))).toEqual({
      code: 'FORBIDDEN',
      message: 'Node 320200 无锡市 is outside your division 320100 南京市.',
      extensions: {},
    });
  });
});

describe('the caller’s home node', () => {
  it('is refused as NODE_UNAVAILABLE naming the caller’s division when no node serves it', () => {
    expect(
      outcome(evaluate(homeNode, 'Query', {}, caller('330100', ['dispatcher']), lonelyCity)),
    ).toEqual({
      code: 'NODE_UNAVAILABLE',
      message: 'No node serves your division 330100 杭州市.',
      extensions: { node: '330100' },
    });
  });
});

describe('a missing node', () => {
  it('is named in the refusal’s extensions', () => {
    expect(outcome(evaluate(ministry, 'Query', {}, analyst, registry))).toMatchObject({
      extensions: { node: '000000' },
    });
    expect(
      outcome(
        evaluate(
          provinceOfRecord('input.recordId'),
          'Mutation',
          {
            input: { recordId: '330100-x' },
          },
          analyst,
        ),
      ),
    ).toEqual({
      code: 'NODE_UNAVAILABLE',
      message: 'No province node holding 330100 杭州市 is registered at this gateway.',
      extensions: { node: '330100' },
    });
  });
});

describe('a supervision order on a record', () => {
  it('is written at the province holding the record’s city', () => {
    expect(
      outcome(
        evaluate(
          provinceOfRecord('input.recordId'),
          'Mutation',
          { input: { recordId: '320200-x' } },
          jiangsuSupervisor,
        ),
      ),
    ).toEqual({ node: 'province-320000', fallbacks: [] });
  });

  it('is refused as bad input for an id that names no division', () => {
    for (const id of ['nonsense', '32010020261205000001', '329900-x']) {
      expect(
        outcome(
          evaluate(
            provinceOfRecord('input.recordId'),
            'Mutation',
            { input: { recordId: id } },
            jiangsuSupervisor,
          ),
        ),
        id,
      ).toEqual(notARecordId('input.recordId', id));
    }
  });
});

describe('indicators of a division', () => {
  const report = indicatorHolders('report');

  it('are read at the narrowest holder at or above the caller', () => {
    expect(outcome(evaluate(report, 'Query', { division: '320100' }, jiangsuSupervisor))).toEqual({
      node: 'province-320000',
      fallbacks: ['ministry-000000'],
    });
  });

  it('are refused as bad input for a division that keeps none', () => {
    expect(outcome(evaluate(report, 'Query', { division: '320106' }, nanjingSupervisor))).toEqual(
      badInput(
        'division',
        '320106 鼓楼区 is a district or county: indicators are kept per city, province and the nation; ask for its city 320100 南京市.',
      ),
    );
  });

  it('are refused outside the caller’s division, naming the operation', () => {
    expect(outcome(evaluate(report, 'Query', { division: '320200' }, nanjingSupervisor))).toEqual({
      code: 'FORBIDDEN',
      message: 'Division 320200 无锡市 is outside your division 320100 南京市.',
      extensions: { operation: 'indicator.read' },
    });
  });

  it('are refused as NODE_UNAVAILABLE when no holder is registered', () => {
    expect(
      outcome(
        evaluate(
          report,
          'Query',
          { division: '330100' },
          caller('330100', ['dispatcher']),
          lonelyCity,
        ),
      ),
    ).toEqual({
      code: 'NODE_UNAVAILABLE',
      message:
        'No node holding the indicators of 330100 杭州市 for your division 330100 杭州市 is registered at this gateway.',
      extensions: { node: '330100' },
    });
  });
});

describe('the records behind an indicator cell', () => {
  it('are read at the province’s replicas for a provincial caller, then at the city', () => {
    expect(
      outcome(evaluate(recordHolders, 'Query', { division: '320100' }, jiangsuSupervisor)),
    ).toEqual({ node: 'province-320000', fallbacks: ['city-320100'] });
  });

  it('are refused as bad input for a national cell, and outside the caller’s division', () => {
    expect(outcome(evaluate(recordHolders, 'Query', { division: '000000' }, analyst))).toEqual(
      badInput(
        'division',
        "the records behind a national cell are held by each province, not by the ministry: drill down into a province or a city (the national cell is the sum of the provinces').",
      ),
    );
    expect(
      outcome(evaluate(recordHolders, 'Query', { division: '320200' }, nanjingSupervisor)),
    ).toMatchObject({ code: 'FORBIDDEN', extensions: { operation: 'indicator.read' } });
  });

  it('are refused as NODE_UNAVAILABLE when no holder is registered', () => {
    expect(outcome(evaluate(recordHolders, 'Query', { division: '330100' }, analyst))).toEqual({
      code: 'NODE_UNAVAILABLE',
      message: 'No node holding the records of 330100 杭州市 is registered at this gateway.',
      extensions: { node: '330100' },
    });
  });
});

describe('a list over the cities', () => {
  it('asks every city node inside the caller’s division, with that division and the page size', () => {
    expect(outcome(evaluate(cityNodes, 'Query', {}, jiangsuSupervisor))).toEqual({
      nodes: ['city-320100', 'city-320200'],
      args: { division: '320000', first: 20 },
    });
  });

  it('asks only the city of a requested district, passing the other arguments through', () => {
    const sort = { by: 'CREATED_AT', direction: 'ASC' };
    expect(
      outcome(
        evaluate(cityNodes, 'Query', { division: '320106', first: 5, sort }, jiangsuSupervisor),
      ),
    ).toEqual({ nodes: ['city-320100'], args: { division: '320106', first: 5, sort } });
  });

  it('refuses a page size out of range and a cursor of another sort once, at the gateway', () => {
    expect(outcome(evaluate(cityNodes, 'Query', { first: 0 }, jiangsuSupervisor))).toEqual(
      badInput('first', 'must be between 1 and 100.'),
    );
    const newestFirst = encodeCursor({
      createdAt: '2026-12-05T01:00:00.000Z',
      id: '320100-x',
    });
    expect(
      outcome(
        evaluate(
          cityNodes,
          'Query',
          { after: newestFirst, sort: { by: 'CREATED_AT', direction: 'ASC' } },
          jiangsuSupervisor,
        ),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'after' } });
    // The same cursor under its own sort is let through.
    expect(
      outcome(evaluate(cityNodes, 'Query', { after: newestFirst }, jiangsuSupervisor)),
    ).toMatchObject({ nodes: ['city-320100', 'city-320200'] });
  });

  it('is refused for a division outside the caller’s', () => {
    expect(
      outcome(evaluate(cityNodes, 'Query', { division: '320200' }, nanjingAgent)),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('a list about the caller', () => {
  it('is read at the caller’s home node alone, with the checked page size', () => {
    expect(outcome(evaluate(homeList, 'Query', {}, gulouAgent))).toEqual({
      nodes: ['city-320100'],
      args: { first: 20 },
    });
    expect(outcome(evaluate(homeList, 'Query', { first: 101 }, gulouAgent))).toEqual(
      badInput('first', 'must be between 1 and 100.'),
    );
  });
});

describe('isListRule', () => {
  it('holds for the rules whose answer is a connection merged from nodes’ pages, and no other', () => {
    expect([cityNodes, homeList].map(isListRule)).toEqual([true, true]);
    expect(
      [
        homeNode,
        ownerOfId('id'),
        namedNode,
        ministry,
        recordHolders,
        indicatorHolders('report'),
      ].map(isListRule),
    ).toEqual([false, false, false, false, false, false]);
  });
});

describe('the records of a municipality', () => {
  it('are read at its city node, though a province node may serve the same division', () => {
    const beijing = parseNodeRegistry(
      JSON.stringify([
        { tier: 'province', division: '110000', url: 'http://127.0.0.1:4011/graphql' },
        { tier: 'city', division: '110000', url: 'http://127.0.0.1:4101/graphql' },
      ]),
      'GATEWAY_NODES',
    );
    expect(
      outcome(evaluate(recordHolders, 'Query', { division: '110000' }, analyst, beijing)),
    ).toEqual({ node: 'city-110000', fallbacks: [] });
  });
});
