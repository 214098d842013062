import type { StateMachine } from './state-machine.js';

/** A step as it is stored: the action taken, when, and its id to order steps of the same instant. */
export interface TakenStep {
  id: string;
  action: string;
  created_at: Date;
}

export interface FoldedSteps<S> {
  /** Every step, oldest first. */
  steps: S[];
  /** The steps that moved the record, oldest first; a step that did not fit its state is skipped. */
  applied: S[];
  state: string;
}

/**
 * The state a record whose state is not stored reaches through its steps: each node
 * folds the steps it holds, in time order, through the machine from its initial state.
 */
export function foldSteps<R, S extends TakenStep>(
  machine: StateMachine<R>,
  steps: readonly S[],
): FoldedSteps<S> {
  const ordered = [...steps].sort(
    // Stryker disable next-line EqualityOperator: step ids are primary keys, so two steps never share one and `<` and `<=` order them alike
    (a, b) => a.created_at.getTime() - b.created_at.getTime() || (a.id < b.id ? -1 : 1),
  );
  let state = machine.initial;
  const applied: S[] = [];
  for (const step of ordered) {
    const transition = machine.transitions.find(
      (candidate) => candidate.action === step.action && candidate.from.includes(state),
    );
    if (!transition) continue;
    state = transition.to;
    applied.push(step);
  }
  return { steps: ordered, applied, state };
}
