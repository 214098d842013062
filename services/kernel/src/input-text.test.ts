import { describe, expect, it } from 'vitest';
import { isInvisible, textCharacterProblem, unstorableCharacterProblem } from './input-text.js';

describe('unstorableCharacterProblem', () => {
  it('passes any text PostgreSQL stores as sent, control characters included', () => {
    for (const text of ['', '路灯不亮', '𠮷野家', 'a\u001b[31mb', 'tab\there', '\u202eabc']) {
      expect(unstorableCharacterProblem(text)).toBeUndefined();
    }
  });

  it('names a NUL and where it is', () => {
    expect(unstorableCharacterProblem('中\u0000文')).toEqual({
      zh: '第 2 个字符是空字符 (U+0000)，请删除。',
      en: 'contains a NUL character (U+0000) at character 2; remove it.',
    });
  });

  it('names an unpaired surrogate, counting characters rather than UTF-16 units', () => {
    expect(unstorableCharacterProblem('𠮷\udc00')?.en).toMatch(/\(U\+DC00\) at character 2,/);
    expect(unstorableCharacterProblem('\ud800')?.en).toMatch(/U\+D800/);
  });
});

describe('textCharacterProblem', () => {
  it('passes ordinary text, emoji joined by ZWJ, and line breaks in a multi-line text', () => {
    expect(textCharacterProblem('中山北路100号 👨‍👩‍👧')).toBeUndefined();
    expect(textCharacterProblem('第一行\n第二行\r\n\t第三行', { multiline: true })).toBeUndefined();
    expect(textCharacterProblem('段落一\u2029段落二', { multiline: true })).toBeUndefined();
  });

  it('refuses terminal escape codes and every other C0 or C1 control, in any text', () => {
    for (const [text, codePoint] of [
      ['red \u001b[31m alert', 'U+001B'],
      ['back\bspace', 'U+0008'],
      ['bell\u0007', 'U+0007'],
      ['del\u007f', 'U+007F'],
      ['csi\u009b31m', 'U+009B'],
      ['nul\u0000', 'U+0000'],
    ] as const) {
      for (const multiline of [false, true]) {
        expect(textCharacterProblem(text, { multiline })?.en).toContain(`(${codePoint})`);
      }
    }
  });

  it('refuses a carriage return that does not end a line: it rewrites a terminal line', () => {
    expect(textCharacterProblem('ok\rforged', { multiline: true })?.en).toMatch(/U\+000D/);
  });

  it('asks for one line where the text is single-line', () => {
    expect(textCharacterProblem('标题\n第二行')).toEqual({
      zh: '第 3 个字符是制表符或换行 (U+000A)，请写在一行内。',
      en: 'contains a tab or line break (U+000A) at character 3; write it on one line.',
    });
    expect(textCharacterProblem('a\tb')?.en).toMatch(/tab or line break \(U\+0009\)/);
    expect(textCharacterProblem('a\u2028b')?.en).toMatch(/line or paragraph separator \(U\+2028\)/);
  });

  it('refuses every bidirectional embedding, override and isolate', () => {
    for (const codePoint of [
      0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
    ]) {
      const problem = textCharacterProblem(
        `invoice\u00a0${String.fromCodePoint(codePoint)}fdp.exe`,
        {
          multiline: true,
        },
      );
      expect(problem?.en).toContain(`(U+${codePoint.toString(16).toUpperCase()}) at character 9`);
      expect(problem?.en).toContain('another order than it is stored');
      expect(problem?.zh).toContain('第 9 个字符是双向文本控制符');
    }
  });

  it('reports a NUL as the unstorable character it is', () => {
    expect(textCharacterProblem('a\u0000', { multiline: true })?.en).toBe(
      'contains a NUL character (U+0000) at character 2; remove it.',
    );
  });
});

describe('isInvisible', () => {
  it('is true for white space and default-ignorable characters only', () => {
    for (const text of [
      '',
      ' ',
      '\u200b\u200b\u200b',
      '\ufeff',
      '\u200c\u200d',
      '\u2060\u00ad',
      '\u3000\u3164',
    ]) {
      expect(isInvisible(text)).toBe(true);
    }
  });

  it('is false as soon as one character shows', () => {
    for (const text of ['\u200b路\u200b', '.', '👍', 'a\u200d']) {
      expect(isInvisible(text)).toBe(false);
    }
  });
});
