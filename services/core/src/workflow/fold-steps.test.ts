import { describe, expect, it } from 'vitest';
import { defineMachine, move } from './define-machine.js';
import { foldSteps } from './fold-steps.js';
import type { TakenStep } from './fold-steps.js';

const machine = defineMachine<{ state: string }>({
  entity: 'order',
  title: 'Order',
  stateOf: (order) => order.state,
  states: { NEW: '新', SIGNED: '签收', DONE: '办结' },
  transitions: [
    move('sign', '签收', 'NEW', 'SIGNED', ['clerk']),
    move('finish', '办结', 'SIGNED', 'DONE', ['clerk']),
    move('reopen', '重办', 'DONE', 'SIGNED', ['clerk']),
  ],
});

function step(id: string, action: string, at: string): TakenStep {
  return { id, action, created_at: new Date(at) };
}

describe('folding the steps a node holds into a state', () => {
  it('starts from the initial state when no step was taken', () => {
    expect(foldSteps(machine, [])).toEqual({ steps: [], applied: [], state: 'NEW' });
  });

  it('applies steps oldest first, whatever order they arrive in', () => {
    const sign = step('b', 'sign', '2026-11-20T08:00:00Z');
    const finish = step('a', 'finish', '2026-11-20T09:00:00Z');
    const folded = foldSteps(machine, [finish, sign]);
    expect(folded.state).toBe('DONE');
    expect(folded.steps).toEqual([sign, finish]);
    expect(folded.applied).toEqual([sign, finish]);
  });

  it('orders steps of the same instant by their id', () => {
    const at = '2026-11-20T08:00:00Z';
    const sign = step('1', 'sign', at);
    const finish = step('2', 'finish', at);
    expect(foldSteps(machine, [finish, sign]).state).toBe('DONE');
    expect(foldSteps(machine, [finish, sign]).steps).toEqual([sign, finish]);
    // With the ids the other way round, finish comes first, does not fit NEW and is skipped.
    const late = step('0', 'finish', at);
    const folded = foldSteps(machine, [sign, late]);
    expect(folded.steps).toEqual([late, sign]);
    expect(folded.state).toBe('SIGNED');
  });

  it('skips a step that does not fit the state it meets, and keeps it among the steps', () => {
    const early = step('a', 'finish', '2026-11-20T07:00:00Z');
    const sign = step('b', 'sign', '2026-11-20T08:00:00Z');
    const again = step('c', 'sign', '2026-11-20T09:00:00Z');
    const unknown = step('d', 'shred', '2026-11-20T10:00:00Z');
    const folded = foldSteps(machine, [unknown, again, sign, early]);
    expect(folded.state).toBe('SIGNED');
    expect(folded.applied).toEqual([sign]);
    expect(folded.steps).toEqual([early, sign, again, unknown]);
  });

  it('follows a loop back to an earlier state', () => {
    const folded = foldSteps(machine, [
      step('a', 'sign', '2026-11-20T08:00:00Z'),
      step('b', 'finish', '2026-11-20T09:00:00Z'),
      step('c', 'reopen', '2026-11-20T10:00:00Z'),
    ]);
    expect(folded.state).toBe('SIGNED');
    expect(folded.applied.map((applied) => applied.action)).toEqual(['sign', 'finish', 'reopen']);
  });
});

describe('steps taken at the same instant', () => {
  it('are ordered by id whatever order they are held in', () => {
    const at = '2026-11-20T08:00:00Z';
    const [one, two, three] = [
      step('1', 'sign', at),
      step('2', 'finish', at),
      step('3', 'reopen', at),
    ];
    const orders = [
      [one, two, three],
      [one, three, two],
      [two, one, three],
      [two, three, one],
      [three, one, two],
      [three, two, one],
    ];
    for (const held of orders) {
      expect(foldSteps(machine, held as TakenStep[]).steps.map((taken) => taken.id)).toEqual([
        '1',
        '2',
        '3',
      ]);
    }
  });
});
