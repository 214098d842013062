import { describe, expect, it } from 'vitest';
import { pageLanguageOf } from './page-language.js';

describe('pageLanguageOf', () => {
  it('answers in Chinese unless English is preferred', () => {
    expect(pageLanguageOf(undefined)).toBe('zh');
    expect(pageLanguageOf('')).toBe('zh');
    expect(pageLanguageOf('fr')).toBe('zh');
    expect(pageLanguageOf('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(pageLanguageOf('en')).toBe('en');
    expect(pageLanguageOf('en-US,en;q=0.9,zh;q=0.5')).toBe('en');
    expect(pageLanguageOf('zh;q=0.2, en-GB;q=0.7')).toBe('en');
  });
});
