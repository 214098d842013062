import {
  newRecordId,
  InputProblems,
  authorize,
  clientError,
  forbidden,
  notFound,
  ownerDivisionOfId,
} from '@city-ops/kernel';
import type { Types } from '@city-ops/schema';
import { caseIdOfTicket } from './case-repository.js';
import { caseReportInScope } from './case-resolvers.js';
import { createOnce } from '../../idempotency/create-once.js';
import { assertOwner } from '../../ownership.js';
import { rowScopeAt } from '../../permissions/row-scope.js';
import { scopeConditions } from '../find-record-in-scope.js';
import { toCaseView } from './case-view.js';
import type { CaseView } from './case-view.js';
import type { RequestContext } from '../../node-context.js';
import type { Database } from '../../database/tables.js';
import { recordTransition } from '../../workflow/record-transition.js';
import { recordChangePayload } from '../personal-columns.js';
import { ticketKind } from '../ticket/ticket-kind.js';
import { ticketMachine } from '../ticket/ticket-machine.js';
import { stateLabel } from '../../workflow/state-machine.js';
import { checkClassification, checkPlace } from './case-input.js';
import type { CaseIntake } from './case-input.js';
import { storeNewCase } from './report-case.js';
import type { Transaction } from 'kysely';

/** As the shared SDL defines it (a schema change breaks the type-check here). */
export type ConvertTicketToCaseInput = Types.ConvertTicketToCaseInput;

/** A ticket that is finished is not transferred any more. */
const FINISHED_TICKET_STATES = ['CLOSED', 'ARCHIVED'];

/**
 * 热线转办: a case (source HOTLINE, COLLECTED) made from a ticket, each naming the other —
 * the case by `linked_ticket_id` (one case per ticket: a unique index holds it), the ticket
 * by `case_id` — and each saying so in its history, in one transaction. The ticket keeps
 * its state and moves to its next version; it is locked while the case is made, so two
 * agents converting it at once get one case and a CONFLICT. The caller's name, phone and house-number address never reach the case
 * (cases hold no personal data): the place defaults to the ticket's street and
 * community.
 */
export async function convertTicketToCase(
  input: ConvertTicketToCaseInput,
  context: RequestContext,
): Promise<CaseView> {
  const { node, principal } = context;
  const owner = ownerDivisionOfId(String(input.ticketId), 'input.ticketId');
  assertOwner(node, owner, 'input.ticketId');
  const caseAccess = authorize(principal, 'case.create');
  // Converting means reading the ticket: both operations, and the narrower scope of the two.
  const ticketAccess = authorize(principal, 'ticket.read');
  const scope = rowScopeAt(node, ticketAccess);
  if (!scope || caseAccess.scope !== 'city') {
    throw forbidden(
      {
        zh: '工单转案件须在全市范围内同时具有 case.create 和 ticket.read 权限（热线坐席或派遣员）。',
        en: 'Converting a ticket to a case needs case.create and ticket.read for the whole city (a hotline agent or a dispatcher).',
      },
      { operation: 'case.create' },
    );
  }
  const id = newRecordId(context.node.division);
  const convert = async (trx: Transaction<Database>) => {
    let select = trx
      .selectFrom('hotline_ticket')
      .selectAll()
      .where('id', '=', input.ticketId)
      .forUpdate();
    for (const condition of scopeConditions('hotline_ticket', scope))
      select = select.where(condition);
    const ticket = await select.executeTakeFirst();
    if (!ticket)
      throw notFound({
        zh: `您所属行政区划 ${scope.division} 内没有工单 ${input.ticketId}。`,
        en: `No ticket ${input.ticketId} inside your division ${scope.division}.`,
      });
    if (input.version !== null && input.version !== undefined && ticket.version !== input.version) {
      throw clientError(
        'CONFLICT',
        {
          zh: `工单 ${ticket.number} 当前是第 ${ticket.version} 版，不是第 ${input.version} 版：您打开后已有人办理过。请刷新后重新操作。`,
          en: `Ticket ${ticket.number} is at version ${ticket.version}, not ${input.version}: someone acted on it since you loaded it. Reload it and decide again.`,
        },
        { id: ticket.id, currentVersion: ticket.version },
      );
    }
    const existing = await caseIdOfTicket(trx, ticket.id);
    if (existing) {
      throw clientError(
        'CONFLICT',
        {
          zh: `工单 ${ticket.number} 已转为案件 ${existing}；一张工单只能转为一个案件。`,
          en: `Ticket ${ticket.number} was already converted to case ${existing}; a ticket becomes one case.`,
        },
        { id: ticket.id, caseId: existing },
      );
    }
    if (FINISHED_TICKET_STATES.includes(ticket.status)) {
      throw clientError(
        'INVALID_TRANSITION',
        {
          zh: `工单 ${ticket.number} 当前状态为 ${ticket.status}（${stateLabel(ticketMachine, ticket.status)}）：只有未办结的工单才能转为案件。`,
          en: `Ticket ${ticket.number} is ${ticket.status}: only an open ticket is transferred to a case.`,
        },
        { action: 'convertTicketToCase', state: ticket.status, allowedActions: [] },
      );
    }
    const problems = new InputProblems();
    const classification = checkClassification(problems, input);
    const description = problems.text('input.description', input.description ?? ticket.content, {
      min: 1,
      max: 4000,
      multiline: true,
    });
    const ticketPlace = [ticket.street, ticket.community].filter(Boolean).join(' ') || null;
    // The ticket's point unless the input gives one (or half of one, which checkPlace refuses).
    const ownPoint = (input.longitude ?? input.latitude ?? null) !== null;
    const place = checkPlace(problems, {
      address: input.address ?? ticketPlace,
      gridCell: input.gridCell,
      longitude: ownPoint ? input.longitude : ticket.longitude,
      latitude: ownPoint ? input.latitude : ticket.latitude,
    });
    problems.throwIfAny();
    const intake: CaseIntake = {
      division: ticket.division,
      source: 'HOTLINE',
      ...classification,
      description: description ?? '',
      ...place,
      urgency: input.urgency ?? (ticket.urgency as Types.Urgency),
    };
    const row = await storeNewCase(trx, context, id, intake, {
      action: 'convertTicket',
      linkedTicketId: ticket.id,
      comment: `热线转办 from ticket ${ticket.number}`,
    });
    await recordTransition(trx, context, {
      table: 'hotline_ticket',
      entity: 'hotline_ticket',
      id: ticket.id,
      expectedVersion: ticket.version,
      action: 'convertToCase',
      from: ticket.status,
      to: ticket.status,
      set: { case_id: row.id },
      comment: `热线转办 to case ${row.number}`,
      detail: { caseId: row.id },
      payload: (updated) => recordChangePayload(ticketKind, updated),
    });
    return toCaseView(row);
  };
  // The key is looked at before the ticket: a retry must get its case, not "already converted".
  return createOnce(
    context,
    { operation: 'convertTicketToCase', input, scope, resultId: id },
    convert,
    (trx, earlier) => caseReportInScope(trx, scope, earlier),
  );
}
