import { describe, expect, it } from 'vitest';
import {
  machineOutcomes,
  ruleOutcomes,
  testPrincipal,
  workflowRules,
  workflowStates,
} from '../records/workflows-doc-rules.js';
import type { DirectiveRow, DirectiveStepRow } from '../database/sync-tables.js';
import { allowedActions, planTransition } from '../workflow/state-machine.js';
import type { TransitionContext } from '../workflow/state-machine.js';
import { directiveMachine, foldDirective } from './directive-machine.js';
import type { DirectiveAtAddressee } from './directive-machine.js';

const directive: DirectiveRow = {
  id: '100000-d1',
  number: 'ZL-1',
  issuer_division: '100000',
  division: '320000',
  title: '汛期排查',
  body: '排查易涝点',
  due_at: null,
  issued_by: 'ministry',
  version: 1,
  created_at: new Date('2026-11-20T08:00:00Z'),
  updated_at: new Date('2026-11-20T08:00:00Z'),
};

function step(id: string, action: DirectiveStepRow['action'], at: string): DirectiveStepRow {
  return {
    id,
    directive_id: directive.id,
    division: '320100',
    action,
    comment: null,
    actor: 'someone',
    version: 1,
    created_at: new Date(at),
    updated_at: new Date(at),
  };
}

function context(
  state: string,
  roles: string[],
  input: Record<string, unknown> = {},
  where: { addressee?: string | null; division?: string } = {},
): TransitionContext<DirectiveAtAddressee> {
  return {
    record: {
      directive,
      addressee: where.addressee === undefined ? '320100' : where.addressee,
      steps: [],
      state,
    },
    principal: testPrincipal(roles, { division: where.division ?? '320100' }),
    input,
    now: new Date('2026-11-25T08:00:00Z'),
  };
}

function refusalOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'allowed';
}

describe('the directive machine (部级指令) against docs/WORKFLOWS.md', () => {
  it('has the states of the table, starting in ISSUED', () => {
    expect(directiveMachine.states).toEqual(workflowStates('部级指令'));
    expect(directiveMachine.initial).toBe('ISSUED');
  });

  it('makes every move of the table from each state for each of its roles, and refuses every other', () => {
    const passing = (_action: string, state: string, role: string) =>
      context(state, [role], { comment: '已排查完毕' });
    expect(machineOutcomes(directiveMachine, passing)).toEqual(
      ruleOutcomes(directiveMachine, workflowRules('部级指令')),
    );
  });

  it('lists a report once acknowledged, and again after one, whatever the request will carry', () => {
    for (const state of ['ACKNOWLEDGED', 'REPORTED']) {
      expect(allowedActions(directiveMachine, context(state, ['city-supervisor']))).toEqual([
        'report',
      ]);
    }
    expect(allowedActions(directiveMachine, context('ISSUED', ['dispatcher']))).toEqual([
      'acknowledge',
    ]);
  });

  it("is answered only by the addressee's own users, and not at all where no one answers", () => {
    // A district's supervisor answers for its city; the province does not answer for the city.
    expect(
      allowedActions(
        directiveMachine,
        context('ISSUED', ['city-supervisor'], {}, { division: '320106' }),
      ),
    ).toEqual(['acknowledge']);
    expect(
      refusalOf(() =>
        planTransition(
          directiveMachine,
          'acknowledge',
          context('ISSUED', ['provincial-supervisor'], {}, { division: '320000' }),
        ),
      ),
    ).toContain(
      'acknowledge is not possible: only users of 320100 answer for it; you sit in 320000.',
    );
    expect(
      allowedActions(
        directiveMachine,
        context(
          'ISSUED',
          ['provincial-supervisor'],
          {},
          { addressee: '320000', division: '320000' },
        ),
      ),
    ).toEqual(['acknowledge']);
    expect(
      refusalOf(() =>
        planTransition(
          directiveMachine,
          'report',
          context('ACKNOWLEDGED', ['city-supervisor'], { comment: '已排查' }, { addressee: null }),
        ),
      ),
    ).toContain('report is not possible: the directive is not answered at this node.');
  });

  it('takes a report only with its text', () => {
    let message = '';
    try {
      planTransition(
        directiveMachine,
        'report',
        context('ACKNOWLEDGED', ['city-supervisor'], { comment: ' ' }),
      );
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('report is not possible: write the report (input.comment).');
  });

  it('folds an addressee’s steps in time order, a second report keeping it REPORTED', () => {
    const steps = [
      step('c', 'report', '2026-11-23T08:00:00Z'),
      step('a', 'acknowledge', '2026-11-21T08:00:00Z'),
      step('b', 'report', '2026-11-22T08:00:00Z'),
    ];
    const folded = foldDirective(directive, steps, '320100');
    expect(folded.state).toBe('REPORTED');
    expect(folded.directive).toBe(directive);
    expect(folded.addressee).toBe('320100');
    expect(folded.steps.map((taken) => taken.id)).toEqual(['a', 'b', 'c']);
    expect(
      foldDirective(directive, [step('x', 'report', '2026-11-22T08:00:00Z')], '320100').state,
    ).toBe('ISSUED');
  });
});
