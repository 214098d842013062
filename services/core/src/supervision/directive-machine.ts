import type { StateMachine } from '../workflow/state-machine.js';
import { defineMachine, move } from '../workflow/define-machine.js';
import { foldSteps } from '../workflow/fold-steps.js';
import type { DirectiveRow, DirectiveStepRow } from '../database/sync-tables.js';
import { commentRequired } from './comment-required.js';

/** A directive as one addressee (a province or city node) has answered it. */
export interface DirectiveAtAddressee {
  directive: DirectiveRow;
  /** The addressee's own steps. */
  steps: DirectiveStepRow[];
  state: string;
}

export const directiveMachine: StateMachine<DirectiveAtAddressee> = defineMachine({
  entity: 'directive',
  title: 'Directives (部级指令), per addressee',
  states: { ISSUED: '已下发', ACKNOWLEDGED: '已签收', REPORTED: '已报告' },
  transitions: [
    move('acknowledge', '签收', 'ISSUED', 'ACKNOWLEDGED', [
      'provincial-supervisor',
      'city-supervisor',
      'dispatcher',
    ]),
    move(
      'report',
      '报告',
      ['ACKNOWLEDGED', 'REPORTED'],
      'REPORTED',
      ['provincial-supervisor', 'city-supervisor'],
      commentRequired('a report is required', 'write the report (input.comment)'),
    ),
  ],
  stateOf: (record: DirectiveAtAddressee) => record.state,
});

export function foldDirective(
  directive: DirectiveRow,
  steps: DirectiveStepRow[],
): DirectiveAtAddressee {
  const { steps: ordered, state } = foldSteps(directiveMachine, steps);
  return { directive, steps: ordered, state };
}
