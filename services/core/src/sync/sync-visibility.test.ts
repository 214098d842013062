import { describe, expect, it } from 'vitest';
import { isSourceVisibleTo } from './sync-visibility.js';

const ministry = { tier: 'ministry', division: '000000' } as const;
const jiangsu = { tier: 'province', division: '320000' } as const;
const nanjing = { tier: 'city', division: '320100' } as const;
const beijing = { tier: 'city', division: '110000' } as const;

/** The sources of `node` that a caller of `viewer` sees, among `sources`. */
const seen = (
  viewer: string,
  node: typeof ministry | typeof jiangsu | typeof nanjing | typeof beijing,
  sources: string[],
) => sources.filter((source) => isSourceVisibleTo(viewer, node, source));

describe('isSourceVisibleTo', () => {
  it('shows the ministry every source of every node', () => {
    expect(seen('000000', ministry, ['320000', '330000'])).toEqual(['320000', '330000']);
    expect(seen('000000', jiangsu, ['000000', '320100', '320200'])).toEqual([
      '000000',
      '320100',
      '320200',
    ]);
    expect(seen('000000', nanjing, ['320000'])).toEqual(['320000']);
  });

  it('shows a province its own source at the ministry, never a sibling province', () => {
    expect(seen('320000', ministry, ['320000', '330000'])).toEqual(['320000']);
  });

  it('shows a province its cities and its parent at its own node', () => {
    expect(seen('320000', jiangsu, ['000000', '320100', '320200'])).toEqual([
      '000000',
      '320100',
      '320200',
    ]);
    expect(seen('320000', nanjing, ['320000'])).toEqual(['320000']);
  });

  it('shows a city its own source at its province, never a sibling city nor the province’s parent', () => {
    expect(seen('320100', jiangsu, ['000000', '320100', '320200'])).toEqual(['320100']);
  });

  it('shows a city how its own node hears from its parent', () => {
    expect(seen('320100', nanjing, ['320000'])).toEqual(['320000']);
    expect(seen('110000', beijing, ['000000'])).toEqual(['000000']);
  });

  it('shows a district user nothing of the city node’s sources', () => {
    expect(seen('320106', nanjing, ['320000'])).toEqual([]);
    expect(seen('320106', jiangsu, ['000000', '320100', '320200'])).toEqual([]);
  });
});
