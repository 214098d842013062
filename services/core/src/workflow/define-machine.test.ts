import { describe, expect, it } from 'vitest';
import { defineMachine, guard, inputRule, move } from './define-machine.js';

interface Lamp {
  state: string;
  dark?: boolean;
}

// Every machine is defined inside a test, not at load: a table the definition mishandles
// fails these tests rather than the loading of the file.
describe('defining a machine from its table', () => {
  it('keeps each state of the table with its term, in order, the first one initial', () => {
    const defined = defineMachine<Lamp>({
      entity: 'lamp',
      title: 'Lamp',
      stateOf: (lamp) => lamp.state,
      states: { OFF: '关', ON: '开' },
      transitions: [move('switch', '开关', 'OFF', 'ON', ['anyone'])],
    });
    expect(defined.initial).toBe('OFF');
    expect(defined.states).toEqual([
      { name: 'OFF', label: '关' },
      { name: 'ON', label: '开' },
    ]);
    expect(defined.title).toBe('Lamp');
    expect(defined.stateOf({ state: 'ON' })).toBe('ON');
  });

  it('refuses a table without a state', () => {
    expect(() =>
      defineMachine<Lamp>({
        entity: 'void',
        title: 'Void',
        stateOf: (lamp) => lamp.state,
        states: {},
        transitions: [],
      }),
    ).toThrow('the void machine lists no state');
  });

  it('reads one source state as a list, and a guarded row carries its guard and its words', () => {
    const lit = guard<Lamp>('only when dark', ({ record }) =>
      record.dark === true ? undefined : { zh: '天还没黑', en: 'it is not dark' },
    );
    expect(move('switch', '开关', 'OFF', 'ON', ['anyone'])).toEqual({
      action: 'switch',
      label: '开关',
      from: ['OFF'],
      to: 'ON',
      roles: ['anyone'],
    });
    const guarded = move('switch', '开关', ['OFF', 'ON'], 'ON', ['anyone'], lit);
    expect(guarded.from).toEqual(['OFF', 'ON']);
    expect(guarded.guardText).toBe('only when dark');
    expect(guarded.guard).toBe(lit);
    expect(guarded.inputCheck).toBeUndefined();
    expect(guarded.inputText).toBeUndefined();
  });

  it('carries an input check and its words apart from the guard', () => {
    const why = inputRule<Lamp>('a reason is given', ({ input }) =>
      typeof input['reason'] === 'string' ? undefined : { zh: '请说明原因', en: 'say why' },
    );
    const checked = move('switch', '开关', 'OFF', 'ON', ['anyone'], undefined, why);
    expect(checked.guard).toBeUndefined();
    expect(checked.guardText).toBeUndefined();
    expect(checked.inputCheck).toBe(why);
    expect(checked.inputText).toBe('a reason is given');
    const context = {
      record: { state: 'OFF' },
      principal: {
        subject: 's-1',
        username: 'user',
        roles: ['anyone'],
        division: '320100',
        department: undefined,
        grid: undefined,
        clientId: 'city-ops-web',
        token: '',
        expiresAt: new Date('2099-01-01T00:00:00Z'),
      },
      now: new Date(),
    };
    expect(why({ ...context, input: { reason: '天黑' } })).toBeUndefined();
    expect(why({ ...context, input: {} })).toEqual({ zh: '请说明原因', en: 'say why' });
  });
});
