import { describe, expect, it } from 'vitest';
import { languageOf } from './request-language.js';

describe('languageOf', () => {
  it('answers in Chinese when the client names no language, or names neither of ours', () => {
    for (const header of [null, undefined, '', '*', 'fr', 'de-DE, fr;q=0.8']) {
      expect(languageOf(header), String(header)).toBe('zh');
    }
  });

  it('answers in English when the client prefers it, by tag or subtag', () => {
    for (const header of ['en', 'EN', 'en-US', 'en-GB,en;q=0.9', 'fr, en;q=0.8', 'zh;q=0.5, en']) {
      expect(languageOf(header), header).toBe('en');
    }
  });

  it('answers in Chinese when the client prefers Chinese, even if it also reads English', () => {
    for (const header of ['zh-CN,zh;q=0.9,en;q=0.8', 'zh', 'zh-Hans-CN', 'en;q=0.4, zh;q=0.6']) {
      expect(languageOf(header), header).toBe('zh');
    }
  });

  it('takes English refused (q=0) as not English', () => {
    expect(languageOf('en;q=0')).toBe('zh');
  });
});
