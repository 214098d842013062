import type { StateMachine } from '../workflow/state-machine.js';
import type { SupervisionOrderRow, SupervisionStepRow } from '../database/sync-tables.js';

/**
 * A supervision order with the steps taken on it so far. The order belongs to the
 * province and each step to the node that took it, so the state is not stored
 * anywhere: every node folds the steps it holds, in time order, through the machine.
 */
export interface SupervisionCase {
  order: SupervisionOrderRow;
  steps: SupervisionStepRow[];
  state: string;
  /** The unit the city assigned the order to (the latest assign step). */
  handlingUnit: string | null;
}

export const supervisionMachine: StateMachine<SupervisionCase> = {
  entity: 'supervision_order',
  title: 'Supervision orders (督办)',
  initial: 'ISSUED',
  states: [
    { name: 'ISSUED', label: '已下发' },
    { name: 'SIGNED', label: '已签收' },
    { name: 'ASSIGNED', label: '已交办' },
    { name: 'REPLIED', label: '已反馈' },
    { name: 'RETURNED', label: '已退回' },
    { name: 'CLOSED', label: '已办结' },
  ],
  transitions: [
    { action: 'sign', label: '签收', from: ['ISSUED'], to: 'SIGNED', roles: ['dispatcher'] },
    {
      action: 'assign',
      label: '交办',
      from: ['SIGNED', 'RETURNED'],
      to: 'ASSIGNED',
      roles: ['dispatcher'],
    },
    {
      action: 'reply',
      label: '反馈',
      from: ['ASSIGNED', 'RETURNED'],
      to: 'REPLIED',
      roles: ['handling-unit', 'dispatcher'],
      guardText: 'a handling unit replies only to orders assigned to it',
      guard: ({ record, principal }) =>
        principal.roles.includes('dispatcher') || principal.department === record.handlingUnit
          ? undefined
          : `the order is assigned to ${record.handlingUnit ?? 'no unit'}, not to your unit`,
    },
    {
      action: 'close',
      label: '办结',
      from: ['REPLIED'],
      to: 'CLOSED',
      roles: ['provincial-supervisor'],
    },
    {
      action: 'return',
      label: '退回',
      from: ['REPLIED'],
      to: 'RETURNED',
      roles: ['provincial-supervisor'],
      guardText: 'a reason is required',
      guard: ({ input }) =>
        typeof input['comment'] === 'string' && input['comment'].trim().length >= 2
          ? undefined
          : 'say why the reply is not enough (input.comment)',
    },
  ],
  stateOf: (record) => record.state,
};

/** The order's state after its steps, oldest first; a step that does not fit is skipped. */
export function foldSupervision(
  order: SupervisionOrderRow,
  steps: SupervisionStepRow[],
): SupervisionCase {
  const ordered = [...steps].sort(
    (a, b) => a.created_at.getTime() - b.created_at.getTime() || (a.id < b.id ? -1 : 1),
  );
  let state = supervisionMachine.initial;
  let handlingUnit: string | null = null;
  for (const step of ordered) {
    const transition = supervisionMachine.transitions.find(
      (candidate) => candidate.action === step.action && candidate.from.includes(state),
    );
    if (!transition) continue;
    state = transition.to;
    if (step.action === 'assign') handlingUnit = step.handling_unit;
  }
  return { order, steps: ordered, state, handlingUnit };
}

/** Open past its deadline: not yet answered (replied or closed) in time. */
export function isSupervisionOverdue(supervision: SupervisionCase, now: Date): boolean {
  return (
    supervision.order.deadline < now &&
    supervision.state !== 'REPLIED' &&
    supervision.state !== 'CLOSED'
  );
}
