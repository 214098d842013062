import type { Bilingual } from '@city-ops/kernel';
import type {
  GuardCheck,
  InputCheck,
  StateContext,
  StateMachine,
  Transition,
  TransitionContext,
} from './state-machine.js';

/** A guard with the words the transition table in docs/WORKFLOWS.md shows for it. */
export type Guard<R> = GuardCheck<R> & { readonly text: string };

/**
 * Gives a check its words. A row that needs other words for the same check (say, what
 * else the action does) wraps it again rather than repeating the check.
 */
export function guard<R>(text: string, check: GuardCheck<R>): Guard<R> {
  return Object.assign((context: StateContext<R>) => check(context), { text });
}

/** An input check with the words the transition table shows for it. */
export type InputRule<R> = InputCheck<R> & { readonly text: string };

/** Gives an input check its words (what the request must carry for an open action). */
export function inputRule<R>(text: string, check: InputCheck<R>): InputRule<R> {
  return Object.assign((context: TransitionContext<R>) => check(context), { text });
}

/**
 * One row of a machine's transition table, in the order the table reads: `action`
 * (its domain term `label`) takes a record from `from` (one state or several) to `to`,
 * for any of `roles`, when the guard allows (which decides whether the action is open
 * and listed) and, once open, when the request's input passes `requires`.
 */
export function move<R>(
  action: string,
  label: string,
  from: string | readonly string[],
  to: string,
  roles: readonly string[],
  when?: Guard<R>,
  requires?: InputRule<R>,
): Transition<R> {
  const transition: Transition<R> = {
    action,
    label,
    from: typeof from === 'string' ? [from] : from,
    to,
    roles,
  };
  return {
    ...transition,
    ...(when ? { guard: when, guardText: when.text } : {}),
    ...(requires ? { inputCheck: requires, inputText: requires.text } : {}),
  };
}

/**
 * A row no user takes by itself: `action` moves a record from `from` to `to` along with
 * another record's action, said in `follows` ("with its parent's 直办 or 办结", in Chinese
 * 随主单直办或办结一并进行), when the guard allows. It is never listed in allowedActions and no mutation takes it;
 * `followingTransition` plans it for the code that takes the other action.
 */
export function follow<R>(
  action: string,
  label: string,
  from: string | readonly string[],
  to: string,
  follows: Bilingual,
  when?: Guard<R>,
): Transition<R> {
  return { ...move(action, label, from, to, [], when), follows };
}

export interface MachineTable<R> {
  entity: string;
  /** What a Chinese message calls a record of the kind (工单); 记录 when not given. */
  noun?: string;
  title: string;
  /** State name → its domain term, in the order of the loop; a record starts in the first. */
  states: Readonly<Record<string, string>>;
  transitions: readonly Transition<R>[];
  stateOf(record: R): string;
}

/**
 * A machine from its table: the states listed once, each with its term, the first one
 * initial; every row some role takes, or a follow() row.
 */
export function defineMachine<R>(table: MachineTable<R>): StateMachine<R> {
  const states = Object.entries(table.states).map(([name, label]) => ({ name, label }));
  const initial = states[0];
  if (!initial) throw new Error(`the ${table.entity} machine lists no state`);
  // A row without roles that follows nothing is an action no one can ever take, yet the
  // docs would list it: only a follow() row goes without roles, and it says what takes it.
  const untaken = table.transitions.find(
    (transition) => transition.roles.length === 0 && transition.follows === undefined,
  );
  if (untaken) {
    throw new Error(
      `the ${table.entity} machine's ${untaken.action} row has no role and follows no other action: give it the roles that take it, or make it a follow() row`,
    );
  }
  return { ...table, initial: initial.name, states };
}
