import { readFileSync } from 'node:fs';
import { GraphQLError } from 'graphql';
import type { Principal } from '@city-ops/kernel';
import { planTransition } from '../workflow/state-machine.js';
import type { StateMachine, TransitionContext } from '../workflow/state-machine.js';

/*
 * For the machines' tests: the transition tables of docs/WORKFLOWS.md, which reviewers read
 * as the rules, and the grid of every state × action × role to check a machine against them.
 */

/** One row of a transition table in docs/WORKFLOWS.md, the rules a reviewer reads. */
export interface WorkflowRule {
  from: string[];
  action: string;
  label: string;
  to: string;
  roles: string[];
  guard: string;
}

/** The states of that section, in their order, each with its domain term; the first is the initial one. */
export function workflowStates(title: string): { name: string; label: string }[] {
  const section = workflowSection(title);
  const line = /States: (.+)\.$/m.exec(section)?.[1] ?? '';
  const starting = /starting in `(\w+)`/.exec(section)?.[1];
  const states = [...line.matchAll(/`(\w+)` ([^,]+)/g)].map(([, name, label]) => ({
    name: name!,
    label: label!,
  }));
  if (states[0]?.name !== starting) throw new Error(`${title} does not start in its first state`);
  return states;
}

function workflowSection(title: string): string {
  const doc = readFileSync(new URL('../../../../docs/WORKFLOWS.md', import.meta.url), 'utf8');
  const sections = doc.split(/^## /m).filter((section) => section.split('\n')[0]?.includes(title));
  if (sections.length !== 1) throw new Error(`docs/WORKFLOWS.md has no single section ${title}`);
  return sections[0]!;
}

const ROW = /^\| (.+?) \| `(\w+)` (\S+) \| (\S+) \| (.+?) \| (.*?) ?\|$/;

/** The transition table of the section of docs/WORKFLOWS.md whose heading contains `title`. */
export function workflowRules(title: string): WorkflowRule[] {
  const rows = workflowSection(title)
    .split('\n')
    .flatMap((line) => {
      const match = ROW.exec(line);
      if (!match) return [];
      const [, from, action, label, to, roles, guard] = match as unknown as string[];
      return [
        {
          from: from!.split(', '),
          action: action!,
          label: label!,
          to: to!,
          // A row no user takes by itself (it follows another record's action) shows no role.
          roles: roles === '—' ? [] : roles!.split(', '),
          guard: guard!.trim(),
        },
      ];
    });
  if (rows.length === 0) throw new Error(`docs/WORKFLOWS.md section ${title} has no table`);
  return rows;
}

export function testPrincipal(roles: string[], extra: Partial<Principal> = {}): Principal {
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
    ...extra,
  };
}

/**
 * A context in which the guard of `action`'s row(s) for `role` passes, with the record in
 * `state` (whether or not the action leaves that state).
 */
export type PassingContext<R> = (
  action: string,
  state: string,
  role: string,
) => TransitionContext<R>;

export interface RuleOutcome {
  state: string;
  action: string;
  role: string;
  /** The state the move leads to, or the refusal's code. */
  outcome: string;
}

/**
 * What the machine does for every state × action × role (and a role no row names), with
 * guards satisfied: the state a move leads to, or INVALID_TRANSITION.
 */
export function machineOutcomes<R>(
  machine: StateMachine<R>,
  passing: PassingContext<R>,
): RuleOutcome[] {
  const actions = [...new Set(machine.transitions.map((transition) => transition.action))];
  const roles = [
    ...new Set([...machine.transitions.flatMap((transition) => transition.roles), 'auditor']),
  ];
  return machine.states.flatMap(({ name: state }) =>
    actions.flatMap((action) =>
      roles.map((role) => {
        try {
          const transition = planTransition(machine, action, passing(action, state, role));
          return { state, action, role, outcome: transition.to };
        } catch (error) {
          if (!(error instanceof GraphQLError)) throw error;
          return { state, action, role, outcome: String(error.extensions['code']) };
        }
      }),
    ),
  );
}

/** What the rules of docs/WORKFLOWS.md say for the same state × action × role grid. */
export function ruleOutcomes<R>(machine: StateMachine<R>, rules: WorkflowRule[]): RuleOutcome[] {
  const actions = [...new Set(rules.map((rule) => rule.action))];
  const roles = [...new Set([...rules.flatMap((rule) => rule.roles), 'auditor'])];
  return machine.states.flatMap(({ name: state }) =>
    actions.flatMap((action) =>
      roles.map((role) => {
        const rule = rules.find(
          (candidate) =>
            candidate.action === action &&
            candidate.from.includes(state) &&
            candidate.roles.includes(role),
        );
        return { state, action, role, outcome: rule ? rule.to : 'INVALID_TRANSITION' };
      }),
    ),
  );
}
