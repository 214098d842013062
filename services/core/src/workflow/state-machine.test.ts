import type { Principal } from '@city-ops/kernel';
import { chineseWordingOf } from '@city-ops/kernel';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { defineMachine, follow, guard, inputRule, move } from './define-machine.js';
import {
  allGuards,
  allowedActions,
  checkAction,
  followingTransition,
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
  approved = false,
): TransitionContext<Item> {
  return { record: { state, approved }, principal: principal(roles), input, now: new Date() };
}

const approvedOnly = guard<Item>('approved only', ({ record }) =>
  record.approved === true ? undefined : { zh: '尚未批准', en: 'it is not approved' },
);
const needsNote = inputRule<Item>('a note is given', ({ input }) =>
  typeof input['note'] === 'string' ? undefined : { zh: '请填写备注', en: 'give a note' },
);
const needsUrgent = inputRule<Item>('urgent only', ({ input }) =>
  input['urgent'] === true ? undefined : { zh: '不是紧急件', en: 'it is not urgent' },
);

// A small machine that exercises every branch of the engine: a row with several source
// states, a row two roles may take, a guarded row with an input check, and one action
// split over two rows (each for its own role, guard and input check).
const machine = defineMachine<Item>({
  entity: 'item',
  title: 'Item',
  stateOf: (item) => item.state,
  states: { OPEN: '开', DONE: '完', GONE: '删' },
  transitions: [
    move('finish', '完成', 'OPEN', 'DONE', ['worker', 'lead']),
    move('reopen', '重开', 'DONE', 'OPEN', ['lead'], approvedOnly, needsNote),
    move('drop', '删除', ['OPEN', 'DONE'], 'GONE', ['lead'], undefined, needsNote),
    move('drop', '删除', ['OPEN', 'DONE'], 'GONE', ['worker'], approvedOnly, needsUrgent),
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

  it('cannot be defined with a row no role takes unless it follows another record’s action', () => {
    expect(() =>
      defineMachine<Item>({
        entity: 'orphan',
        title: 'Orphan',
        stateOf: (item) => item.state,
        states: { OPEN: '开', DONE: '完' },
        transitions: [
          move('finish', '完成', 'OPEN', 'DONE', ['worker']),
          move('settle', '结', 'OPEN', 'DONE', []),
        ],
      }),
    ).toThrow(
      "the orphan machine's settle row has no role and follows no other action: give it the roles that take it, or make it a follow() row",
    );
  });

  it('reads a single source state as a list, and carries a guard and an input check with their words', () => {
    const [finish, reopen] = machine.transitions;
    expect(finish).toEqual({
      action: 'finish',
      label: '完成',
      from: ['OPEN'],
      to: 'DONE',
      roles: ['worker', 'lead'],
    });
    expect(reopen?.guardText).toBe('approved only');
    expect(reopen?.inputText).toBe('a note is given');
    expect(reopen?.guard?.(context('DONE', ['lead'], {}, true))).toBeUndefined();
    expect(reopen?.guard?.(context('DONE', ['lead']))?.en).toBe('it is not approved');
    expect(reopen?.inputCheck?.(context('DONE', ['lead'], { note: 'x' }))).toBeUndefined();
    expect(reopen?.inputCheck?.(context('DONE', ['lead']))?.en).toBe('give a note');
  });
});

describe('allGuards', () => {
  it('passes only when every check passes, and answers with the first refusal', () => {
    const both = allGuards(needsNote, needsUrgent);
    expect(both(context('OPEN', [], { note: 'x', urgent: true }))).toBeUndefined();
    expect(both(context('OPEN', [], { urgent: true }))?.en).toBe('give a note');
    expect(both(context('OPEN', [], { note: 'x' }))?.en).toBe('it is not urgent');
    expect(both(context('OPEN', []))?.en).toBe('give a note');
  });
});

describe('checkAction', () => {
  it('opens the rows of the action that leave the state, whose role the user holds and whose guard passes', () => {
    const asLead = checkAction(machine, 'drop', context('OPEN', ['lead']));
    expect(asLead.open && asLead.rows.map((row) => row.roles)).toEqual([['lead']]);
    const asBoth = checkAction(machine, 'drop', context('DONE', ['lead', 'worker'], {}, true));
    expect(asBoth.open && asBoth.rows.map((row) => row.roles)).toEqual([['lead'], ['worker']]);
  });

  it('says why an action is not open: no such action, another state, no role, or the guard', () => {
    expect(checkAction(machine, 'fly', context('OPEN', ['lead']))).toEqual({
      open: false,
      reason: expect.objectContaining({ en: 'item has no action fly' }),
    });
    expect(checkAction(machine, 'reopen', context('OPEN', ['lead']))).toEqual({
      open: false,
      reason: { zh: '该记录当前状态为 OPEN（开）', en: 'the item is OPEN (开)' },
    });
    expect(checkAction(machine, 'finish', context('OPEN', ['auditor']))).toEqual({
      open: false,
      reason: {
        zh: '需要以下角色之一：worker、lead',
        en: 'it needs one of the roles worker, lead',
      },
    });
    expect(checkAction(machine, 'reopen', context('DONE', ['lead']))).toEqual({
      open: false,
      reason: expect.objectContaining({ en: 'it is not approved' }),
    });
  });

  it('never looks at the input: an input check does not close an action', () => {
    for (const input of [{}, { note: 'x' }, { urgent: true }]) {
      expect(checkAction(machine, 'drop', context('OPEN', ['lead'], input)).open).toBe(true);
      expect(checkAction(machine, 'drop', context('OPEN', ['worker'], input)).open).toBe(false);
    }
  });
});

describe('allowedActions', () => {
  it('lists, in table order, the actions of the current state that one of the user’s roles may take and whose guard passes', () => {
    expect(allowedActions(machine, context('OPEN', ['worker']))).toEqual(['finish']);
    expect(allowedActions(machine, context('OPEN', ['worker'], {}, true))).toEqual([
      'finish',
      'drop',
    ]);
    expect(allowedActions(machine, context('DONE', ['lead']))).toEqual(['drop']);
    expect(allowedActions(machine, context('DONE', ['lead'], {}, true))).toEqual([
      'reopen',
      'drop',
    ]);
    expect(allowedActions(machine, context('DONE', ['auditor', 'lead'], {}, true))).toEqual([
      'reopen',
      'drop',
    ]);
  });

  it('lists each action once, whatever the input the request would carry', () => {
    expect(allowedActions(machine, context('OPEN', ['lead', 'worker'], {}, true))).toEqual([
      'finish',
      'drop',
    ]);
    expect(allowedActions(machine, context('DONE', ['lead'], { note: 'x' }))).toEqual(['drop']);
  });

  it('lists the actions in the order of the rows that leave the current state', () => {
    // `close` is written first for OPEN, but from REVIEW the table has `approve` before it.
    const reviewed = defineMachine<Item>({
      entity: 'draft',
      title: 'Draft',
      stateOf: (item) => item.state,
      states: { OPEN: '开', REVIEW: '审', DONE: '完' },
      transitions: [
        move('close', '关闭', 'OPEN', 'DONE', ['lead']),
        move('submit', '提交', 'OPEN', 'REVIEW', ['lead']),
        move('approve', '通过', 'REVIEW', 'DONE', ['lead']),
        move('close', '关闭', 'REVIEW', 'DONE', ['lead']),
      ],
    });
    expect(allowedActions(reviewed, context('REVIEW', ['lead']))).toEqual(['approve', 'close']);
    expect(allowedActions(reviewed, context('OPEN', ['lead']))).toEqual(['close', 'submit']);
  });

  it('lists nothing for a user without a role of the rows, or in a state without rows', () => {
    expect(allowedActions(machine, context('OPEN', ['auditor'], {}, true))).toEqual([]);
    expect(allowedActions(machine, context('OPEN', []))).toEqual([]);
    expect(allowedActions(machine, context('GONE', ['lead', 'worker'], {}, true))).toEqual([]);
  });
});

describe('planTransition', () => {
  it('returns the row that takes the record from its state for this user', () => {
    const finish = planTransition(machine, 'finish', context('OPEN', ['worker']));
    expect(finish.to).toBe('DONE');
    expect(planTransition(machine, 'finish', context('OPEN', ['lead'])).action).toBe('finish');
  });

  it('picks, of one action’s open rows, the first whose input check passes', () => {
    const asWorker = planTransition(
      machine,
      'drop',
      context('OPEN', ['worker'], { urgent: true }, true),
    );
    expect(asWorker.roles).toEqual(['worker']);
    const asLead = planTransition(machine, 'drop', context('DONE', ['lead'], { note: 'x' }));
    expect(asLead.roles).toEqual(['lead']);
    const asBoth = planTransition(
      machine,
      'drop',
      context('OPEN', ['lead', 'worker'], { urgent: true }, true),
    );
    expect(asBoth.roles).toEqual(['worker']);
  });

  it('refuses an action the machine does not have, listing what is allowed now', () => {
    const error = refusal(() => planTransition(machine, 'fly', context('OPEN', ['worker'])));
    expect(error.message).toBe('fly is not possible: item has no action fly. Allowed now: finish.');
    expect(chineseWordingOf(error)?.message).toBe(
      '无法执行 fly：记录没有 fly 这项操作。当前可执行：finish（完成）。',
    );
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
      'reopen is not possible: the item is OPEN (开). Allowed now: finish, drop.',
    );
    expect(chineseWordingOf(error)?.message).toBe(
      '无法执行 reopen（重开）：该记录当前状态为 OPEN（开）。当前可执行：finish（完成）、drop（删除）。',
    );
    expect(error.extensions['code']).toBe('INVALID_TRANSITION');
  });

  it('names a state the machine does not know by its stored value', () => {
    const error = refusal(() => planTransition(machine, 'finish', context('LOST', ['lead'])));
    expect(error.message).toBe(
      'finish is not possible: the item is LOST (LOST). Allowed now: nothing for you.',
    );
    expect(chineseWordingOf(error)?.message).toBe(
      '无法执行 finish（完成）：该记录当前状态为 LOST（LOST）。当前没有您可执行的操作。',
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
    const error = refusal(() =>
      planTransition(machine, 'reopen', context('DONE', ['lead'], { note: 'x' })),
    );
    expect(error.message).toBe('reopen is not possible: it is not approved. Allowed now: drop.');
    expect(error.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      state: 'DONE',
      allowedActions: ['drop'],
    });
  });

  it('refuses an open action with the input check’s reason, still listing it as allowed', () => {
    const error = refusal(() =>
      planTransition(machine, 'reopen', context('DONE', ['lead'], {}, true)),
    );
    expect(error.message).toBe('reopen is not possible: give a note. Allowed now: reopen, drop.');
    expect(error.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      action: 'reopen',
      allowedActions: ['reopen', 'drop'],
    });
  });

  it('refuses with the last open row’s reason when every open row’s input check refuses', () => {
    const error = refusal(() =>
      planTransition(machine, 'drop', context('OPEN', ['lead', 'worker'], {}, true)),
    );
    expect(error.message).toBe(
      'drop is not possible: it is not urgent. Allowed now: finish, drop.',
    );
  });

  it('refuses with the last permitted row’s guard reason when no row is open', () => {
    const error = refusal(() => planTransition(machine, 'drop', context('OPEN', ['worker'])));
    expect(error.message).toBe('drop is not possible: it is not approved. Allowed now: finish.');
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

  it('lists each row with its states, roles, guard and input words (empty without either)', () => {
    expect(renderTransitionTable(machine).split('\n')).toEqual([
      '| from | action | to | roles | guard |',
      '|---|---|---|---|---|',
      '| OPEN | `finish` 完成 | DONE | worker, lead |  |',
      '| DONE | `reopen` 重开 | OPEN | lead | approved only; input: a note is given |',
      '| OPEN, DONE | `drop` 删除 | GONE | lead | input: a note is given |',
      '| OPEN, DONE | `drop` 删除 | GONE | worker | approved only; input: urgent only |',
    ]);
  });
});

describe('a refusal', () => {
  it('lists every action allowed instead, in table order', () => {
    const error = refusal(() =>
      planTransition(machine, 'finish', context('DONE', ['lead'], { note: 'x' }, true)),
    );
    expect(error.message).toBe(
      'finish is not possible: the item is DONE (完). Allowed now: reopen, drop.',
    );
  });
});

describe('a row taken along with another record’s action', () => {
  // A copy follows its original: no user moves it, the original's action does.
  const copies = defineMachine<Item>({
    entity: 'copy',
    title: 'Copy',
    stateOf: (item) => item.state,
    states: { OPEN: '开', DONE: '完' },
    transitions: [
      move('finish', '完成', 'OPEN', 'DONE', ['worker']),
      follow(
        'followOriginal',
        '随原件',
        'OPEN',
        'DONE',
        { zh: '随原件完成一并进行', en: "with its original's finish" },
        approvedOnly,
      ),
    ],
  });

  it('is never open to a user, whatever their roles, and says what takes it', () => {
    expect(checkAction(copies, 'followOriginal', context('OPEN', ['worker'], {}, true))).toEqual({
      open: false,
      reason: {
        zh: '此操作不能单独执行，只随原件完成一并进行',
        en: "it is taken only with its original's finish",
      },
    });
    expect(allowedActions(copies, context('OPEN', ['worker'], {}, true))).toEqual(['finish']);
  });

  it('is planned for the record it moves when it leaves its state and its guard passes', () => {
    const row = followingTransition(copies, 'followOriginal', context('OPEN', [], {}, true));
    expect(row?.to).toBe('DONE');
    expect(row?.roles).toEqual([]);
    expect(followingTransition(copies, 'followOriginal', context('OPEN', []))).toBeUndefined();
    expect(
      followingTransition(copies, 'followOriginal', context('DONE', [], {}, true)),
    ).toBeUndefined();
    // A row users take is no following row.
    expect(
      followingTransition(copies, 'finish', context('OPEN', ['worker'], {}, true)),
    ).toBeUndefined();
  });

  it('is planned without a guard whenever it leaves the record’s state', () => {
    const always = defineMachine<Item>({
      entity: 'copy',
      title: 'Copy',
      stateOf: (item) => item.state,
      states: { OPEN: '开', DONE: '完' },
      transitions: [
        follow('followOriginal', '随原件', 'OPEN', 'DONE', {
          zh: '随原件完成一并进行',
          en: "with its original's finish",
        }),
      ],
    });
    expect(followingTransition(always, 'followOriginal', context('OPEN', []))?.to).toBe('DONE');
    expect(followingTransition(always, 'followOriginal', context('DONE', []))).toBeUndefined();
  });

  it('leaves an action users also take to their roles: one without them is told which roles', () => {
    // A copy a worker may also finish by hand: finishing is not only the original's doing.
    const handFinished = defineMachine<Item>({
      entity: 'copy',
      title: 'Copy',
      stateOf: (item) => item.state,
      states: { OPEN: '开', DONE: '完' },
      transitions: [
        follow('finish', '完成', 'OPEN', 'DONE', {
          zh: '随原件完成一并进行',
          en: "with its original's finish",
        }),
        move('finish', '完成', 'OPEN', 'DONE', ['worker']),
      ],
    });
    expect(checkAction(handFinished, 'finish', context('OPEN', ['auditor']))).toEqual({
      open: false,
      reason: expect.objectContaining({ en: 'it needs one of the roles worker' }),
    });
    const asWorker = checkAction(handFinished, 'finish', context('OPEN', ['worker']));
    expect(asWorker.open && asWorker.rows.map((row) => row.roles)).toEqual([['worker']]);
  });

  it('shows no role and what takes it in the table', () => {
    expect(renderTransitionTable(copies).split('\n').at(-1)).toBe(
      "| OPEN | `followOriginal` 随原件 | DONE | — | approved only; taken with its original's finish |",
    );
  });
});
