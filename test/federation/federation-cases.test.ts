import { addWorkingDays, caseDeadlineRule, dueAt, loadWorkingCalendar } from '@city-ops/core';
import { CASE_QUERY, caseMutation, insertCaseFixture } from '../support/cases.js';
import type { CaseResult } from '../support/cases.js';
import { drain, startFederation } from '../support/federation.js';
import type { GraphQLResponse, TestFederation } from '../support/federation.js';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The case loop end to end through the gateway: the scenarios of docs/DOMAIN.md "City operations cases". */

const REPORT = caseMutation('reportCase');

const LIST = /* GraphQL */ `
  query List($division: String, $filter: CaseReportFilter, $first: Int, $after: String) {
    caseReports(division: $division, filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
        }
      }
      nodes {
        id
        status
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const INBOX = /* GraphQL */ `
  query Inbox($first: Int, $after: String) {
    caseInbox(first: $first, after: $after) {
      nodes {
        id
        status
        handlingUnit
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

function patrolReport(overrides: Record<string, unknown> = {}) {
  return {
    division: '320106',
    source: 'INSPECTOR',
    type: 'EVENT',
    majorClass: 'CITY_APPEARANCE',
    minorCode: '0101',
    description: '中山路人行道暴露垃圾，约两立方米',
    address: '中山路与北京西路交叉口东北角',
    longitude: 118.78,
    latitude: 32.06,
    ...overrides,
  };
}

const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['code'];

describe('city operations cases through the gateway', () => {
  let federation: TestFederation;
  const token = (user: string) => federation.token(user);

  /** One mutation; fails the test with the errors when it is refused. */
  async function step(
    user: string,
    mutation: string,
    input: Record<string, unknown>,
  ): Promise<CaseResult> {
    const response = await federation.query<Record<string, CaseResult>>(
      token(user),
      caseMutation(mutation),
      { input },
    );
    expect(
      response.errors,
      `${user} ${mutation}: ${JSON.stringify(response.errors)}`,
    ).toBeUndefined();
    return response.data![mutation]!;
  }

  const attempt = (user: string, mutation: string, input: Record<string, unknown>) =>
    federation.query<Record<string, CaseResult>>(token(user), caseMutation(mutation), { input });

  const read = async (user: string, id: string) =>
    (await federation.query<{ caseReport: CaseResult | null }>(token(user), CASE_QUERY, { id }))
      .data?.caseReport ?? null;

  async function reported(overrides: Record<string, unknown> = {}): Promise<CaseResult> {
    return step('inspector.320100', 'reportCase', patrolReport(overrides));
  }

  /** Reported, filed and dispatched to 320100-cg, then started by the unit. */
  async function handling(): Promise<CaseResult> {
    const report = await reported();
    const filed = await step('dispatcher.320100', 'fileCase', { id: report.id, version: 1 });
    const dispatched = await step('dispatcher.320100', 'dispatchCase', {
      id: filed.id,
      version: filed.version,
      handlingUnit: '320100-cg',
    });
    return step('unit-cg.320100', 'startHandlingCase', {
      id: dispatched.id,
      version: dispatched.version,
    });
  }

  /** From HANDLING: reported back by the unit and verified by the inspector. */
  async function closed(current: CaseResult): Promise<CaseResult> {
    const back = await step('unit-cg.320100', 'reportBackCase', {
      id: current.id,
      version: current.version,
      result: '已清运完毕',
    });
    return step('inspector.320100', 'verifyCase', {
      id: back.id,
      version: back.version,
      passed: true,
    });
  }

  /** Rows the database holds for one case (owner connection, outside row-level security). */
  const trail = async (id: string) => {
    const db = federation.database('320100');
    const [history, changes, audits] = await Promise.all([
      db.selectFrom('record_history').select('action').where('entity_id', '=', id).execute(),
      db.selectFrom('change_log').select('version').where('entity_id', '=', id).execute(),
      db
        .selectFrom('audit_log')
        .select('action')
        .where(sql<boolean>`${id} = ANY(entity_ids)`)
        .execute(),
    ]);
    return { history: history.length, changes: changes.length, audits: audits.length };
  };

  /** The city node's working calendar, as its deadlines count on it. */
  const calendar = () =>
    loadWorkingCalendar({ db: federation.database('320100'), division: '320100' });

  beforeAll(async () => {
    federation = await startFederation({ provinces: ['320000'], cities: ['320100', '320200'] });
  });

  afterAll(async () => {
    await federation?.close();
  });

  it('runs the seven steps: report → file → dispatch → handle → report back → verify → close → evaluate', async () => {
    const report = await reported();
    expect(report).toMatchObject({
      status: 'COLLECTED',
      version: 1,
      source: 'INSPECTOR',
      // An inspector reports in their own grid, which is the default.
      gridCell: '320100-g001',
      dueAt: null,
      allowedActions: [],
    });
    expect(report.number).toMatch(/^320100AJ\d{8}\d{6}$/);
    expect((await read('dispatcher.320100', report.id))?.allowedActions).toEqual(['file', 'void']);

    const filed = await step('dispatcher.320100', 'fileCase', { id: report.id, version: 1 });
    expect(filed).toMatchObject({ status: 'FILED', version: 2, filedBy: 'dispatcher.320100' });

    const dispatched = await step('dispatcher.320100', 'dispatchCase', {
      id: filed.id,
      version: 2,
      handlingUnit: '320100-cg',
      comment: '请尽快清运',
    });
    expect(dispatched).toMatchObject({
      status: 'DISPATCHED',
      handlingUnit: '320100-cg',
      overdue: false,
    });
    // 暴露垃圾 (EVENT 0101) is due one working day after the dispatch, on the node's calendar.
    expect(dispatched.dueAt).toBe(
      dueAt(
        new Date(dispatched.dispatchedAt!),
        caseDeadlineRule('0101', 'EVENT'),
        await calendar(),
      ).toISOString(),
    );
    expect(Date.parse(dispatched.dueAt!)).toBeGreaterThan(Date.now());
    expect((await read('unit-cg.320100', report.id))?.allowedActions).toEqual([
      'startHandling',
      'requestReturn',
    ]);

    const started = await step('unit-cg.320100', 'startHandlingCase', {
      id: report.id,
      version: 3,
    });
    expect(started.status).toBe('HANDLING');
    const back = await step('unit-cg.320100', 'reportBackCase', {
      id: report.id,
      version: 4,
      result: '已组织环卫人员清运完毕',
    });
    expect(back).toMatchObject({ status: 'REPORTED', handlingResult: '已组织环卫人员清运完毕' });
    expect(back.handledAt).not.toBeNull();
    expect((await read('inspector.320100', report.id))?.allowedActions).toEqual([
      'verifyPass',
      'verifyFail',
    ]);

    const verified = await step('inspector.320100', 'verifyCase', {
      id: report.id,
      version: 5,
      passed: true,
      comment: '现场核查已清理干净',
    });
    expect(verified).toMatchObject({
      status: 'CLOSED',
      closureType: 'NORMAL',
      reworkCount: 0,
      extensionCount: 0,
      returnCount: 0,
    });
    expect(verified.closedAt).not.toBeNull();

    const evaluated = await step('supervisor.320100', 'evaluateCase', {
      id: report.id,
      version: 6,
      score: 95,
      comment: '处置及时',
    });
    expect(evaluated).toMatchObject({
      status: 'EVALUATED',
      version: 7,
      evaluation: { score: 95, comment: '处置及时' },
      allowedActions: [],
    });
    expect(
      evaluated.history.map((entry) => [entry.action, entry.fromState, entry.toState]),
    ).toEqual([
      ['report', null, 'COLLECTED'],
      ['file', 'COLLECTED', 'FILED'],
      ['dispatch', 'FILED', 'DISPATCHED'],
      ['startHandling', 'DISPATCHED', 'HANDLING'],
      ['reportBack', 'HANDLING', 'REPORTED'],
      ['verifyPass', 'REPORTED', 'CLOSED'],
      ['evaluate', 'CLOSED', 'EVALUATED'],
    ]);
    expect(evaluated.history[2]?.comment).toBe('请尽快清运');
    // Every write left its history entry, its change-log entry and its audit entry.
    expect(await trail(report.id)).toEqual({ history: 7, changes: 7, audits: 7 });
    const payloads = await federation
      .database('320100')
      .selectFrom('change_log')
      .select(['version', 'payload'])
      .where('entity_id', '=', report.id)
      .orderBy('seq')
      .execute();
    expect(payloads.map((entry) => entry.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(payloads.at(-1)?.payload).toMatchObject({
      status: 'EVALUATED',
      closure_type: 'NORMAL',
      evaluation_score: 95,
    });
  });

  it('sends a failed verification back for rework and counts it', async () => {
    const current = await handling();
    const back = await step('unit-cg.320100', 'reportBackCase', {
      id: current.id,
      version: current.version,
      result: '已清运',
    });
    const noComment = await attempt('dispatcher.320100', 'verifyCase', {
      id: back.id,
      version: back.version,
      passed: false,
    });
    expect(noComment.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.comment',
    });
    const rework = await step('dispatcher.320100', 'verifyCase', {
      id: back.id,
      version: back.version,
      passed: false,
      comment: '路口西侧仍有垃圾',
    });
    expect(rework).toMatchObject({ status: 'REWORK', reworkCount: 1, closedAt: null });
    expect(rework.history.at(-1)).toMatchObject({
      action: 'verifyFail',
      comment: '路口西侧仍有垃圾',
    });
    const again = await step('unit-cg.320100', 'startHandlingCase', {
      id: rework.id,
      version: rework.version,
    });
    expect(again.status).toBe('HANDLING');
    const done = await closed(again);
    expect(done).toMatchObject({ status: 'CLOSED', closureType: 'NORMAL', reworkCount: 1 });
  });

  it('extends the due time by the approved working days, and counts only approved extensions', async () => {
    const current = await handling();
    const requested = await step('unit-cg.320100', 'requestCaseExtension', {
      id: current.id,
      version: current.version,
      workingDays: 3,
      reason: '需调用大型清运车辆',
    });
    expect(requested).toMatchObject({
      status: 'HANDLING',
      extensionRequest: { workingDays: 3, reason: '需调用大型清运车辆' },
      extensionCount: 0,
    });
    // The unit cannot report back while its request waits.
    const early = await attempt('unit-cg.320100', 'reportBackCase', {
      id: current.id,
      version: requested.version,
      result: '已清运',
    });
    expect(codeOf(early)).toBe('INVALID_TRANSITION');
    expect(early.errors?.[0]?.message).toContain('延期申请等待派遣员审批');
    expect((await read('dispatcher.320100', current.id))?.allowedActions).toEqual([
      'approveExtension',
      'rejectExtension',
      'park',
    ]);

    const approved = await step('dispatcher.320100', 'approveCaseExtension', {
      id: current.id,
      version: requested.version,
    });
    expect(approved).toMatchObject({ extensionRequest: null, extensionCount: 1 });
    expect(approved.dueAt).toBe(
      addWorkingDays(new Date(current.dueAt!), 3, await calendar()).toISOString(),
    );

    const second = await step('unit-cg.320100', 'requestCaseExtension', {
      id: current.id,
      version: approved.version,
      workingDays: 1,
      reason: '天气原因',
    });
    const rejected = await step('dispatcher.320100', 'rejectCaseExtension', {
      id: current.id,
      version: second.version,
      reason: '时限内可以完成',
    });
    expect(rejected).toMatchObject({
      extensionRequest: null,
      extensionCount: 1,
      dueAt: approved.dueAt,
    });
    const badDays = await attempt('unit-cg.320100', 'requestCaseExtension', {
      id: current.id,
      version: rejected.version,
      workingDays: 45,
      reason: '',
    });
    expect(badDays.errors?.[0]?.extensions?.['problems']).toEqual([
      expect.objectContaining({ field: 'input.workingDays' }),
      expect.objectContaining({ field: 'input.reason' }),
    ]);
  });

  it('returns a wrongly dispatched case to the dispatcher, who re-dispatches it; it closes as ERROR', async () => {
    const report = await reported();
    const filed = await step('dispatcher.320100', 'fileCase', { id: report.id, version: 1 });
    const dispatched = await step('dispatcher.320100', 'dispatchCase', {
      id: filed.id,
      version: filed.version,
      handlingUnit: '320100-sw',
    });
    const requested = await step('unit-sw.320100', 'requestCaseReturn', {
      id: report.id,
      version: dispatched.version,
      reason: '暴露垃圾属城管局职责',
    });
    expect(requested).toMatchObject({
      status: 'DISPATCHED',
      returnRequestReason: '暴露垃圾属城管局职责',
    });
    const returned = await step('dispatcher.320100', 'approveCaseReturn', {
      id: report.id,
      version: requested.version,
    });
    expect(returned).toMatchObject({
      status: 'FILED',
      handlingUnit: null,
      dueAt: null,
      returnRequestReason: null,
      returnCount: 1,
    });
    // The returning unit no longer sees the case.
    expect(await read('unit-sw.320100', report.id)).toBeNull();

    const redispatched = await step('dispatcher.320100', 'dispatchCase', {
      id: report.id,
      version: returned.version,
      handlingUnit: '320100-cg',
    });
    const started = await step('unit-cg.320100', 'startHandlingCase', {
      id: report.id,
      version: redispatched.version,
    });
    const done = await closed(started);
    expect(done).toMatchObject({ status: 'CLOSED', closureType: 'ERROR', returnCount: 1 });
  });

  it('keeps a return request apart from handling: rejected, the unit keeps the case', async () => {
    const report = await reported();
    const filed = await step('dispatcher.320100', 'fileCase', { id: report.id, version: 1 });
    const dispatched = await step('dispatcher.320100', 'dispatchCase', {
      id: filed.id,
      version: filed.version,
      handlingUnit: '320100-cg',
    });
    const requested = await step('unit-cg.320100', 'requestCaseReturn', {
      id: report.id,
      version: dispatched.version,
      reason: '不属于本单位',
    });
    const rejected = await step('dispatcher.320100', 'rejectCaseReturn', {
      id: report.id,
      version: requested.version,
      reason: '属于市容科职责',
    });
    expect(rejected).toMatchObject({
      status: 'DISPATCHED',
      handlingUnit: '320100-cg',
      returnRequestReason: null,
      returnCount: 0,
    });
  });

  it('parks a case with a reason (no due time) and resumes it for a new dispatch; it closes as SPECIAL', async () => {
    const current = await handling();
    const noReason = await attempt('dispatcher.320100', 'parkCase', {
      id: current.id,
      version: current.version,
      reason: ' ',
    });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    });
    const parked = await step('dispatcher.320100', 'parkCase', {
      id: current.id,
      version: current.version,
      reason: '需纳入道路改造工程统一处理',
    });
    expect(parked).toMatchObject({
      status: 'PARKED',
      parkedReason: '需纳入道路改造工程统一处理',
      dueAt: null,
      overdue: false,
    });
    expect((await read('dispatcher.320100', current.id))?.allowedActions).toEqual(['resume']);
    // Parked work is not in the unit's inbox.
    const inbox = await federation.query<{ caseInbox: { nodes: { id: string }[] } }>(
      token('unit-cg.320100'),
      INBOX,
      { first: 100 },
    );
    expect(inbox.data!.caseInbox.nodes.map((node) => node.id)).not.toContain(current.id);

    const resumed = await step('dispatcher.320100', 'resumeCase', {
      id: current.id,
      version: parked.version,
    });
    expect(resumed).toMatchObject({ status: 'FILED', handlingUnit: null });
    const dispatched = await step('dispatcher.320100', 'dispatchCase', {
      id: current.id,
      version: resumed.version,
      handlingUnit: '320100-cg',
    });
    expect(dispatched.dueAt).not.toBeNull();
    const started = await step('unit-cg.320100', 'startHandlingCase', {
      id: current.id,
      version: dispatched.version,
    });
    expect((await closed(started)).closureType).toBe('SPECIAL');
  });

  it('voids a reported case with a reason (作废); nothing can follow', async () => {
    const report = await reported();
    const voided = await step('dispatcher.320100', 'voidCase', {
      id: report.id,
      version: 1,
      reason: '重复上报',
    });
    expect(voided).toMatchObject({ status: 'VOIDED', voidReason: '重复上报', allowedActions: [] });
    const file = await attempt('dispatcher.320100', 'fileCase', { id: report.id, version: 2 });
    expect(codeOf(file)).toBe('INVALID_TRANSITION');
    expect(file.errors?.[0]?.extensions?.['allowedActions']).toEqual([]);
  });

  it('derives OVERDUE when a case closes after its due time, and flags it overdue while open', async () => {
    const current = await handling();
    await federation
      .database('320100')
      .updateTable('case_report')
      .set({ due_at: new Date(Date.now() - 3_600_000) })
      .where('id', '=', current.id)
      .execute();
    const late = await read('dispatcher.320100', current.id);
    expect(late).toMatchObject({ overdue: true });
    const overdueList = await federation.query<{ caseReports: { nodes: { id: string }[] } }>(
      token('dispatcher.320100'),
      LIST,
      { filter: { overdue: true }, first: 100 },
    );
    expect(overdueList.data!.caseReports.nodes.map((node) => node.id)).toContain(current.id);
    const onTimeList = await federation.query<{ caseReports: { nodes: { id: string }[] } }>(
      token('dispatcher.320100'),
      LIST,
      { filter: { overdue: false }, first: 100 },
    );
    expect(onTimeList.data!.caseReports.nodes.map((node) => node.id)).not.toContain(current.id);

    const done = await closed(current);
    expect(done).toMatchObject({ status: 'CLOSED', closureType: 'OVERDUE', overdue: false });
  });

  it('counts rework, extensions and returns from the history, never from a stored column', async () => {
    const current = await handling();
    const back = await step('unit-cg.320100', 'reportBackCase', {
      id: current.id,
      version: current.version,
      result: '已清运',
    });
    const rework = await step('inspector.320100', 'verifyCase', {
      id: back.id,
      version: back.version,
      passed: false,
      comment: '未清理干净',
    });
    expect(rework.reworkCount).toBe(1);
    // The counters follow the history table: another failed verification written there counts.
    await federation
      .database('320100')
      .insertInto('record_history')
      .values({
        entity: 'case_report',
        entity_id: current.id,
        division: '320106',
        action: 'verifyFail',
        from_state: 'REPORTED',
        to_state: 'REWORK',
        actor_subject: 'fixture',
        actor_username: 'fixture',
        actor_roles: ['dispatcher'],
      })
      .execute();
    expect(await read('dispatcher.320100', current.id)).toMatchObject({
      reworkCount: 2,
      extensionCount: 0,
      returnCount: 0,
    });
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const report = await reported();
    const filed = await step('dispatcher.320100', 'fileCase', { id: report.id, version: 1 });
    const before = await trail(report.id);
    const stale = await attempt('dispatcher.320100', 'voidCase', {
      id: report.id,
      version: 1,
      reason: '重复上报',
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: filed.version,
    });
    expect(await read('dispatcher.320100', report.id)).toMatchObject({
      status: 'FILED',
      version: 2,
    });
    expect(await trail(report.id)).toEqual(before);
  });

  it('keeps handling units apart: unit-sw neither acts on nor lists unit-cg’s case', async () => {
    const current = await handling();
    const sw = 'unit-sw.320100';
    const act = await attempt(sw, 'reportBackCase', {
      id: current.id,
      version: current.version,
      result: '已处理',
    });
    expect(codeOf(act)).toBe('NOT_FOUND');
    expect(await read(sw, current.id)).toBeNull();
    const list = await federation.query<{ caseReports: { nodes: { id: string }[] } }>(
      token(sw),
      LIST,
      { first: 100 },
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.caseReports.nodes.map((node) => node.id)).not.toContain(current.id);
    const swInbox = await federation.query<{ caseInbox: { nodes: { id: string }[] } }>(
      token(sw),
      INBOX,
      { first: 100 },
    );
    expect(swInbox.data!.caseInbox.nodes.map((node) => node.id)).not.toContain(current.id);

    const cgInbox = await federation.query<{
      caseInbox: { nodes: { id: string; handlingUnit: string; status: string }[] };
    }>(token('unit-cg.320100'), INBOX, { first: 100 });
    expect(cgInbox.errors).toBeUndefined();
    expect(cgInbox.data!.caseInbox.nodes).toContainEqual({
      id: current.id,
      handlingUnit: '320100-cg',
      status: 'HANDLING',
    });
    for (const node of cgInbox.data!.caseInbox.nodes) {
      expect(node.handlingUnit).toBe('320100-cg');
      expect(['DISPATCHED', 'HANDLING', 'REWORK']).toContain(node.status);
    }
    // The inbox is a handling unit's: a dispatcher has none.
    const dispatcherInbox = await federation.query(token('dispatcher.320100'), INBOX, {});
    expect(codeOf(dispatcherInbox)).toBe('FORBIDDEN');
    expect(await read('unit-cg.320100', current.id)).toMatchObject({ status: 'HANDLING' });
  });

  it('converts a hotline ticket into a linked case (热线转办), one case per ticket', async () => {
    const ticket = await federation.query<{ createTicket: { id: string } }>(
      token('agent.320100'),
      `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id } }`,
      {
        input: {
          division: '320106',
          channel: 'PHONE',
          intakeClass: 'COMPLAINT',
          categoryCode: '010101',
          title: '小区门口暴露垃圾',
          content: '市民反映小区门口垃圾堆积多日无人清理',
          caller: { name: '张三', phone: '13812345678' },
          location: { address: '中山路123号', street: '华侨路街道', community: '五台山社区' },
        },
      },
    );
    expect(ticket.errors).toBeUndefined();
    const ticketId = ticket.data!.createTicket.id;
    const convert = {
      ticketId,
      version: 1,
      type: 'EVENT',
      majorClass: 'CITY_APPEARANCE',
      minorCode: '0101',
    };
    const inspector = await attempt('inspector.320100', 'convertTicketToCase', convert);
    expect(codeOf(inspector)).toBe('FORBIDDEN');
    const stale = await attempt('agent.320100', 'convertTicketToCase', { ...convert, version: 9 });
    expect(codeOf(stale)).toBe('CONFLICT');

    const converted = await step('agent.320100', 'convertTicketToCase', convert);
    expect(converted).toMatchObject({
      status: 'COLLECTED',
      source: 'HOTLINE',
      linkedTicketId: ticketId,
      description: '市民反映小区门口垃圾堆积多日无人清理',
      // The caller's house number is personal data; the case takes the street and community.
      address: '华侨路街道 五台山社区',
    });
    expect(converted.id.startsWith('320100-')).toBe(true);
    expect(converted.history).toEqual([
      expect.objectContaining({ action: 'convertTicket', fromState: null, toState: 'COLLECTED' }),
    ]);
    expect(JSON.stringify(converted)).not.toMatch(/张三|13812345678|123号/);

    // The link holds both ways: the ticket's case is found from the ticket.
    const linked = await federation
      .database('320100')
      .selectFrom('case_report')
      .select('id')
      .where('linked_ticket_id', '=', ticketId)
      .execute();
    expect(linked).toEqual([{ id: converted.id }]);
    const audit = await federation
      .database('320100')
      .selectFrom('audit_log')
      .select('action')
      .where(sql<boolean>`${ticketId} = ANY(entity_ids)`)
      .where('action', '=', 'case.convertTicket')
      .execute();
    expect(audit).toHaveLength(1);

    const twice = await attempt('dispatcher.320100', 'convertTicketToCase', {
      ...convert,
      version: undefined,
    });
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      caseId: converted.id,
    });
    const filed = await step('dispatcher.320100', 'fileCase', { id: converted.id, version: 1 });
    expect(filed).toMatchObject({ status: 'FILED', linkedTicketId: ticketId });
  });

  it('links a converted ticket and its case both ways, in both histories, at the city and in the province replica', async () => {
    const created = await federation.query<{ createTicket: { id: string; number: string } }>(
      token('agent.320100'),
      `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id number } }`,
      {
        input: {
          division: '320106',
          channel: 'PHONE',
          intakeClass: 'COMPLAINT',
          categoryCode: '010101',
          title: '人行道井盖破损',
          content: '人行道井盖破损，行人易绊倒',
          caller: { name: '李四', phone: '13900001111' },
          location: { address: '湖南路8号', street: '湖南路街道' },
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const ticket = created.data!.createTicket;
    const converted = await step('dispatcher.320100', 'convertTicketToCase', {
      ticketId: ticket.id,
      version: 1,
      type: 'COMPONENT',
      majorClass: 'PUBLIC_FACILITIES',
      minorCode: '0101',
    });

    const TICKET_LINK = `query ($id: ID!) { ticket(id: $id) { id version status caseId
      case { id number linkedTicketId } history { action fromState toState actor comment } } }`;
    interface TicketLink {
      id: string;
      version: number;
      status: string;
      caseId: string | null;
      case: { id: string; number: string; linkedTicketId: string } | null;
      history: { action: string; fromState: string; toState: string; comment: string | null }[];
    }
    const asDispatcher = await federation.query<{ ticket: TicketLink }>(
      token('dispatcher.320100'),
      TICKET_LINK,
      { id: ticket.id },
    );
    expect(asDispatcher.errors).toBeUndefined();
    expect(asDispatcher.data!.ticket).toMatchObject({
      version: 2,
      status: 'ACCEPTED',
      caseId: converted.id,
      case: { id: converted.id, number: converted.number, linkedTicketId: ticket.id },
    });
    expect(asDispatcher.data!.ticket.history.at(-1)).toEqual({
      action: 'convertToCase',
      fromState: 'ACCEPTED',
      toState: 'ACCEPTED',
      actor: 'dispatcher.320100',
      comment: `热线转办 to case ${converted.number}`,
    });
    // An agent does not read cases: the id, not the case.
    const asAgent = await federation.query<{ ticket: TicketLink }>(
      token('agent.320100'),
      TICKET_LINK,
      { id: ticket.id },
    );
    expect(asAgent.errors).toBeUndefined();
    expect(asAgent.data!.ticket).toMatchObject({ caseId: converted.id, case: null });

    const CASE_LINK = `query ($id: ID!) { caseReport(id: $id) { id linkedTicketId
      sourceTicket { id number caseId caller { name masked } } history { action comment } } }`;
    interface CaseLink {
      id: string;
      linkedTicketId: string;
      sourceTicket: {
        id: string;
        number: string;
        caseId: string;
        caller: { name: string; masked: boolean };
      } | null;
      history: { action: string; comment: string | null }[];
    }
    const theCase = await federation.query<{ caseReport: CaseLink }>(
      token('dispatcher.320100'),
      CASE_LINK,
      { id: converted.id },
    );
    expect(theCase.errors).toBeUndefined();
    expect(theCase.data!.caseReport).toMatchObject({
      linkedTicketId: ticket.id,
      sourceTicket: {
        id: ticket.id,
        number: ticket.number,
        caseId: converted.id,
        caller: { name: '李四', masked: false },
      },
    });
    expect(theCase.data!.caseReport.history[0]).toEqual({
      action: 'convertTicket',
      comment: `热线转办 from ticket ${ticket.number}`,
    });
    // The dispatcher saw the caller unmasked through the link: an audited read.
    const reads = await federation
      .database('320100')
      .selectFrom('audit_log')
      .select('action')
      .where(sql<boolean>`${ticket.id} = ANY(entity_ids)`)
      .where('action', '=', 'personal-data.read')
      .where('actor_username', '=', 'dispatcher.320100')
      .execute();
    expect(reads.length).toBeGreaterThan(0);

    // The province holds both replicas, each naming the other, the caller masked.
    const toProvince = federation.syncConsumer('320000', ['320100']);
    await toProvince.registerSources();
    await drain(toProvince, ['320100'], federation);
    const atProvince = await federation.queryNode<{ caseReport: CaseLink }>(
      '320000',
      token('supervisor.320000'),
      CASE_LINK,
      { id: converted.id },
    );
    expect(atProvince.errors).toBeUndefined();
    expect(atProvince.data!.caseReport).toMatchObject({
      linkedTicketId: ticket.id,
      sourceTicket: { id: ticket.id, caseId: converted.id, caller: { masked: true } },
    });
    expect(atProvince.data!.caseReport.sourceTicket!.caller.name).not.toBe('李四');
    const ticketAtProvince = await federation.queryNode<{ ticket: TicketLink }>(
      '320000',
      token('supervisor.320000'),
      TICKET_LINK,
      { id: ticket.id },
    );
    expect(ticketAtProvince.errors).toBeUndefined();
    expect(ticketAtProvince.data!.ticket).toMatchObject({
      caseId: converted.id,
      case: { id: converted.id, linkedTicketId: ticket.id },
    });
    expect(ticketAtProvince.data!.ticket.history.map((entry) => entry.action)).toContain(
      'convertToCase',
    );
  });

  it('refuses bad input naming every field, and writes nothing', async () => {
    const db = federation.database('320100');
    const count = async () => {
      const [cases, changes, audits] = await Promise.all([
        db
          .selectFrom('case_report')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .execute(),
        db
          .selectFrom('change_log')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .execute(),
        db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .execute(),
      ]);
      return [cases[0]?.n, changes[0]?.n, audits[0]?.n];
    };
    const before = await count();
    const bad = await attempt(
      'dispatcher.320100',
      'reportCase',
      patrolReport({
        source: 'HOTLINE',
        type: 'COMPONENT',
        majorClass: 'ADVERTISING',
        minorCode: '12',
        objectCode: '井盖#1',
        description: '   ',
        longitude: 200,
        latitude: null,
      }),
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const fields = (bad.errors?.[0]?.extensions?.['problems'] as { field: string }[]).map(
      (problem) => problem.field,
    );
    expect(fields).toEqual([
      'input.source',
      'input.majorClass',
      'input.minorCode',
      'input.objectCode',
      'input.description',
      'input.longitude',
      'input.longitude',
    ]);
    const wrongPrefix = await attempt(
      'dispatcher.320100',
      'reportCase',
      patrolReport({ source: 'PUBLIC', minorCode: '0301' }),
    );
    expect(wrongPrefix.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.minorCode',
    });
    const unknownEnum = await attempt('dispatcher.320100', 'reportCase', {
      ...patrolReport(),
      type: 'THING',
    });
    expect(codeOf(unknownEnum)).toBe('BAD_USER_INPUT');
    expect(await count()).toEqual(before);

    // A workflow action with a bad unit changes nothing either.
    const report = await reported();
    const filed = await step('dispatcher.320100', 'fileCase', { id: report.id, version: 1 });
    const trailBefore = await trail(report.id);
    for (const unit of ['320100-xx', '320200-cg', '']) {
      const dispatch = await attempt('dispatcher.320100', 'dispatchCase', {
        id: report.id,
        version: filed.version,
        handlingUnit: unit,
      });
      expect(dispatch.errors?.[0]?.extensions, unit).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.handlingUnit',
      });
    }
    expect(await read('dispatcher.320100', report.id)).toMatchObject({
      status: 'FILED',
      version: filed.version,
      handlingUnit: null,
    });
    expect(await trail(report.id)).toEqual(trailBefore);
    const badId = await attempt('dispatcher.320100', 'fileCase', { id: 'case-1', version: 1 });
    expect(badId.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.id',
    });
  });

  it('lets an inspector report only in their own grid, as INSPECTOR; a hotline agent only converts tickets', async () => {
    const otherGrid = await attempt(
      'inspector.320100',
      'reportCase',
      patrolReport({ gridCell: '320100-g002' }),
    );
    expect(codeOf(otherGrid)).toBe('FORBIDDEN');
    const asPublic = await attempt(
      'inspector.320100',
      'reportCase',
      patrolReport({ source: 'PUBLIC' }),
    );
    expect(asPublic.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.source',
    });
    const agent = await attempt('agent.320100', 'reportCase', patrolReport({ source: 'PUBLIC' }));
    expect(codeOf(agent)).toBe('FORBIDDEN');
    expect(agent.errors?.[0]?.message).toContain('convertTicketToCase');
    const otherCity = await attempt(
      'dispatcher.320100',
      'reportCase',
      patrolReport({ division: '320205', source: 'PUBLIC' }),
    );
    expect(codeOf(otherCity)).toBe('FORBIDDEN');
    const byDispatcher = await step(
      'dispatcher.320100',
      'reportCase',
      patrolReport({ source: 'MEDIA', gridCell: '320100-g002' }),
    );
    expect(byDispatcher).toMatchObject({ source: 'MEDIA', gridCell: '320100-g002' });
    // The inspector does not see (nor verify) the other grid's case.
    expect(await read('inspector.320100', byDispatcher.id)).toBeNull();
  });

  it('answers a case write at the wrong node with NOT_OWNER naming the owner', async () => {
    const report = await reported();
    // The province node, and the sibling city's node asked by its own dispatcher.
    for (const [division, user] of [
      ['320000', 'dispatcher.320100'],
      ['320200', 'dispatcher.320200'],
    ] as const) {
      const response = await federation.queryNode(division, token(user), caseMutation('fileCase'), {
        input: { id: report.id, version: 1 },
      });
      expect(response.errors?.[0]?.extensions, division).toMatchObject({
        code: 'NOT_OWNER',
        owner: '320100',
      });
      const create = await federation.queryNode(division, token(user), REPORT, {
        input: patrolReport({ source: 'PUBLIC' }),
      });
      expect(create.errors?.[0]?.extensions, division).toMatchObject({
        code: 'NOT_OWNER',
        owner: '320100',
      });
    }
    expect(await read('dispatcher.320100', report.id)).toMatchObject({ version: 1 });
  });

  it('lists cases with filters and keyset paging, newest first', async () => {
    const mine: string[] = [];
    for (const minorCode of ['0102', '0103', '0102']) {
      mine.push(
        (
          await step(
            'dispatcher.320100',
            'reportCase',
            patrolReport({
              source: 'PUBLIC',
              minorCode,
              description: `分页测试 ${minorCode} 广告牌破损`,
            }),
          )
        ).id,
      );
    }
    const filter = { text: '分页测试', status: ['COLLECTED'], majorClass: ['CITY_APPEARANCE'] };
    const pages: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const response: GraphQLResponse<{
        caseReports: {
          edges: { cursor: string; node: { id: string } }[];
          nodes: { id: string }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      }> = await federation.query(token('supervisor.320100'), LIST, {
        division: '320100',
        filter,
        first: 2,
        after,
      });
      expect(response.errors).toBeUndefined();
      const connection = response.data!.caseReports;
      expect(connection.edges.map((edge) => edge.node.id)).toEqual(
        connection.nodes.map((node) => node.id),
      );
      pages.push(...connection.nodes.map((node) => node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(pages).toEqual([...mine].reverse());
    const byMinor = await federation.query<{ caseReports: { nodes: { id: string }[] } }>(
      token('dispatcher.320100'),
      LIST,
      { filter: { text: '分页测试', minorCode: '0102' } },
    );
    expect(byMinor.data!.caseReports.nodes.map((node) => node.id).sort()).toEqual(
      [mine[0], mine[2]].sort(),
    );
    // The province sees the cities' cases (cases hold no personal data, nothing is masked).
    const province = await federation.query<{ caseReports: { nodes: { id: string }[] } }>(
      token('supervisor.320000'),
      LIST,
      { filter: { text: '分页测试' }, first: 10 },
    );
    expect(province.errors).toBeUndefined();
    expect(province.data!.caseReports.nodes.map((node) => node.id)).toEqual(
      expect.arrayContaining(mine),
    );
    const badFilter = await federation.query(token('dispatcher.320100'), LIST, {
      filter: {
        minorCode: '01a',
        createdFrom: '2026-02-01T00:00:00Z',
        createdBefore: '2026-01-01T00:00:00Z',
      },
    });
    expect(badFilter.errors?.[0]?.extensions?.['problems']).toEqual([
      expect.objectContaining({ field: 'filter.createdBefore' }),
      expect.objectContaining({ field: 'filter.minorCode' }),
    ]);
  });

  it('answers allowedActions from the machine for the caller, per role', async () => {
    const id = await insertCaseFixture(federation.database('320100'), { status: 'FILED' });
    expect(await read('dispatcher.320100', id)).toMatchObject({
      status: 'FILED',
      allowedActions: ['dispatch', 'park'],
      history: [],
    });
    expect((await read('supervisor.320100', id))?.allowedActions).toEqual([]);
  });
});
