import { clientError } from './errors.js';
import { isInvisible, textCharacterProblem } from './input-text.js';
import type { TextShape } from './input-text.js';

/**
 * Collects every problem of one input so an agent fixes the whole form at once;
 * `throwIfAny` raises a single BAD_USER_INPUT whose message lists them and whose
 * extensions carry `field` (the first) and `problems` (all) for the client.
 */
export class InputProblems {
  private readonly problems: { field: string; message: string }[] = [];

  add(field: string, message: string): void {
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
      if (min > 0) this.add(field, 'is required.');
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
      this.add(
        field,
        'holds only invisible characters (zero-width spaces or joiners, byte-order marks…); write visible text' +
          (min > 0 ? '.' : ', or leave it out.'),
      );
      return null;
    }
    const length = [...trimmed].length;
    if (length < min)
      this.add(field, min === 1 ? 'must not be empty.' : `must be at least ${min} characters.`);
    else if (length > max) this.add(field, `must be at most ${max} characters (got ${length}).`);
    return trimmed.length > 0 ? trimmed : null;
  }

  get isEmpty(): boolean {
    return this.problems.length === 0;
  }

  throwIfAny(): void {
    const [first] = this.problems;
    if (!first) return;
    const message = this.problems
      .map((problem) => `${problem.field}: ${problem.message}`)
      .join(' ');
    throw clientError('BAD_USER_INPUT', message, { field: first.field, problems: this.problems });
  }
}
