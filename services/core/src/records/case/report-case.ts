import { appendAudit } from '../../audit/append-audit.js';
import { appendChange } from '../../change-log/append-change.js';
import { toCaseView } from './case-view.js';
import { inScope } from '../../database/scoped-transaction.js';
import { insertCase, nextCaseNumber } from './case-repository.js';
import { localDateOf } from '../../calendar/local-time.js';
import { recordCreation } from '../../workflow/record-transition.js';
import { authorize, newRecordId } from '@city-ops/kernel';
import type { CaseReportRow, Database } from '../../database/tables.js';
import type { CaseView } from './case-view.js';
import type { RequestContext } from '../../node-context.js';
import { validateCaseReport } from './case-input.js';
import type { CaseIntake, ReportCaseInput } from './case-input.js';
import { recordChangePayload } from '../personal-columns.js';
import { caseKind } from './case-kind.js';
import type { Transaction } from 'kysely';

/**
 * Stores a new case (COLLECTED) with its birth in the history, its change-log entry
 * and its audit entry, in the caller's transaction.
 */
export async function storeNewCase(
  trx: Transaction<Database>,
  context: RequestContext,
  intake: CaseIntake,
  origin: { action: string; linkedTicketId: string | null; comment: string | null },
): Promise<CaseReportRow> {
  const { node } = context;
  const number = await nextCaseNumber(trx, node.division, localDateOf(new Date(), node.timeZone));
  const row = await insertCase(trx, {
    id: newRecordId(node.division),
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
    payload: recordChangePayload(caseKind, row),
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

/** 信息采集: an inspector (in their grid) or a dispatcher reports a case. */
export async function reportCase(
  input: ReportCaseInput,
  context: RequestContext,
): Promise<CaseView> {
  const access = authorize(context.principal, 'case.create');
  const intake = validateCaseReport(input, context, access);
  // The row scope is the case's own division (and an inspector's grid): row-level security checks the insert lands there.
  const row = await inScope(
    context.node.db,
    { division: intake.division, grid: access.grid },
    (trx) =>
      storeNewCase(trx, context, intake, { action: 'report', linkedTicketId: null, comment: null }),
  );
  return toCaseView(row);
}
