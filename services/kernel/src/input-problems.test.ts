import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { InputProblems } from './input-problems.js';
import { errorInLanguage } from './language/error-language.js';

function thrown(problems: InputProblems): GraphQLError {
  try {
    problems.throwIfAny();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('expected throwIfAny to throw');
}

describe('InputProblems.text', () => {
  it('returns the trimmed text and records nothing when it fits', () => {
    const problems = new InputProblems();
    expect(problems.text('input.title', '  路灯不亮 \n', { min: 1, max: 10 })).toBe('路灯不亮');
    expect(problems.isEmpty).toBe(true);
  });

  it('measures the trimmed text, so padding cannot push it over max', () => {
    const problems = new InputProblems();
    expect(problems.text('input.title', `   ${'长'.repeat(5)}   `, { max: 5 })).toBe('长长长长长');
    expect(problems.isEmpty).toBe(true);
  });

  it('counts characters, not UTF-16 units', () => {
    const problems = new InputProblems();
    // 100 Han characters are 100 units; 100 astral characters are 200 units but still 100 characters.
    problems.text('input.content', '长'.repeat(100), { max: 100 });
    problems.text('input.content', '𠮷'.repeat(100), { max: 100 });
    expect(problems.isEmpty).toBe(true);

    problems.text('input.content', '长'.repeat(101), { max: 100 });
    expect(thrown(problems).extensions['problems']).toEqual([
      { field: 'input.content', message: 'must be at most 100 characters (got 101).' },
    ]);
  });

  it('reports a too-long text with the limit and the actual length', () => {
    const problems = new InputProblems();
    expect(problems.text('input.title', 'abcdef', { max: 5 })).toBe('abcdef');
    expect(thrown(problems).extensions['problems']).toEqual([
      { field: 'input.title', message: 'must be at most 5 characters (got 6).' },
    ]);
  });

  it('says "must not be empty" for min 1 and a blank text, returning null', () => {
    const problems = new InputProblems();
    expect(problems.text('input.title', '   ', { min: 1, max: 5 })).toBeNull();
    expect(thrown(problems).extensions['problems']).toEqual([
      { field: 'input.title', message: 'must not be empty.' },
    ]);
  });

  it('names the minimum when it is more than one', () => {
    const problems = new InputProblems();
    problems.text('input.content', ' 太短 ', { min: 5, max: 100 });
    expect(thrown(problems).extensions['problems']).toEqual([
      { field: 'input.content', message: 'must be at least 5 characters.' },
    ]);
  });

  it('says "is required" for a missing value when a minimum is set', () => {
    const problems = new InputProblems();
    expect(problems.text('input.title', undefined, { min: 1, max: 5 })).toBeNull();
    expect(problems.text('input.content', null, { min: 1, max: 5 })).toBeNull();
    expect(thrown(problems).extensions['problems']).toEqual([
      { field: 'input.title', message: 'is required.' },
      { field: 'input.content', message: 'is required.' },
    ]);
  });

  it('lets an optional text be missing or blank, returning null', () => {
    const problems = new InputProblems();
    expect(problems.text('input.address', null, { max: 5 })).toBeNull();
    expect(problems.text('input.address', undefined, { max: 5 })).toBeNull();
    expect(problems.text('input.address', '  ', { max: 5 })).toBeNull();
    expect(problems.isEmpty).toBe(true);
  });
});

describe('InputProblems.text: what a text may hold', () => {
  it('refuses control characters and bidi overrides, returning null so nothing refused is used', () => {
    const problems = new InputProblems();
    expect(problems.text('input.title', 'a\u0000b', { max: 100 })).toBeNull();
    expect(
      problems.text('input.content', 'red \u001b[31malert', { max: 100, multiline: true }),
    ).toBeNull();
    expect(problems.text('input.caller.name', '\u202e四李', { max: 50 })).toBeNull();
    expect(thrown(problems).extensions['problems']).toEqual([
      {
        field: 'input.title',
        message: 'contains a NUL character (U+0000) at character 2; remove it.',
      },
      {
        field: 'input.content',
        message:
          'contains a control character (U+001B) at character 5; remove it (only tabs and line breaks are allowed in a multi-line text).',
      },
      {
        field: 'input.caller.name',
        message:
          'contains a bidirectional override or isolate (U+202E) at character 1, which makes text display in another order than it is stored; remove it.',
      },
    ]);
  });

  it('keeps line breaks and tabs where the text is multi-line, refuses them where it is not', () => {
    const problems = new InputProblems();
    expect(
      problems.text('input.content', '第一行\r\n\t第二行', { max: 100, multiline: true }),
    ).toBe('第一行\r\n\t第二行');
    expect(problems.isEmpty).toBe(true);
    expect(problems.text('input.title', '第一行\n第二行', { max: 100 })).toBeNull();
    expect(thrown(problems).extensions['field']).toBe('input.title');
  });

  it('refuses a text of only invisible characters, required or not', () => {
    const problems = new InputProblems();
    expect(problems.text('input.title', '\u200b\u200b\ufeff', { min: 1, max: 100 })).toBeNull();
    expect(problems.text('input.location.street', ' \u200c\u200d ', { max: 100 })).toBeNull();
    expect(thrown(problems).extensions['problems']).toEqual([
      {
        field: 'input.title',
        message:
          'holds only invisible characters (zero-width spaces or joiners, byte-order marks…); write visible text.',
      },
      {
        field: 'input.location.street',
        message:
          'holds only invisible characters (zero-width spaces or joiners, byte-order marks…); write visible text, or leave it out.',
      },
    ]);
  });

  it('keeps invisible characters inside visible text (an emoji joined by ZWJ)', () => {
    const problems = new InputProblems();
    expect(problems.text('input.content', '家 👨‍👩‍👧', { max: 100 })).toBe('家 👨‍👩‍👧');
    expect(problems.isEmpty).toBe(true);
  });
});

describe('InputProblems.throwIfAny', () => {
  it('does nothing when there are no problems', () => {
    const problems = new InputProblems();
    expect(() => problems.throwIfAny()).not.toThrow();
  });

  it('raises one BAD_USER_INPUT listing every problem, field = first, problems = all', () => {
    const problems = new InputProblems();
    problems.text('input.title', '', { min: 1, max: 40 });
    problems.add('input.categoryCode', {
      zh: '不是末级分类。',
      en: 'is not a leaf category.',
    });
    problems.text('input.content', 'x'.repeat(11), { max: 10 });
    expect(problems.isEmpty).toBe(false);

    const error = thrown(problems);
    expect(error.extensions['code']).toBe('BAD_USER_INPUT');
    expect(error.extensions['field']).toBe('input.title');
    expect(error.extensions['problems']).toEqual([
      { field: 'input.title', message: 'must not be empty.' },
      { field: 'input.categoryCode', message: 'is not a leaf category.' },
      { field: 'input.content', message: 'must be at most 10 characters (got 11).' },
    ]);
    expect(error.message).toBe(
      'input.title: must not be empty. input.categoryCode: is not a leaf category. input.content: must be at most 10 characters (got 11).',
    );
  });

  it('words the same problems in Chinese, the language a client reads by default', () => {
    const problems = new InputProblems();
    problems.text('input.title', '', { min: 1, max: 40 });
    problems.add('input.categoryCode', { zh: '不是末级分类。', en: 'is not a leaf category.' });
    problems.text('input.content', 'x'.repeat(11), { max: 10 });

    const chinese = errorInLanguage(thrown(problems), 'zh');
    expect(chinese.message).toBe(
      'input.title：不能为空。input.categoryCode：不是末级分类。input.content：最多 10 个字符（现有 11 个）。',
    );
    expect(chinese.extensions['problems']).toEqual([
      { field: 'input.title', message: '不能为空。' },
      { field: 'input.categoryCode', message: '不是末级分类。' },
      { field: 'input.content', message: '最多 10 个字符（现有 11 个）。' },
    ]);
    expect(chinese.extensions['field']).toBe('input.title');
    expect(errorInLanguage(thrown(problems), 'en').message).toMatch(/^input\.title: must not/);
  });
});
