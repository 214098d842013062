import type { CaseReportRow } from '../../database/tables.js';
import { recordView } from '../record-view.js';
import type { RecordView } from '../record-view.js';
import { NO_CASE_COUNTS } from './case-counters.js';
import type { CaseCounters } from './case-counters.js';
import type { CasePlace } from './case-input.js';
import { isOverdue } from '../overdue-rule.js';
import { caseKind } from './case-kind.js';

/** A case as the GraphQL layer returns it (CaseReport in the SDL). */
export interface CaseView extends RecordView<CaseReportRow>, CaseCounters, CasePlace {
  source: string;
  type: string;
  majorClass: string;
  minorCode: string;
  objectCode: string | null;
  description: string;
  urgency: string;
  status: string;
  handlingUnit: string | null;
  filedAt: string | null;
  filedBy: string | null;
  dispatchedAt: string | null;
  dueAt: string | null;
  overdue: boolean;
  handledAt: string | null;
  handlingResult: string | null;
  extensionRequest: { workingDays: number; reason: string } | null;
  returnRequestReason: string | null;
  verifiedAt: string | null;
  verifiedBy: string | null;
  closedAt: string | null;
  closureType: string | null;
  parkedReason: string | null;
  voidReason: string | null;
  evaluation: { score: number; comment: string | null; at: string } | null;
  linkedTicketId: string | null;
}

const iso = (instant: Date | null) => instant?.toISOString() ?? null;

/**
 * Cases describe public places and objects, not people: no field of theirs is
 * masked, and the same view serves every reader.
 */
export function toCaseView(
  row: CaseReportRow,
  counters: CaseCounters = NO_CASE_COUNTS,
  now: Date = new Date(),
): CaseView {
  return {
    source: row.source,
    type: row.case_type,
    majorClass: row.major_class,
    minorCode: row.minor_code,
    objectCode: row.object_code,
    description: row.description,
    address: row.address,
    gridCell: row.grid_cell,
    longitude: row.longitude,
    latitude: row.latitude,
    urgency: row.urgency,
    status: row.status,
    handlingUnit: row.handling_unit,
    filedAt: iso(row.filed_at),
    filedBy: row.filed_by,
    dispatchedAt: iso(row.dispatched_at),
    dueAt: iso(row.due_at),
    overdue: isOverdue(caseKind, row, now),
    handledAt: iso(row.handled_at),
    handlingResult: row.handling_result,
    extensionRequest:
      row.extension_days === null
        ? null
        : { workingDays: row.extension_days, reason: row.extension_reason ?? '' },
    returnRequestReason: row.return_reason,
    verifiedAt: iso(row.verified_at),
    verifiedBy: row.verified_by,
    closedAt: iso(row.closed_at),
    closureType: row.closure_type,
    parkedReason: row.parked_reason,
    voidReason: row.void_reason,
    evaluation:
      row.evaluation_score === null || row.evaluated_at === null
        ? null
        : {
            score: row.evaluation_score,
            comment: row.evaluation_comment,
            at: row.evaluated_at.toISOString(),
          },
    ...counters,
    linkedTicketId: row.linked_ticket_id,
    // Last: spread first, it leaves V8 a slow dictionary object ten times as costly to build.
    ...recordView(row),
  };
}
