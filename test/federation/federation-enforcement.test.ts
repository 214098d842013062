import {
  addLocalDays,
  hearingRequestDueAt,
  loadWorkingCalendar,
  localDateOf,
} from '@city-ops/core';
import type { Database, WorkingCalendar } from '@city-ops/core';
import {
  CREDIT_CODE,
  OFFICERS,
  PERSON_ID,
  ZONE,
  enforcementMutation,
  insertEnforcementFixture,
  localMidnight,
  localNoon,
  readEnforcement,
  writeCounts,
} from '../support/enforcement.js';
import type { EnforcementResult } from '../support/enforcement.js';
import { startFederation } from '../support/federation.js';
import type { GraphQLResponse, TestFederation } from '../support/federation.js';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Enforcement records (行政处罚法 2021, 行政强制法) end to end through the gateway:
 * both procedures, each legal guard at its boundary and just past it, the tracked
 * limits and the late-payment penalty, masking of the party outside the city and
 * in the change log, optimistic concurrency, and bad input that writes nothing.
 */

const OFFICER = 'officer.320100';
const OFFICER2 = 'officer2.320100';
const REVIEWER = 'reviewer.320100';
const INVESTIGATORS = [OFFICER, OFFICER2];

function filing(overrides: Record<string, unknown> = {}) {
  return {
    division: '320106',
    source: 'PATROL',
    violatedArticle: '《江苏省城市市容和环境卫生管理条例》第二十四条',
    penaltyArticle: '《江苏省城市市容和环境卫生管理条例》第四十七条',
    party: { kind: 'PERSON', name: '李四', idNumber: PERSON_ID },
    officers: OFFICERS,
    procedure: 'ORDINARY',
    ...overrides,
  };
}

const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['code'];

describe('enforcement records through the gateway', () => {
  let federation: TestFederation;
  let db: Kysely<Database>;
  let calendar: WorkingCalendar;

  const act = async (
    username: string,
    mutation: string,
    input: Record<string, unknown>,
  ): Promise<EnforcementResult> => {
    const response = await enforcementMutation(federation, username, mutation, input);
    expect(response.errors, `${mutation} by ${username}`).toBeUndefined();
    return response.data![mutation]!;
  };

  const file = (input: Record<string, unknown>, username = OFFICER) =>
    act(username, 'fileEnforcementCase', input);

  /** A mutation expected to be refused with `code`; the record must be left as it was. */
  const refused = async (
    username: string,
    mutation: string,
    input: { id: string } & Record<string, unknown>,
    code: string,
  ) => {
    const before = await writeCounts(db, input.id);
    const response = await enforcementMutation(federation, username, mutation, input);
    expect(codeOf(response), JSON.stringify(response.errors)).toBe(code);
    expect(await writeCounts(db, input.id)).toEqual(before);
    return response.errors![0]!;
  };

  beforeAll(async () => {
    federation = await startFederation({ provinces: ['320000'], cities: ['320100', '320200'] });
    db = federation.database('320100');
    calendar = await loadWorkingCalendar({ db, division: '320100' });
  });

  afterAll(async () => {
    await federation?.close();
  });

  it('files a case (立案) with its 90-day decision limit, history, masked change-log entry and audit entry', async () => {
    const record = await file(filing());
    expect(record).toMatchObject({
      status: 'FILED',
      version: 1,
      procedure: 'ORDINARY',
      isMajor: false,
      party: { kind: 'PERSON', name: '李四', idNumber: PERSON_ID, masked: false },
      officers: OFFICERS,
      overdue: { decision: false, service: false, payment: false, any: false },
      history: [{ action: 'file', fromState: null, toState: 'FILED', actor: OFFICER }],
    });
    expect(record.id.startsWith('320100-')).toBe(true);
    expect(record.number).toMatch(/^320100ZF\d{8}\d{6}$/);
    expect(record.allowedActions.sort()).toEqual(['extendDecisionDeadline', 'startInvestigation']);
    // The end of the 90th day after filing, or of the next working day when that one is off.
    let last = addLocalDays(localDateOf(new Date(record.filedAt), ZONE), 90);
    while (!calendar.isWorkingDay(last)) last = addLocalDays(last, 1);
    expect(localDateOf(new Date(Date.parse(record.decisionDueAt!) - 1), ZONE)).toBe(last);

    const changes = await db
      .selectFrom('change_log')
      .select('payload')
      .where('entity_id', '=', record.id)
      .execute();
    expect(changes).toHaveLength(1);
    expect(changes[0]!.payload).toMatchObject({
      party_name: '李*',
      party_id_number: '320106********1238',
      status: 'FILED',
    });
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'actor_username'])
      .where('action', '=', 'enforcement.create')
      .where('actor_username', '=', OFFICER)
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('runs a major ordinary case through hearing and legal review to payment and archive', async () => {
    let record = await file(
      filing({
        isMajor: true,
        party: {
          kind: 'ORGANISATION',
          name: '南京某某建设工程有限公司',
          creditCode: CREDIT_CODE,
          legalRepresentative: '王五',
        },
      }),
    );
    const step = async (
      username: string,
      mutation: string,
      extra: Record<string, unknown> = {},
    ) => {
      record = await act(username, mutation, { id: record.id, version: record.version, ...extra });
      return record;
    };
    await step(OFFICER, 'startEnforcementInvestigation', { investigators: INVESTIGATORS });
    expect(record).toMatchObject({ status: 'INVESTIGATING', investigators: INVESTIGATORS });
    await step(OFFICER, 'serveEnforcementNotice');
    expect(record.status).toBe('NOTIFIED');
    expect(record.hearingRequestDueAt).toBe(
      hearingRequestDueAt(new Date(record.noticeServedAt!), calendar, ZONE).toISOString(),
    );
    // While the party may still ask for a hearing, nobody decides.
    expect(record.allowedActions).not.toContain('decide');
    await step(OFFICER2, 'requestEnforcementHearing');
    expect(record.status).toBe('HEARING');
    await step(OFFICER, 'holdEnforcementHearing', { presidingOfficer: 'presider.320100' });
    expect(record).toMatchObject({
      status: 'HEARING',
      hearingPresidingOfficer: 'presider.320100',
    });
    // A major case is not decided without legal review (art. 58).
    const withoutReview = await refused(
      OFFICER,
      'decideEnforcementCase',
      { id: record.id, version: record.version, penaltyType: 'FINE', fineAmount: 50_000 },
      'INVALID_TRANSITION',
    );
    expect(withoutReview.message).toContain('《行政处罚法》第58条');
    expect(withoutReview.extensions?.['allowedActions']).toEqual(
      expect.arrayContaining(['submitLegalReview']),
    );
    await step(OFFICER, 'submitEnforcementLegalReview');
    expect(record.status).toBe('LEGAL_REVIEW');
    await step(REVIEWER, 'approveEnforcementLegalReview', { comment: '事实清楚，证据确凿' });
    expect(record).toMatchObject({ status: 'LEGAL_REVIEW', legalReviewedBy: REVIEWER });
    await step(OFFICER, 'decideEnforcementCase', { penaltyType: 'FINE', fineAmount: 50_000 });
    expect(record).toMatchObject({
      status: 'DECIDED',
      decision: 'FINE',
      fineAmount: 50_000,
      amountDue: 50_000,
      latePaymentPenalty: 0,
    });
    expect(Date.parse(record.serviceDueAt!)).toBeGreaterThan(Date.parse(record.decidedAt!));
    await step(OFFICER, 'serveEnforcementDecision');
    expect(record.status).toBe('SERVED');
    expect(Date.parse(record.paymentDueAt!)).toBeGreaterThan(Date.now() + 14 * 86_400_000);
    expect(record.allowedActions.sort()).toEqual(['recordPayment']);
    await step(OFFICER, 'recordEnforcementPayment', { amount: 50_000 });
    expect(record).toMatchObject({ status: 'PAID', amountPaid: 50_000, latePaymentPenalty: 0 });
    await step(OFFICER, 'closeEnforcementCase');
    await step(OFFICER, 'archiveEnforcementCase');
    expect(record.status).toBe('ARCHIVED');
    expect(record.allowedActions).toEqual([]);
    expect(record.history.map((entry) => `${entry.action}:${entry.toState}`)).toEqual([
      'file:FILED',
      'startInvestigation:INVESTIGATING',
      'serveNotice:NOTIFIED',
      'requestHearing:HEARING',
      'holdHearing:HEARING',
      'submitLegalReview:LEGAL_REVIEW',
      'approveLegalReview:LEGAL_REVIEW',
      'decide:DECIDED',
      'serveDecision:SERVED',
      'recordPayment:PAID',
      'close:CLOSED',
      'archive:ARCHIVED',
    ]);
    expect(record.history[6]).toMatchObject({ actor: REVIEWER, comment: '事实清楚，证据确凿' });
  });

  describe('the summary procedure (简易程序, art. 51): a warning, or a fine ≤ 200 元 (person) / ≤ 3000 元 (organisation)', () => {
    const person = { kind: 'PERSON', name: '张三', idNumber: PERSON_ID };
    const organisation = { kind: 'ORGANISATION', name: '某某餐饮店', creditCode: CREDIT_CODE };

    for (const [party, limit, over] of [
      [person, 200, 200.01],
      [organisation, 3000, 3000.01],
    ] as const) {
      it(`decides a fine of ${limit} 元 on the spot for a ${party.kind.toLowerCase()}, and refuses ${over} 元`, async () => {
        const atLimit = await file(filing({ procedure: 'SUMMARY', party }));
        expect(atLimit.allowedActions).toEqual(['decide']);
        const decided = await act(OFFICER, 'decideEnforcementCase', {
          id: atLimit.id,
          version: 1,
          penaltyType: 'FINE',
          fineAmount: limit,
        });
        expect(decided).toMatchObject({ status: 'DECIDED', fineAmount: limit });
        const served = await act(OFFICER, 'serveEnforcementDecision', {
          id: atLimit.id,
          version: 2,
        });
        const paid = await act(OFFICER, 'recordEnforcementPayment', {
          id: atLimit.id,
          version: served.version,
          amount: limit,
        });
        expect(paid.status).toBe('PAID');

        const overLimit = await file(filing({ procedure: 'SUMMARY', party }));
        const error = await refused(
          OFFICER,
          'decideEnforcementCase',
          { id: overLimit.id, version: 1, penaltyType: 'FINE', fineAmount: over },
          'INVALID_TRANSITION',
        );
        expect(error.message).toContain('《行政处罚法》第51条');
        expect(error.message).toContain(`${over.toFixed(2)} 元`);
      });
    }

    it('allows a warning (closed after service, nothing to pay) and refuses any other penalty', async () => {
      const warned = await file(filing({ procedure: 'SUMMARY', party: person }));
      await act(OFFICER, 'decideEnforcementCase', {
        id: warned.id,
        version: 1,
        penaltyType: 'WARNING',
      });
      const served = await act(OFFICER, 'serveEnforcementDecision', { id: warned.id, version: 2 });
      expect(served).toMatchObject({
        paymentDueAt: null,
        amountDue: null,
        latePaymentPenalty: null,
      });
      expect(served.allowedActions).toEqual(['close']);
      await act(OFFICER, 'closeEnforcementCase', { id: warned.id, version: 3 });

      const confiscation = await file(filing({ procedure: 'SUMMARY', party: person }));
      const error = await refused(
        OFFICER,
        'decideEnforcementCase',
        { id: confiscation.id, version: 1, penaltyType: 'CONFISCATION' },
        'INVALID_TRANSITION',
      );
      expect(error.message).toContain('《行政处罚法》第51条');
    });

    it('refuses investigation in the summary procedure and a decision at filing in the ordinary one', async () => {
      const summary = await file(filing({ procedure: 'SUMMARY', party: person }));
      await refused(
        OFFICER,
        'startEnforcementInvestigation',
        { id: summary.id, version: 1, investigators: INVESTIGATORS },
        'INVALID_TRANSITION',
      );
      const ordinary = await file(filing());
      const error = await refused(
        OFFICER,
        'decideEnforcementCase',
        { id: ordinary.id, version: 1, penaltyType: 'WARNING' },
        'INVALID_TRANSITION',
      );
      expect(error.message).toContain('《行政处罚法》第54条');
    });
  });

  describe('two officers (art. 42)', () => {
    it('refuses filing with one officer, or twice the same certificate, and stores nothing', async () => {
      const count = async () =>
        Number(
          (
            await db
              .selectFrom('enforcement_record')
              .select(db.fn.countAll().as('count'))
              .executeTakeFirstOrThrow()
          ).count,
        );
      const before = await count();
      const alone = await enforcementMutation(federation, OFFICER, 'fileEnforcementCase', {
        ...filing(),
        officers: [OFFICERS[0]],
      });
      expect(codeOf(alone)).toBe('BAD_USER_INPUT');
      expect(alone.errors?.[0]?.extensions?.['field']).toBe('input.officers');
      expect(alone.errors?.[0]?.message).toContain('《行政处罚法》第42条');
      const twice = await enforcementMutation(federation, OFFICER, 'fileEnforcementCase', {
        ...filing(),
        officers: [
          OFFICERS[0],
          { name: '孙三', certificateNumber: OFFICERS[0]!.certificateNumber },
        ],
      });
      expect(twice.errors?.[0]?.extensions?.['field']).toBe('input.officers.1.certificateNumber');
      expect(await count()).toBe(before);
    });

    it('refuses an investigation by one investigator, or on a record with one certified officer', async () => {
      const record = await file(filing());
      const one = await refused(
        OFFICER,
        'startEnforcementInvestigation',
        { id: record.id, version: 1, investigators: [OFFICER] },
        'INVALID_TRANSITION',
      );
      expect(one.message).toContain('《行政处罚法》第42条');
      const lone = await insertEnforcementFixture(db, {
        officers: JSON.stringify([OFFICERS[0]]),
      });
      const error = await refused(
        OFFICER,
        'startEnforcementInvestigation',
        { id: lone, version: 1, investigators: INVESTIGATORS },
        'INVALID_TRANSITION',
      );
      expect(error.message).toContain('本案登记了 1 名');
    });
  });

  describe('the hearing (art. 64)', () => {
    /**
     * Notices served on successive earlier days (the stored notice time is the
     * fixture: there is no way to tell the server another time): the latest notice
     * day whose window has closed, and the day after it, whose window is still open.
     */
    function boundaryNotices() {
      // The window is over once 5 whole working days have passed after the notice day.
      const workingDaysSince = (noticeDay: string) => {
        const today = localDateOf(new Date(), ZONE);
        let count = 0;
        for (let day = addLocalDays(noticeDay, 1); day < today; day = addLocalDays(day, 1)) {
          if (calendar.isWorkingDay(day)) count += 1;
        }
        return count;
      };
      for (let back = 1; back < 30; back++) {
        const day = addLocalDays(localDateOf(new Date(), ZONE), -back);
        if (workingDaysSince(day) >= 5) {
          return {
            closed: localNoon(-back),
            open: localNoon(-back + 1),
            openWorkingDaysPassed: workingDaysSince(addLocalDays(day, 1)),
          };
        }
      }
      throw new Error('no working week in the last 30 days');
    }

    const notified = (noticeServedAt: Date) =>
      insertEnforcementFixture(db, {
        status: 'NOTIFIED',
        investigators: INVESTIGATORS,
        notice_served_at: noticeServedAt,
      });

    it('takes a request on the last day of the 5 working days, and refuses it the day after (art. 64(1), 85)', async () => {
      const { closed, open, openWorkingDaysPassed } = boundaryNotices();
      expect(openWorkingDaysPassed).toBeLessThan(5);
      const inTime = await notified(open);
      const requested = await act(OFFICER, 'requestEnforcementHearing', { id: inTime, version: 1 });
      expect(requested.status).toBe('HEARING');
      expect(Date.parse(requested.hearingRequestDueAt!)).toBeGreaterThan(Date.now());

      const late = await notified(closed);
      const record = await readEnforcement(federation, OFFICER, late);
      expect(Date.parse(record!.hearingRequestDueAt!)).toBeLessThanOrEqual(Date.now());
      expect(record!.allowedActions).toContain('decide');
      // Still offered: a request the party made in time may be recorded, dated by requestedAt;
      // one dated now, after the window, is refused.
      expect(record!.allowedActions).toContain('requestHearing');
      const error = await refused(
        OFFICER,
        'requestEnforcementHearing',
        { id: late, version: 1 },
        'INVALID_TRANSITION',
      );
      expect(error.message).toContain('5个工作日');
      expect(error.message).toContain('《行政处罚法》第64条第（一）项');
    });

    it('takes a late-recorded request dated inside the window, but not one dated before the notice or in the future', async () => {
      const { closed } = boundaryNotices();
      const id = await notified(closed);
      await refused(
        OFFICER,
        'requestEnforcementHearing',
        { id, version: 1, requestedAt: new Date(closed.getTime() - 60_000).toISOString() },
        'BAD_USER_INPUT',
      );
      await refused(
        OFFICER,
        'requestEnforcementHearing',
        { id, version: 1, requestedAt: new Date(Date.now() + 3_600_000).toISOString() },
        'BAD_USER_INPUT',
      );
      const requestedAt = new Date(closed.getTime() + 86_400_000).toISOString();
      const record = await act(OFFICER, 'requestEnforcementHearing', {
        id,
        version: 1,
        requestedAt,
      });
      expect(record.hearingRequestedAt).toBe(requestedAt);
    });

    it('refuses a decision while the window is open, until the party waives the hearing', async () => {
      const id = await notified(new Date());
      await refused(
        OFFICER,
        'decideEnforcementCase',
        { id, version: 1, penaltyType: 'WARNING' },
        'INVALID_TRANSITION',
      );
      await act(OFFICER, 'waiveEnforcementHearing', { id, version: 1 });
      const decided = await act(OFFICER, 'decideEnforcementCase', {
        id,
        version: 2,
        penaltyType: 'WARNING',
      });
      expect(decided.status).toBe('DECIDED');
    });

    it('refuses an investigator of the case as the presiding officer (art. 64(4))', async () => {
      const id = await insertEnforcementFixture(db, {
        status: 'HEARING',
        investigators: INVESTIGATORS,
        notice_served_at: new Date(),
        hearing_requested_at: new Date(),
      });
      const error = await refused(
        OFFICER,
        'holdEnforcementHearing',
        { id, version: 1, presidingOfficer: OFFICER2 },
        'INVALID_TRANSITION',
      );
      expect(error.message).toContain(`${OFFICER2} 参与了本案调查`);
      expect(error.message).toContain('《行政处罚法》第64条第（四）项');
      const held = await act(OFFICER, 'holdEnforcementHearing', {
        id,
        version: 1,
        presidingOfficer: 'presider.320100',
      });
      expect(held.hearingPresidingOfficer).toBe('presider.320100');
    });
  });

  describe('legal review (法制审核, art. 58)', () => {
    it('refuses a decision on a major case without approved review, from notice or hearing', async () => {
      for (const fixture of [
        { status: 'NOTIFIED', notice_served_at: new Date(), hearing_waived_at: new Date() },
        { status: 'HEARING', hearing_requested_at: new Date(), hearing_held_at: new Date() },
        { status: 'LEGAL_REVIEW' },
      ]) {
        const id = await insertEnforcementFixture(db, { ...fixture, is_major: true });
        const error = await refused(
          OFFICER,
          'decideEnforcementCase',
          { id, version: 1, penaltyType: 'FINE', fineAmount: 10_000 },
          'INVALID_TRANSITION',
        );
        expect(error.message, fixture.status).toContain('《行政处罚法》第58条');
      }
    });

    it('refuses a review by a reviewer who investigated the case', async () => {
      const id = await insertEnforcementFixture(db, {
        status: 'LEGAL_REVIEW',
        is_major: true,
        investigators: [OFFICER, REVIEWER],
      });
      const error = await refused(
        REVIEWER,
        'approveEnforcementLegalReview',
        { id, version: 1 },
        'INVALID_TRANSITION',
      );
      expect(error.message).toContain(`您（${REVIEWER}）参与了本案调查`);
      expect((await readEnforcement(federation, REVIEWER, id))!.allowedActions).toEqual([]);
    });

    it('sends a rejected case back to investigation, and a new notice reopens the hearing window', async () => {
      const id = await insertEnforcementFixture(db, {
        status: 'LEGAL_REVIEW',
        is_major: true,
        investigators: INVESTIGATORS,
        notice_served_at: localNoon(-30),
        hearing_waived_at: localNoon(-30),
      });
      const rejected = await act(REVIEWER, 'rejectEnforcementLegalReview', {
        id,
        version: 1,
        reason: '证据不足，补充调查',
      });
      expect(rejected.status).toBe('INVESTIGATING');
      expect(rejected.history.at(-1)).toMatchObject({ comment: '证据不足，补充调查' });
      const renotified = await act(OFFICER, 'serveEnforcementNotice', { id, version: 2 });
      expect(renotified.hearingWaivedAt).toBeNull();
      expect(renotified.allowedActions.sort()).toEqual([
        'extendDecisionDeadline',
        'requestHearing',
        'waiveHearing',
      ]);
    });
  });

  describe('tracked limits and the late-payment penalty', () => {
    it('shows the decision limit overdue after 90 days without refusing the decision, and moves it by an approved extension', async () => {
      const id = await insertEnforcementFixture(db, {
        status: 'INVESTIGATING',
        filed_at: localNoon(-95),
        decision_due_at: localMidnight(-4),
      });
      let record = (await readEnforcement(federation, OFFICER, id))!;
      expect(record.overdue).toEqual({ decision: true, service: false, payment: false, any: true });
      record = await act(OFFICER, 'extendEnforcementDecisionDeadline', {
        id,
        version: 1,
        days: 30,
        reason: '案情重大复杂，经负责人批准延长',
        approvedBy: '王局长',
      });
      expect(record.decisionExtension).toEqual({
        days: 30,
        reason: '案情重大复杂，经负责人批准延长',
        approvedBy: '王局长',
      });
      expect(Date.parse(record.decisionDueAt!)).toBeGreaterThan(Date.now());
      expect(record.overdue.any).toBe(false);
      await refused(
        OFFICER,
        'extendEnforcementDecisionDeadline',
        { id, version: 2, days: 91, reason: '再次延长', approvedBy: '王局长' },
        'BAD_USER_INPUT',
      );
    });

    it('shows service overdue 7 working days after the decision', async () => {
      const id = await insertEnforcementFixture(db, {
        status: 'DECIDED',
        decision: 'WARNING',
        decided_at: localNoon(-15),
        service_due_at: localMidnight(-1),
      });
      const record = (await readEnforcement(federation, OFFICER, id))!;
      expect(record.overdue).toMatchObject({ service: true, any: true });
      const served = await act(OFFICER, 'serveEnforcementDecision', { id, version: 1 });
      expect(served.overdue.any).toBe(false);
    });

    it('adds 3 % of the fine a day after the due date, capped at the fine, and takes only the full amount (art. 72)', async () => {
      const served = (lastDaysAgo: number) =>
        insertEnforcementFixture(db, {
          status: 'SERVED',
          decision: 'FINE',
          fine_amount: '200.00',
          decided_at: localNoon(-lastDaysAgo - 20),
          served_at: localNoon(-lastDaysAgo - 15),
          // The period's last day was `lastDaysAgo` days ago: it ran out at the following midnight.
          payment_due_at: localMidnight(-lastDaysAgo + 1),
        });
      const expectations = [
        { lastDaysAgo: 0, penalty: 0, overdue: false },
        { lastDaysAgo: 1, penalty: 6, overdue: true },
        { lastDaysAgo: 33, penalty: 198, overdue: true },
        { lastDaysAgo: 34, penalty: 200, overdue: true },
        { lastDaysAgo: 60, penalty: 200, overdue: true },
      ];
      for (const { lastDaysAgo, penalty, overdue } of expectations) {
        const id = await served(lastDaysAgo);
        const record = (await readEnforcement(federation, OFFICER, id))!;
        expect(record, `${lastDaysAgo} days late`).toMatchObject({
          latePaymentPenalty: penalty,
          amountDue: 200 + penalty,
          overdue: { payment: overdue, any: overdue },
        });
        expect(record.allowedActions.includes('enforce'), `${lastDaysAgo}`).toBe(overdue);
      }

      const late = await served(2);
      const error = await refused(
        OFFICER,
        'recordEnforcementPayment',
        { id: late, version: 1, amount: 200 },
        'BAD_USER_INPUT',
      );
      expect(error.extensions?.['field']).toBe('input.amount');
      expect(error.message).toContain('212.00 元');
      const paid = await act(OFFICER, 'recordEnforcementPayment', {
        id: late,
        version: 1,
        amount: 212,
      });
      expect(paid).toMatchObject({
        status: 'PAID',
        amountPaid: 212,
        latePaymentPenalty: 12,
        amountDue: null,
      });
    });

    it('takes the payment date from the receipt when it is recorded later, not before service', async () => {
      const id = await insertEnforcementFixture(db, {
        status: 'SERVED',
        decision: 'FINE',
        fine_amount: '200.00',
        decided_at: localNoon(-25),
        served_at: localNoon(-20),
        payment_due_at: localMidnight(-4),
      });
      await refused(
        OFFICER,
        'recordEnforcementPayment',
        { id, version: 1, amount: 200, paidAt: localNoon(-21).toISOString() },
        'BAD_USER_INPUT',
      );
      await refused(
        OFFICER,
        'recordEnforcementPayment',
        { id, version: 1, amount: 200, paidAt: new Date(Date.now() + 3_600_000).toISOString() },
        'BAD_USER_INPUT',
      );
      // Paid on the last day of the period (five days ago), recorded today: no penalty.
      const paidAt = localNoon(-5).toISOString();
      const paid = await act(OFFICER, 'recordEnforcementPayment', {
        id,
        version: 1,
        amount: 200,
        paidAt,
      });
      expect(paid).toMatchObject({
        status: 'PAID',
        paidAt,
        amountPaid: 200,
        latePaymentPenalty: 0,
      });
    });

    it('enforces an unpaid fine only after its due date', async () => {
      const id = await insertEnforcementFixture(db, {
        status: 'SERVED',
        decision: 'FINE',
        fine_amount: '200.00',
        decided_at: new Date(),
        served_at: new Date(),
        payment_due_at: localMidnight(16),
      });
      const early = await refused(
        OFFICER,
        'enforceEnforcementDecision',
        { id, version: 1, reason: '逾期不缴纳罚款' },
        'INVALID_TRANSITION',
      );
      expect(early.message).toContain('《行政处罚法》第67条');
      const unpaid = await refused(
        OFFICER,
        'closeEnforcementCase',
        { id, version: 1 },
        'INVALID_TRANSITION',
      );
      expect(unpaid.message).toContain('罚款尚未缴纳');
    });
  });

  describe('personal data of the party', () => {
    it('is masked for a provincial supervisor through the gateway (by id and in lists) and shown to the city officer', async () => {
      const person = await file(filing());
      const organisation = await file(
        filing({
          party: {
            kind: 'ORGANISATION',
            name: '南京某某餐饮有限公司',
            creditCode: CREDIT_CODE,
            legalRepresentative: '王五',
          },
        }),
      );
      const supervisor = 'supervisor.320000';
      expect((await readEnforcement(federation, supervisor, person.id))!.party).toEqual({
        kind: 'PERSON',
        name: '李*',
        idNumber: '320106********1238',
        creditCode: null,
        legalRepresentative: null,
        masked: true,
      });
      expect((await readEnforcement(federation, supervisor, organisation.id))!.party).toEqual({
        kind: 'ORGANISATION',
        name: '南京某某餐饮有限公司',
        idNumber: null,
        creditCode: CREDIT_CODE,
        legalRepresentative: '王*',
        masked: true,
      });
      const list = await federation.query<{
        enforcementRecords: { nodes: { id: string; party: { name: string; masked: boolean } }[] };
      }>(
        federation.token(supervisor),
        `query { enforcementRecords(first: 100) { nodes { id party { name idNumber masked } } } }`,
      );
      expect(list.errors).toBeUndefined();
      const listed = list.data!.enforcementRecords.nodes.find((node) => node.id === person.id);
      expect(listed?.party).toEqual({ name: '李*', idNumber: '320106********1238', masked: true });
      expect(JSON.stringify(list.data)).not.toContain(PERSON_ID);
      expect((await readEnforcement(federation, OFFICER, person.id))!.party).toMatchObject({
        name: '李四',
        idNumber: PERSON_ID,
        masked: false,
      });
    });

    it('never reaches a change-log payload, at filing or at any later step', async () => {
      const record = await file(filing());
      await act(OFFICER, 'startEnforcementInvestigation', {
        id: record.id,
        version: 1,
        investigators: INVESTIGATORS,
      });
      const payloads = await db
        .selectFrom('change_log')
        .select('payload')
        .where('entity', '=', 'enforcement_record')
        .execute();
      expect(payloads.length).toBeGreaterThan(1);
      for (const { payload } of payloads) {
        const text = JSON.stringify(payload);
        expect(text).not.toContain('李四');
        expect(text).not.toContain('王五');
        expect(text).not.toContain(PERSON_ID);
      }
    });
  });

  describe('concurrency and bad input', () => {
    it('refuses a stale version with CONFLICT and writes nothing', async () => {
      const record = await file(filing());
      await act(OFFICER, 'startEnforcementInvestigation', {
        id: record.id,
        version: 1,
        investigators: INVESTIGATORS,
      });
      const error = await refused(
        OFFICER2,
        'startEnforcementInvestigation',
        { id: record.id, version: 1, investigators: INVESTIGATORS },
        'CONFLICT',
      );
      expect(error.extensions?.['currentVersion']).toBe(2);
    });

    it('refuses a filing with bad identifiers and texts, naming every field, and stores nothing', async () => {
      const before = await db
        .selectFrom('change_log')
        .select(db.fn.countAll().as('count'))
        .executeTakeFirstOrThrow();
      const response = await enforcementMutation(federation, OFFICER, 'fileEnforcementCase', {
        ...filing({
          violatedArticle: '  ',
          party: {
            kind: 'PERSON',
            name: '李四',
            idNumber: '320106199001011234',
            creditCode: CREDIT_CODE,
          },
          procedure: 'SUMMARY',
          isMajor: true,
        }),
      });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      const fields = (response.errors![0]!.extensions!['problems'] as { field: string }[]).map(
        (problem) => problem.field,
      );
      expect(fields.sort()).toEqual([
        'input.isMajor',
        'input.party.creditCode',
        'input.party.idNumber',
        'input.violatedArticle',
      ]);
      const organisation = await enforcementMutation(federation, OFFICER, 'fileEnforcementCase', {
        ...filing({
          party: { kind: 'ORGANISATION', name: '某公司', creditCode: '91350100M000100Y44' },
        }),
      });
      expect(organisation.errors?.[0]?.extensions?.['field']).toBe('input.party.creditCode');
      expect(organisation.errors?.[0]?.message).toContain('GB 32100');
      const linked = await enforcementMutation(federation, OFFICER, 'fileEnforcementCase', {
        ...filing({ linkedTicketId: '320100-00000000-0000-4000-8000-000000000000' }),
      });
      expect(linked.errors?.[0]?.extensions?.['field']).toBe('input.linkedTicketId');
      const after = await db
        .selectFrom('change_log')
        .select(db.fn.countAll().as('count'))
        .executeTakeFirstOrThrow();
      expect(after.count).toEqual(before.count);
    });

    it('refuses bad action input naming the field, and changes nothing', async () => {
      const id = await insertEnforcementFixture(db, {
        status: 'NOTIFIED',
        notice_served_at: new Date(),
        hearing_waived_at: new Date(),
      });
      for (const [input, field] of [
        [{ penaltyType: 'FINE', fineAmount: 200.001 }, 'input.fineAmount'],
        [{ penaltyType: 'FINE' }, 'input.fineAmount'],
        [{ penaltyType: 'FINE', fineAmount: -5 }, 'input.fineAmount'],
        [{ penaltyType: 'WARNING', fineAmount: 50 }, 'input.fineAmount'],
        [{ penaltyType: 'WARNING', comment: '长'.repeat(1001) }, 'input.comment'],
      ] as const) {
        const error = await refused(
          OFFICER,
          'decideEnforcementCase',
          { id, version: 1, ...input },
          'BAD_USER_INPUT',
        );
        expect(error.extensions?.['field']).toBe(field);
      }
      const record = await insertEnforcementFixture(db);
      const error = await refused(
        OFFICER,
        'startEnforcementInvestigation',
        { id: record, version: 1, investigators: [OFFICER, 'not a username!'] },
        'BAD_USER_INPUT',
      );
      expect(error.extensions?.['field']).toBe('input.investigators.1');
    });
  });

  describe('who may write where', () => {
    it('refuses filing to a city supervisor and to an officer of another city, and the province node answers NOT_OWNER', async () => {
      const supervisor = await enforcementMutation(
        federation,
        'supervisor.320100',
        'fileEnforcementCase',
        filing(),
      );
      expect(codeOf(supervisor)).toBe('FORBIDDEN');
      const stranger = await enforcementMutation(
        federation,
        'officer.320200',
        'fileEnforcementCase',
        filing(),
      );
      expect(codeOf(stranger)).toBe('FORBIDDEN');
      const atProvince = await federation.queryNode(
        '320000',
        federation.token(OFFICER),
        `mutation ($input: FileEnforcementCaseInput!) { fileEnforcementCase(input: $input) { id } }`,
        { input: filing() },
      );
      expect(codeOf(atProvince)).toBe('NOT_OWNER');
      expect(atProvince.errors?.[0]?.extensions?.['owner']).toBe('320100');
      const id = await insertEnforcementFixture(db);
      const actAtProvince = await federation.queryNode(
        '320000',
        federation.token(OFFICER),
        `mutation ($input: EnforcementActionInput!) { serveEnforcementNotice(input: $input) { id } }`,
        { input: { id, version: 1 } },
      );
      expect(codeOf(actAtProvince)).toBe('NOT_OWNER');
      const byProvince = await refused(
        'supervisor.320000',
        'serveEnforcementNotice',
        { id, version: 1 },
        'FORBIDDEN',
      );
      expect(byProvince.message).toContain('enforcement.act');
    });
  });

  describe('the list', () => {
    it('filters by status, procedure, overdue and creation time, and pages across both cities for the province', async () => {
      const since = new Date().toISOString();
      const wuxi = await file(filing({ division: '320205' }), 'officer.320200');
      const summary = await file(filing({ procedure: 'SUMMARY' }));
      const overdueId = await insertEnforcementFixture(db, {
        status: 'INVESTIGATING',
        decision_due_at: localMidnight(-1),
      });
      type Page = {
        enforcementRecords: {
          edges: { cursor: string; node: { id: string; overdue: { any: boolean } } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
      const ids = async (username: string, filter: Record<string, unknown>, division?: string) => {
        const seen: string[] = [];
        let after: string | null = null;
        do {
          const page: GraphQLResponse<Page> = await federation.query<Page>(
            federation.token(username),
            `query ($filter: EnforcementRecordFilter, $division: String, $after: String) {
              enforcementRecords(filter: $filter, division: $division, first: 2, after: $after) {
                edges { cursor node { id overdue { any } } }
                pageInfo { hasNextPage endCursor }
              }
            }`,
            { filter, division, after },
          );
          expect(page.errors).toBeUndefined();
          for (const edge of page.data!.enforcementRecords.edges) {
            if (filter['overdue'] !== undefined) {
              expect(edge.node.overdue.any).toBe(filter['overdue']);
            }
            seen.push(edge.node.id);
          }
          const { pageInfo } = page.data!.enforcementRecords;
          after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
        } while (after);
        expect(new Set(seen).size).toBe(seen.length);
        return seen;
      };
      const province = 'supervisor.320000';
      const recent = await ids(province, { createdFrom: since });
      expect(recent).toEqual(expect.arrayContaining([wuxi.id, summary.id, overdueId]));
      expect(await ids(province, { createdFrom: since }, '320200')).toEqual([wuxi.id]);
      expect(await ids(province, { createdFrom: since, procedure: 'SUMMARY' })).toEqual([
        summary.id,
      ]);
      expect(await ids(province, { createdFrom: since, overdue: true })).toEqual([overdueId]);
      expect(await ids(province, { createdFrom: since, overdue: false })).not.toContain(overdueId);
      expect(await ids(province, { createdFrom: since, status: ['INVESTIGATING'] })).toEqual([
        overdueId,
      ]);
      expect(await ids(province, { createdBefore: since })).not.toContain(wuxi.id);
      // An officer of Nanjing lists only Nanjing's.
      const own = await ids(OFFICER, { createdFrom: since });
      expect(own).not.toContain(wuxi.id);
      expect(own).toContain(summary.id);
      const inverted = await federation.query(
        federation.token(province),
        `query ($f: EnforcementRecordFilter) { enforcementRecords(filter: $f) { nodes { id } } }`,
        { f: { createdFrom: since, createdBefore: since } },
      );
      expect(codeOf(inverted)).toBe('BAD_USER_INPUT');
    });
  });
});
