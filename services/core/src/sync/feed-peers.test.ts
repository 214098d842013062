import { describe, expect, it } from 'vitest';
import { feedParentOf, isFeedChild } from './feed-peers.js';

const ministry = { tier: 'ministry', division: '000000' } as const;
const jiangsu = { tier: 'province', division: '320000' } as const;
const nanjing = { tier: 'city', division: '320100' } as const;

describe('feedParentOf', () => {
  it('sends a city to its province', () => {
    expect(feedParentOf('city', '320100')).toBe('320000');
  });

  it('sends a municipality, its own province, straight to the ministry', () => {
    expect(feedParentOf('city', '110000')).toBe('000000');
  });

  it('sends a province to the ministry, and the ministry nowhere', () => {
    expect(feedParentOf('province', '320000')).toBe('000000');
    expect(feedParentOf('ministry', '000000')).toBeUndefined();
  });
});

describe('isFeedChild', () => {
  it('gives a province the cities inside it, and nothing else', () => {
    expect(isFeedChild(jiangsu, '320100')).toBe(true);
    expect(isFeedChild(jiangsu, '320200')).toBe(true);
    // A city of another province, a county of its own, itself and the ministry are not its children.
    expect(isFeedChild(jiangsu, '330100')).toBe(false);
    expect(isFeedChild(jiangsu, '320102')).toBe(false);
    expect(isFeedChild(jiangsu, '320000')).toBe(false);
    expect(isFeedChild(jiangsu, '000000')).toBe(false);
  });

  it('gives the ministry the provinces and municipalities, never a city', () => {
    expect(isFeedChild(ministry, '320000')).toBe(true);
    expect(isFeedChild(ministry, '110000')).toBe(true);
    expect(isFeedChild(ministry, '320100')).toBe(false);
    expect(isFeedChild(ministry, '000000')).toBe(false);
  });

  it('gives a city no children', () => {
    expect(isFeedChild(nanjing, '320102')).toBe(false);
    expect(isFeedChild(nanjing, '320100')).toBe(false);
  });
});
