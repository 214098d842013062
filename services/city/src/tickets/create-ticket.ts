import { randomUUID } from 'node:crypto';
import {
  appendAudit,
  appendChange,
  authorize,
  createOnce,
  localDateOf,
  recordCreation,
  workingCalendarOf,
  insertTicket,
  maskTicketRow,
  nextTicketNumber,
  ticketInScope,
} from '@city-ops/core';
import type { Database, HotlineTicketRow, RequestContext } from '@city-ops/core';
import type { Transaction } from 'kysely';
import { intakeDueAt } from './ticket-deadlines.js';
import { validateTicketIntake } from './ticket-input.js';
import type { CreateTicketInput } from './ticket-input.js';

/** The change-log payload: the masked row with instants as ISO strings. */
export function ticketChangePayload(row: HotlineTicketRow): Record<string, unknown> {
  const masked = maskTicketRow(row);
  return {
    ...masked,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/**
 * 受理: stores a new ticket, its change-log entry and its audit entry in one
 * transaction, so either all three exist or none does. With an idempotency key, a
 * retry of the same request answers with the ticket the first one made (createOnce).
 */
export async function createTicket(
  input: CreateTicketInput,
  context: RequestContext,
): Promise<HotlineTicketRow> {
  const access = authorize(context.principal, 'ticket.create');
  const intake = validateTicketIntake(input, context, access);
  const { node } = context;
  const calendar = await workingCalendarOf(node);
  const acceptedAt = new Date();
  const id = `${node.division}-${randomUUID()}`;
  // The row scope is the ticket's own division: row-level security checks the insert lands there.
  const scope = { division: intake.division };
  const request = { operation: 'createTicket', input, scope, resultId: id } as const;
  const create = async (trx: Transaction<Database>) => {
    const number = await nextTicketNumber(
      trx,
      node.division,
      localDateOf(new Date(), node.timeZone),
    );
    const row = await insertTicket(trx, {
      id,
      number,
      origin_node: node.division,
      division: intake.division,
      channel: intake.channel,
      intake_class: intake.intakeClass,
      category_code: intake.categoryCode,
      title: intake.title,
      content: intake.content,
      caller_name: intake.callerName,
      caller_phone: intake.callerPhone,
      caller_confidential: intake.callerConfidential,
      address: intake.address,
      street: intake.street,
      community: intake.community,
      longitude: intake.longitude,
      latitude: intake.latitude,
      urgency: intake.urgency,
      status: 'ACCEPTED',
      due_at: intakeDueAt(node, calendar, intake.intakeClass, intake.urgency, acceptedAt),
      created_by: context.principal.username,
    });
    await recordCreation(trx, context, {
      entity: 'hotline_ticket',
      id: row.id,
      division: row.division,
      state: row.status,
      action: 'accept',
    });
    await appendChange(trx, {
      entity: 'hotline_ticket',
      entityId: row.id,
      version: row.version,
      operation: 'upsert',
      payload: ticketChangePayload(row),
      division: row.division,
    });
    await appendAudit(trx, context, {
      action: 'ticket.create',
      entity: 'hotline_ticket',
      entityIds: [row.id],
      detail: { number: row.number, division: row.division },
      scope: row.division,
    });
    return row;
  };
  return createOnce(context, request, create, (trx, earlier) =>
    ticketInScope(trx, context, scope, earlier),
  );
}
