import { guard } from '../workflow/define-machine.js';
import type { Guard } from '../workflow/define-machine.js';

/** A step that is only taken with words (a report, a reason): `input.comment` of two characters or more. */
export function commentRequired(text: string, refusal: string): Guard<unknown> {
  return guard(text, ({ input }) =>
    typeof input['comment'] === 'string' && input['comment'].trim().length >= 2
      ? undefined
      : refusal,
  );
}
