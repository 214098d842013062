import { sql } from 'kysely';
import type { Insertable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNodeDatabase } from '@city-ops/test';
import type { TestNodeDatabase } from '@city-ops/test';
import { migrateNodeDatabase } from '../database/migrate.js';
import { openDatabase } from '../database/open-database.js';
import type { NodeDatabase } from '../database/open-database.js';
import { withPlannerSwitchesOff } from '../database/planner-settings.js';
import { inScope } from '../database/scoped-transaction.js';
import type { RowScope } from '../database/scoped-transaction.js';
import type {
  CaseReportTable,
  EnforcementRecordTable,
  HotlineTicketTable,
} from '../database/tables.js';
import type { RecordTable } from '../records/record-kind.js';
import type { Period } from './periods.js';
import {
  metricsFromRecords,
  RECORD_PAGE_SWITCHES_OFF,
  recordContributions,
  recordsTouchingQuery,
} from './record-metrics.js';
import type { RecordPage } from './record-metrics.js';
import { METRIC_INSTANTS } from './rollup-contributions.js';

/**
 * A city's metric sums from its own records (no rollups), over a small data set of
 * 南京 (320100) worked out by hand. Instants are UTC; the calendar is Asia/Shanghai
 * (UTC+8), so local midnight is 16:00 UTC the day before.
 */

const ZONE = 'Asia/Shanghai';

const ticket = (
  id: string,
  values: Partial<Insertable<HotlineTicketTable>>,
): Insertable<HotlineTicketTable> => ({
  id: `320100-${id}`,
  number: id,
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

/** Due Thu 11-05 17:30 local. */
const DUE_NOV_5 = '2026-11-05T09:30:00.000Z';

const TICKETS = [
  // Created at local midnight of 11-01 (November); closed exactly at its due instant: on time.
  ticket('T1', {
    created_at: '2026-10-31T16:00:00.000Z',
    due_at: DUE_NOV_5,
    closed_at: DUE_NOV_5,
    status: 'CLOSED',
    resolution: 'RESOLVED',
    satisfaction: 'SATISFIED',
  }),
  // Created 23:59:59.999 on 10-31 (October); closed one millisecond after the same due instant: late.
  ticket('T2', {
    division: '320102',
    created_at: '2026-10-31T15:59:59.999Z',
    due_at: DUE_NOV_5,
    closed_at: '2026-11-05T09:30:00.001Z',
    status: 'CLOSED',
    resolution: 'PARTIALLY_RESOLVED',
    satisfaction: 'BASICALLY_SATISFIED',
  }),
  // Created in the first week of November, due in the second: read by two windows, counted once.
  ticket('T3', { created_at: '2026-11-02T01:00:00.000Z', due_at: '2026-11-10T09:30:00.000Z' }),
  // Created late in November, due in December.
  ticket('T4', { created_at: '2026-11-28T01:00:00.000Z', due_at: '2026-12-02T09:30:00.000Z' }),
];

const caseRow = (
  id: string,
  values: Partial<Insertable<CaseReportTable>>,
): Insertable<CaseReportTable> => ({
  id: `320100-${id}`,
  number: id,
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

const CASES = [
  // Parked (挂账) on 11-12.
  caseRow('C1', {
    status: 'PARKED',
    parked_reason: '待专项资金',
    created_at: '2026-11-03T01:00:00.000Z',
    filed_at: '2026-11-03T01:30:00.000Z',
    updated_at: '2026-11-12T03:00:00.000Z',
  }),
  // Closed in October at its due instant after one failed verification; touched again on
  // 11-13 (evaluated), which no rule dates a count by.
  caseRow('C2', {
    status: 'EVALUATED',
    created_at: '2026-10-20T01:00:00.000Z',
    filed_at: '2026-10-20T01:30:00.000Z',
    due_at: '2026-10-25T09:30:00.000Z',
    handled_at: '2026-10-24T09:30:00.000Z',
    closed_at: '2026-10-25T09:30:00.000Z',
    updated_at: '2026-11-13T03:00:00.000Z',
  }),
];

const ENFORCEMENT: Insertable<EnforcementRecordTable>[] = [
  // Filed 11-02, hearing asked 11-04, decided 11-12 (10 days, in time), fined 200.50, paid 11-20.
  {
    id: '320100-E1',
    number: 'E1',
    origin_node: '320100',
    division: '320106',
    source: 'PATROL',
    violated_article: '第十四条',
    penalty_article: '第三十四条',
    party_kind: 'PERSON',
    party_name: '李四',
    officers: JSON.stringify([]),
    procedure: 'ORDINARY',
    status: 'PAID',
    created_by: 'fixture',
    filed_at: '2026-11-02T02:00:00.000Z',
    hearing_requested_at: '2026-11-04T02:00:00.000Z',
    decided_at: '2026-11-12T02:00:00.000Z',
    decision_due_at: '2027-01-31T16:00:00.000Z',
    fine_amount: '200.50',
    paid_at: '2026-11-20T02:00:00.000Z',
    amount_paid: '200.50',
  },
];

// T1 and T2 take 4 days 17.5 hours each (T2 2 ms more, rounded to whole seconds).
const HANDLING_SECONDS = 113.5 * 3600;

/** November 2026, worked out by hand from the records above. */
const NOVEMBER = {
  hotline_ticket: {
    created: 3, // T1 T3 T4 (T2 is October's by a millisecond)
    due: 3, // T1 T2 T3 (T4 falls due in December)
    closed_on_time: 1, // T1, at its due instant
    closed: 2,
    handling_seconds: 2 * HANDLING_SECONDS,
    called_back: 2,
    resolved: 1,
    rated: 2,
    satisfied: 2,
  },
  case_report: { created: 1, filed: 1, parked: 1 },
  enforcement_record: {
    filed: 1,
    hearings_requested: 1,
    decided: 1,
    decided_on_time: 1,
    decision_days: 10,
    fines_imposed_fen: 20050,
    fines_collected_fen: 20050,
  },
};

const OCTOBER = {
  hotline_ticket: { created: 1 }, // T2
  case_report: {
    created: 1,
    filed: 1,
    due: 1,
    closed_on_time: 1,
    handled_on_time: 1,
    closed: 1,
    closed_reworked: 1,
  },
  enforcement_record: {},
};

const KINDS: RecordTable[] = ['hotline_ticket', 'case_report', 'enforcement_record'];

// Periods are written out rather than parsed, so this database test covers the reading
// of records only (periods.ts has its own unit tests).
const OCTOBER_PERIOD: Period = {
  unit: 'MONTH',
  start: '2026-10-01',
  end: '2026-10-31',
  label: '2026-10',
};
const NOVEMBER_PERIOD: Period = {
  unit: 'MONTH',
  start: '2026-11-01',
  end: '2026-11-30',
  label: '2026-11',
};
const day = (date: string): Period => ({ unit: 'DAY', start: date, end: date, label: date });

describe('metric sums from a city’s records', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;

  const city = <T>(work: Parameters<typeof inScope<T>>[2]) =>
    inScope(database.db, { division: '320100' }, work);

  const sums = (periods: Period[], categoryLevel: number | null = null) =>
    city((trx) => metricsFromRecords(trx, ZONE, periods, categoryLevel));

  const byKind = (table: Awaited<ReturnType<typeof sums>>, period: string) =>
    Object.fromEntries(KINDS.map((kind) => [kind, table.metrics(period, kind)]));

  /** The ids a page of `kind` returns for November, with what each adds to November. */
  const page = (kind: RecordTable, options: Omit<RecordPage, 'limit'> & { limit?: number }) =>
    city(async (trx) =>
      (
        await recordContributions(trx, kind, ZONE, '2026-11-01', '2026-11-30', {
          limit: 10,
          ...options,
        })
      ).map(({ row }) => String(row['id'])),
    );

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('record_metrics');
    database = await openDatabase({ url: testDatabase.url, pgliteSeed: testDatabase.pgliteSeed });
    await migrateNodeDatabase(database.db);
    await database.db.insertInto('hotline_ticket').values(TICKETS).execute();
    await database.db.insertInto('case_report').values(CASES).execute();
    await database.db.insertInto('enforcement_record').values(ENFORCEMENT).execute();
    await database.db
      .insertInto('record_history')
      .values({
        entity: 'case_report',
        entity_id: '320100-C2',
        division: '320106',
        action: 'verifyFail',
        from_state: 'REPORTED',
        to_state: 'REWORK',
        actor_subject: 'fixture',
        actor_username: 'inspector.320100',
        actor_roles: ['inspector'],
        at: '2026-10-22T02:00:00.000Z',
      })
      .execute();
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  it('sums each month as worked out by hand, each record counted once across the week windows', async () => {
    const table = await sums([OCTOBER_PERIOD, NOVEMBER_PERIOD]);
    expect(byKind(table, '2026-11-01')).toEqual(NOVEMBER);
    expect(byKind(table, '2026-10-01')).toEqual(OCTOBER);
    // T4's due time (12-02) lies after the last day asked for: nothing is summed for December.
    expect(byKind(table, '2026-12-01')).toEqual({
      hotline_ticket: {},
      case_report: {},
      enforcement_record: {},
    });
  });

  it('draws the day at local midnight: 23:59:59.999 is October, 00:00 is November', async () => {
    const table = await sums([day('2026-10-31'), day('2026-11-01')]);
    expect(table.metrics('2026-10-31', 'hotline_ticket')).toEqual({ created: 1 });
    expect(table.metrics('2026-11-01', 'hotline_ticket')).toEqual({ created: 1 });
  });

  it('gives one day’s on-time rate with a ticket closed exactly at its due instant as on time', async () => {
    const table = await sums([day('2026-11-05')]);
    // 按时办结率 of the day: 1 of the 2 due, T1 at 17:30:00.000 on time, T2 at .001 late.
    expect(table.metrics('2026-11-05', 'hotline_ticket')).toMatchObject({
      due: 2,
      closed_on_time: 1,
      closed: 2,
    });
  });

  it('breaks the sums down by category when asked', async () => {
    const table = await sums([NOVEMBER_PERIOD], 1);
    expect(table.categories('2026-11-01')).toEqual([
      { kind: 'hotline_ticket', code: '01' },
      { kind: 'case_report', code: 'EVENT:01' },
      { kind: 'enforcement_record', code: '第十四条' },
    ]);
    expect(table.metrics('2026-11-01', 'case_report', 'EVENT:01')).toEqual(NOVEMBER.case_report);
  });

  it('has no sums without periods', async () => {
    const table = await city((trx) => metricsFromRecords(trx, ZONE, [], 1));
    expect(table.metrics('2026-11-01', 'hotline_ticket')).toEqual({});
    expect(table.categories('2026-11-01')).toEqual([]);
  });

  it('reads only records with an instant a count is dated by in the days, and keeps only those days’ counts', async () => {
    const read = (first: string, last: string) =>
      city(async (trx) =>
        Object.fromEntries(
          (await recordContributions(trx, 'case_report', ZONE, first, last)).map(
            ({ row, contributions }) => [
              String(row['id']),
              contributions.map(({ day, metric }) => `${day} ${metric}`),
            ],
          ),
        ),
      );
    // C1 is parked on 11-12; C2 was only updated on 11-13, and a closed case's update dates nothing.
    expect(await read('2026-11-12', '2026-11-13')).toEqual({ '320100-C1': ['2026-11-12 parked'] });
    expect(await read('2026-10-25', '2026-10-25')).toEqual({
      '320100-C2': [
        '2026-10-25 due',
        '2026-10-25 closed_on_time',
        '2026-10-25 handled_on_time',
        '2026-10-25 closed',
        '2026-10-25 closed_reworked',
      ],
    });
  });

  describe('a drill-down page', () => {
    const dueAt = METRIC_INSTANTS.hotline_ticket['due']!;

    it('lists the records whose dating instant is in the days, in its order then by id, from the cursor', async () => {
      expect(await page('hotline_ticket', { datedBy: dueAt })).toEqual([
        '320100-T1',
        '320100-T2',
        '320100-T3',
      ]);
      expect(await page('hotline_ticket', { datedBy: dueAt, limit: 2 })).toEqual([
        '320100-T1',
        '320100-T2',
      ]);
      // The cursor: after T1 at the same due instant comes T2, then T3.
      expect(
        await page('hotline_ticket', {
          datedBy: dueAt,
          after: { at: new Date(DUE_NOV_5), id: '320100-T1' },
        }),
      ).toEqual(['320100-T2', '320100-T3']);
      // By creation time: T2 (10-31) is not November's, T4 (11-28) is.
      expect(
        await page('hotline_ticket', { datedBy: METRIC_INSTANTS.hotline_ticket['created']! }),
      ).toEqual(['320100-T1', '320100-T3', '320100-T4']);
    });

    it('keeps to the caller’s row scope', async () => {
      const scope: RowScope = { division: '320102' };
      expect(await page('hotline_ticket', { datedBy: dueAt, scope })).toEqual(['320100-T2']);
    });

    it('lists for 挂账 only the cases parked now, not those merely updated in the period', async () => {
      const parked = METRIC_INSTANTS.case_report['parked']!;
      expect(parked).toEqual({ column: 'updated_at', status: 'PARKED' });
      expect(await page('case_report', { datedBy: parked })).toEqual(['320100-C1']);
    });

    it('walks the instant’s index in order with the page switches off, never sorting', async () => {
      const plan = await city((trx) =>
        withPlannerSwitchesOff(trx, RECORD_PAGE_SWITCHES_OFF, async () => {
          const query = recordsTouchingQuery(
            'hotline_ticket',
            new Date('2026-11-01T00:00:00+08:00'),
            new Date('2026-12-01T00:00:00+08:00'),
            { datedBy: dueAt, limit: 200, scope: { division: '320100' } },
          );
          const { rows } = await sql<{ 'QUERY PLAN': string }>`EXPLAIN ${query}`.execute(trx);
          return rows.map((row) => row['QUERY PLAN']).join('\n');
        }),
      );
      expect(plan).toMatch(/Index Scan/);
      expect(plan).not.toMatch(/Sort|Bitmap/);
    });
  });
});
