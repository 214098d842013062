import { InputProblems, authorize, clientError, notFound } from '@city-ops/kernel';
import {
  findRecordInScope,
  inScope,
  planTransition,
  recordTransition,
  rowScopeAt,
} from '@city-ops/core';
import type { Database, HotlineTicketRow, RequestContext } from '@city-ops/core';
import { ticketChangePayload } from './create-ticket.js';
import { ticketMachine } from './ticket-machine.js';
import type { Transaction } from 'kysely';

/** Every ticket action names the ticket and the version the user looked at. */
export interface TicketActionInput {
  id: string;
  version: number;
  comment?: string | null;
}

/** What an action changes besides the state, once its input is valid. */
export interface ActionEffect {
  set?: Partial<HotlineTicketRow>;
  detail?: Record<string, unknown>;
  /** The history/audit comment (a stated reason, for instance). */
  comment?: string | null;
  /** Follow-up writes in the same transaction (e.g. closing merged tickets). */
  after?: (updated: HotlineTicketRow, trx: Transaction<Database>) => Promise<void>;
}

export type ActionEffects = (
  ticket: HotlineTicketRow,
  trx: Transaction<Database>,
  problems: InputProblems,
) => Promise<ActionEffect> | ActionEffect;

/**
 * One ticket action, all or nothing: load the ticket inside the caller's row scope,
 * refuse a stale version (CONFLICT), plan the transition from the machine (state,
 * role, guard → INVALID_TRANSITION listing what is allowed), validate the action's
 * input (BAD_USER_INPUT naming every bad field), then write the ticket, its history,
 * change-log and audit entries, and any follow-up, in one transaction.
 */
export async function actOnTicket(
  context: RequestContext,
  action: string,
  input: TicketActionInput,
  effects: ActionEffects = () => ({}),
): Promise<HotlineTicketRow> {
  const scope = rowScopeAt(context.node, authorize(context.principal, 'ticket.read'));
  if (!scope) throw notFound(`No ticket ${input.id} at this node inside your division.`);
  return inScope(context.node.db, scope, async (trx) => {
    const ticket = await findRecordInScope(trx, 'hotline_ticket', input.id, scope);
    if (!ticket) throw notFound(`No ticket ${input.id} inside your division ${scope.division}.`);
    if (ticket.version !== input.version) {
      throw clientError(
        'CONFLICT',
        `Ticket ${ticket.number} is at version ${ticket.version}, not ${input.version}: someone acted on it since you loaded it. Reload it and decide again.`,
        { id: ticket.id, currentVersion: ticket.version },
      );
    }
    const transition = planTransition(ticketMachine, action, {
      record: ticket,
      principal: context.principal,
      input: input as unknown as Record<string, unknown>,
      now: new Date(),
    });
    const problems = new InputProblems();
    const comment = problems.text('input.comment', input.comment, { max: 1000 });
    const effect = await effects(ticket, trx, problems);
    problems.throwIfAny();
    const updated = await recordTransition(trx, context, {
      table: 'hotline_ticket',
      entity: 'hotline_ticket',
      id: ticket.id,
      expectedVersion: input.version,
      action,
      from: ticket.status,
      to: transition.to,
      set: effect.set as Record<string, unknown> | undefined,
      comment: effect.comment ?? comment,
      detail: effect.detail,
      payload: ticketChangePayload,
    });
    await effect.after?.(updated, trx);
    return updated;
  });
}

/**
 * 并单 children close with their parent: each gets the parent's resolution, its own
 * history, change-log and audit entries, in the parent's transaction.
 */
export async function closeMergedChildren(
  trx: Transaction<Database>,
  context: RequestContext,
  parent: HotlineTicketRow,
): Promise<void> {
  const children = await trx
    .selectFrom('hotline_ticket')
    .selectAll()
    .where('parent_ticket_id', '=', parent.id)
    .where('status', 'not in', ['CLOSED', 'ARCHIVED'])
    .execute();
  for (const child of children) {
    await recordTransition(trx, context, {
      table: 'hotline_ticket',
      entity: 'hotline_ticket',
      id: child.id,
      expectedVersion: child.version,
      action: 'closeWithParent',
      from: child.status,
      to: 'CLOSED',
      set: { closed_at: parent.closed_at, resolution: parent.resolution, reply: parent.reply },
      comment: `closed with ${parent.number}`,
      detail: { parentId: parent.id },
      payload: ticketChangePayload,
    });
  }
}
