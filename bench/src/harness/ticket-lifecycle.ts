import type { GraphQLFlowStep } from './load-spec.js';
import type { TicketInput } from './ticket-inputs.js';

/** The demo users who carry a ticket round the loop (services/identity/realm). */
export type LifecycleActor = 'agent' | 'dispatcher' | 'unit';

/** One step of a 12345 ticket's closed loop, as the product does it and as the raw reference writes it. */
export interface LifecycleStep {
  /** Short name in results. */
  name: string;
  label: string;
  mutation: string;
  inputType: string;
  actor: LifecycleActor;
  /** The ticket machine's action, as record_history and the audit log name it. */
  action: string;
  from: string | null;
  to: string;
  /** `variables.input` besides id and version (the whole CreateTicketInput for intake). */
  input: Record<string, unknown>;
  /** Columns the product's action changes besides status, version and updated_at. */
  set: (now: Date) => Record<string, unknown>;
  /** The action's history/audit detail besides from and to. */
  detail: Record<string, unknown>;
}

/** The realm's users of `city` for each actor; the lead unit is the one unit-cg belongs to. */
export function lifecycleUsers(city: string): Record<LifecycleActor, string> {
  return { agent: `agent.${city}`, dispatcher: `dispatcher.${city}`, unit: `unit-cg.${city}` };
}

export const REPLY_TEXT =
  '已安排人员到场处置，缺失井盖已于当日补装完毕，并在周边设置警示标志，后续将纳入日常巡查。';

/**
 * 受理 → 派单 → 签收 → 办理 → 反馈 → 审核 → 回访 → 办结: the main path of the ticket machine
 * (docs/WORKFLOWS.md), each step by a role the machine allows — the agent logs, calls back and
 * closes; the dispatcher (the centre) dispatches and reviews; the lead unit signs for, handles
 * and replies. The `set` and `detail` mirror services/city/src/tickets/ticket-workflow-resolvers.ts.
 */
export function ticketLifecycle(city: string, ticket: TicketInput): LifecycleStep[] {
  const leadUnit = `${city}-cg`;
  const none = () => ({});
  return [
    {
      name: 'intake',
      label: '受理',
      mutation: 'createTicket',
      inputType: 'CreateTicketInput',
      actor: 'agent',
      action: 'accept',
      from: null,
      to: 'ACCEPTED',
      input: { ...ticket },
      set: none,
      detail: {},
    },
    {
      name: 'dispatch',
      label: '派单',
      mutation: 'dispatchTicket',
      inputType: 'DispatchTicketInput',
      actor: 'dispatcher',
      action: 'dispatch',
      from: 'ACCEPTED',
      to: 'DISPATCHED',
      input: { leadUnit },
      set: () => ({ lead_unit: leadUnit, co_units: [], handling_mode: 'DISPATCH' }),
      detail: { leadUnit, coUnits: [] },
    },
    {
      name: 'sign',
      label: '签收',
      mutation: 'signForTicket',
      inputType: 'TicketActionInput',
      actor: 'unit',
      action: 'signFor',
      from: 'DISPATCHED',
      to: 'SIGNED_FOR',
      input: {},
      set: none,
      detail: {},
    },
    {
      name: 'handle',
      label: '办理',
      mutation: 'startHandlingTicket',
      inputType: 'TicketActionInput',
      actor: 'unit',
      action: 'startHandling',
      from: 'SIGNED_FOR',
      to: 'IN_PROGRESS',
      input: {},
      set: none,
      detail: {},
    },
    {
      name: 'reply',
      label: '反馈',
      mutation: 'replyToTicket',
      inputType: 'AnswerTicketInput',
      actor: 'unit',
      action: 'reply',
      from: 'IN_PROGRESS',
      to: 'REPLIED',
      input: { reply: REPLY_TEXT, resolution: 'RESOLVED' },
      set: (now) => ({ reply: REPLY_TEXT, replied_at: now, resolution: 'RESOLVED' }),
      detail: { resolution: 'RESOLVED' },
    },
    {
      name: 'review',
      label: '审核',
      mutation: 'approveTicketReply',
      inputType: 'TicketActionInput',
      actor: 'dispatcher',
      action: 'approveReply',
      from: 'REPLIED',
      to: 'REVIEWED',
      input: {},
      set: none,
      detail: {},
    },
    {
      name: 'callback',
      label: '回访',
      mutation: 'callBackTicket',
      inputType: 'CallBackTicketInput',
      actor: 'agent',
      action: 'callBack',
      from: 'REVIEWED',
      to: 'CALLED_BACK',
      input: { resolution: 'RESOLVED', satisfaction: 'SATISFIED' },
      set: () => ({ resolution: 'RESOLVED', satisfaction: 'SATISFIED' }),
      detail: { resolution: 'RESOLVED', satisfaction: 'SATISFIED' },
    },
    {
      name: 'close',
      label: '办结',
      mutation: 'closeTicket',
      inputType: 'TicketActionInput',
      actor: 'agent',
      action: 'close',
      from: 'CALLED_BACK',
      to: 'CLOSED',
      input: {},
      set: (now) => ({ closed_at: now }),
      detail: {},
    },
  ];
}

/**
 * The GraphQL side of each step: the mutation asks only for what the next step needs (id and
 * version) and the status the step must reach, as a client driving the workflow would.
 */
export function lifecycleFlowSteps(steps: readonly LifecycleStep[]): GraphQLFlowStep[] {
  return steps.map((step) => ({
    name: step.name,
    field: step.mutation,
    query: `mutation($input: ${step.inputType}!) { ${step.mutation}(input: $input) { id version status } }`,
    actor: step.actor,
    input: step.input,
    expectStatus: step.to,
  }));
}
