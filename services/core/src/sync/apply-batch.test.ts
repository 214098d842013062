import { describe, expect, it } from 'vitest';
import { sourceRelation } from './apply-batch.js';

describe('sourceRelation', () => {
  it('takes records from a province’s own cities and orders from the ministry', () => {
    const jiangsu = { tier: 'province', division: '320000' } as const;
    expect(sourceRelation(jiangsu, '320100')).toBe('child');
    expect(sourceRelation(jiangsu, '000000')).toBe('parent');
  });

  it('takes orders only from a city’s own province', () => {
    const nanjing = { tier: 'city', division: '320100' } as const;
    expect(sourceRelation(nanjing, '320000')).toBe('parent');
    expect(sourceRelation(nanjing, '330000')).toBeUndefined();
    expect(sourceRelation(nanjing, '000000')).toBeUndefined();
  });

  it('knows no other source: a sibling province’s city or the node itself', () => {
    const jiangsu = { tier: 'province', division: '320000' } as const;
    expect(sourceRelation(jiangsu, '330100')).toBeUndefined();
    expect(sourceRelation(jiangsu, '320000')).toBeUndefined();
  });
});
