import { insertNewRecord } from '../record-list.js';
import { newRecordId } from '@city-ops/kernel';
import { authorizeIntake } from '../authorize-intake.js';
import { recordCreated } from '../record-created.js';
import { toCaseView } from './case-view.js';
import type { CaseReportRow, Database } from '../../database/tables.js';
import type { CaseView } from './case-view.js';
import type { RequestContext } from '../../node-context.js';
import { caseReportInScope } from './case-resolvers.js';
import { createOnce } from '../../idempotency/create-once.js';
import { validateCaseReport } from './case-input.js';
import type { CaseIntake, ReportCaseInput } from './case-input.js';
import { caseKind } from './case-kind.js';
import type { Transaction } from 'kysely';

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
  const row = await insertNewRecord(trx, context, caseKind, {
    id,
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
  });
  await recordCreated(trx, context, caseKind, row, {
    action: origin.action,
    comment: origin.comment,
    audit: {
      action: `case.${origin.action}`,
      also: origin.linkedTicketId ? [origin.linkedTicketId] : [],
      detail: { number: row.number, division: row.division, source: row.source },
    },
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
  const access = authorizeIntake(context, 'case.create', input.division, {
    zh: '上报案件',
    en: 'report cases',
  });
  const intake = validateCaseReport(input, context, access);
  const id = newRecordId(context.node.division);
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
