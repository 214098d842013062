import { CASE_COUNTED_ACTIONS } from './case/case-counters.js';
import { directiveMachine } from '../supervision/directive-machine.js';
import { renderMermaid, renderTransitionTable } from '../workflow/state-machine.js';
import { supervisionMachine } from '../supervision/supervision-machine.js';
import { policy } from '@city-ops/kernel';
import type { Grant } from '@city-ops/kernel';
import type { StateMachine } from '../workflow/state-machine.js';
import { caseMachine } from './case/case-machine.js';
import { caseActionMutations } from './case/case-mutations.js';
import { enforcementDocNotes } from './enforcement/enforcement-doc-notes.js';
import { enforcementMachine } from './enforcement/enforcement-machine.js';
import { ticketMachine } from './ticket/ticket-machine.js';

/** One machine's section: its diagram, its transition table, and notes rendered from the same code. */
function section<R>(machine: StateMachine<R>, notes: string[] = []): string[] {
  return [
    `## ${machine.title}`,
    '',
    `Entity \`${machine.entity}\`, starting in \`${machine.initial}\`. States: ${machine.states
      .map((state) => `\`${state.name}\` ${state.label}`)
      .join(', ')}.`,
    '',
    '```mermaid',
    renderMermaid(machine),
    '```',
    '',
    renderTransitionTable(machine),
    '',
    ...notes,
  ];
}

/** The case loop's mutations, counters and closure types, from the code that enforces them. */
function caseNotes(): string[] {
  const rows = Object.entries(caseActionMutations).map(
    ([action, { mutation, operation }]) =>
      `| \`${action}\` | \`${mutation}\`${action === 'verifyPass' ? ' (`passed: true`)' : action === 'verifyFail' ? ' (`passed: false`, comment required)' : ''} | \`${operation}\`: ${(policy[operation].grants as readonly Grant[]).map((grant) => `${grant.role}@${grant.scope}`).join(', ')} |`,
  );
  return [
    '### Mutations',
    '',
    'Every action is one mutation whose input carries the case `id` and the `version` the user looked at (a newer version is `CONFLICT`). The operation lets a user near the action (`FORBIDDEN` otherwise) and sets the row scope the case is looked up in — another unit’s case is `NOT_FOUND` to a handling unit; then the roles and guard of the row above decide (`INVALID_TRANSITION`, listing the allowed actions). A case is created by `reportCase` (信息采集, `case.create`; an inspector only in their own grid, as `INSPECTOR`) or by `convertTicketToCase` (热线转办, source `HOTLINE`, one case per ticket, linked both ways — the case’s `linkedTicketId` and `sourceTicket`, the ticket’s `caseId` and `case` — with an entry in each one’s history: `convertTicket` on the case, `convertToCase` on the ticket, which keeps its state and moves to its next version).',
    '',
    '| action | mutation | operation: grants |',
    '|---|---|---|',
    ...rows,
    '',
    '### Deadlines, counters and closure types',
    '',
    '- `dispatch` sets `dueAt`: the minor category’s time limit (the node’s deadline rules) in working time from the dispatch; `approveExtension` moves it by the requested working days; `park`, `approveReturn` and `resume` drop it (the next dispatch sets a new one). `overdue` is an open case past `dueAt`.',
    `- Counters are counted from the history, never stored: ${Object.entries(CASE_COUNTED_ACTIONS)
      .map(([counter, action]) => `\`${counter}\` = \`${action}\``)
      .join(', ')}.`,
    '- `closureType` is derived when `verifyPass` closes the case, first match wins: `SPECIAL` (特殊) when it was ever parked; `ERROR` (差错) when a return was approved (it had been dispatched to the wrong unit); `OVERDUE` (超时) when closed after `dueAt`; `NORMAL` (正常) otherwise.',
    '',
  ];
}

/** docs/WORKFLOWS.md: every state machine of the city node, rendered from the machines themselves. */
export function renderWorkflowsDoc(): string {
  return [
    '# Workflows',
    '',
    '<!-- Generated from the state machines in services/core/src/records/<kind>/ and services/core/src/supervision/ by `pnpm docs:workflows`; a test fails when it is stale. -->',
    '',
    'Each record kind’s lifecycle is a state machine (`services/core/src/workflow/state-machine.ts`): the diagram and the table below are rendered from the same transitions the city node enforces. A role in a row may take the action only from the listed states and only when the guard holds; `allowedActions` lists exactly those actions. What follows `input:` is checked on the request itself: the action is listed, and a request without what it names is refused (`INVALID_TRANSITION`) until it carries it.',
    '',
    ...section(ticketMachine),
    ...section(caseMachine, caseNotes()),
    ...section(enforcementMachine, enforcementDocNotes()),
    ...section(supervisionMachine, [
      'The order belongs to the province; each step belongs to the node that took it (the city signs, assigns and replies at its node; the province closes or returns at its node), and every node folds the steps it holds, oldest first, into the state. The steps travel with tier sync (docs/SYNC.md). An order is overdue while it is past its deadline and not replied to or closed; `supervisionOrders(overdue: true)` lists them at either end.',
      '',
    ]),
    ...section(directiveMachine, [
      'Each addressed province or city answers at its own node; its steps flow up to the ministry (a city’s through its province), which sees every addressee’s responses.',
      '',
    ]),
  ].join('\n');
}
