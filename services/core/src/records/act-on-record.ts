import type { Bilingual } from '@city-ops/kernel';
import type { Transaction, Updateable } from 'kysely';
import {
  authorize,
  clientError,
  InputProblems,
  notFound,
  ownerDivisionOfId,
} from '@city-ops/kernel';
import { workingCalendarOf } from '../calendar/working-calendar-cache.js';
import { inScope } from '../database/scoped-transaction.js';
import type { Database } from '../database/tables.js';
import type { RequestContext } from '../node-context.js';
import { assertOwner } from '../ownership.js';
import { rowScopeAt } from '../permissions/row-scope.js';
import { recordTransition } from '../workflow/record-transition.js';
import { planTransition } from '../workflow/state-machine.js';
import { findRecordInScope } from './find-record-in-scope.js';
import { recordChangePayload } from './personal-columns.js';
import type { RecordClock, RecordKind, RecordRow, RecordTable } from './record-kind.js';

/** Every action names the record and the version the user looked at. */
export interface ActionInput {
  id: string;
  version: number;
  comment?: string | null;
}

/** What an action changes besides the state, once its input is valid. */
export interface ActionEffect<T extends RecordTable> {
  set?: Updateable<Database[T]>;
  detail?: Record<string, unknown>;
  /** The history and audit comment (a stated reason, for instance); default: `input.comment`. */
  comment?: string | null;
  /** Follow-up writes in the same transaction (closing merged tickets with their parent). */
  after?: (updated: RecordRow<T>, trx: Transaction<Database>) => Promise<void>;
}

/** What an action's effect sees: the record, the machine's view of it, the input as sent and as checked. */
export interface ActionScene<T extends RecordTable, Subject, I, P> {
  context: RequestContext;
  record: RecordRow<T>;
  subject: Subject;
  input: I;
  parsed: P;
  trx: Transaction<Database>;
  problems: InputProblems;
  clock: RecordClock;
}

/** One mutation of a record kind's workflow. */
export interface RecordAction<T extends RecordTable, Subject, I extends ActionInput, P> {
  /**
   * The machine's action it takes; a function when the input picks one (verifyCase: pass
   * or fail). The kind's `actionOperation` brings a user near it; the machine's roles and
   * guards then decide.
   */
  action: string | ((input: I) => string);
  /** Checks the input on its own (formats, ranges); the machine's guards see what it returns. */
  parse?: (input: I, problems: InputProblems, context: RequestContext) => P;
  /** What the action writes; may add problems only the record can reveal. */
  effect?: (scene: ActionScene<T, Subject, I, P>) => ActionEffect<T> | Promise<ActionEffect<T>>;
}

/** An action of a kind whose machine sees the row itself (tickets, cases). */
export type RowAction<T extends RecordTable, I extends ActionInput> = RecordAction<
  T,
  RecordRow<T>,
  I,
  unknown
>;

/** What such an action writes, from the record and its input. */
export type RowActionEffect<T extends RecordTable, I extends ActionInput> = NonNullable<
  RowAction<T, I>['effect']
>;

/**
 * A kind's builder of such actions: each takes one action of the machine and writes
 * what its effect says (nothing but the transition when it has none).
 */
export const rowActions =
  <T extends RecordTable, A extends string = string>() =>
  <I extends ActionInput = ActionInput>(
    action: A,
    effect?: RowActionEffect<T, I>,
  ): RowAction<T, I> => ({
    action,
    ...(effect ? { effect } : {}),
  });

/**
 * One action on a record, all or nothing: the record must belong to this node
 * (NOT_OWNER), the user must hold the action's operation (FORBIDDEN); the record is
 * loaded inside that operation's row scope (another unit's record is NOT_FOUND), a
 * stale version is a CONFLICT, the input is checked (BAD_USER_INPUT naming every
 * bad field), the machine plans the transition (state, role, guard →
 * INVALID_TRANSITION listing what is allowed), and the record, its history, change
 * log and audit entries, and any follow-up are written in one transaction.
 */
export async function actOnRecord<T extends RecordTable, Subject, I extends ActionInput, P>(
  kind: RecordKind<T, Subject>,
  context: RequestContext,
  definition: RecordAction<T, Subject, I, P>,
  input: I,
): Promise<RecordRow<T>> {
  const { node, principal } = context;
  const owner = ownerDivisionOfId(String(input.id), 'input.id');
  assertOwner(node, owner, 'input.id');
  const action =
    typeof definition.action === 'function' ? definition.action(input) : definition.action;
  const access = authorize(principal, kind.actionOperation(action));
  const scope = rowScopeAt(node, access);
  const reach: Bilingual =
    access.scope === 'unit'
      ? { zh: `单位 ${access.unit ?? ''}`, en: `unit ${access.unit ?? ''}` }
      : access.scope === 'grid'
        ? { zh: `网格 ${access.grid ?? ''}`, en: `grid ${access.grid ?? ''}` }
        : {
            zh: `行政区划 ${scope?.division ?? access.division}`,
            en: `division ${scope?.division ?? access.division}`,
          };
  const missing = () =>
    notFound({
      zh: `没有您可以办理的${kind.nounInChinese} ${input.id}：它不存在，或不在您的${reach.zh} 范围内。`,
      en: `No ${kind.noun} ${input.id} that you may act on: it does not exist, or it is outside your ${reach.en}.`,
    });
  if (!scope) throw missing();
  // Read before the transaction opens: PGlite has a single connection.
  const clock: RecordClock = {
    calendar: await workingCalendarOf(node),
    timeZone: node.timeZone,
    now: new Date(),
  };
  return inScope(node.db, scope, async (trx) => {
    const record = await findRecordInScope(trx, kind.table, input.id, scope);
    if (!record) throw missing();
    const current = record as unknown as { number: string; version: number; status: string };
    if (current.version !== input.version) {
      throw clientError(
        'CONFLICT',
        {
          zh: `${kind.nounInChinese} ${current.number} 当前是第 ${current.version} 版，不是第 ${input.version} 版：您打开后已有人办理过。请刷新后重新操作。`,
          en: `${kind.noun[0]!.toUpperCase()}${kind.noun.slice(1)} ${current.number} is at version ${current.version}, not ${input.version}: someone acted on it since you loaded it. Reload it and decide again.`,
        },
        { id: input.id, currentVersion: current.version },
      );
    }
    const problems = new InputProblems();
    const comment = problems.text('input.comment', input.comment, { max: 1000, multiline: true });
    const parsed = definition.parse ? definition.parse(input, problems, context) : ({} as P);
    problems.throwIfAny();
    const subject = kind.subjectOf(record, clock);
    const transition = planTransition(kind.machine, action, {
      record: subject,
      principal,
      input: parsed as Record<string, unknown>,
      now: clock.now,
    });
    const effect = definition.effect
      ? await definition.effect({ context, record, subject, input, parsed, trx, problems, clock })
      : {};
    problems.throwIfAny();
    const updated = await recordTransition(trx, context, {
      table: kind.table,
      entity: kind.table,
      id: input.id,
      expectedVersion: input.version,
      action,
      from: current.status,
      to: transition.to,
      set: effect.set as Record<string, unknown> | undefined,
      comment: effect.comment ?? comment,
      detail: effect.detail,
      payload: (row) => recordChangePayload(kind, row),
    });
    await effect.after?.(updated, trx);
    return updated;
  });
}
