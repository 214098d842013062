import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNodeDatabase } from '@city-ops/test';
import type { TestNodeDatabase } from '@city-ops/test';
import { DEFAULT_DEADLINE_RULES } from '../calendar/deadline-rules.js';
import type { DeadlineRules } from '../calendar/deadline-rules.js';
import { WorkingCalendar } from '../calendar/working-calendar.js';
import { openDatabase } from '../database/open-database.js';
import type { NodeDatabase } from '../database/open-database.js';
import { caseKind } from './case/case-kind.js';
import {
  DEADLINE_STATES,
  deadlineStateCondition,
  deadlineStateOf,
  dueSoonHorizon,
} from './deadline-status.js';
import type { DeadlineState, DueSoonHorizon } from './deadline-status.js';
import { enforcementKind } from './enforcement/enforcement-kind.js';
import { isOverdue } from './overdue-rule.js';
import type { OverdueRule, RecordTable } from './record-kind.js';
import { ticketKind } from './ticket/ticket-kind.js';

const bj = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);

/** The 2026 Spring Festival: Sat 02-14 is a make-up workday, 02-15…02-23 are off. */
const calendar = new WorkingCalendar([
  { day: '2026-02-14', kind: 'workday' },
  ...Array.from({ length: 9 }, (_, index) => ({
    day: `2026-02-${String(15 + index).padStart(2, '0')}`,
    kind: 'holiday' as const,
  })),
]);

/** Friday before the holiday, mid-morning. */
const now = bj('2026-02-13 10:00');

interface Row {
  id: string;
  status: string;
  closed_at: Date | null;
  due_at: Date | null;
  decision_due_at: Date | null;
  service_due_at: Date | null;
  payment_due_at: Date | null;
}

const row = (id: string, values: Partial<Row>): Row => ({
  id,
  status: 'HANDLING',
  closed_at: null,
  due_at: null,
  decision_due_at: null,
  service_due_at: null,
  payment_due_at: null,
  ...values,
});

interface Kind {
  table: RecordTable;
  overdue: readonly OverdueRule<Row>[];
}
// The rows carry only the columns the limits read.
const asKind = (kind: { table: RecordTable; overdue: readonly unknown[] }) => kind as Kind;

describe('the due-soon horizon', () => {
  it('is each limit’s warning applied from now, in working time', () => {
    const horizon = (kind: Kind) => dueSoonHorizon(kind, DEFAULT_DEADLINE_RULES, calendar, {}, now);
    // The last working day: the end of today's working hours.
    expect(horizon(asKind(ticketKind))).toEqual({ handling: bj('2026-02-13 17:30') });
    // 4 working hours, the lunch break not counted.
    expect(horizon(asKind(caseKind))).toEqual({ handling: bj('2026-02-13 15:00') });
    expect(horizon(asKind(enforcementKind))).toEqual({
      // Sat 02-14 (make-up), then Tue 02-24 … Fri 02-27 after the holiday.
      decision: bj('2026-02-27 17:30'),
      service: bj('2026-02-14 17:30'),
      payment: bj('2026-02-24 17:30'),
    });
  });

  it('after working hours is the next working day’s end: due on it is due soon', () => {
    const evening = bj('2026-02-13 18:00');
    expect(
      dueSoonHorizon(asKind(ticketKind), DEFAULT_DEADLINE_RULES, calendar, {}, evening),
    ).toEqual({ handling: bj('2026-02-14 17:30') });
  });

  it('follows the node’s own rules', () => {
    const rules: DeadlineRules = {
      ...DEFAULT_DEADLINE_RULES,
      dueSoon: { ...DEFAULT_DEADLINE_RULES.dueSoon, tickets: { handling: { workingDays: 1 } } },
    };
    expect(dueSoonHorizon(asKind(ticketKind), rules, calendar, {}, now)).toEqual({
      handling: bj('2026-02-14 17:30'),
    });
  });
});

/**
 * A record's `deadlineStatus` field uses the JS form of the rule, the lists' filter the
 * SQL form. Both must put every row in the same state — rows at the edges (due now, due at
 * the horizon), without a due time (SQL NULL), closed, or whose limit is not running.
 */
describe('deadlineStateCondition agrees with deadlineStateOf', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('deadline_status');
    database = await openDatabase({ url: testDatabase.url, pgliteSeed: testDatabase.pgliteSeed });
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  async function selected(
    rows: Row[],
    states: readonly DeadlineState[],
    kind: Kind,
    horizon: DueSoonHorizon,
  ) {
    return database.db.transaction().execute(async (trx) => {
      await sql`CREATE TEMP TABLE limits_under_test (
        id text, status text, closed_at timestamptz, due_at timestamptz,
        decision_due_at timestamptz, service_due_at timestamptz, payment_due_at timestamptz
      ) ON COMMIT DROP`.execute(trx);
      for (const r of rows) {
        await sql`INSERT INTO limits_under_test VALUES (${r.id}, ${r.status}, ${r.closed_at},
          ${r.due_at}, ${r.decision_due_at}, ${r.service_due_at}, ${r.payment_due_at})`.execute(
          trx,
        );
      }
      const condition = deadlineStateCondition(kind, states, now, horizon);
      const result = await sql<{
        id: string;
      }>`SELECT id FROM limits_under_test WHERE ${condition} ORDER BY id`.execute(trx);
      return result.rows.map((r) => r.id);
    });
  }

  async function expectAgreement(kind: Kind, rows: Row[], expected: Record<string, DeadlineState>) {
    const horizon = dueSoonHorizon(kind, DEFAULT_DEADLINE_RULES, calendar, {}, now);
    const states = Object.fromEntries(
      rows.map((r) => [r.id, deadlineStateOf(kind, r, now, horizon)]),
    );
    expect(states).toEqual(expected);
    // OVERDUE is exactly the overdue rule.
    for (const r of rows) expect(states[r.id] === 'OVERDUE', r.id).toBe(isOverdue(kind, r, now));
    const wanted: DeadlineState[][] = [
      ...DEADLINE_STATES.map((state) => [state]),
      ['NORMAL', 'DUE_SOON'],
      ['DUE_SOON', 'OVERDUE'],
      [...DEADLINE_STATES],
    ];
    for (const set of wanted) {
      const ids = rows
        .filter((r) => set.includes(states[r.id]!))
        .map((r) => r.id)
        .sort();
      expect(await selected(rows, set, kind, horizon), set.join()).toEqual(ids);
    }
  }

  it('asked for no state, filters nothing out', async () => {
    const rows = [
      row('a-late', { due_at: bj('2026-02-13 09:59') }),
      row('b-due-today', { due_at: bj('2026-02-13 12:00') }),
      row('c-later', { due_at: bj('2026-02-20 12:00') }),
      row('d-no-due', {}),
    ];
    const kind = asKind(ticketKind);
    const horizon = dueSoonHorizon(kind, DEFAULT_DEADLINE_RULES, calendar, {}, now);
    expect(await selected(rows, [], kind, horizon)).toEqual([
      'a-late',
      'b-due-today',
      'c-later',
      'd-no-due',
    ]);
  });

  it('puts nothing in DUE_SOON under a limit the horizon names no instant for', async () => {
    const rows = [
      row('a-late', { due_at: bj('2026-02-13 09:59') }),
      row('b-due-today', { due_at: bj('2026-02-13 12:00') }),
    ];
    const kind = asKind(ticketKind);
    expect(await selected(rows, ['DUE_SOON'], kind, {})).toEqual([]);
    expect(await selected(rows, ['NORMAL'], kind, {})).toEqual(['b-due-today']);
    expect(await selected(rows, ['OVERDUE'], kind, {})).toEqual(['a-late']);
    for (const r of rows) {
      expect(deadlineStateOf(kind, r, now, {}), r.id).toBe(
        r.id === 'a-late' ? 'OVERDUE' : 'NORMAL',
      );
    }
  });

  it('for tickets: late, due by the end of today, later, closed, without a due time', async () => {
    await expectAgreement(
      asKind(ticketKind),
      [
        row('a-late', { due_at: bj('2026-02-13 09:59') }),
        row('b-due-now', { due_at: now }),
        row('c-due-at-horizon', { due_at: bj('2026-02-13 17:30') }),
        row('d-due-after-hours', { due_at: bj('2026-02-13 17:31') }),
        row('e-due-next-workday', { due_at: bj('2026-02-14 17:30') }),
        row('f-closed-due-today', { due_at: bj('2026-02-13 12:00'), closed_at: now }),
        row('g-closed-late', { due_at: bj('2026-02-12 17:30'), closed_at: now }),
        row('h-no-due', {}),
      ],
      {
        'a-late': 'OVERDUE',
        'b-due-now': 'DUE_SOON',
        'c-due-at-horizon': 'DUE_SOON',
        'd-due-after-hours': 'NORMAL',
        'e-due-next-workday': 'NORMAL',
        'f-closed-due-today': 'NORMAL',
        'g-closed-late': 'NORMAL',
        'h-no-due': 'NORMAL',
      },
    );
  });

  it('for cases: within the last 4 working hours', async () => {
    await expectAgreement(
      asKind(caseKind),
      [
        row('a-in-3h', { due_at: bj('2026-02-13 14:00') }),
        row('b-at-4h', { due_at: bj('2026-02-13 15:00') }),
        row('c-in-4h-and-a-minute', { due_at: bj('2026-02-13 15:01') }),
        row('d-late', { due_at: bj('2026-02-13 09:00') }),
      ],
      {
        'a-in-3h': 'DUE_SOON',
        'b-at-4h': 'DUE_SOON',
        'c-in-4h-and-a-minute': 'NORMAL',
        'd-late': 'OVERDUE',
      },
    );
  });

  it('for enforcement records: only the limit running in the record’s state counts', async () => {
    const passed = bj('2026-02-12 00:00');
    await expectAgreement(
      asKind(enforcementKind),
      [
        row('a-decision-soon', {
          status: 'INVESTIGATING',
          decision_due_at: bj('2026-02-27 17:30'),
        }),
        row('b-decision-later', {
          status: 'INVESTIGATING',
          decision_due_at: bj('2026-02-28 10:00'),
        }),
        row('c-decision-late', { status: 'FILED', decision_due_at: passed }),
        row('d-service-soon', {
          status: 'DECIDED',
          decision_due_at: passed,
          service_due_at: bj('2026-02-14 12:00'),
        }),
        row('e-decided-decision-near', {
          status: 'DECIDED',
          decision_due_at: bj('2026-02-20 00:00'),
          service_due_at: bj('2026-03-10 17:30'),
        }),
        row('f-payment-soon', { status: 'SERVED', payment_due_at: bj('2026-02-24 17:30') }),
        row('g-no-fine', { status: 'SERVED' }),
        row('h-paid', { status: 'PAID', payment_due_at: bj('2026-02-13 12:00') }),
      ],
      {
        'a-decision-soon': 'DUE_SOON',
        'b-decision-later': 'NORMAL',
        'c-decision-late': 'OVERDUE',
        'd-service-soon': 'DUE_SOON',
        'e-decided-decision-near': 'NORMAL',
        'f-payment-soon': 'DUE_SOON',
        'g-no-fine': 'NORMAL',
        'h-paid': 'NORMAL',
      },
    );
  });
});
