import type { Bilingual, Principal } from '@city-ops/kernel';
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

/** What decides whether an action is open: the record, who asks, and when. */
export interface StateContext<R> {
  record: R;
  principal: Principal;
  now: Date;
}

/** The same, with the request itself: what the user sent beyond the record's id and version. */
export interface TransitionContext<R> extends StateContext<R> {
  input: Record<string, unknown>;
}

/**
 * Why the action is refused for this record and user right now, or undefined when it
 * may proceed (e.g. "only the lead unit signs for a ticket"). A guard never sees the
 * request's input: whether an action is open is the same question for the list of
 * actions a user is shown and for the action they then take.
 */
export type GuardCheck<R> = (context: StateContext<R>) => Bilingual | undefined;

/**
 * Why this request's input is refused for an action that is open (a report without its
 * text, a summary fine above the statutory ceiling), or undefined when it passes. Some
 * input always passes, so an open action is one the user can take.
 */
export type InputCheck<R> = (context: TransitionContext<R>) => Bilingual | undefined;

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
  inputCheck?: InputCheck<R>;
  /** The input check in words. */
  inputText?: string;
  /**
   * A row no user takes by itself: it is taken along with another record's action (a
   * merged ticket follows its parent's close), said here in words ("with its parent's
   * 直办 or 办结", in Chinese "随主单直办或办结一并进行"). Its roles are empty.
   */
  follows?: Bilingual;
}

/** Every check must pass; the first refusal is the answer. */
export function allGuards<C>(
  ...checks: ((context: C) => Bilingual | undefined)[]
): (context: C) => Bilingual | undefined {
  return (context) => {
    for (const check of checks) {
      const refusal = check(context);
      if (refusal !== undefined) return refusal;
    }
    return undefined;
  };
}

export interface StateMachine<R> {
  entity: string;
  /** What a Chinese message calls a record of the kind (工单); 记录 when not given. */
  noun?: string;
  title: string;
  initial: string;
  states: readonly StateDefinition[];
  transitions: readonly Transition<R>[];
  /** How to read the state of a record. */
  stateOf(record: R): string;
}

/** A state's domain term (办结), or its stored value for a state the machine does not know. */
export function stateLabel<R>(machine: StateMachine<R>, state: string): string {
  return machine.states.find((candidate) => candidate.name === state)?.label ?? state;
}

function holdsRole(principal: Principal, transition: Transition<unknown>): boolean {
  return transition.roles.some((role) => principal.roles.includes(role));
}

/** Whether an action is open to this user now: the rows that would take it, or why not. */
export type ActionCheck<R> =
  { open: true; rows: readonly Transition<R>[] } | { open: false; reason: Bilingual };

/**
 * The one answer to "may this user take `action` on this record now": a row of the
 * action leaves the record's state, the user holds one of its roles, and its guard
 * passes. `allowedActions` lists the actions it opens and `planTransition` takes one
 * only when it opens it, so what a user is shown and what they may do cannot differ.
 */
export function checkAction<R>(
  machine: StateMachine<R>,
  action: string,
  context: StateContext<R>,
): ActionCheck<R> {
  const state = machine.stateOf(context.record);
  const candidates = machine.transitions.filter((transition) => transition.action === action);
  const noun = machine.noun ?? '记录';
  if (candidates.length === 0) {
    return {
      open: false,
      reason: {
        zh: `${noun}没有 ${action} 这项操作`,
        en: `${machine.entity} has no action ${action}`,
      },
    };
  }
  const fromHere = candidates.filter((transition) => transition.from.includes(state));
  if (fromHere.length === 0) {
    const label = stateLabel(machine, state);
    return {
      open: false,
      reason: {
        zh: `该${noun}当前状态为 ${state}（${label}）`,
        en: `the ${machine.entity} is ${state} (${label})`,
      },
    };
  }
  const permitted = fromHere.filter((transition) =>
    holdsRole(context.principal, transition as Transition<unknown>),
  );
  if (permitted.length === 0) {
    const roles = [...new Set(fromHere.flatMap((transition) => transition.roles))];
    const following = fromHere.find(
      (transition): transition is Transition<R> & { follows: Bilingual } =>
        // Stryker disable next-line ConditionalExpression: defineMachine gives a row no role only through follow(), so when no row leaving here has a role each one follows and the first is the one found; the `false` twin (nothing found) is detected by 'is never open to a user, whatever their roles, and says what takes it'
        transition.follows !== undefined,
    );
    if (roles.length === 0 && following) {
      return {
        open: false,
        reason: {
          zh: `此操作不能单独执行，只${following.follows.zh}`,
          en: `it is taken only ${following.follows.en}`,
        },
      };
    }
    return {
      open: false,
      reason: {
        zh: `需要以下角色之一：${roles.join('、')}`,
        en: `it needs one of the roles ${roles.join(', ')}`,
      },
    };
  }
  // Stryker disable next-line ObjectLiteral,StringLiteral: every permitted row either opens or sets the reason, and there is at least one, so this start value is never read
  let reason: Bilingual = { zh: '', en: '' };
  const rows = permitted.filter((transition) => {
    const refusal = transition.guard?.(context);
    // The last refusal is the answer when no row opens.
    reason = refusal ?? reason;
    return refusal === undefined;
  });
  return rows.length > 0 ? { open: true, rows } : { open: false, reason };
}

/** The actions this user may take on this record now, in table order: those `checkAction` opens. */
export function allowedActions<R>(machine: StateMachine<R>, context: StateContext<R>): string[] {
  const state = machine.stateOf(context.record);
  const leaving = machine.transitions
    .filter((transition) => transition.from.includes(state))
    .map((transition) => transition.action);
  return [...new Set(leaving)].filter((action) => checkAction(machine, action, context).open);
}

/**
 * The row that moves `context.record` along with another record's action (a `follows`
 * row: no user takes it by itself), when it leaves the record's state and its guard
 * passes; undefined when it does not apply to this record now.
 */
export function followingTransition<R>(
  machine: StateMachine<R>,
  action: string,
  context: StateContext<R>,
): Transition<R> | undefined {
  const state = machine.stateOf(context.record);
  return machine.transitions.find(
    (transition) =>
      transition.action === action &&
      transition.follows !== undefined &&
      transition.from.includes(state) &&
      transition.guard?.(context) === undefined,
  );
}

/**
 * The transition `action` takes from the record's state for this user and this input,
 * or INVALID_TRANSITION saying why and listing the actions that are allowed instead:
 * the action must be open (`checkAction`), then the input must pass the open row's
 * input check.
 */
export function planTransition<R>(
  machine: StateMachine<R>,
  action: string,
  context: TransitionContext<R>,
): Transition<R> {
  const refuse = (reason: Bilingual) => {
    const allowed = allowedActions(machine, context);
    return clientError(
      'INVALID_TRANSITION',
      {
        zh: `无法执行 ${actionInChinese(machine, action)}：${reason.zh}。${allowed.length > 0 ? `当前可执行：${allowed.map((name) => actionInChinese(machine, name)).join('、')}` : '当前没有您可执行的操作'}。`,
        en: `${action} is not possible: ${reason.en}. Allowed now: ${allowed.length > 0 ? allowed.join(', ') : 'nothing for you'}.`,
      },
      { action, state: machine.stateOf(context.record), allowedActions: allowed },
    );
  };
  const check = checkAction(machine, action, context);
  if (!check.open) throw refuse(check.reason);
  // Stryker disable next-line ObjectLiteral,StringLiteral: every open row either returns or sets the reason, and there is at least one, so this start value is never read
  let reason: Bilingual = { zh: '', en: '' };
  for (const transition of check.rows) {
    const refusal = transition.inputCheck?.(context);
    if (refusal === undefined) return transition;
    reason = refusal;
  }
  throw refuse(reason);
}

/**
 * An action as a Chinese message names it: the code a client sends, with the domain term
 * the machine gives it (`signFor（签收）`), or the code alone for an action it does not have.
 */
function actionInChinese<R>(machine: StateMachine<R>, action: string): string {
  const label = machine.transitions.find((transition) => transition.action === action)?.label;
  return label === undefined ? action : `${action}（${label}）`;
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

/** A row's guard and input check in words, as its table shows them. */
function conditionsOf<R>(transition: Transition<R>): string {
  return [
    ...(transition.guardText === undefined ? [] : [transition.guardText]),
    ...(transition.inputText === undefined ? [] : [`input: ${transition.inputText}`]),
    ...(transition.follows === undefined ? [] : [`taken ${transition.follows.en}`]),
  ].join('; ');
}

/** The transition table in Markdown: from, action, to, roles, guard. */
export function renderTransitionTable<R>(machine: StateMachine<R>): string {
  const rows = machine.transitions.map(
    (transition) =>
      `| ${transition.from.join(', ')} | \`${transition.action}\` ${transition.label} | ${transition.to} | ${transition.roles.length > 0 ? transition.roles.join(', ') : '—'} | ${conditionsOf(transition)} |`,
  );
  return ['| from | action | to | roles | guard |', '|---|---|---|---|---|', ...rows].join('\n');
}
