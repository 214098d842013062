import { divisionRef, isAllowed } from '@city-ops/kernel';
import type { DirectiveRow, DirectiveStepRow, SupervisionAction } from '../database/sync-tables.js';
import type { Principal } from '@city-ops/kernel';
import { allowedActions } from '../workflow/state-machine.js';
import { foldDirective, directiveMachine } from './directive-machine.js';
import {
  isSupervisionOverdue,
  supervisionMachine,
  supervisionStepOperations,
} from './supervision-machine.js';
import type { SupervisionCase } from './supervision-machine.js';

export const recordKindOf = {
  hotline_ticket: 'HOTLINE_TICKET',
  case_report: 'CASE_REPORT',
} as const;

export const recordTableOf = {
  HOTLINE_TICKET: 'hotline_ticket',
  CASE_REPORT: 'case_report',
} as const;

/** The GraphQL shape of a supervision order, its state folded from its steps. */
export function toSupervisionOrderView(
  supervision: SupervisionCase,
  viewer: Principal,
  now = new Date(),
) {
  const { order: row } = supervision;
  return {
    id: row.id,
    number: row.number,
    issuer: divisionRef(row.issuer_division),
    division: divisionRef(row.division),
    recordKind: recordKindOf[row.record_entity],
    recordId: row.record_id,
    recordNumber: row.record_number ?? null,
    level: row.level,
    deadline: row.deadline.toISOString(),
    instructions: row.instructions,
    state: supervision.state,
    handlingUnit: supervision.handlingUnit,
    // What a step's mutation asks, in its order: the step's operation, then the machine.
    allowedActions: allowedActions(supervisionMachine, {
      record: supervision,
      principal: viewer,
      now,
    }).filter((action) =>
      isAllowed(viewer, supervisionStepOperations[action as SupervisionAction]),
    ),
    issuedBy: row.issued_by,
    overdue: isSupervisionOverdue(supervision, now),
    steps: supervision.steps.map((step) => ({
      id: step.id,
      action: step.action.toUpperCase(),
      comment: step.comment,
      handlingUnit: step.handling_unit,
      actor: step.actor,
      actorDivision: divisionRef(step.actor_division),
      createdAt: step.created_at.toISOString(),
    })),
    version: row.version,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * A directive as the answering node sees it: every response it holds, and — at an
 * addressee node — the addressee's own state and what the viewer may do next.
 */
export function toDirectiveView(
  row: DirectiveRow,
  steps: DirectiveStepRow[],
  here: { division: string; addressee: boolean },
  viewer: Principal,
) {
  const own = foldDirective(
    row,
    steps.filter((step) => step.division === here.division),
    here.addressee ? here.division : null,
  );
  return {
    id: row.id,
    number: row.number,
    division: divisionRef(row.division),
    title: row.title,
    body: row.body,
    dueAt: row.due_at?.toISOString() ?? null,
    issuedBy: row.issued_by,
    createdAt: row.created_at.toISOString(),
    stateHere: here.addressee ? own.state : null,
    // What acknowledgeDirective and reportOnDirective ask: directive.respond, then the machine.
    allowedActions: isAllowed(viewer, 'directive.respond')
      ? allowedActions(directiveMachine, { record: own, principal: viewer, now: new Date() })
      : [],
    responses: steps.map((step) => ({
      id: step.id,
      division: divisionRef(step.division),
      action: step.action.toUpperCase(),
      comment: step.comment,
      actor: step.actor,
      createdAt: step.created_at.toISOString(),
    })),
  };
}

/** The change-log payload of a row: columns as they are, instants in ISO 8601. */
export function rowPayload(row: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([column, value]) => [
      column,
      value instanceof Date ? value.toISOString() : value,
    ]),
  );
}
