import { clientError } from './errors.js';

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

  /** Checks a text's length after trimming; returns the trimmed text. */
  text(
    field: string,
    value: string | null | undefined,
    { min = 0, max }: { min?: number; max: number },
  ): string | null {
    if (value === null || value === undefined) {
      if (min > 0) this.add(field, 'is required.');
      return null;
    }
    const trimmed = value.trim();
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
