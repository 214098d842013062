import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNodeDatabase } from '@city-ops/test';
import type { TestNodeDatabase } from '@city-ops/test';
import { openDatabase } from '../database/open-database.js';
import type { NodeDatabase } from '../database/open-database.js';
import type { EnforcementRecordRow } from '../database/tables.js';
import { enforcementKind } from './enforcement/enforcement-kind.js';
import { HANDLING_LIMIT } from './handling-limit.js';
import { isOverdue, overdueCondition } from './overdue-rule.js';

const bj = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);

/**
 * The lists' `overdue` filter and the sweep use the SQL form of the rule; a record's
 * `overdue` field uses the JS form. Both must say the same of every row, including a
 * row without a due time (SQL NULL), which neither form may count as overdue nor leave
 * out of "not overdue".
 */
describe('overdueCondition agrees with isOverdue', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('overdue_rule');
    database = await openDatabase({ url: testDatabase.url, pgliteSeed: testDatabase.pgliteSeed });
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  interface Row {
    id: string;
    status: string;
    closed_at: Date | null;
    due_at: Date | null;
    decision_due_at: Date | null;
    service_due_at: Date | null;
    payment_due_at: Date | null;
  }

  /** The ids the SQL condition (or its negation) selects among `rows`, in a scratch table. */
  async function selected(
    rows: Row[],
    condition: ReturnType<typeof overdueCondition>,
    negate = false,
  ): Promise<string[]> {
    return database.db.transaction().execute(async (trx) => {
      await sql`CREATE TEMP TABLE limits_under_test (
        id text, status text, closed_at timestamptz, due_at timestamptz,
        decision_due_at timestamptz, service_due_at timestamptz, payment_due_at timestamptz
      ) ON COMMIT DROP`.execute(trx);
      for (const row of rows) {
        await sql`INSERT INTO limits_under_test VALUES (${row.id}, ${row.status}, ${row.closed_at},
          ${row.due_at}, ${row.decision_due_at}, ${row.service_due_at}, ${row.payment_due_at})`.execute(
          trx,
        );
      }
      const where = negate ? sql`NOT ${condition}` : condition;
      const result = await sql<{
        id: string;
      }>`SELECT id FROM limits_under_test WHERE ${where} ORDER BY id`.execute(trx);
      return result.rows.map((row) => row.id);
    });
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

  it('for tickets and cases: open and past the due instant, not at it', async () => {
    const now = bj('2026-02-25 17:30');
    const rows = [
      row('a-late', { due_at: bj('2026-02-25 17:29') }),
      row('b-at-due', { due_at: now }),
      row('c-ahead', { due_at: bj('2026-02-26 17:30') }),
      row('d-closed-late', { due_at: bj('2026-02-24 17:30'), closed_at: bj('2026-02-25 10:00') }),
      row('e-no-due', {}),
    ];
    const overdue = rows.filter((r) => isOverdue(HANDLING_LIMIT, r, now)).map((r) => r.id);
    expect(overdue).toEqual(['a-late']);
    expect(await selected(rows, overdueCondition(HANDLING_LIMIT, now))).toEqual(overdue);
    expect(await selected(rows, overdueCondition(HANDLING_LIMIT, now), true)).toEqual([
      'b-at-due',
      'c-ahead',
      'd-closed-late',
      'e-no-due',
    ]);
  });

  it('for enforcement records: any limit running late in the states it governs', async () => {
    const now = bj('2026-12-10 10:00');
    const passed = bj('2026-12-01 00:00');
    const rows = [
      row('a-decision-late', { status: 'INVESTIGATING', decision_due_at: passed }),
      row('b-decided-in-time', { status: 'DECIDED', decision_due_at: passed }),
      row('c-service-late', { status: 'DECIDED', service_due_at: passed }),
      row('d-payment-late', { status: 'SERVED', payment_due_at: passed }),
      row('e-paid', { status: 'PAID', payment_due_at: passed, service_due_at: passed }),
      row('f-no-fine', { status: 'SERVED' }),
    ];
    const overdue = rows
      // The rows carry only the columns the limits read.
      .filter((r) => isOverdue(enforcementKind, r as unknown as EnforcementRecordRow, now))
      .map((r) => r.id);
    expect(overdue).toEqual(['a-decision-late', 'c-service-late', 'd-payment-late']);
    expect(await selected(rows, overdueCondition(enforcementKind, now))).toEqual(overdue);
    expect(await selected(rows, overdueCondition(enforcementKind, now), true)).toEqual([
      'b-decided-in-time',
      'e-paid',
      'f-no-fine',
    ]);
  });
});
