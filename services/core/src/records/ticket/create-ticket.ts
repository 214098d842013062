import { appendAudit } from '../../audit/append-audit.js';
import { appendChange } from '../../change-log/append-change.js';
import { inScope } from '../../database/scoped-transaction.js';
import { localDateOf } from '../../calendar/local-time.js';
import { recordCreation } from '../../workflow/record-transition.js';
import { workingCalendarOf } from '../../calendar/working-calendar-cache.js';
import { insertTicket, nextTicketNumber } from './ticket-repository.js';
import { authorize, newRecordId } from '@city-ops/kernel';
import type { HotlineTicketRow } from '../../database/tables.js';
import type { RequestContext } from '../../node-context.js';
import { intakeDueAt } from './ticket-deadlines.js';
import { validateTicketIntake } from './ticket-input.js';
import type { CreateTicketInput } from './ticket-input.js';
import { recordChangePayload } from '../personal-columns.js';
import { ticketKind } from './ticket-kind.js';

/**
 * 受理: stores a new ticket, its change-log entry and its audit entry in one
 * transaction, so either all three exist or none does.
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
  // The row scope is the ticket's own division: row-level security checks the insert lands there.
  return inScope(node.db, { division: intake.division }, async (trx) => {
    const number = await nextTicketNumber(
      trx,
      node.division,
      localDateOf(new Date(), node.timeZone),
    );
    const row = await insertTicket(trx, {
      id: newRecordId(node.division),
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
      payload: recordChangePayload(ticketKind, row),
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
  });
}
