import type { Bilingual } from '@city-ops/kernel';
import { inputRule } from '../workflow/define-machine.js';
import type { InputRule } from '../workflow/define-machine.js';

/**
 * A step that is only taken with words (a report, a reason): `input.comment` of two
 * characters or more. It is an input check, not a guard: the step is open (and listed)
 * whatever the request carries, and the request is refused until it carries the words.
 */
export function commentRequired(text: string, refusal: Bilingual): InputRule<unknown> {
  return inputRule(text, ({ input }) =>
    typeof input['comment'] === 'string' && input['comment'].trim().length >= 2
      ? undefined
      : refusal,
  );
}
