import { ENFORCEMENT_LIMITS } from './enforcement-deadlines.js';
import { policy } from '@city-ops/kernel';
import type { Grant } from '@city-ops/kernel';
import { enforcementMachine } from './enforcement-machine.js';
import { enforcementMutationOfAction } from './enforcement-workflow-resolvers.js';

const grantsOf = (operation: 'enforcement.create' | 'enforcement.act') =>
  (policy[operation].grants as readonly Grant[])
    .map((grant) => `${grant.role}@${grant.scope}`)
    .join(', ');

/** The enforcement section's notes in docs/WORKFLOWS.md: mutations, limits and the late penalty, from the code. */
export function enforcementDocNotes(): string[] {
  const actions = [
    ...new Set(enforcementMachine.transitions.map((transition) => transition.action)),
  ];
  const limit = (name: keyof typeof ENFORCEMENT_LIMITS) => {
    const rule = ENFORCEMENT_LIMITS[name];
    return 'workingDays' in rule
      ? `${rule.workingDays} working days (${rule.basis})`
      : `${rule.calendarDays} calendar days (${rule.basis})`;
  };
  return [
    '### Mutations',
    '',
    `A case is filed by \`fileEnforcementCase\` (立案, \`enforcement.create\`: ${grantsOf('enforcement.create')}); the party's ID number (GB 11643) or 统一社会信用代码 (GB 32100) must carry a valid check character, and at least two officers with distinct certificates are named (art. 42). Every other action is one mutation whose input carries the record \`id\` and the \`version\` the user looked at (a newer version is \`CONFLICT\`), under \`enforcement.act\` (${grantsOf('enforcement.act')}); the roles and guard of the row above then decide (\`INVALID_TRANSITION\`, citing the rule and listing the allowed actions).`,
    '',
    '| action | mutation |',
    '|---|---|',
    ...actions.map(
      (action) => `| \`${action}\` | \`${enforcementMutationOfAction[action] ?? ''}\` |`,
    ),
    '',
    '### Time limits and the late-payment penalty',
    '',
    `- Decision: ${limit('decision')} after filing, plus extensions recorded by \`extendDecisionDeadline\` (who approved, why); tracked as \`decisionDueAt\` and \`overdue.decision\`, never refused.`,
    `- Hearing request: ${limit('hearingRequest')} after the notice (\`hearingRequestDueAt\`); a later request is refused, and no decision or review is made while the window is open unless the party waived the hearing.`,
    `- Service: ${limit('service')} after the decision (\`serviceDueAt\`, \`overdue.service\`).`,
    `- Payment: ${limit('payment')} after service (\`paymentDueAt\`, \`overdue.payment\`).`,
    '- Counting: the starting day does not count; a period ends at midnight of its last day (node time zone); a calendar-day period whose last day is a day off of the working calendar ends on the next working day.',
    '- Late payment (加处罚款, art. 72): 3 % of the fine for every calendar day after `paymentDueAt`, rounded to the fen over the whole period, never more than the fine (`latePaymentPenalty`); `recordPayment` takes exactly the fine plus that penalty (`amountDue`). `enforce` is possible once the payment date has passed.',
    '',
  ];
}
