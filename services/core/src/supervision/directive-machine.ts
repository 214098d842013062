import type { StateMachine } from '../workflow/state-machine.js';
import type { DirectiveRow, DirectiveStepRow } from '../database/sync-tables.js';

/** A directive as one addressee (a province or city node) has answered it. */
export interface DirectiveAtAddressee {
  directive: DirectiveRow;
  /** The addressee's own steps. */
  steps: DirectiveStepRow[];
  state: string;
}

export const directiveMachine: StateMachine<DirectiveAtAddressee> = {
  entity: 'directive',
  title: 'Directives (部级指令), per addressee',
  initial: 'ISSUED',
  states: [
    { name: 'ISSUED', label: '已下发' },
    { name: 'ACKNOWLEDGED', label: '已签收' },
    { name: 'REPORTED', label: '已报告' },
  ],
  transitions: [
    {
      action: 'acknowledge',
      label: '签收',
      from: ['ISSUED'],
      to: 'ACKNOWLEDGED',
      roles: ['provincial-supervisor', 'city-supervisor', 'dispatcher'],
    },
    {
      action: 'report',
      label: '报告',
      from: ['ACKNOWLEDGED', 'REPORTED'],
      to: 'REPORTED',
      roles: ['provincial-supervisor', 'city-supervisor'],
      guardText: 'a report is required',
      guard: ({ input }) =>
        typeof input['comment'] === 'string' && input['comment'].trim().length >= 2
          ? undefined
          : 'write the report (input.comment)',
    },
  ],
  stateOf: (record) => record.state,
};

export function foldDirective(
  directive: DirectiveRow,
  steps: DirectiveStepRow[],
): DirectiveAtAddressee {
  const ordered = [...steps].sort(
    (a, b) => a.created_at.getTime() - b.created_at.getTime() || (a.id < b.id ? -1 : 1),
  );
  let state = directiveMachine.initial;
  for (const step of ordered) {
    const transition = directiveMachine.transitions.find(
      (candidate) => candidate.action === step.action && candidate.from.includes(state),
    );
    if (transition) state = transition.to;
  }
  return { directive, steps: ordered, state };
}
