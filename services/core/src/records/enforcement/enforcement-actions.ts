import type { InputProblems } from '@city-ops/kernel';
import type { EnforcementRecordTable } from '../../database/tables.js';
import type { RequestContext } from '../../node-context.js';
import type { ActionInput, RecordAction } from '../act-on-record.js';
import type { EnforcementSubject } from './enforcement-machine.js';
import type { Updateable } from 'kysely';

/** What an enforcement action changes besides the state, once its input is valid. */
export interface EnforcementEffect {
  set?: Updateable<EnforcementRecordTable>;
  detail?: Record<string, unknown>;
  /** The history/audit comment (a stated reason, for instance). */
  comment?: string | null;
}

/**
 * An enforcement action: its input is checked on its own first, because the
 * statutory guards of the machine judge the checked values (two investigators, a
 * fine within the summary limits), then what it writes is decided on the record.
 */
export interface EnforcementAction<P extends Record<string, unknown>> {
  /** Checks the input on its own (formats, ranges) and returns it parsed. */
  parse?: (problems: InputProblems) => P;
  /**
   * What the action writes, given the record; may add problems only the record can
   * reveal (a time before the notice, an amount that is not the amount due).
   */
  effect?: (
    subject: EnforcementSubject,
    parsed: P,
    problems: InputProblems,
    now: Date,
  ) => EnforcementEffect;
}

/** An enforcement action as a step of the shared record workflow (operation enforcement.act: enforcementKind.actionOperation). */
export function enforcementAction<I extends ActionInput, P extends Record<string, unknown>>(
  action: string,
  define: (input: I, context: RequestContext) => EnforcementAction<P>,
): RecordAction<'enforcement_record', EnforcementSubject, I, P> {
  return {
    action,
    parse: (input, problems, context) => define(input, context).parse?.(problems) ?? ({} as P),
    effect: ({ input, context, subject, parsed, problems, clock }) =>
      define(input, context).effect?.(subject, parsed, problems, clock.now) ?? {},
  };
}
