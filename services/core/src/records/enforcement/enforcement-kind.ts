import { maskIdNumber, maskName } from '../../permissions/masking.js';
import type { RecordKind } from '../record-kind.js';
import { enforcementMachine } from './enforcement-machine.js';
import type { EnforcementSubject } from './enforcement-machine.js';

/** The states before a decision: the 90-day limit (行政处罚法 art. 60) runs in these. */
export const PRE_DECISION_STATUSES = [
  'FILED',
  'INVESTIGATING',
  'NOTIFIED',
  'HEARING',
  'LEGAL_REVIEW',
] as const;

/**
 * An enforcement record (城管执法 案件). A party that is a person is personal data, and
 * so are an ID number and an organisation's legal representative; an organisation's
 * own name and credit code are public.
 */
export const enforcementKind: RecordKind<'enforcement_record', EnforcementSubject> = {
  table: 'enforcement_record',
  noun: 'enforcement record',
  nounInChinese: '执法案件',
  sdlType: 'EnforcementRecord',
  numbers: { sequence: 'enforcement_record_number_seq', infix: 'ZF' },
  readOperation: 'enforcement.read',
  // Every step is enforcement.act; the machine's roles split officers from reviewers.
  actionOperation: () => 'enforcement.act',
  // 文书 name the party, a person as often as a company.
  attachments: {
    attachOperation: 'enforcement.attach',
    readOperation: 'enforcement.attachment.read',
    personal: true,
  },
  personalColumns: [
    { column: 'party_name', mask: maskName, when: (row) => row.party_kind === 'PERSON' },
    { column: 'party_id_number', mask: maskIdNumber },
    { column: 'party_legal_representative', mask: maskName },
  ],
  personalHolder: (row) => ({ division: row.division }),
  listFilters: {
    procedure: { column: 'procedure', match: 'equals' },
    decisionDueFrom: { column: 'decision_due_at', match: 'from' },
    decisionDueBefore: { column: 'decision_due_at', match: 'before' },
  },
  // A party's name is personal when it is a person's: only an organisation's credit code is searched.
  textColumns: ['number', 'violated_article', 'penalty_article', 'party_credit_code'],
  // Each statutory limit runs while the step it limits is still to be taken.
  overdue: [
    { limit: 'decision', due: 'decision_due_at', states: PRE_DECISION_STATUSES },
    { limit: 'service', due: 'service_due_at', states: ['DECIDED'] },
    // payment_due_at is set only for a fine; once paid the record has left SERVED.
    { limit: 'payment', due: 'payment_due_at', states: ['SERVED'] },
  ],
  // Records filed before limits were tracked have no decision due time.
  sortColumns: {
    CREATED_AT: { column: 'created_at', nullable: false },
    DECISION_DUE_AT: { column: 'decision_due_at', nullable: true },
    UPDATED_AT: { column: 'updated_at', nullable: false },
  },
  machine: enforcementMachine,
  subjectOf: (row, clock) => ({ row, calendar: clock.calendar, timeZone: clock.timeZone }),
};
