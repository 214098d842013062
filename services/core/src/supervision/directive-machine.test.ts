import { describe, expect, it } from 'vitest';
import {
  machineOutcomes,
  ruleOutcomes,
  testPrincipal,
  workflowRules,
  workflowStates,
} from '../records/workflows-doc-rules.js';
import type { DirectiveRow, DirectiveStepRow } from '../database/sync-tables.js';
import { planTransition } from '../workflow/state-machine.js';
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
): TransitionContext<DirectiveAtAddressee> {
  return {
    record: { directive, steps: [], state },
    principal: testPrincipal(roles),
    input,
    now: new Date('2026-11-25T08:00:00Z'),
  };
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
    const folded = foldDirective(directive, steps);
    expect(folded.state).toBe('REPORTED');
    expect(folded.directive).toBe(directive);
    expect(folded.steps.map((taken) => taken.id)).toEqual(['a', 'b', 'c']);
    expect(foldDirective(directive, [step('x', 'report', '2026-11-22T08:00:00Z')]).state).toBe(
      'ISSUED',
    );
  });
});
