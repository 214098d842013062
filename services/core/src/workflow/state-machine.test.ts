import type { Principal } from '@city-ops/kernel';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { defineMachine, guard, move } from './define-machine.js';
import {
  allGuards,
  allowedActions,
  planTransition,
  renderMermaid,
  renderTransitionTable,
} from './state-machine.js';
import type { TransitionContext } from './state-machine.js';

interface Item {
  state: string;
  approved?: boolean;
}

function principal(roles: string[]): Principal {
  return {
    subject: 's-1',
    username: 'user',
    roles,
    division: '320100',
    department: undefined,
    grid: undefined,
    clientId: 'city-ops-web',
    token: '',
    expiresAt: new Date('2099-01-01T00:00:00Z'),
  };
}

function context(
  state: string,
  roles: string[],
  input: Record<string, unknown> = {},
): TransitionContext<Item> {
  return { record: { state }, principal: principal(roles), input, now: new Date() };
}

const needsNote = guard<Item>('a note is given', ({ input }) =>
  typeof input['note'] === 'string' ? undefined : 'give a note',
);
const needsUrgent = guard<Item>('urgent only', ({ input }) =>
  input['urgent'] === true ? undefined : 'it is not urgent',
);

// A small machine that exercises every branch of the engine: a row with several source
// states, a row two roles may take, a guarded row, and one action split over two rows
// (each for its own role and guard).
const machine = defineMachine<Item>({
  entity: 'item',
  title: 'Item',
  stateOf: (item) => item.state,
  states: { OPEN: '开', DONE: '完', GONE: '删' },
  transitions: [
    move('finish', '完成', 'OPEN', 'DONE', ['worker', 'lead']),
    move('reopen', '重开', 'DONE', 'OPEN', ['lead'], needsNote),
    move('drop', '删除', ['OPEN', 'DONE'], 'GONE', ['lead'], needsNote),
    move('drop', '删除', ['OPEN', 'DONE'], 'GONE', ['worker'], needsUrgent),
  ],
});

function refusal(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('the transition was not refused');
}

describe('a machine defined from its table', () => {
  it('starts in its first state and keeps each state with its domain term, in order', () => {
    expect(machine.initial).toBe('OPEN');
    expect(machine.states).toEqual([
      { name: 'OPEN', label: '开' },
      { name: 'DONE', label: '完' },
      { name: 'GONE', label: '删' },
    ]);
    expect(machine.entity).toBe('item');
  });

  it('cannot be defined without a state', () => {
    expect(() =>
      defineMachine<Item>({
        entity: 'empty',
        title: 'Empty',
        stateOf: (item) => item.state,
        states: {},
        transitions: [],
      }),
    ).toThrow('the empty machine lists no state');
  });

  it('reads a single source state as a list, and carries a guard with its words', () => {
    const [finish, reopen] = machine.transitions;
    expect(finish).toEqual({
      action: 'finish',
      label: '完成',
      from: ['OPEN'],
      to: 'DONE',
      roles: ['worker', 'lead'],
    });
    expect(reopen?.guardText).toBe('a note is given');
    expect(reopen?.guard?.(context('DONE', ['lead'], { note: 'x' }))).toBeUndefined();
    expect(reopen?.guard?.(context('DONE', ['lead']))).toBe('give a note');
  });
});

describe('allGuards', () => {
  it('passes only when every guard passes, and answers with the first refusal', () => {
    const both = allGuards(needsNote, needsUrgent);
    expect(both(context('OPEN', [], { note: 'x', urgent: true }))).toBeUndefined();
    expect(both(context('OPEN', [], { urgent: true }))).toBe('give a note');
    expect(both(context('OPEN', [], { note: 'x' }))).toBe('it is not urgent');
    expect(both(context('OPEN', []))).toBe('give a note');
  });
});

describe('allowedActions', () => {
  it('lists the actions of the current state that one of the user’s roles may take and whose guard passes', () => {
    expect(allowedActions(machine, context('OPEN', ['worker']))).toEqual(['finish']);
    expect(allowedActions(machine, context('OPEN', ['worker'], { urgent: true }))).toEqual([
      'finish',
      'drop',
    ]);
    expect(allowedActions(machine, context('DONE', ['lead']))).toEqual([]);
    expect(allowedActions(machine, context('DONE', ['lead'], { note: 'x' }))).toEqual([
      'reopen',
      'drop',
    ]);
    expect(allowedActions(machine, context('DONE', ['auditor', 'lead'], { note: 'x' }))).toEqual([
      'reopen',
      'drop',
    ]);
  });

  it('lists nothing for a user without a role of the rows, or in a state without rows', () => {
    expect(allowedActions(machine, context('OPEN', ['auditor'], { note: 'x' }))).toEqual([]);
    expect(allowedActions(machine, context('OPEN', []))).toEqual([]);
    expect(allowedActions(machine, context('GONE', ['lead', 'worker'], { note: 'x' }))).toEqual([]);
  });
});

describe('planTransition', () => {
  it('returns the row that takes the record from its state for this user', () => {
    const finish = planTransition(machine, 'finish', context('OPEN', ['worker']));
    expect(finish.to).toBe('DONE');
    expect(planTransition(machine, 'finish', context('OPEN', ['lead'])).action).toBe('finish');
  });

  it('picks, of one action’s rows, the one whose role the user holds and whose guard passes', () => {
    const asWorker = planTransition(machine, 'drop', context('OPEN', ['worker'], { urgent: true }));
    expect(asWorker.roles).toEqual(['worker']);
    const asLead = planTransition(machine, 'drop', context('DONE', ['lead'], { note: 'x' }));
    expect(asLead.roles).toEqual(['lead']);
    const asBoth = planTransition(
      machine,
      'drop',
      context('OPEN', ['lead', 'worker'], { urgent: true }),
    );
    expect(asBoth.roles).toEqual(['worker']);
  });

  it('refuses an action the machine does not have, listing what is allowed now', () => {
    const error = refusal(() => planTransition(machine, 'fly', context('OPEN', ['worker'])));
    expect(error.message).toBe('fly is not possible: item has no action fly. Allowed now: finish.');
    expect(error.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      action: 'fly',
      state: 'OPEN',
      allowedActions: ['finish'],
    });
  });

  it('refuses an action from a state it does not leave, naming the state and its term', () => {
    const error = refusal(() => planTransition(machine, 'reopen', context('OPEN', ['lead'])));
    expect(error.message).toBe(
      'reopen is not possible: the item is OPEN (开). Allowed now: finish.',
    );
    expect(error.extensions['code']).toBe('INVALID_TRANSITION');
  });

  it('names a state the machine does not know by its stored value', () => {
    const error = refusal(() => planTransition(machine, 'finish', context('LOST', ['lead'])));
    expect(error.message).toBe(
      'finish is not possible: the item is LOST (LOST). Allowed now: nothing for you.',
    );
    expect(error.extensions['allowedActions']).toEqual([]);
  });

  it('refuses a user without a role of the rows, naming every role that may act', () => {
    const error = refusal(() => planTransition(machine, 'drop', context('OPEN', ['auditor'])));
    expect(error.message).toBe(
      'drop is not possible: it needs one of the roles lead, worker. Allowed now: nothing for you.',
    );
    const once = refusal(() => planTransition(machine, 'finish', context('OPEN', ['auditor'])));
    expect(once.message).toBe(
      'finish is not possible: it needs one of the roles worker, lead. Allowed now: nothing for you.',
    );
  });

  it('refuses with the guard’s reason when the guard refuses', () => {
    const error = refusal(() => planTransition(machine, 'reopen', context('DONE', ['lead'])));
    expect(error.message).toBe(
      'reopen is not possible: give a note. Allowed now: nothing for you.',
    );
    expect(error.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      state: 'DONE',
      allowedActions: [],
    });
  });

  it('refuses with the last row’s reason when every permitted row’s guard refuses', () => {
    const error = refusal(() =>
      planTransition(machine, 'drop', context('OPEN', ['lead', 'worker'])),
    );
    expect(error.message).toBe('drop is not possible: it is not urgent. Allowed now: finish.');
  });
});

describe('the rendered diagram and table', () => {
  it('draws one arrow per source state, from the initial state on', () => {
    expect(renderMermaid(machine).split('\n')).toEqual([
      'stateDiagram-v2',
      '  [*] --> OPEN',
      '  OPEN: OPEN 开',
      '  DONE: DONE 完',
      '  GONE: GONE 删',
      '  OPEN --> DONE: finish 完成',
      '  DONE --> OPEN: reopen 重开',
      '  OPEN --> GONE: drop 删除',
      '  DONE --> GONE: drop 删除',
      '  OPEN --> GONE: drop 删除',
      '  DONE --> GONE: drop 删除',
    ]);
  });

  it('lists each row with its states, roles and guard words (empty without a guard)', () => {
    expect(renderTransitionTable(machine).split('\n')).toEqual([
      '| from | action | to | roles | guard |',
      '|---|---|---|---|---|',
      '| OPEN | `finish` 完成 | DONE | worker, lead |  |',
      '| DONE | `reopen` 重开 | OPEN | lead | a note is given |',
      '| OPEN, DONE | `drop` 删除 | GONE | lead | a note is given |',
      '| OPEN, DONE | `drop` 删除 | GONE | worker | urgent only |',
    ]);
  });
});

describe('a refusal', () => {
  it('lists every action allowed instead, in table order', () => {
    const error = refusal(() =>
      planTransition(machine, 'finish', context('DONE', ['lead'], { note: 'x' })),
    );
    expect(error.message).toBe(
      'finish is not possible: the item is DONE (完). Allowed now: reopen, drop.',
    );
  });
});
