import type { StateContext, StateMachine } from '../workflow/state-machine.js';
import { defineMachine, guard, move } from '../workflow/define-machine.js';
import { foldSteps } from '../workflow/fold-steps.js';
import type { Operation } from '@city-ops/kernel';
import type {
  SupervisionAction,
  SupervisionOrderRow,
  SupervisionStepRow,
} from '../database/sync-tables.js';
import { commentRequired } from './comment-required.js';
import type { MachineEnglish } from '../workflow/machine-english.js';

/**
 * A supervision order with the steps taken on it so far. The order belongs to the
 * province and each step to the node that took it, so the state is not stored
 * anywhere: every node folds the steps it holds, in time order, through the machine.
 */
export interface SupervisionCase {
  /** The order, with its record's number when the read looked it up (`withRecordNumber`). */
  order: SupervisionOrderRow & { record_number?: string | null };
  steps: SupervisionStepRow[];
  state: string;
  /** The unit the city assigned the order to (the latest assign step). */
  handlingUnit: string | null;
}

/** A unit replies only to an order assigned to it; the command centre to any. */
const assignedUnitOrDispatcher = guard(
  'a handling unit replies only to orders assigned to it',
  ({ record, principal }: StateContext<SupervisionCase>) =>
    principal.roles.includes('dispatcher') || principal.department === record.handlingUnit
      ? undefined
      : {
          zh: record.handlingUnit
            ? `该督办单已交办给 ${record.handlingUnit}，不是您的单位`
            : '该督办单尚未交办给任何单位',
          en: `the order is assigned to ${record.handlingUnit ?? 'no unit'}, not to your unit`,
        },
);

/**
 * The operation each step needs (the city handles an order, the province reviews it):
 * the policy's part of "may this user take it", asked by the step's mutation and by the
 * order's `allowedActions` alike, before the machine's roles and guards decide.
 */
export const supervisionStepOperations: Readonly<Record<SupervisionAction, Operation>> = {
  sign: 'supervision.handle',
  assign: 'supervision.handle',
  reply: 'supervision.handle',
  close: 'supervision.review',
  return: 'supervision.review',
};

export const supervisionMachine: StateMachine<SupervisionCase> = defineMachine({
  entity: 'supervision_order',
  noun: '督办单',
  title: 'Supervision orders (督办)',
  states: {
    ISSUED: '已下发',
    SIGNED: '已签收',
    ASSIGNED: '已交办',
    REPLIED: '已反馈',
    RETURNED: '已退回',
    CLOSED: '已办结',
  },
  transitions: [
    move('sign', '签收', 'ISSUED', 'SIGNED', ['dispatcher']),
    move('assign', '交办', ['SIGNED', 'RETURNED'], 'ASSIGNED', ['dispatcher']),
    move(
      'reply',
      '反馈',
      ['ASSIGNED', 'RETURNED'],
      'REPLIED',
      ['handling-unit', 'dispatcher'],
      assignedUnitOrDispatcher,
    ),
    move('close', '办结', 'REPLIED', 'CLOSED', ['provincial-supervisor']),
    move(
      'return',
      '退回',
      'REPLIED',
      'RETURNED',
      ['provincial-supervisor'],
      undefined,
      commentRequired('a reason is required', {
        zh: '请说明答复为何不够（input.comment）',
        en: 'say why the reply is not enough (input.comment)',
      }),
    ),
  ],
  stateOf: (record: SupervisionCase) => record.state,
});

/** The terms of a supervision order in English, beside the Chinese above (workflow/machine-english.ts). */
export const supervisionMachineEnglish: MachineEnglish = {
  states: {
    ISSUED: 'Issued',
    SIGNED: 'Signed for',
    ASSIGNED: 'Assigned',
    REPLIED: 'Replied',
    RETURNED: 'Returned',
    CLOSED: 'Closed',
  },
  actions: {
    签收: 'Sign for',
    交办: 'Assign',
    反馈: 'Reply',
    办结: 'Close',
    退回: 'Return',
  },
};

/** The order's state after its steps, oldest first; a step that does not fit is skipped. */
export function foldSupervision(
  order: SupervisionCase['order'],
  steps: SupervisionStepRow[],
): SupervisionCase {
  const { steps: ordered, applied, state } = foldSteps(supervisionMachine, steps);
  const assigned = applied.filter((step) => step.action === 'assign').at(-1);
  return { order, steps: ordered, state, handlingUnit: assigned?.handling_unit ?? null };
}

/** Open past its deadline: not yet answered (replied or closed) in time. */
export function isSupervisionOverdue(supervision: SupervisionCase, now: Date): boolean {
  return (
    supervision.order.deadline < now &&
    supervision.state !== 'REPLIED' &&
    supervision.state !== 'CLOSED'
  );
}
