import { describe, expect, it } from 'vitest';
import {
  machineOutcomes,
  ruleOutcomes,
  testPrincipal,
  workflowRules,
  workflowStates,
} from '../workflows-doc-rules.js';
import { WorkingCalendar } from '../../calendar/working-calendar.js';
import type { EnforcementRecordRow } from '../../database/tables.js';
import { allowedActions, planTransition } from '../../workflow/state-machine.js';
import type { TransitionContext } from '../../workflow/state-machine.js';
import { enforcementMachine, SUMMARY_FINE_LIMIT_FEN } from './enforcement-machine.js';
import type { EnforcementSubject } from './enforcement-machine.js';

const ZONE = 'Asia/Shanghai';
const at = (local: string) => new Date(`${local}+08:00`);

// The notice is served on Monday 2026-11-16; the 5 working days to ask for a hearing
// (art. 64(1), 85) end at midnight after Monday 2026-11-23, i.e. 2026-11-24 00:00 local.
const NOTICE = at('2026-11-16T10:00:00');
const HEARING_WINDOW_ENDS = at('2026-11-24T00:00:00');
const WITHIN_WINDOW = at('2026-11-17T09:00:00');
const PAYMENT_DUE = at('2026-12-10T00:00:00');

const TWO_OFFICERS = [
  { name: '张三', certificateNumber: 'ZF-001' },
  { name: '李四', certificateNumber: 'ZF-002' },
];

function record(overrides: Partial<EnforcementRecordRow> = {}): EnforcementRecordRow {
  return {
    id: '320100-e1',
    number: 'E1',
    origin_node: '320100',
    attachment_count: 0,
    division: '320106',
    source: 'PATROL',
    violated_article: '第二十条',
    penalty_article: '第四十条',
    party_kind: 'PERSON',
    party_name: '王五',
    party_id_number: null,
    party_credit_code: null,
    party_legal_representative: null,
    officers: TWO_OFFICERS,
    procedure: 'ORDINARY',
    status: 'FILED',
    fine_amount: null,
    filed_at: at('2026-11-02T09:00:00'),
    decided_at: null,
    is_major: false,
    investigators: ['inv-1', 'inv-2'],
    decision_due_at: null,
    decision_extension_days: 0,
    decision_extension_reason: null,
    decision_extension_approved_by: null,
    notice_served_at: null,
    hearing_requested_at: null,
    hearing_waived_at: null,
    hearing_presiding_officer: null,
    hearing_held_at: null,
    legal_reviewed_by: null,
    legal_reviewed_at: null,
    decision: null,
    service_due_at: null,
    served_at: null,
    payment_due_at: null,
    paid_at: null,
    amount_paid: null,
    enforced_at: null,
    closed_at: null,
    linked_ticket_id: null,
    linked_case_id: null,
    created_by: 'officer',
    created_at: at('2026-11-02T09:00:00'),
    updated_at: at('2026-11-02T09:00:00'),
    version: 1,
    ...overrides,
  };
}

function context(
  row: Partial<EnforcementRecordRow>,
  options: {
    now?: Date;
    input?: Record<string, unknown>;
    roles?: string[];
    username?: string;
  } = {},
): TransitionContext<EnforcementSubject> {
  return {
    record: { row: record(row), calendar: WorkingCalendar.weekdaysOnly, timeZone: ZONE },
    principal: testPrincipal(options.roles ?? ['enforcement-officer'], {
      username: options.username ?? 'user',
    }),
    input: options.input ?? {},
    now: options.now ?? WITHIN_WINDOW,
  };
}

/**
 * A record on which the guard of `action` from `status` passes: an ordinary case (a summary
 * one for the on-the-spot decision) with two certified officers, its notice served, the
 * hearing held and the review approved unless the action is to do that, the hearing waived
 * where the decision or the review waits for the hearing rights, a fine past its due date
 * (a warning, with nothing unpaid, to close a served case), and the hearing window still
 * open to ask for or waive a hearing.
 */
function passing(action: string, status: string, role: string) {
  const reviewing = action === 'approveLegalReview' || action === 'rejectLegalReview';
  return context(
    {
      status,
      procedure: action === 'decide' && status === 'FILED' ? 'SUMMARY' : 'ORDINARY',
      notice_served_at: NOTICE,
      hearing_waived_at: ['submitLegalReview', 'decide'].includes(action) ? WITHIN_WINDOW : null,
      hearing_held_at: action === 'holdHearing' ? null : at('2026-11-20T10:00:00'),
      legal_reviewed_at: reviewing ? null : at('2026-11-25T10:00:00'),
      legal_reviewed_by: reviewing ? null : 'rev-1',
      decision: action === 'close' ? 'WARNING' : 'FINE',
      payment_due_at: PAYMENT_DUE,
    },
    {
      roles: [role],
      now: ['requestHearing', 'waiveHearing'].includes(action)
        ? WITHIN_WINDOW
        : at('2026-12-11T09:00:00'),
    },
  );
}

function refusalOf(action: string, subject: TransitionContext<EnforcementSubject>): string {
  try {
    return planTransition(enforcementMachine, action, subject).to;
  } catch (error) {
    return (error as Error).message;
  }
}

const SUMMARY_ONLY =
  'this is a summary-procedure case (简易程序), decided on the spot at filing; investigation, notice, hearing and review belong to the ordinary procedure (行政处罚法 art. 51–52, 54)';
const ORDINARY_ONLY =
  'an ordinary-procedure case is investigated (调查取证) and the party notified (告知) before any decision (行政处罚法 art. 54–57, 62)';
const SUMMARY_RULE =
  'the summary procedure allows only a warning or a fine of at most 200 元 for a person and 3000 元 for an organisation (行政处罚法 art. 51)';
const MAJOR =
  'a major case (重大案件) is decided only after legal review (法制审核, 行政处罚法 art. 58): submit it for review (submitLegalReview)';

describe('the enforcement machine against docs/WORKFLOWS.md', () => {
  it('has the states of the table, starting in FILED', () => {
    expect(enforcementMachine.states).toEqual(workflowStates('执法'));
    expect(enforcementMachine.initial).toBe('FILED');
  });

  it('makes every move of the table from each state for each of its roles, and refuses every other', () => {
    const rules = workflowRules('执法');
    expect(machineOutcomes(enforcementMachine, passing)).toEqual(
      ruleOutcomes(enforcementMachine, rules),
    );
  });
});

describe('the enforcement guards (行政处罚法 2021)', () => {
  // [rule, action, record, options, the refusal or the state reached]
  const cases: [
    string,
    string,
    Partial<EnforcementRecordRow>,
    Parameters<typeof context>[1],
    string,
  ][] = [
    // Two certified officers act on a case (art. 42).
    ['two officers investigate', 'startInvestigation', {}, {}, 'INVESTIGATING'],
    [
      'a summary case is not investigated',
      'startInvestigation',
      { procedure: 'SUMMARY' },
      {},
      SUMMARY_ONLY,
    ],
    [
      'an officer without a name or a certificate does not count, nor one certificate twice',
      'startInvestigation',
      {
        officers: [
          { name: '张三', certificateNumber: 'ZF-001' },
          { name: '李四', certificateNumber: ' ZF-001 ' },
          { name: ' ', certificateNumber: 'ZF-003' },
          { name: '赵六', certificateNumber: '  ' },
        ],
      },
      {},
      'at least two officers holding enforcement certificates act on a case (行政处罚法 art. 42); this record lists 1',
    ],
    [
      'two investigators named',
      'startInvestigation',
      {},
      { input: { investigators: ['inv-1', 'inv-2'] } },
      'INVESTIGATING',
    ],
    [
      'one investigator named twice is one',
      'startInvestigation',
      {},
      { input: { investigators: ['inv-1', 'inv-1'] } },
      'at least two officers investigate (行政处罚法 art. 42, 55); you named 1',
    ],
    // The hearing request: within 5 working days of the notice (art. 64(1), 85).
    [
      'a hearing requested within the window',
      'requestHearing',
      { status: 'NOTIFIED', notice_served_at: NOTICE },
      { now: new Date(HEARING_WINDOW_ENDS.getTime() - 1) },
      'HEARING',
    ],
    [
      'a hearing requested at the end of the window',
      'requestHearing',
      { status: 'NOTIFIED', notice_served_at: NOTICE },
      { now: HEARING_WINDOW_ENDS },
      'a hearing is requested within 5 working days of the notice (行政处罚法 art. 64(1), art. 85): the notice was served on 2026-11-16, so the last day was 2026-11-23',
    ],
    [
      'the request dated by its input, before the end',
      'requestHearing',
      { status: 'NOTIFIED', notice_served_at: NOTICE },
      { now: at('2026-12-01T09:00:00'), input: { requestedAt: at('2026-11-23T23:00:00') } },
      'HEARING',
    ],
    [
      'the request dated by its input, after the end',
      'requestHearing',
      { status: 'NOTIFIED', notice_served_at: NOTICE },
      { now: WITHIN_WINDOW, input: { requestedAt: HEARING_WINDOW_ENDS } },
      'a hearing is requested within 5 working days of the notice (行政处罚法 art. 64(1), art. 85): the notice was served on 2026-11-16, so the last day was 2026-11-23',
    ],
    [
      'a request dated by a string is dated now',
      'requestHearing',
      { status: 'NOTIFIED', notice_served_at: NOTICE },
      { now: WITHIN_WINDOW, input: { requestedAt: '2026-12-01T00:00:00Z' } },
      'HEARING',
    ],
    [
      'no hearing without a notice',
      'requestHearing',
      { status: 'NOTIFIED' },
      {},
      'no notice (告知) has been served',
    ],
    [
      'no waiver without a notice',
      'waiveHearing',
      { status: 'NOTIFIED' },
      {},
      'no notice (告知) has been served',
    ],
    [
      'no hearing once waived',
      'requestHearing',
      { status: 'NOTIFIED', notice_served_at: NOTICE, hearing_waived_at: WITHIN_WINDOW },
      {},
      'the party waived the hearing on 2026-11-17',
    ],
    [
      'no second waiver',
      'waiveHearing',
      { status: 'NOTIFIED', notice_served_at: NOTICE, hearing_waived_at: WITHIN_WINDOW },
      {},
      'the party waived the hearing on 2026-11-17',
    ],
    // The hearing (art. 64(4)).
    [
      'a hearing is held once',
      'holdHearing',
      { status: 'HEARING', hearing_held_at: at('2026-11-20T10:00:00') },
      {},
      'the hearing was held on 2026-11-20',
    ],
    [
      'an investigator does not preside',
      'holdHearing',
      { status: 'HEARING' },
      { input: { presidingOfficer: 'inv-2' } },
      'inv-2 investigated this case; a hearing is presided over by someone who did not (行政处罚法 art. 64(4))',
    ],
    [
      'another officer presides',
      'holdHearing',
      { status: 'HEARING' },
      { input: { presidingOfficer: 'chair-1' } },
      'HEARING',
    ],
    // No decision nor review while the party may still ask for a hearing (art. 62–64).
    [
      'review waits for the hearing window',
      'submitLegalReview',
      { status: 'NOTIFIED', notice_served_at: NOTICE },
      { now: new Date(HEARING_WINDOW_ENDS.getTime() - 1) },
      "the party may ask for a hearing until the end of 2026-11-23 (行政处罚法 art. 62–64): wait for it, or record the party's waiver (waiveHearing)",
    ],
    [
      'review once the window has closed',
      'submitLegalReview',
      { status: 'NOTIFIED', notice_served_at: NOTICE },
      { now: HEARING_WINDOW_ENDS },
      'LEGAL_REVIEW',
    ],
    [
      'no review without a notice',
      'submitLegalReview',
      { status: 'NOTIFIED' },
      {},
      'no notice (告知) has been served',
    ],
    [
      'review after the hearing only once it is held',
      'submitLegalReview',
      { status: 'HEARING' },
      {},
      'the hearing has not been held yet (holdHearing)',
    ],
    // Legal review (art. 58).
    [
      'review approves once',
      'approveLegalReview',
      {
        status: 'LEGAL_REVIEW',
        legal_reviewed_at: at('2026-11-25T10:00:00'),
        legal_reviewed_by: 'rev-1',
      },
      { roles: ['legal-reviewer'] },
      'legal review already approved on 2026-11-25 by rev-1',
    ],
    [
      'an approval without a recorded reviewer',
      'rejectLegalReview',
      { status: 'LEGAL_REVIEW', legal_reviewed_at: at('2026-11-25T10:00:00') },
      { roles: ['legal-reviewer'] },
      'legal review already approved on 2026-11-25 by . ',
    ],
    [
      'an investigator does not review',
      'approveLegalReview',
      { status: 'LEGAL_REVIEW' },
      { roles: ['legal-reviewer'], username: 'inv-1' },
      'you (inv-1) investigated this case; legal review (行政处罚法 art. 58) is done by someone who did not',
    ],
    [
      'an investigator does not send back either',
      'rejectLegalReview',
      { status: 'LEGAL_REVIEW' },
      { roles: ['legal-reviewer'], username: 'inv-2' },
      'you (inv-2) investigated this case; legal review (行政处罚法 art. 58) is done by someone who did not',
    ],
    // The decision limit is extended only in the ordinary procedure (art. 60).
    [
      'a summary case has no decision limit to extend',
      'extendDecisionDeadline',
      { procedure: 'SUMMARY' },
      {},
      SUMMARY_ONLY,
    ],
    // The on-the-spot decision (art. 51).
    [
      'an ordinary case is not decided at filing',
      'decide',
      {},
      { input: { penaltyType: 'WARNING' } },
      ORDINARY_ONLY,
    ],
    [
      'a summary decision needs two officers',
      'decide',
      { procedure: 'SUMMARY', officers: [{ name: '张三', certificateNumber: 'ZF-001' }] },
      { input: { penaltyType: 'WARNING' } },
      'at least two officers holding enforcement certificates act on a case (行政处罚法 art. 42); this record lists 1',
    ],
    [
      'a warning on the spot',
      'decide',
      { procedure: 'SUMMARY' },
      { input: { penaltyType: 'WARNING' } },
      'DECIDED',
    ],
    [
      'no other penalty on the spot',
      'decide',
      { procedure: 'SUMMARY' },
      { input: { penaltyType: 'CONFISCATION' } },
      `${SUMMARY_RULE}; a CONFISCATION decision needs the ordinary procedure`,
    ],
    [
      'a fine of 200 元 on a person',
      'decide',
      { procedure: 'SUMMARY' },
      { input: { penaltyType: 'FINE', fineFen: SUMMARY_FINE_LIMIT_FEN.PERSON } },
      'DECIDED',
    ],
    [
      'a fine of 200.01 元 on a person',
      'decide',
      { procedure: 'SUMMARY' },
      { input: { penaltyType: 'FINE', fineFen: 20_001 } },
      `${SUMMARY_RULE}; 200.01 元 for a person needs the ordinary procedure`,
    ],
    [
      'a fine of 3000 元 on an organisation',
      'decide',
      { procedure: 'SUMMARY', party_kind: 'ORGANISATION' },
      { input: { penaltyType: 'FINE', fineFen: 300_000 } },
      'DECIDED',
    ],
    [
      'a fine of 3000.01 元 on an organisation',
      'decide',
      { procedure: 'SUMMARY', party_kind: 'ORGANISATION' },
      { input: { penaltyType: 'FINE', fineFen: 300_001 } },
      `${SUMMARY_RULE}; 3000.01 元 for an organisation needs the ordinary procedure`,
    ],
    [
      'an individual business counts as a person',
      'decide',
      { procedure: 'SUMMARY', party_kind: 'INDIVIDUAL_BUSINESS' },
      { input: { penaltyType: 'FINE', fineFen: 20_001 } },
      `${SUMMARY_RULE}; 200.01 元 for a person needs the ordinary procedure`,
    ],
    // The decision after the notice, the hearing or the review (art. 58, 62–64).
    [
      'a decision once the party waived the hearing',
      'decide',
      { status: 'NOTIFIED', notice_served_at: NOTICE, hearing_waived_at: WITHIN_WINDOW },
      {},
      'DECIDED',
    ],
    [
      'no decision while the hearing window is open',
      'decide',
      { status: 'NOTIFIED', notice_served_at: NOTICE },
      {},
      "the party may ask for a hearing until the end of 2026-11-23 (行政处罚法 art. 62–64): wait for it, or record the party's waiver (waiveHearing)",
    ],
    [
      'a major case is not decided after the notice',
      'decide',
      {
        status: 'NOTIFIED',
        notice_served_at: NOTICE,
        hearing_waived_at: WITHIN_WINDOW,
        is_major: true,
      },
      {},
      MAJOR,
    ],
    [
      'no decision before the hearing is held',
      'decide',
      { status: 'HEARING' },
      {},
      'the hearing has not been held yet (holdHearing)',
    ],
    [
      'a major case is not decided after the hearing',
      'decide',
      { status: 'HEARING', hearing_held_at: at('2026-11-20T10:00:00'), is_major: true },
      {},
      MAJOR,
    ],
    [
      'no decision before review approves',
      'decide',
      { status: 'LEGAL_REVIEW', is_major: true },
      {},
      'legal review has not approved a decision yet (未经法制审核或者审核未通过的，不得作出决定, 行政处罚法 art. 58)',
    ],
    // Payment, enforcement and closing (art. 67, 72).
    [
      'a payment only of a fine',
      'recordPayment',
      { status: 'SERVED', decision: 'WARNING' },
      {},
      'the decision (WARNING) imposes nothing to pay',
    ],
    [
      'a payment without a decision',
      'recordPayment',
      { status: 'SERVED' },
      {},
      'the decision (none) imposes nothing to pay',
    ],
    [
      'a warning has nothing to enforce',
      'enforce',
      { status: 'SERVED', decision: 'WARNING' },
      {},
      'a WARNING decision has nothing to enforce: close the case',
    ],
    [
      'a circulated criticism has nothing to enforce',
      'enforce',
      { status: 'SERVED', decision: 'CIRCULATED_CRITICISM' },
      {},
      'a CIRCULATED_CRITICISM decision has nothing to enforce: close the case',
    ],
    [
      'no penalty has nothing to enforce',
      'enforce',
      { status: 'SERVED', decision: 'NO_PENALTY' },
      {},
      'a NO_PENALTY decision has nothing to enforce: close the case',
    ],
    [
      'a confiscation is enforced at once',
      'enforce',
      { status: 'SERVED', decision: 'CONFISCATION' },
      {},
      'ENFORCED',
    ],
    [
      'a fine without a due date is not enforced',
      'enforce',
      { status: 'SERVED', decision: 'FINE' },
      {},
      'the fine has no payment due date',
    ],
    [
      'a fine is not enforced before its due date',
      'enforce',
      { status: 'SERVED', decision: 'FINE', payment_due_at: PAYMENT_DUE },
      { now: new Date(PAYMENT_DUE.getTime() - 1) },
      'the party may pay until the end of 2026-12-09 (行政处罚法 art. 67); enforcement comes only after that (art. 72)',
    ],
    [
      'a fine is enforced from its due date',
      'enforce',
      { status: 'SERVED', decision: 'FINE', payment_due_at: PAYMENT_DUE },
      { now: PAYMENT_DUE },
      'ENFORCED',
    ],
    [
      'an unpaid fine does not close',
      'close',
      { status: 'SERVED', decision: 'FINE' },
      {},
      'the fine is unpaid: record the payment, or enforce it after its due date (行政处罚法 art. 72)',
    ],
    [
      'a warning closes once served',
      'close',
      { status: 'SERVED', decision: 'WARNING' },
      {},
      'CLOSED',
    ],
  ];

  it.each(cases)('%s', (_rule, action, row, options, outcome) => {
    const result = refusalOf(action, context(row, options));
    if (/^[A-Z_]+$/.test(outcome)) expect(result).toBe(outcome);
    else expect(result).toContain(`${action} is not possible: ${outcome}`);
  });

  it('offers a waiver only while the hearing window is open, and a request as long as one made in it may be recorded', () => {
    const notified = { status: 'NOTIFIED', notice_served_at: NOTICE };
    expect(allowedActions(enforcementMachine, context(notified))).toEqual([
      'requestHearing',
      'waiveHearing',
      'extendDecisionDeadline',
    ]);
    // After the window, a request the party made in it is still recorded, dated by requestedAt.
    const closed = context(notified, { now: HEARING_WINDOW_ENDS });
    expect(allowedActions(enforcementMachine, closed)).toEqual([
      'requestHearing',
      'submitLegalReview',
      'extendDecisionDeadline',
      'decide',
    ]);
    expect(
      planTransition(enforcementMachine, 'requestHearing', {
        ...closed,
        input: { requestedAt: WITHIN_WINDOW },
      }).to,
    ).toBe('HEARING');
  });
});

describe('the on-the-spot fine without its amount', () => {
  it('is left to the input check (input.fineAmount is required for a FINE)', () => {
    const subject = context({ procedure: 'SUMMARY' }, { input: { penaltyType: 'FINE' } });
    expect(planTransition(enforcementMachine, 'decide', subject).to).toBe('DECIDED');
  });
});
