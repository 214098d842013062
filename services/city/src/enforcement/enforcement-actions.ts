import { InputProblems, authorize, clientError, notFound } from '@city-ops/kernel';
import {
  findRecordInScope,
  inScope,
  planTransition,
  recordTransition,
  rowScopeAt,
  workingCalendarOf,
} from '@city-ops/core';
import type { EnforcementRecordRow, EnforcementRecordTable, RequestContext } from '@city-ops/core';
import { enforcementChangePayload } from './enforcement-change-payload.js';
import { enforcementMachine } from './enforcement-machine.js';
import type { EnforcementSubject } from './enforcement-machine.js';
import type { Updateable } from 'kysely';

/** Every enforcement action names the record and the version the user looked at. */
export interface EnforcementActionInput {
  id: string;
  version: number;
  comment?: string | null;
}

/** What an action changes besides the state, once its input is valid. */
export interface EnforcementEffect {
  set?: Updateable<EnforcementRecordTable>;
  detail?: Record<string, unknown>;
  /** The history/audit comment (a stated reason, for instance). */
  comment?: string | null;
}

export interface EnforcementAction<P extends Record<string, unknown>> {
  /**
   * Checks the input on its own (formats, ranges) and returns it parsed; the guards
   * of the machine see the parsed values. Problems go to `problems`.
   */
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

/**
 * One enforcement action, all or nothing: load the record inside the caller's row
 * scope, refuse a stale version (CONFLICT), check the input (BAD_USER_INPUT naming
 * every bad field), plan the transition from the machine (state, role, guard →
 * INVALID_TRANSITION listing what is allowed), then write the record, its history,
 * change-log and audit entries in one transaction.
 */
export async function actOnEnforcement<P extends Record<string, unknown>>(
  context: RequestContext,
  action: string,
  input: EnforcementActionInput,
  { parse, effect }: EnforcementAction<P>,
): Promise<EnforcementRecordRow> {
  const { node, principal } = context;
  const scope = rowScopeAt(node, authorize(principal, 'enforcement.act'));
  if (!scope)
    throw notFound(`No enforcement record ${input.id} at this node inside your division.`);
  // Read before the transaction opens: PGlite has a single connection.
  const calendar = await workingCalendarOf(node);
  return inScope(node.db, scope, async (trx) => {
    const row = await findRecordInScope(trx, 'enforcement_record', input.id, scope);
    if (!row) {
      throw notFound(`No enforcement record ${input.id} inside your division ${scope.division}.`);
    }
    if (row.version !== input.version) {
      throw clientError(
        'CONFLICT',
        `Enforcement record ${row.number} is at version ${row.version}, not ${input.version}: someone acted on it since you loaded it. Reload it and decide again.`,
        { id: row.id, currentVersion: row.version },
      );
    }
    const problems = new InputProblems();
    const comment = problems.text('input.comment', input.comment, { max: 1000 });
    const parsed = parse ? parse(problems) : ({} as P);
    problems.throwIfAny();
    const subject: EnforcementSubject = { row, calendar, timeZone: node.timeZone };
    const now = new Date();
    const transition = planTransition(enforcementMachine, action, {
      record: subject,
      principal,
      input: parsed,
      now,
    });
    const written = effect ? effect(subject, parsed, problems, now) : {};
    problems.throwIfAny();
    return recordTransition(trx, context, {
      table: 'enforcement_record',
      entity: 'enforcement_record',
      id: row.id,
      expectedVersion: input.version,
      action,
      from: row.status,
      to: transition.to,
      set: written.set as Record<string, unknown> | undefined,
      comment: written.comment ?? comment,
      detail: written.detail,
      payload: enforcementChangePayload,
    });
  });
}
