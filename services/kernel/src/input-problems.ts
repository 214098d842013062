import { clientError } from './errors.js';
import { aboutField, joinBilingual } from './language/bilingual.js';
import type { Bilingual } from './language/bilingual.js';
import { withChinese } from './language/error-language.js';
import { isInvisible, textCharacterProblem } from './input-text.js';
import type { TextShape } from './input-text.js';

/**
 * Collects every problem of one input so an agent fixes the whole form at once;
 * `throwIfAny` raises a single BAD_USER_INPUT whose message lists them and whose
 * extensions carry `field` (the first) and `problems` (all) for the client.
 */
export class InputProblems {
  private readonly problems: { field: string; message: Bilingual }[] = [];

  add(field: string, message: Bilingual): void {
    this.problems.push({ field, message });
  }

  /**
   * The one check of a client's free text (titles, contents, names, addresses, reasons,
   * comments…): no control characters (tab and line breaks only where `multiline`), no
   * bidirectional overrides or isolates, not only invisible characters, and a length in
   * characters after trimming. Returns the trimmed text, or null when it is missing, blank
   * or refused (so nothing refused is used before `throwIfAny`).
   */
  text(
    field: string,
    value: string | null | undefined,
    { min = 0, max, multiline = false }: { min?: number; max: number } & TextShape,
  ): string | null {
    if (value === null || value === undefined) {
      if (min > 0) this.add(field, { zh: '必填。', en: 'is required.' });
      return null;
    }
    // White space around the text (a trailing line break in a title) is trimmed away, not refused.
    const trimmed = value.trim();
    const refused = textCharacterProblem(trimmed, { multiline });
    if (refused) {
      this.add(field, refused);
      return null;
    }
    if (trimmed.length > 0 && isInvisible(trimmed)) {
      this.add(field, {
        zh:
          '只含不可见字符（零宽空格、零宽连接符、字节顺序标记等）；请填写可见的文字' +
          (min > 0 ? '。' : '，或者不填。'),
        en:
          'holds only invisible characters (zero-width spaces or joiners, byte-order marks…); write visible text' +
          (min > 0 ? '.' : ', or leave it out.'),
      });
      return null;
    }
    const length = [...trimmed].length;
    if (length < min)
      this.add(
        field,
        min === 1
          ? { zh: '不能为空。', en: 'must not be empty.' }
          : { zh: `至少 ${min} 个字符。`, en: `must be at least ${min} characters.` },
      );
    else if (length > max)
      this.add(field, {
        zh: `最多 ${max} 个字符（现有 ${length} 个）。`,
        en: `must be at most ${max} characters (got ${length}).`,
      });
    return trimmed.length > 0 ? trimmed : null;
  }

  get isEmpty(): boolean {
    return this.problems.length === 0;
  }

  throwIfAny(): void {
    const [first] = this.problems;
    if (!first) return;
    const message = joinBilingual(
      this.problems.map((problem) => aboutField(problem.field, problem.message)),
    );
    const inLanguage = (language: 'zh' | 'en') =>
      this.problems.map(({ field, message }) => ({ field, message: message[language] }));
    const error = clientError('BAD_USER_INPUT', message, {
      field: first.field,
      problems: inLanguage('en'),
    });
    throw withChinese(error, { message: message.zh, problems: inLanguage('zh') });
  }
}
