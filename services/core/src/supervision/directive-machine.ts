import { owningCityOf } from '@city-ops/schema';
import type { StateMachine, StateContext } from '../workflow/state-machine.js';
import { defineMachine, guard, move } from '../workflow/define-machine.js';
import { foldSteps } from '../workflow/fold-steps.js';
import type { DirectiveRow, DirectiveStepRow } from '../database/sync-tables.js';
import { commentRequired } from './comment-required.js';
import type { MachineEnglish } from '../workflow/machine-english.js';

/** A directive as one addressee (a province or city node) has answered it. */
export interface DirectiveAtAddressee {
  directive: DirectiveRow;
  /** The addressee answering here (the node's division), or null where no one answers (the ministry). */
  addressee: string | null;
  /** The addressee's own steps. */
  steps: DirectiveStepRow[];
  state: string;
}

/**
 * An addressee answers for itself: a province's users for the province, a city's
 * (its districts' included) for the city — never a province on behalf of one of its
 * cities, nor anyone where the directive is not being answered.
 */
const ownAddressee = guard(
  "the addressee's own users answer",
  ({ record, principal }: StateContext<DirectiveAtAddressee>) => {
    const { addressee } = record;
    if (addressee === null) {
      return { zh: '该指令不在本节点答复', en: 'the directive is not answered at this node' };
    }
    return principal.division === addressee || owningCityOf(principal.division) === addressee
      ? undefined
      : {
          zh: `只有 ${addressee} 的用户可以答复该指令；您属于 ${principal.division}`,
          en: `only users of ${addressee} answer for it; you sit in ${principal.division}`,
        };
  },
);

export const directiveMachine: StateMachine<DirectiveAtAddressee> = defineMachine({
  entity: 'directive',
  noun: '指令',
  title: 'Directives (部级指令), per addressee',
  states: { ISSUED: '已下发', ACKNOWLEDGED: '已签收', REPORTED: '已报告' },
  transitions: [
    move(
      'acknowledge',
      '签收',
      'ISSUED',
      'ACKNOWLEDGED',
      ['provincial-supervisor', 'city-supervisor', 'dispatcher'],
      ownAddressee,
    ),
    move(
      'report',
      '报告',
      ['ACKNOWLEDGED', 'REPORTED'],
      'REPORTED',
      ['provincial-supervisor', 'city-supervisor'],
      ownAddressee,
      commentRequired('a report is required', {
        zh: '请填写报告（input.comment）',
        en: 'write the report (input.comment)',
      }),
    ),
  ],
  stateOf: (record: DirectiveAtAddressee) => record.state,
});

/** The terms of a directive in English, beside the Chinese above (workflow/machine-english.ts). */
export const directiveMachineEnglish: MachineEnglish = {
  states: {
    ISSUED: 'Issued',
    ACKNOWLEDGED: 'Acknowledged',
    REPORTED: 'Reported',
  },
  actions: {
    签收: 'Acknowledge',
    报告: 'Report',
  },
};

/** The directive as `addressee` has answered it, from that addressee's own steps. */
export function foldDirective(
  directive: DirectiveRow,
  steps: DirectiveStepRow[],
  addressee: string | null,
): DirectiveAtAddressee {
  const { steps: ordered, state } = foldSteps(directiveMachine, steps);
  return { directive, addressee, steps: ordered, state };
}
