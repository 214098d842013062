/**
 * What a text sent by a client may hold. Every free-text input is checked by
 * `InputProblems.text` against these rules, and every argument value of every request
 * (`useInputErrorCodes`) against `unstorableCharacterProblem`, so a client's mistake is
 * BAD_USER_INPUT naming the field instead of a database error.
 */

import type { Bilingual } from './language/bilingual.js';

/** Where a multi-line text is allowed (contents, descriptions, replies, reasons, comments). */
export interface TextShape {
  multiline?: boolean;
}

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/** Left-to-right/right-to-left embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
const isBidiControl = (codePoint: number) =>
  (codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069);

/** C0 controls, DEL and C1 controls: terminal escapes, NUL, backspace… */
const isControl = (codePoint: number) =>
  codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f);

const isSurrogate = (codePoint: number) => codePoint >= 0xd800 && codePoint <= 0xdfff;

/**
 * What remains visible: without white space and default-ignorable code points (zero-width
 * space and joiners, word joiner, BOM, soft hyphen, variation selectors, Hangul fillers…).
 */
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}]/gu;

/**
 * A character no text may carry anywhere: NUL (PostgreSQL's text cannot hold it and refuses
 * the whole statement) and an unpaired UTF-16 surrogate (not Unicode: it would be stored as
 * U+FFFD, silently changed). Undefined when there is none.
 */
export function unstorableCharacterProblem(value: string): Bilingual | undefined {
  let position = 0;
  for (const character of value) {
    position += 1;
    const codePoint = character.codePointAt(0)!;
    if (codePoint === 0) {
      return {
        zh: `第 ${position} 个字符是空字符 (U+0000)，请删除。`,
        en: `contains a NUL character (U+0000) at character ${position}; remove it.`,
      };
    }
    if (isSurrogate(codePoint)) {
      return {
        zh: `第 ${position} 个字符是不成对的 UTF-16 代理项 (${hex(codePoint)})，不是有效的 Unicode 文本；请以有效的 UTF-8 发送。`,
        en: `contains an unpaired UTF-16 surrogate (${hex(codePoint)}) at character ${position}, which is not Unicode text; send valid UTF-8.`,
      };
    }
  }
  return undefined;
}

/**
 * The first character a text of this shape may not hold, as a problem message: control
 * characters (only tab, line feed and a carriage return before a line feed, and only in a
 * multi-line text), bidirectional overrides and isolates (they make text display in an
 * order other than the one stored: a filename or an amount can be made to read backwards),
 * and what `unstorableCharacterProblem` refuses. Undefined when the text is clean.
 */
export function textCharacterProblem(value: string, shape: TextShape = {}): Bilingual | undefined {
  const unstorable = unstorableCharacterProblem(value);
  if (unstorable) return unstorable;
  const characters = [...value];
  for (const [index, character] of characters.entries()) {
    const codePoint = character.codePointAt(0)!;
    const at = `at character ${index + 1}`;
    const position = `第 ${index + 1} 个字符`;
    if (isControl(codePoint)) {
      const lineBreak =
        codePoint === 0x0a ||
        codePoint === 0x09 ||
        (codePoint === 0x0d && characters[index + 1] === '\n');
      if (shape.multiline && lineBreak) continue;
      return shape.multiline || !lineBreak
        ? {
            zh: `${position}是控制字符 (${hex(codePoint)})，请删除（多行文本中只允许制表符和换行）。`,
            en: `contains a control character (${hex(codePoint)}) ${at}; remove it (only tabs and line breaks are allowed in a multi-line text).`,
          }
        : {
            zh: `${position}是制表符或换行 (${hex(codePoint)})，请写在一行内。`,
            en: `contains a tab or line break (${hex(codePoint)}) ${at}; write it on one line.`,
          };
    }
    if ((codePoint === 0x2028 || codePoint === 0x2029) && !shape.multiline) {
      return {
        zh: `${position}是行或段落分隔符 (${hex(codePoint)})，请写在一行内。`,
        en: `contains a line or paragraph separator (${hex(codePoint)}) ${at}; write it on one line.`,
      };
    }
    if (isBidiControl(codePoint)) {
      return {
        zh: `${position}是双向文本控制符 (${hex(codePoint)})，会使文字显示的顺序与存储的不同，请删除。`,
        en: `contains a bidirectional override or isolate (${hex(codePoint)}) ${at}, which makes text display in another order than it is stored; remove it.`,
      };
    }
  }
  return undefined;
}

/** Whether nothing of `value` would be seen: only white space and invisible characters. */
export function isInvisible(value: string): boolean {
  return value.replace(INVISIBLE, '').length === 0;
}
