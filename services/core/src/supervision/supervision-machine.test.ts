import { describe, expect, it } from 'vitest';
import {
  machineOutcomes,
  ruleOutcomes,
  testPrincipal,
  workflowRules,
  workflowStates,
} from '../records/workflows-doc-rules.js';
import type { SupervisionOrderRow, SupervisionStepRow } from '../database/sync-tables.js';
import { allowedActions, planTransition } from '../workflow/state-machine.js';
import type { TransitionContext } from '../workflow/state-machine.js';
import {
  foldSupervision,
  isSupervisionOverdue,
  supervisionMachine,
} from './supervision-machine.js';
import type { SupervisionCase } from './supervision-machine.js';

const DEADLINE = new Date('2026-11-30T16:00:00Z');

const order: SupervisionOrderRow = {
  id: '320000-s1',
  number: 'DB-1',
  issuer_division: '320000',
  division: '320100',
  record_entity: 'case_report',
  record_id: '320100-c1',
  level: 'ROUTINE',
  deadline: DEADLINE,
  instructions: '限期整改',
  issued_by: 'province',
  version: 1,
  created_at: new Date('2026-11-20T08:00:00Z'),
  updated_at: new Date('2026-11-20T08:00:00Z'),
};

function step(
  id: string,
  action: SupervisionStepRow['action'],
  at: string,
  handlingUnit: string | null = null,
): SupervisionStepRow {
  return {
    id,
    order_id: order.id,
    division: '320100',
    action,
    comment: null,
    handling_unit: handlingUnit,
    actor: 'someone',
    actor_division: '320100',
    version: 1,
    created_at: new Date(at),
    updated_at: new Date(at),
  };
}

function supervision(state: string, handlingUnit: string | null = '320100-cg'): SupervisionCase {
  return { order, steps: [], state, handlingUnit };
}

function context(
  record: SupervisionCase,
  roles: string[],
  options: { department?: string; comment?: unknown } = {},
): TransitionContext<SupervisionCase> {
  return {
    record,
    principal: testPrincipal(roles, { department: options.department }),
    input: options.comment === undefined ? {} : { comment: options.comment },
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

describe('the supervision order machine (督办) against docs/WORKFLOWS.md', () => {
  it('has the states of the table, starting in ISSUED', () => {
    expect(supervisionMachine.states).toEqual(workflowStates('督办'));
    expect(supervisionMachine.initial).toBe('ISSUED');
  });

  it('makes every move of the table from each state for each of its roles, and refuses every other', () => {
    const passing = (_action: string, state: string, role: string) =>
      context(supervision(state), [role], { department: '320100-cg', comment: '理由不足' });
    expect(machineOutcomes(supervisionMachine, passing)).toEqual(
      ruleOutcomes(supervisionMachine, workflowRules('督办')),
    );
  });

  it('lets a handling unit reply only to an order assigned to it; the command centre to any', () => {
    const assigned = supervision('ASSIGNED');
    expect(
      allowedActions(
        supervisionMachine,
        context(assigned, ['handling-unit'], { department: '320100-cg' }),
      ),
    ).toEqual(['reply']);
    expect(
      refusalOf(() =>
        planTransition(
          supervisionMachine,
          'reply',
          context(assigned, ['handling-unit'], { department: '320100-sw' }),
        ),
      ),
    ).toContain('reply is not possible: the order is assigned to 320100-cg, not to your unit.');
    expect(
      refusalOf(() =>
        planTransition(
          supervisionMachine,
          'reply',
          context(supervision('RETURNED', null), ['handling-unit']),
        ),
      ),
    ).toContain('reply is not possible: the order is assigned to no unit, not to your unit.');
    expect(allowedActions(supervisionMachine, context(assigned, ['dispatcher']))).toEqual([
      'reply',
    ]);
  });

  it('offers the province both closing and returning a reply, the reason being asked only when it returns', () => {
    expect(
      allowedActions(
        supervisionMachine,
        context(supervision('REPLIED'), ['provincial-supervisor']),
      ),
    ).toEqual(['close', 'return']);
  });

  it('returns a reply only with a reason of two characters or more', () => {
    const replied = supervision('REPLIED');
    const supervisor = ['provincial-supervisor'];
    for (const comment of [undefined, '', ' 不 ', 42]) {
      expect(
        refusalOf(() =>
          planTransition(supervisionMachine, 'return', context(replied, supervisor, { comment })),
        ),
      ).toContain('return is not possible: say why the reply is not enough (input.comment).');
    }
    expect(
      planTransition(
        supervisionMachine,
        'return',
        context(replied, supervisor, { comment: ' 不够 ' }),
      ).to,
    ).toBe('RETURNED');
  });
});

describe('folding an order’s steps', () => {
  it('is ISSUED with no unit before any step', () => {
    expect(foldSupervision(order, [])).toEqual({
      order,
      steps: [],
      state: 'ISSUED',
      handlingUnit: null,
    });
  });

  it('follows the steps in time order, and the unit of the latest applied assignment', () => {
    const steps = [
      step('e', 'assign', '2026-11-21T12:00:00Z', '320100-sw'),
      step('d', 'return', '2026-11-21T11:00:00Z'),
      step('c', 'reply', '2026-11-21T10:00:00Z'),
      step('b', 'assign', '2026-11-21T09:00:00Z', '320100-cg'),
      step('a', 'sign', '2026-11-21T08:00:00Z'),
    ];
    const folded = foldSupervision(order, steps);
    expect(folded.state).toBe('ASSIGNED');
    expect(folded.handlingUnit).toBe('320100-sw');
    expect(folded.steps.map((taken) => taken.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('ignores an assignment that did not fit the order’s state', () => {
    const folded = foldSupervision(order, [
      step('a', 'sign', '2026-11-21T08:00:00Z'),
      step('b', 'assign', '2026-11-21T09:00:00Z', '320100-cg'),
      step('c', 'assign', '2026-11-21T10:00:00Z', '320100-sw'),
    ]);
    expect(folded.handlingUnit).toBe('320100-cg');
  });

  it('has no unit when the applied assignment names none', () => {
    const folded = foldSupervision(order, [
      step('a', 'sign', '2026-11-21T08:00:00Z'),
      step('b', 'assign', '2026-11-21T09:00:00Z'),
    ]);
    expect(folded.state).toBe('ASSIGNED');
    expect(folded.handlingUnit).toBeNull();
  });
});

describe('an overdue order', () => {
  const after = new Date(DEADLINE.getTime() + 1);

  it('is one still open after its deadline', () => {
    for (const state of ['ISSUED', 'SIGNED', 'ASSIGNED', 'RETURNED']) {
      expect(isSupervisionOverdue(supervision(state), after), state).toBe(true);
    }
  });

  it('is not one answered (replied or closed), even late', () => {
    expect(isSupervisionOverdue(supervision('REPLIED'), after)).toBe(false);
    expect(isSupervisionOverdue(supervision('CLOSED'), after)).toBe(false);
  });

  it('is not one at or before its deadline', () => {
    expect(isSupervisionOverdue(supervision('ASSIGNED'), DEADLINE)).toBe(false);
    expect(isSupervisionOverdue(supervision('ASSIGNED'), new Date(DEADLINE.getTime() - 1))).toBe(
      false,
    );
  });
});

describe('the unit an order is assigned to', () => {
  it('stays the assigned one through the steps after the assignment', () => {
    const folded = foldSupervision(order, [
      step('a', 'sign', '2026-11-21T08:00:00Z'),
      step('b', 'assign', '2026-11-21T09:00:00Z', '320100-cg'),
      step('c', 'reply', '2026-11-21T10:00:00Z'),
    ]);
    expect(folded.state).toBe('REPLIED');
    expect(folded.handlingUnit).toBe('320100-cg');
  });
});
