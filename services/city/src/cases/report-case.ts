import { randomUUID } from 'node:crypto';
import {
  appendAudit,
  appendChange,
  authorize,
  caseChangePayload,
  caseReportInScope,
  createOnce,
  insertCase,
  localDateOf,
  nextCaseNumber,
  recordCreation,
  toCaseView,
} from '@city-ops/core';
import type { CaseReportRow, CaseView, Database, RequestContext } from '@city-ops/core';
import type { Transaction } from 'kysely';
import { validateCaseReport } from './case-input.js';
import type { CaseIntake, ReportCaseInput } from './case-input.js';

/** A new case's id: chosen before it is stored, so an idempotency key can name it first. */
export function newCaseId(context: RequestContext): string {
  return `${context.node.division}-${randomUUID()}`;
}

/**
 * Stores a new case (COLLECTED) under `id` with its birth in the history, its
 * change-log entry and its audit entry, in the caller's transaction.
 */
export async function storeNewCase(
  trx: Transaction<Database>,
  context: RequestContext,
  id: string,
  intake: CaseIntake,
  origin: { action: string; linkedTicketId: string | null; comment: string | null },
): Promise<CaseReportRow> {
  const { node } = context;
  const number = await nextCaseNumber(trx, node.division, localDateOf(new Date(), node.timeZone));
  const row = await insertCase(trx, {
    id,
    number,
    origin_node: node.division,
    division: intake.division,
    source: intake.source,
    case_type: intake.type,
    major_class: intake.majorClass,
    minor_code: intake.minorCode,
    object_code: intake.objectCode,
    description: intake.description,
    address: intake.address,
    grid_cell: intake.gridCell,
    longitude: intake.longitude,
    latitude: intake.latitude,
    urgency: intake.urgency,
    status: 'COLLECTED',
    linked_ticket_id: origin.linkedTicketId,
    created_by: context.principal.username,
  });
  await recordCreation(trx, context, {
    entity: 'case_report',
    id: row.id,
    division: row.division,
    state: row.status,
    action: origin.action,
    comment: origin.comment,
  });
  await appendChange(trx, {
    entity: 'case_report',
    entityId: row.id,
    version: row.version,
    operation: 'upsert',
    payload: caseChangePayload(row),
    division: row.division,
  });
  await appendAudit(trx, context, {
    action: `case.${origin.action}`,
    entity: 'case_report',
    entityIds: origin.linkedTicketId ? [row.id, origin.linkedTicketId] : [row.id],
    detail: { number: row.number, division: row.division, source: row.source },
    scope: row.division,
  });
  return row;
}

/**
 * 信息采集: an inspector (in their grid) or a dispatcher reports a case. With an
 * idempotency key, a retry of the same request answers with the case the first made.
 */
export async function reportCase(
  input: ReportCaseInput,
  context: RequestContext,
): Promise<CaseView> {
  const access = authorize(context.principal, 'case.create');
  const intake = validateCaseReport(input, context, access);
  const id = newCaseId(context);
  // The row scope is the case's own division (and an inspector's grid): row-level security checks the insert lands there.
  const scope = { division: intake.division, grid: access.grid };
  return createOnce(
    context,
    { operation: 'reportCase', input, scope, resultId: id },
    async (trx) =>
      toCaseView(
        await storeNewCase(trx, context, id, intake, {
          action: 'report',
          linkedTicketId: null,
          comment: null,
        }),
      ),
    (trx, earlier) => caseReportInScope(trx, scope, earlier),
  );
}
