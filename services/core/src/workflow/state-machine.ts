import type { Principal } from '@city-ops/kernel';
import { clientError } from '@city-ops/kernel';

/**
 * A record kind's lifecycle as data: states, and transitions of (from states,
 * action, to state, roles allowed, guard). Each action is a mutation; the docs'
 * Mermaid diagrams are rendered from the same table, so they cannot drift.
 */
export interface StateDefinition {
  name: string;
  /** The domain term, e.g. 派单. */
  label: string;
}

export interface TransitionContext<R> {
  record: R;
  principal: Principal;
  /** The mutation's input beyond the record's id and version. */
  input: Record<string, unknown>;
  now: Date;
}

/**
 * Why the action is refused for this record and user right now, or undefined when it
 * may proceed (e.g. "only the lead unit signs for a ticket").
 */
export type GuardCheck<R> = (context: TransitionContext<R>) => string | undefined;

export interface Transition<R> {
  action: string;
  /** The domain term, e.g. 签收. */
  label: string;
  from: readonly string[];
  to: string;
  roles: readonly string[];
  guard?: GuardCheck<R>;
  /** The guard in words, for the docs and the transition table. */
  guardText?: string;
}

/** Every guard must pass; the first refusal is the answer. */
export function allGuards<R>(...guards: GuardCheck<R>[]): GuardCheck<R> {
  return (context) => {
    for (const guard of guards) {
      const refusal = guard(context);
      if (refusal !== undefined) return refusal;
    }
    return undefined;
  };
}

export interface StateMachine<R> {
  entity: string;
  title: string;
  initial: string;
  states: readonly StateDefinition[];
  transitions: readonly Transition<R>[];
  /** How to read the state of a record. */
  stateOf(record: R): string;
}

function holdsRole(principal: Principal, transition: Transition<unknown>): boolean {
  return transition.roles.some((role) => principal.roles.includes(role));
}

/** The actions this user may take on this record now (roles and guards both pass). */
export function allowedActions<R>(
  machine: StateMachine<R>,
  context: TransitionContext<R>,
): string[] {
  const state = machine.stateOf(context.record);
  return machine.transitions
    .filter(
      (transition) =>
        transition.from.includes(state) &&
        holdsRole(context.principal, transition as Transition<unknown>) &&
        transition.guard?.(context) === undefined,
    )
    .map((transition) => transition.action);
}

/**
 * The transition `action` takes from the record's state for this user, or
 * INVALID_TRANSITION saying why and listing the actions that are allowed instead.
 */
export function planTransition<R>(
  machine: StateMachine<R>,
  action: string,
  context: TransitionContext<R>,
): Transition<R> {
  const state = machine.stateOf(context.record);
  const stateLabel = machine.states.find((candidate) => candidate.name === state)?.label ?? state;
  const candidates = machine.transitions.filter((transition) => transition.action === action);
  const allowed = allowedActions(machine, context);
  const refuse = (reason: string) =>
    clientError(
      'INVALID_TRANSITION',
      `${action} is not possible: ${reason}. Allowed now: ${allowed.length > 0 ? allowed.join(', ') : 'nothing for you'}.`,
      { action, state, allowedActions: allowed },
    );
  if (candidates.length === 0) throw refuse(`${machine.entity} has no action ${action}`);
  const fromHere = candidates.filter((transition) => transition.from.includes(state));
  if (fromHere.length === 0) throw refuse(`the ${machine.entity} is ${state} (${stateLabel})`);
  const permitted = fromHere.filter((transition) =>
    holdsRole(context.principal, transition as Transition<unknown>),
  );
  if (permitted.length === 0) {
    throw refuse(
      `it needs one of the roles ${[...new Set(fromHere.flatMap((transition) => transition.roles))].join(', ')}`,
    );
  }
  // Stryker disable next-line StringLiteral: every permitted row either returns or sets the reason, and there is at least one, so this start value is never read
  let reason = '';
  for (const transition of permitted) {
    const refusal = transition.guard?.(context);
    if (refusal === undefined) return transition;
    reason = refusal;
  }
  throw refuse(reason);
}

/** A Mermaid state diagram of the machine, for docs/WORKFLOWS.md. */
export function renderMermaid<R>(machine: StateMachine<R>): string {
  const lines = ['stateDiagram-v2', `  [*] --> ${machine.initial}`];
  for (const state of machine.states) lines.push(`  ${state.name}: ${state.name} ${state.label}`);
  for (const transition of machine.transitions) {
    for (const from of transition.from) {
      lines.push(`  ${from} --> ${transition.to}: ${transition.action} ${transition.label}`);
    }
  }
  return lines.join('\n');
}

/** The transition table in Markdown: from, action, to, roles, guard. */
export function renderTransitionTable<R>(machine: StateMachine<R>): string {
  const rows = machine.transitions.map(
    (transition) =>
      `| ${transition.from.join(', ')} | \`${transition.action}\` ${transition.label} | ${transition.to} | ${transition.roles.join(', ')} | ${transition.guardText ?? ''} |`,
  );
  return ['| from | action | to | roles | guard |', '|---|---|---|---|---|', ...rows].join('\n');
}
