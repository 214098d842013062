import { insertNewRecord } from '../record-list.js';
import { newRecordId } from '@city-ops/kernel';
import { authorizeIntake } from '../authorize-intake.js';
import { recordCreated, recordInScope } from '../record-created.js';
import { workingCalendarOf } from '../../calendar/working-calendar-cache.js';
import type { HotlineTicketRow, Database } from '../../database/tables.js';
import type { RequestContext } from '../../node-context.js';
import { createOnce } from '../../idempotency/create-once.js';
import { ticketDueAt } from './ticket-deadlines.js';
import { validateTicketIntake } from './ticket-input.js';
import type { CreateTicketInput } from './ticket-input.js';
import { ticketKind } from './ticket-kind.js';
import type { Transaction } from 'kysely';

/**
 * 受理: stores a new ticket, its change-log entry and its audit entry in one
 * transaction, so either all three exist or none does. With an idempotency key, a
 * retry of the same request answers with the ticket the first one made (createOnce).
 */
export async function createTicket(
  input: CreateTicketInput,
  context: RequestContext,
): Promise<HotlineTicketRow> {
  authorizeIntake(context, 'ticket.create', input.division, {
    zh: '受理工单',
    en: 'log tickets',
  });
  const intake = validateTicketIntake(input);
  const { node } = context;
  const calendar = await workingCalendarOf(node);
  const acceptedAt = new Date();
  const id = newRecordId(node.division);
  // The row scope is the ticket's own division: row-level security checks the insert lands there.
  const scope = { division: intake.division };
  const request = { operation: 'createTicket', input, scope, resultId: id } as const;
  const create = async (trx: Transaction<Database>) => {
    const row = await insertNewRecord(trx, context, ticketKind, {
      id,
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
      due_at: ticketDueAt(node, calendar, intake.intakeClass, intake.urgency, acceptedAt),
    });
    await recordCreated(trx, context, ticketKind, row, {
      action: 'accept',
      audit: { action: 'ticket.create', detail: { number: row.number, division: row.division } },
    });
    return row;
  };
  return createOnce(context, request, create, (trx, earlier) =>
    recordInScope(trx, context, ticketKind, scope, earlier),
  );
}
