import { divisionContains } from '@city-ops/schema';
import {
  InputProblems,
  authorize,
  clientError,
  forbidden,
  notFound,
  ownerDivisionOfId,
} from '@city-ops/kernel';
import {
  assertOwner,
  caseChangePayload,
  caseViews,
  findRecordInScope,
  inScope,
  planTransition,
  recordTransition,
  rowScopeAt,
  workingCalendarOf,
} from '@city-ops/core';
import type {
  CaseReportRow,
  CaseView,
  Database,
  RequestContext,
  WorkingCalendar,
} from '@city-ops/core';
import { caseMachine } from './case-machine.js';
import { caseActionMutations } from './case-mutations.js';
import type { CaseAction } from './case-mutations.js';
import type { Transaction } from 'kysely';

/** Every case action names the case and the version the user looked at. */
export interface CaseActionInput {
  id: string;
  version: number;
  comment?: string | null;
}

/** What an action changes besides the state, once its input is valid. */
export interface CaseActionEffect {
  set?: Partial<CaseReportRow>;
  detail?: Record<string, unknown>;
  /** The history/audit comment (a stated reason, for instance); default: `input.comment`. */
  comment?: string | null;
}

export interface CaseActionScene {
  record: CaseReportRow;
  trx: Transaction<Database>;
  problems: InputProblems;
  calendar: WorkingCalendar;
  now: Date;
}

export type CaseActionEffects = (
  scene: CaseActionScene,
) => Promise<CaseActionEffect> | CaseActionEffect;

/**
 * One case action, all or nothing: the case must belong to this node (NOT_OWNER),
 * the user must hold the action's operation (FORBIDDEN); the case is loaded inside
 * that operation's row scope (another unit's case is NOT_FOUND), a stale version is
 * a CONFLICT, the machine plans the transition (state, role, guard →
 * INVALID_TRANSITION listing what is allowed), the action's input is validated
 * (BAD_USER_INPUT naming every bad field), and the case, its history, change-log and
 * audit entries are written in one transaction.
 */
export async function actOnCase(
  context: RequestContext,
  action: CaseAction,
  input: CaseActionInput,
  effects: CaseActionEffects = () => ({}),
): Promise<CaseView> {
  const { node, principal } = context;
  const owner = ownerDivisionOfId(String(input.id), 'input.id');
  assertOwner(node, owner, 'input.id');
  const access = authorize(principal, caseActionMutations[action].operation);
  const scope = rowScopeAt(node, access);
  if (!scope || !divisionContains(access.division, owner)) {
    throw forbidden(
      `Case ${input.id} belongs to ${owner}, outside your division ${access.division}.`,
      { operation: access.operation },
    );
  }
  // Loaded before the transaction: PGlite has one connection, which the transaction holds.
  const calendar = await workingCalendarOf(node);
  const now = new Date();
  return inScope(node.db, scope, async (trx) => {
    const record = await findRecordInScope(trx, 'case_report', input.id, scope);
    if (!record) {
      throw notFound(
        `No case ${input.id} that you may act on: it does not exist, or it is outside your ${access.scope === 'unit' ? `unit ${access.unit ?? ''}` : access.scope === 'grid' ? `grid ${access.grid ?? ''}` : `division ${scope.division}`}.`,
      );
    }
    if (record.version !== input.version) {
      throw clientError(
        'CONFLICT',
        `Case ${record.number} is at version ${record.version}, not ${input.version}: someone acted on it since you loaded it. Reload it and decide again.`,
        { id: record.id, currentVersion: record.version },
      );
    }
    const transition = planTransition(caseMachine, action, {
      record,
      principal,
      input: input as unknown as Record<string, unknown>,
      now,
    });
    const problems = new InputProblems();
    const comment = problems.text('input.comment', input.comment, { max: 1000 });
    const effect = await effects({ record, trx, problems, calendar, now });
    problems.throwIfAny();
    const updated = await recordTransition(trx, context, {
      table: 'case_report',
      entity: 'case_report',
      id: record.id,
      expectedVersion: input.version,
      action,
      from: record.status,
      to: transition.to,
      set: effect.set as Record<string, unknown> | undefined,
      comment: effect.comment ?? comment,
      detail: effect.detail,
      payload: caseChangePayload,
    });
    const [view] = await caseViews(trx, [updated]);
    if (!view) throw new Error(`case ${updated.id} vanished inside its own transaction`);
    return view;
  });
}
