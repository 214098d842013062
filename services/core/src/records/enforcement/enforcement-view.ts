import type { RecordReader } from '../../permissions/personal-data.js';
import type { WorkingCalendar } from '../../calendar/working-calendar.js';
import type { EnforcementOfficerJson, EnforcementRecordRow } from '../../database/tables.js';
import { recordView } from '../record-view.js';
import type { RecordView } from '../record-view.js';
import { hearingRequestDueAt } from './enforcement-deadlines.js';
import { daysLate, fenToYuan, latePaymentPenaltyFen, toFen } from './late-payment-penalty.js';
import { overdueLimits } from '../overdue-rule.js';
import { rowAsSeenBy } from '../row-as-seen.js';
import { enforcementKind } from './enforcement-kind.js';

/** An enforcement record as the GraphQL layer returns it (EnforcementRecord in the SDL). */
export interface EnforcementView extends RecordView<EnforcementRecordRow> {
  source: string;
  violatedArticle: string;
  penaltyArticle: string;
  party: {
    kind: string;
    name: string;
    idNumber: string | null;
    creditCode: string | null;
    legalRepresentative: string | null;
    masked: boolean;
  };
  officers: EnforcementOfficerJson[];
  procedure: string;
  isMajor: boolean;
  status: string;
  investigators: string[];
  filedAt: string;
  decisionDueAt: string | null;
  decisionExtension: { days: number; reason: string; approvedBy: string } | null;
  noticeServedAt: string | null;
  hearingRequestDueAt: string | null;
  hearingRequestedAt: string | null;
  hearingWaivedAt: string | null;
  hearingPresidingOfficer: string | null;
  hearingHeldAt: string | null;
  legalReviewedBy: string | null;
  legalReviewedAt: string | null;
  decision: string | null;
  fineAmount: number | null;
  decidedAt: string | null;
  serviceDueAt: string | null;
  servedAt: string | null;
  paymentDueAt: string | null;
  paidAt: string | null;
  amountPaid: number | null;
  latePaymentPenalty: number | null;
  amountDue: number | null;
  enforcedAt: string | null;
  closedAt: string | null;
  overdue: { decision: boolean; service: boolean; payment: boolean; any: boolean };
  linkedTicketId: string | null;
  linkedCaseId: string | null;
}

/** What a view is computed against: the node's calendar and zone, and the moment of reading. */
export interface EnforcementViewClock {
  calendar: WorkingCalendar;
  timeZone: string;
  now: Date;
}

const iso = (instant: Date | null) => instant?.toISOString() ?? null;
const yuan = (decimal: string | null) => (decimal === null ? null : Number(decimal));

/**
 * The late penalty and what is still owed, for a fine. The penalty runs up to the
 * payment, or the closing of an unpaid case, or now (art. 72).
 */
function money(row: EnforcementRecordRow, clock: EnforcementViewClock) {
  const fineFen =
    row.decision === 'FINE' && row.fine_amount !== null ? toFen(row.fine_amount) : undefined;
  if (fineFen === undefined) return { latePaymentPenalty: null, amountDue: null };
  const until = row.paid_at ?? row.closed_at ?? clock.now;
  const penaltyFen =
    row.payment_due_at === null
      ? 0
      : latePaymentPenaltyFen(fineFen, daysLate(row.payment_due_at, until, clock.timeZone));
  const settled = row.paid_at !== null || row.closed_at !== null;
  return {
    latePaymentPenalty: fenToYuan(penaltyFen),
    amountDue: settled ? null : fenToYuan(fineFen + penaltyFen),
  };
}

/**
 * Shapes a row for `reader`, masking the party's personal data unless the reader may see
 * it and this node holds it unmasked (only the owning city does): `party.masked` says
 * whether what is shown was masked, here or before the row reached this node's replica.
 */
export function toEnforcementView(
  row: EnforcementRecordRow,
  reader: RecordReader,
  clock: EnforcementViewClock,
): EnforcementView {
  const { shown, unmasked } = rowAsSeenBy(enforcementKind, row, reader);
  return {
    source: row.source,
    violatedArticle: row.violated_article,
    penaltyArticle: row.penalty_article,
    party: {
      kind: row.party_kind,
      name: shown.party_name,
      idNumber: shown.party_id_number,
      creditCode: row.party_credit_code,
      legalRepresentative: shown.party_legal_representative,
      masked: !unmasked,
    },
    officers: row.officers,
    procedure: row.procedure,
    isMajor: row.is_major,
    status: row.status,
    investigators: row.investigators,
    filedAt: row.filed_at.toISOString(),
    decisionDueAt: iso(row.decision_due_at),
    decisionExtension:
      row.decision_extension_days > 0
        ? {
            days: row.decision_extension_days,
            reason: row.decision_extension_reason ?? '',
            approvedBy: row.decision_extension_approved_by ?? '',
          }
        : null,
    noticeServedAt: iso(row.notice_served_at),
    hearingRequestDueAt:
      row.notice_served_at === null
        ? null
        : hearingRequestDueAt(row.notice_served_at, clock.calendar, clock.timeZone).toISOString(),
    hearingRequestedAt: iso(row.hearing_requested_at),
    hearingWaivedAt: iso(row.hearing_waived_at),
    hearingPresidingOfficer: row.hearing_presiding_officer,
    hearingHeldAt: iso(row.hearing_held_at),
    legalReviewedBy: row.legal_reviewed_by,
    legalReviewedAt: iso(row.legal_reviewed_at),
    decision: row.decision,
    fineAmount: yuan(row.fine_amount),
    decidedAt: iso(row.decided_at),
    serviceDueAt: iso(row.service_due_at),
    servedAt: iso(row.served_at),
    paymentDueAt: iso(row.payment_due_at),
    paidAt: iso(row.paid_at),
    amountPaid: yuan(row.amount_paid),
    ...money(row, clock),
    enforcedAt: iso(row.enforced_at),
    closedAt: iso(row.closed_at),
    overdue: enforcementOverdueView(row, clock.now),
    linkedTicketId: row.linked_ticket_id,
    linkedCaseId: row.linked_case_id,
    // Last: spread first, it leaves V8 a slow dictionary object ten times as costly to build.
    ...recordView(row),
  };
}

/** Which statutory limit is running late now, as EnforcementOverdue in the SDL. */
function enforcementOverdueView(row: EnforcementRecordRow, now: Date) {
  const late = overdueLimits(enforcementKind, row, now);
  return {
    decision: late.includes('decision'),
    service: late.includes('service'),
    payment: late.includes('payment'),
    any: late.length > 0,
  };
}
