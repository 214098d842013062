import { describe, expect, it } from 'vitest';
import { ConfigError } from '@city-ops/kernel';
import { parseNodeRegistry } from './node-registry.js';

/** The demo federation: the ministry, two provinces and four cities. */
const entries = [
  { tier: 'ministry', division: '000000', url: 'http://127.0.0.1:4001/graphql' },
  { tier: 'province', division: '320000', url: 'http://127.0.0.1:4011/graphql' },
  { tier: 'province', division: '330000', url: 'http://127.0.0.1:4012/graphql' },
  { tier: 'city', division: '320100', url: 'http://127.0.0.1:4101/graphql' },
  { tier: 'city', division: '320200', url: 'http://127.0.0.1:4102/graphql', name: 'wuxi' },
  { tier: 'city', division: '330100', url: 'http://127.0.0.1:4103/graphql' },
  { tier: 'city', division: '330200', url: 'http://127.0.0.1:4104/graphql' },
];

const registry = parseNodeRegistry(JSON.stringify(entries), 'GATEWAY_NODES');

function configError(json: string): ConfigError {
  try {
    parseNodeRegistry(json, 'GATEWAY_NODES');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError, but the registry was accepted');
}

const withEntry = (index: number, entry: Record<string, unknown>) =>
  JSON.stringify(entries.map((original, i) => (i === index ? entry : original)));

describe('parseNodeRegistry', () => {
  it('parses a valid registry, naming nodes tier-division unless a name is given', () => {
    expect(registry.nodes).toHaveLength(entries.length);
    expect(registry.nodes[0]).toEqual({
      name: 'ministry-000000',
      tier: 'ministry',
      division: '000000',
      url: 'http://127.0.0.1:4001/graphql',
    });
    expect(registry.nodes.map((node) => node.name)).toEqual([
      'ministry-000000',
      'province-320000',
      'province-330000',
      'city-320100',
      'wuxi',
      'city-330100',
      'city-330200',
    ]);
  });

  it('accepts a city node on a municipality code', () => {
    const beijing = parseNodeRegistry(
      JSON.stringify([{ tier: 'city', division: '110000', url: 'http://127.0.0.1:4105/graphql' }]),
      'GATEWAY_NODES',
    );
    expect(beijing.nodes.map((node) => node.name)).toEqual(['city-110000']);
  });

  it('refuses invalid JSON, naming the source', () => {
    const error = configError('[{"tier": "city",');
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/^GATEWAY_NODES: not valid JSON/);
  });

  it('refuses an empty list', () => {
    const error = configError('[]');
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/^GATEWAY_NODES\b.*must list at least one node/);
  });

  it('refuses something other than a list', () => {
    const error = configError(JSON.stringify({ nodes: entries }));
    expect(error.problems[0]).toMatch(/^GATEWAY_NODES\b/);
  });

  it('refuses a bad URL, naming the entry and its url', () => {
    const error = configError(withEntry(3, { tier: 'city', division: '320100', url: 'not a url' }));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/^GATEWAY_NODES\[3\.url\]: /);
  });

  it('refuses an unknown division and an unknown tier, naming each entry', () => {
    const error = configError(
      withEntry(4, { tier: 'county', division: '999900', url: 'http://127.0.0.1:4102/graphql' }),
    );
    expect(error.problems.some((problem) => problem.startsWith('GATEWAY_NODES[4.tier]: '))).toBe(
      true,
    );
    expect(
      error.problems.some((problem) => problem.startsWith('GATEWAY_NODES[4.division]: ')),
    ).toBe(true);
  });

  it.each([
    ['a city node on a province code', 'city', '320000'],
    ['a city node on a county code', 'city', '320106'],
    ['a province node on a city code', 'province', '320100'],
    ['a ministry node on a province code', 'ministry', '330000'],
  ])('refuses %s, naming the entry', (_label, tier, division) => {
    const error = configError(
      withEntry(5, { tier, division, url: 'http://127.0.0.1:4103/graphql' }),
    );
    expect(error.problems).toEqual([
      expect.stringMatching(
        new RegExp(`^GATEWAY_NODES\\[5\\]: a ${tier} node cannot serve .*${division}`),
      ),
    ]);
  });

  it('refuses a node listed twice, naming the second entry', () => {
    const json = JSON.stringify([
      ...entries,
      { tier: 'city', division: '320100', url: 'http://127.0.0.1:4999/graphql' },
    ]);
    const error = configError(json);
    expect(error.problems).toEqual([
      `GATEWAY_NODES[${entries.length}]: city-320100 is listed twice`,
    ]);
  });

  it('reports every problem at once', () => {
    const json = JSON.stringify([
      { tier: 'city', division: '320000', url: 'http://127.0.0.1:4101/graphql' },
      { tier: 'city', division: '320000', url: 'http://127.0.0.1:4102/graphql' },
    ]);
    const error = configError(json);
    expect(error.problems).toHaveLength(3);
    expect(error.problems.filter((problem) => problem.startsWith('GATEWAY_NODES[1]'))).toHaveLength(
      2,
    );
  });
});

describe('NodeRegistry.homeNodeFor', () => {
  it.each([
    ['an agent in 鼓楼区', '320106', 'city-320100'],
    ['a city supervisor of 南京', '320100', 'city-320100'],
    ['an agent in 西湖区', '330106', 'city-330100'],
    ['a provincial supervisor of 江苏', '320000', 'province-320000'],
    ['a provincial supervisor of 浙江', '330000', 'province-330000'],
    ['a ministry analyst', '000000', 'ministry-000000'],
  ])('picks the narrowest node for %s (%s)', (_who, division, node) => {
    expect(registry.homeNodeFor(division)?.name).toBe(node);
  });

  it('falls back to the province when the city has no node of its own', () => {
    // 苏州 (320500) is in 江苏 but has no city node in this registry.
    expect(registry.homeNodeFor('320500')?.name).toBe('province-320000');
  });

  it('finds nothing for a division outside every node', () => {
    const cityOnly = parseNodeRegistry(
      JSON.stringify([{ tier: 'city', division: '320100', url: 'http://127.0.0.1:4101/graphql' }]),
      'GATEWAY_NODES',
    );
    expect(cityOnly.homeNodeFor('330106')).toBeUndefined();
  });

  it('does not depend on the order of the registry', () => {
    const reversed = parseNodeRegistry(JSON.stringify([...entries].reverse()), 'GATEWAY_NODES');
    expect(reversed.homeNodeFor('320106')?.name).toBe('city-320100');
    expect(reversed.homeNodeFor('320000')?.name).toBe('province-320000');
    expect(reversed.homeNodeFor('000000')?.name).toBe('ministry-000000');
  });
});

describe('NodeRegistry.cityNodesOverlapping', () => {
  const names = (scope: string) =>
    registry
      .cityNodesOverlapping(scope)
      .map((node) => node.division)
      .sort();

  it('gives both Jiangsu cities for the province scope', () => {
    expect(names('320000')).toEqual(['320100', '320200']);
  });

  it('gives only the owning city for a county scope', () => {
    expect(names('320106')).toEqual(['320100']);
  });

  it('gives the city itself for a city scope', () => {
    expect(names('330200')).toEqual(['330200']);
  });

  it('gives every city for the national scope', () => {
    expect(names('000000')).toEqual(['320100', '320200', '330100', '330200']);
  });

  it('never includes province or ministry nodes', () => {
    expect(registry.cityNodesOverlapping('000000').every((node) => node.tier === 'city')).toBe(
      true,
    );
  });
});

describe('NodeRegistry.cityNode and label', () => {
  it('finds the city node by its division, and labels nodes with the division name', () => {
    const nanjing = registry.cityNode('320100');
    expect(nanjing?.url).toBe('http://127.0.0.1:4101/graphql');
    expect(registry.cityNode('320000')).toBeUndefined();
    if (!nanjing) return;
    expect(registry.label(nanjing)).toBe('city-320100 (南京市)');
  });
});
