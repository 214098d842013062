import { describe, expect, it } from 'vitest';
import { testPrincipal } from '../records/workflows-doc-rules.js';
import { commentRequired } from './comment-required.js';

const required = commentRequired('a reason is required', { zh: '请说明理由', en: 'give a reason' });

function check(comment: unknown): string | undefined {
  return required({
    record: null,
    principal: testPrincipal(['provincial-supervisor']),
    input: comment === undefined ? {} : { comment },
    now: new Date(),
  })?.en;
}

describe('a step taken only with words', () => {
  it('shows its words in the transition table', () => {
    expect(required.text).toBe('a reason is required');
  });

  it('needs a comment of at least two characters, not counting surrounding blanks', () => {
    expect(check('不够')).toBeUndefined();
    expect(check('  不够  ')).toBeUndefined();
    expect(check('不')).toBe('give a reason');
    expect(
      required({
        record: null,
        principal: testPrincipal(['provincial-supervisor']),
        input: {},
        now: new Date(),
      })?.zh,
    ).toBe('请说明理由');
    expect(check(' 不 ')).toBe('give a reason');
    expect(check('')).toBe('give a reason');
  });

  it('refuses a missing or non-text comment', () => {
    expect(check(undefined)).toBe('give a reason');
    expect(check(null)).toBe('give a reason');
    expect(check(12)).toBe('give a reason');
  });
});
