import { TestNodeRuntimes } from '../support/test-node-runtimes.js';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Insertable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citySpoke } from '@city-ops/city';
import { provinceSpoke } from '@city-ops/province';
import type { Principal } from '@city-ops/kernel';
import {
  workingCalendarOf,
  CHANGE_SCHEMA_VERSION,
  applyBatch,
  RECORD_TABLES,
  compositeScore,
  DEFAULT_INDICATOR_WEIGHTS,
  indicatorRanking,
  indicatorReport,
  recordsTouchingQuery,
} from '@city-ops/core';
import type {
  ChangeEntity,
  CaseReportTable,
  EnforcementRecordTable,
  HotlineTicketTable,
  NodeRuntime,
  RequestContext,
  FeedChange,
  IndicatorArgs,
  IndicatorReportView,
} from '@city-ops/core';
import { errorCodeOf, createLogger } from '@city-ops/kernel';

/**
 * Indicators over a hand-built data set of 南京 (320100), every expected value worked
 * out by hand below, computed by the city from its records and by its province from
 * the rollups it keeps while applying the city's changes version by version — which
 * must agree with the hand and with each other. Instants are UTC; the local calendar
 * is Asia/Shanghai (UTC+8).
 */

function principal(role: string, division: string): Principal {
  return {
    subject: `s-${role}-${division}`,
    username: `${role}.${division}`,
    roles: [role],
    division,
    department: undefined,
    grid: undefined,
    clientId: 'city-ops-web',
    token: '',
    expiresAt: new Date('2099-01-01T00:00:00Z'),
  };
}

/** A version of a record as the city's feed carries it: the row, with what differed then. */
interface Version {
  entity: ChangeEntity;
  id: string;
  patch: Record<string, unknown>;
}

const ticket = (
  id: string,
  values: Partial<Insertable<HotlineTicketTable>>,
): Insertable<HotlineTicketTable> => ({
  id: `320100-${id}`,
  number: `T${id}`,
  origin_node: '320100',
  division: '320106',
  channel: 'PHONE',
  intake_class: 'COMPLAINT',
  category_code: '010101',
  title: id,
  content: id,
  caller_name: '王小明',
  caller_phone: '13912345678',
  status: 'IN_PROGRESS',
  handling_mode: 'DISPATCH',
  created_by: 'fixture',
  ...values,
});

const closedTicket = (resolution: string, satisfaction: string | null) => ({
  status: 'CLOSED',
  resolution,
  satisfaction,
});

/** Tickets: T1/T2 at the deadline minute, T3 direct, T4 merged into T1, T5 due on a holiday, T6 reopened. */
const TICKETS = [
  // Due Thu 11-05 17:30 local; closed exactly then: on time.
  ticket('T1', {
    created_at: '2026-11-02T01:00:00.000Z',
    due_at: '2026-11-05T09:30:00.000Z',
    closed_at: '2026-11-05T09:30:00.000Z',
    ...closedTicket('RESOLVED', 'SATISFIED'),
  }),
  // Same deadline, closed one millisecond later: late.
  ticket('T2', {
    created_at: '2026-11-02T02:00:00.000Z',
    due_at: '2026-11-05T09:30:00.000Z',
    closed_at: '2026-11-05T09:30:00.001Z',
    ...closedTicket('PARTIALLY_RESOLVED', 'BASICALLY_SATISFIED'),
  }),
  // Answered on the call (直办): created and closed, never due.
  ticket('T3', {
    category_code: '010203',
    handling_mode: 'DIRECT',
    created_at: '2026-11-03T03:00:00.000Z',
    due_at: '2026-11-10T09:30:00.000Z',
    closed_at: '2026-11-03T03:10:00.000Z',
    ...closedTicket('RESOLVED', null),
  }),
  // Merged into T1 (并单), closed with it: never due.
  ticket('T4', {
    parent_ticket_id: '320100-T1',
    created_at: '2026-11-02T05:00:00.000Z',
    due_at: '2026-11-06T09:30:00.000Z',
    closed_at: '2026-11-05T09:30:00.000Z',
    ...closedTicket('RESOLVED', null),
  }),
  // Falls due on 10-01, a National Day holiday; still open.
  ticket('T5', {
    category_code: '020101',
    created_at: '2026-09-29T02:00:00.000Z',
    due_at: '2026-10-01T09:30:00.000Z',
  }),
  // Closed on 11-12, reopened, closed again on 11-20 after its due time: counts once, late.
  ticket('T6', {
    created_at: '2026-11-09T01:00:00.000Z',
    due_at: '2026-11-16T09:30:00.000Z',
    closed_at: '2026-11-20T02:00:00.000Z',
    ...closedTicket('RESOLVED', 'SATISFIED'),
    version: 3,
  }),
  // Open and due in November.
  ticket('T7', { created_at: '2026-11-20T01:00:00.000Z', due_at: '2026-11-25T09:30:00.000Z' }),
  // 23:59:59.999 local on 11-30: still November; due in December.
  ticket('T8', {
    category_code: '020202',
    created_at: '2026-11-30T15:59:59.999Z',
    due_at: '2026-12-04T09:30:00.000Z',
  }),
  // Local midnight of 11-01: November, not October.
  ticket('T9', { created_at: '2026-10-31T16:00:00.000Z', due_at: '2026-11-06T09:30:00.000Z' }),
];

/** T6's earlier versions, as the province received them before the final row. */
const T6_HISTORY: Version[] = [
  {
    entity: 'hotline_ticket',
    id: '320100-T6',
    patch: { version: 1, closed_at: '2026-11-12T02:00:00.000Z' },
  },
  {
    entity: 'hotline_ticket',
    id: '320100-T6',
    patch: {
      version: 2,
      status: 'REOPENED',
      closed_at: null,
      resolution: 'UNRESOLVED',
      satisfaction: 'DISSATISFIED',
    },
  },
];

const caseRow = (
  id: string,
  values: Partial<Insertable<CaseReportTable>>,
): Insertable<CaseReportTable> => ({
  id: `320100-${id}`,
  number: `C${id}`,
  origin_node: '320100',
  division: '320106',
  source: 'INSPECTOR',
  case_type: 'EVENT',
  major_class: 'CITY_APPEARANCE',
  minor_code: '0101',
  description: id,
  status: 'CLOSED',
  created_by: 'fixture',
  ...values,
});

/** Cases: C1 reworked once then closed late, C2 closed at its due instant, C3 parked, C4 not filed, C5 reworked and open. */
const CASES = [
  caseRow('C1', {
    status: 'EVALUATED',
    created_at: '2026-11-02T01:00:00.000Z',
    filed_at: '2026-11-02T01:30:00.000Z',
    due_at: '2026-11-06T09:30:00.000Z',
    handled_at: '2026-11-06T09:30:00.000Z',
    closed_at: '2026-11-07T02:00:00.000Z',
    updated_at: '2026-11-08T02:00:00.000Z',
    version: 2,
  }),
  caseRow('C2', {
    created_at: '2026-11-03T01:00:00.000Z',
    filed_at: '2026-11-03T01:30:00.000Z',
    due_at: '2026-11-10T09:30:00.000Z',
    handled_at: '2026-11-09T02:00:00.000Z',
    closed_at: '2026-11-10T09:30:00.000Z',
    updated_at: '2026-11-10T09:30:00.000Z',
  }),
  caseRow('C3', {
    case_type: 'COMPONENT',
    major_class: 'ROAD_TRAFFIC',
    minor_code: '0203',
    status: 'PARKED',
    parked_reason: '待专项资金',
    created_at: '2026-11-04T01:00:00.000Z',
    filed_at: '2026-11-04T01:30:00.000Z',
    updated_at: '2026-11-12T03:00:00.000Z',
  }),
  caseRow('C4', {
    case_type: 'COMPONENT',
    major_class: 'ROAD_TRAFFIC',
    minor_code: '0203',
    status: 'COLLECTED',
    created_at: '2026-11-05T01:00:00.000Z',
    updated_at: '2026-11-05T01:00:00.000Z',
  }),
  caseRow('C5', {
    minor_code: '0102',
    status: 'REWORK',
    created_at: '2026-10-30T01:00:00.000Z',
    filed_at: '2026-10-30T01:30:00.000Z',
    due_at: '2026-11-03T09:30:00.000Z',
    handled_at: '2026-11-04T01:00:00.000Z',
    updated_at: '2026-11-05T01:00:00.000Z',
  }),
];

/** C1 before its closure (the province applies it, then the failed verification, then the closure). */
const C1_BEFORE: Version = {
  entity: 'case_report',
  id: '320100-C1',
  patch: { version: 1, status: 'REWORK', closed_at: null, handled_at: '2026-11-05T02:00:00.000Z' },
};

const enforcement = (
  id: string,
  values: Partial<Insertable<EnforcementRecordTable>>,
): Insertable<EnforcementRecordTable> => ({
  id: `320100-${id}`,
  number: `E${id}`,
  origin_node: '320100',
  division: '320106',
  source: 'PATROL',
  violated_article: '第十四条',
  penalty_article: '第三十四条',
  party_kind: 'PERSON',
  party_name: '李四',
  officers: JSON.stringify([]),
  procedure: 'ORDINARY',
  status: 'DECIDED',
  created_by: 'fixture',
  ...values,
});

const ENFORCEMENT = [
  // Filed 11-02, decided 11-12 (10 days, within its limit), fined 200.50, paid 11-20.
  enforcement('E1', {
    status: 'PAID',
    filed_at: '2026-11-02T02:00:00.000Z',
    decided_at: '2026-11-12T02:00:00.000Z',
    decision_due_at: '2027-01-31T16:00:00.000Z',
    fine_amount: '200.50',
    paid_at: '2026-11-20T02:00:00.000Z',
    amount_paid: '200.50',
  }),
  // Filed 08-01, hearing asked 11-01, decided 11-03 past its limit: 94 days, fined 1000.
  enforcement('E2', {
    filed_at: '2026-08-01T02:00:00.000Z',
    hearing_requested_at: '2026-11-01T02:00:00.000Z',
    decided_at: '2026-11-03T02:00:00.000Z',
    decision_due_at: '2026-10-30T16:00:00.000Z',
    fine_amount: '1000.00',
  }),
  enforcement('E3', { status: 'FILED', filed_at: '2026-11-25T02:00:00.000Z' }),
];

/** November 2026, worked out by hand from the fixtures above. */
const NOVEMBER = {
  hotline_ticket: {
    created: 8, // T1 T2 T3 T4 T6 T7 T8 T9 (T5 is September's)
    merged: 1, // T4
    direct: 1, // T3
    due: 5, // T1 T2 T6 T7 T9 (not T3 direct, T4 merged, T5 October, T8 December)
    closed_on_time: 1, // T1 only: T2 is 1 ms late, T6 late, T7 and T9 open
    closed: 5, // T1 T2 T3 T4 T6 — T6 once, on 11-20
    // T1 80.5 h, T2 79.5 h (+1 ms, rounded), T3 10 min, T4 76.5 h, T6 265 h
    handling_seconds: (80.5 + 79.5 + 76.5 + 265) * 3600 + 600,
    called_back: 5,
    resolved: 4, // all but T2
    rated: 3, // T1 T2 T6
    satisfied: 3,
  },
  case_report: {
    created: 4, // C1 C2 C3 C4
    filed: 3, // C1 C2 C3
    due: 3, // C1 C2 C5
    closed_on_time: 1, // C2, at its due instant
    handled_on_time: 2, // C1 at its due instant, C2
    closed: 2, // C1 C2
    closed_reworked: 1, // C1 (C5 was reworked but is not closed)
    parked: 1, // C3, on 11-12
  },
  enforcement_record: {
    filed: 2, // E1 E3
    hearings_requested: 1, // E2
    decided: 2, // E1 E2
    decided_on_time: 1, // E1
    decision_days: 10 + 94,
    fines_imposed_fen: 20050 + 100000,
    fines_collected_fen: 20050,
  },
};

describe('indicators from a hand-built data set', () => {
  const runtimes = new TestNodeRuntimes();
  let city: NodeRuntime;
  let province: NodeRuntime;

  const as = (node: NodeRuntime, role: string, division: string): RequestContext => ({
    node,
    principal: principal(role, division),
    requestId: 'req-indicators',
    clientAddress: '127.0.0.1',
    language: 'zh',
  });

  const report = (context: RequestContext, args: Partial<IndicatorArgs> = {}) =>
    indicatorReport(context, {
      division: '320100',
      period: { unit: 'MONTH', start: '2026-10-01', count: 2 },
      ...args,
    });

  const metricsOf = (view: IndicatorReportView, period: number) =>
    Object.fromEntries(
      RECORD_TABLES.map((kind) => [
        kind,
        Object.fromEntries(
          view.periods[period]!.total.metrics.filter((m) => m.recordKind === kind).map((m) => [
            m.name,
            m.value,
          ]),
        ),
      ]),
    );

  const valueOf = (view: IndicatorReportView, period: number, name: string) =>
    view.periods[period]!.total.indicators.find((indicator) => indicator.name === name);

  async function codeOf(work: Promise<unknown>): Promise<string | undefined> {
    try {
      await work;
      return undefined;
    } catch (error) {
      return errorCodeOf(error) ?? String(error);
    }
  }

  beforeAll(async () => {
    city = await runtimes.start(
      'city',
      citySpoke,
      '320100',
      createLogger('indicators-test', 'silent'),
    );
    province = await runtimes.start(
      'province',
      provinceSpoke,
      '320000',
      createLogger('indicators-test', 'silent'),
    );
    await city.db.insertInto('hotline_ticket').values(TICKETS).execute();
    await city.db.insertInto('case_report').values(CASES).execute();
    await city.db.insertInto('enforcement_record').values(ENFORCEMENT).execute();
    // 返工 is counted from the history: C1 and C5 each failed verification once.
    for (const id of ['320100-C1', '320100-C5']) {
      await city.db
        .insertInto('record_history')
        .values({
          entity: 'case_report',
          entity_id: id,
          division: '320106',
          action: 'verifyFail',
          from_state: 'REPORTED',
          to_state: 'REWORK',
          actor_subject: 'fixture',
          actor_username: 'inspector.320100',
          actor_roles: ['inspector'],
          at: '2026-11-05T02:00:00.000Z',
        })
        .execute();
    }

    // The city's feed as the province receives it: every version of every record,
    // a history entry after the version it belongs to.
    const rowOf = async (entity: string, id: string) =>
      (
        await sql<{
          row: Record<string, unknown>;
        }>`SELECT to_jsonb(t) AS row FROM ${sql.table(entity)} t WHERE id = ${id}`.execute(city.db)
      ).rows[0]!.row;
    const historyOf = async (id: string) =>
      (
        await sql<{
          row: Record<string, unknown>;
        }>`SELECT to_jsonb(h) AS row FROM record_history h WHERE entity_id = ${id}`.execute(city.db)
      ).rows[0]!.row;
    const feed: { entity: ChangeEntity; id: string; payload: Record<string, unknown> }[] = [];
    for (const version of [...T6_HISTORY, C1_BEFORE]) {
      feed.push({
        entity: version.entity,
        id: version.id,
        payload: { ...(await rowOf(version.entity, version.id)), ...version.patch },
      });
    }
    for (const id of ['320100-C1', '320100-C5']) {
      const entry = await historyOf(id);
      feed.push({ entity: 'record_history', id: String(entry['id']), payload: entry });
    }
    for (const [entity, rows] of [
      ['hotline_ticket', TICKETS],
      ['case_report', CASES],
      ['enforcement_record', ENFORCEMENT],
    ] as const) {
      for (const row of rows) {
        feed.push({ entity, id: row.id, payload: await rowOf(entity, row.id) });
      }
    }
    const changes: FeedChange[] = feed.map((change, index) => ({
      position: String(index + 1),
      entity: change.entity,
      entityId: change.id,
      version: Number(change.payload['version'] ?? 1),
      operation: 'UPSERT',
      schemaVersion: CHANGE_SCHEMA_VERSION,
      division: String(change.payload['division']),
      at: new Date(),
      payload: JSON.stringify(change.payload),
    }));
    await province.db
      .insertInto('sync_source')
      .values({ source: '320100', state: 'STARTING' })
      .execute();
    // Two batches, split between T6's versions: each applies only its difference.
    const batch = (from: number, to: number) => ({
      epoch: randomUUID(),
      division: '320100',
      head: String(changes.length),
      headAt: new Date(),
      changes: changes.slice(from, to),
      reached: String(to),
      filtered: false,
      completeTo: new Date(),
    });
    expect(await applyBatch(province, '320100', '0', batch(0, 1))).toBe(true);
    expect(await applyBatch(province, '320100', '1', batch(1, changes.length))).toBe(true);
  });

  afterAll(async () => {
    await runtimes.closeAll();
  });

  it('computes the hand-worked November at the city, from its records', async () => {
    const view = await report(as(city, 'city-supervisor', '320100'));
    expect(view.source).toBe('RECORDS');
    expect(view.periods.map((period) => period.label)).toEqual(['2026-10', '2026-11']);
    expect(metricsOf(view, 1)).toEqual(NOVEMBER);
    const expected: Record<string, [number, number | null, number | null]> = {
      TICKET_ON_TIME_CLOSURE_RATE: [1, 5, 1 / 5],
      TICKET_RESOLUTION_RATE: [4, 5, 4 / 5],
      TICKET_SATISFACTION_RATE: [3, 3, 1],
      TICKET_CALLBACK_RATE: [5, 5, 1],
      TICKET_FIRST_CALL_RESOLUTION_RATE: [1, 8, 1 / 8],
      TICKET_AVERAGE_HANDLING_HOURS: [
        NOVEMBER.hotline_ticket.handling_seconds / 3600,
        5,
        NOVEMBER.hotline_ticket.handling_seconds / 3600 / 5,
      ],
      TICKET_OVERDUE_COUNT: [4, null, 4],
      CASE_CLOSURE_RATE: [2, 3, 2 / 3],
      CASE_ON_TIME_CLOSURE_RATE: [1, 3, 1 / 3],
      CASE_ON_TIME_HANDLING_RATE: [2, 3, 2 / 3],
      CASE_REWORK_RATE: [1, 2, 1 / 2],
      CASE_PARKED_COUNT: [1, null, 1],
      ENFORCEMENT_FILED_COUNT: [2, null, 2],
      ENFORCEMENT_ON_TIME_DECISION_RATE: [1, 2, 1 / 2],
      ENFORCEMENT_AVERAGE_DECISION_DAYS: [104, 2, 52],
      ENFORCEMENT_FINES_IMPOSED: [1200.5, null, 1200.5],
      ENFORCEMENT_FINES_COLLECTED: [200.5, null, 200.5],
      ENFORCEMENT_HEARINGS_REQUESTED: [1, null, 1],
    };
    for (const [name, [numerator, denominator, value]] of Object.entries(expected)) {
      expect(valueOf(view, 1, name), name).toMatchObject({ numerator, denominator, value });
    }
    // 0.25·1/5 + 0.2·1 + 0.15·4/5 + 0.15·1/3 + 0.1·2/3 + 0.1·(1 − 1/2) + 0.05·1/2, of 1.
    const score =
      100 * (0.25 / 5 + 0.2 + (0.15 * 4) / 5 + 0.15 / 3 + (0.1 * 2) / 3 + 0.1 * 0.5 + 0.05 * 0.5);
    expect(view.periods[1]!.total.compositeScore).toBeCloseTo(score, 10);
    expect(view.periods[1]!.total.compositeScore).toBe(
      compositeScore(view.periods[1]!.total.indicators, DEFAULT_INDICATOR_WEIGHTS),
    );
  });

  it('counts October: the ticket due on the National Day holiday, an empty rate as null', async () => {
    expect((await workingCalendarOf(city)).isWorkingDay('2026-10-01')).toBe(false);
    const view = await report(as(city, 'dispatcher', '320100'));
    expect(metricsOf(view, 0)).toMatchObject({
      hotline_ticket: { created: 0, due: 1, closed_on_time: 0, closed: 0 },
      case_report: { created: 1, filed: 1, due: 0 },
    });
    expect(valueOf(view, 0, 'TICKET_OVERDUE_COUNT')?.value).toBe(1);
    expect(valueOf(view, 0, 'TICKET_ON_TIME_CLOSURE_RATE')).toMatchObject({
      numerator: 0,
      denominator: 1,
      value: 0,
    });
    expect(valueOf(view, 0, 'TICKET_SATISFACTION_RATE')).toMatchObject({
      denominator: 0,
      value: null,
    });
    const holiday = await report(as(city, 'dispatcher', '320100'), {
      period: { unit: 'DAY', start: '2026-10-01' },
    });
    expect(metricsOf(holiday, 0).hotline_ticket).toMatchObject({ due: 1, created: 0 });
  });

  it('draws the deadline at the due instant: closed at 17:30:00.000 is on time, .001 is not', async () => {
    const day = await report(as(city, 'city-supervisor', '320100'), {
      period: { unit: 'DAY', start: '2026-11-05' },
    });
    expect(valueOf(day, 0, 'TICKET_ON_TIME_CLOSURE_RATE')).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 0.5,
    });
  });

  it('gives the same numbers at the province, from the rollups it kept while applying each version', async () => {
    const args = {
      period: { unit: 'WEEK', start: '2026-10-26', count: 6 } as const,
      categoryLevel: 2,
    };
    const atCity = await report(as(city, 'city-supervisor', '320100'), args);
    const atProvince = await report(as(province, 'provincial-supervisor', '320000'), args);
    expect(atProvince.source).toBe('ROLLUPS');
    expect(atProvince.periods).toEqual(atCity.periods);
    const months = await report(as(province, 'provincial-supervisor', '320000'));
    expect(metricsOf(months, 1)).toEqual(NOVEMBER);
    // The province's own division is the sum of its cities: here only 南京.
    const whole = await report(as(province, 'provincial-supervisor', '320000'), {
      division: '320000',
    });
    expect(whole.periods).toEqual(months.periods);
    // Categories: ticket codes by level, cases by type and major class.
    const level1 = await report(as(province, 'provincial-supervisor', '320000'), {
      categoryLevel: 1,
    });
    expect(
      level1.periods[1]!.categories.map((category) => [
        category.recordKind,
        category.code,
        category.indicators.metrics.find((metric) => metric.name === 'created')?.value ?? null,
      ]),
    ).toEqual([
      ['hotline_ticket', '01', 7],
      ['hotline_ticket', '02', 1],
      ['case_report', 'COMPONENT:02', 2],
      ['case_report', 'EVENT:01', 2],
      ['enforcement_record', '第十四条', null],
    ]);
    expect(level1.periods[1]!.categories[0]?.name).toBe('城市管理');
  });

  it('ranks the cities of the province, a city without data last and unranked', async () => {
    const ranking = await indicatorRanking(as(province, 'provincial-supervisor', '320000'), {
      division: '320000',
      period: { unit: 'MONTH', start: '2026-11-01' },
      indicator: 'CASE_REWORK_RATE',
    });
    const withoutData = ['320200', '320300', '320400', '320500', '320600', '320700', '320800'];
    expect(ranking.entries.map((entry) => [entry.division.code, entry.rank, entry.value])).toEqual([
      ['320100', 1, 0.5],
      ...withoutData.map((code) => [code, null, null]),
    ]);
    // Fewer is better for a count, and cities that reported nothing must not lead with 0.
    const overdue = await indicatorRanking(as(province, 'provincial-supervisor', '320000'), {
      division: '320000',
      period: { unit: 'MONTH', start: '2026-11-01' },
      indicator: 'TICKET_OVERDUE_COUNT',
    });
    expect(overdue.entries.map((entry) => [entry.division.code, entry.rank])).toEqual([
      ['320100', 1],
      ...withoutData.map((code) => [code, null]),
    ]);
  });

  it('reads only the records of the period, through the indexes', async () => {
    const from = new Date('2026-11-01T00:00:00+08:00');
    const to = new Date('2026-11-08T00:00:00+08:00');
    await city.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL enable_seqscan = off`.execute(trx);
      for (const kind of RECORD_TABLES) {
        const query = recordsTouchingQuery(kind, from, to);
        const { rows } = await sql<{ 'QUERY PLAN': string }>`EXPLAIN ${query}`.execute(trx);
        const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
        expect(plan, kind).not.toMatch(/Seq Scan/);
      }
    });
  });

  it('refuses what the node does not hold, divisions outside the caller, and bad input', async () => {
    const supervisor = as(city, 'city-supervisor', '320100');
    expect(await codeOf(report(supervisor, { division: '320000' }))).toBe('FORBIDDEN');
    expect(
      await codeOf(report(as(city, 'provincial-supervisor', '320000'), { division: '320000' })),
    ).toBe('NOT_OWNER');
    expect(
      await codeOf(report(as(province, 'provincial-supervisor', '320000'), { division: '330100' })),
    ).toBe('FORBIDDEN');
    expect(await codeOf(report(as(city, 'auditor', '320100')))).toBe('FORBIDDEN');
    expect(await codeOf(report(supervisor, { division: '320106' }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(report(supervisor, { categoryLevel: 4 }))).toBe('BAD_USER_INPUT');
    expect(
      await codeOf(report(supervisor, { period: { unit: 'MONTH', start: '2026-11-02' } })),
    ).toBe('BAD_USER_INPUT');
    expect(
      await codeOf(
        indicatorRanking(supervisor, {
          division: '320100',
          period: { unit: 'MONTH', start: '2026-11-01' },
          indicator: 'CASE_REWORK_RATE',
        }),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});
