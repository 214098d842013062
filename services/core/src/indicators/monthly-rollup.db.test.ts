import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestNodeDatabase } from '@city-ops/test';
import type { TestNodeDatabase } from '@city-ops/test';
import { migrateNodeDatabase } from '../database/migrate.js';
import { openDatabase } from '../database/open-database.js';
import type { NodeDatabase } from '../database/open-database.js';
import { inScope } from '../database/scoped-transaction.js';
import { addLocalDays } from '../calendar/local-time.js';
import type { Period } from './periods.js';
import { metricsByChildDivision, metricsFromRollups } from './rollup-metrics.js';

/**
 * `monthly_rollup` follows every write to `daily_rollup` through its trigger, and the
 * rollup readers, which take whole months from it and edge days from the daily rows,
 * give the sums of the daily rows alone, whatever the periods.
 */

type Counts = Record<string, number>;

// Periods are written out rather than parsed, so this database test covers the rollup
// readers only (periods.ts has its own unit tests).
const NOVEMBER: Period = {
  unit: 'MONTH',
  start: '2026-11-01',
  end: '2026-11-30',
  label: '2026-11',
};

describe('monthly rollup', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;

  const daily = async (division: string, day: string, category: string, counts: Counts) => {
    await sql`
      INSERT INTO daily_rollup AS r (division, day, record_kind, category, counts)
      VALUES (${division}, ${day}::date, 'hotline_ticket', ${category}, ${JSON.stringify(counts)}::jsonb)
      ON CONFLICT (division, day, record_kind, category)
      DO UPDATE SET counts = excluded.counts, version = r.version + 1`.execute(database.db);
  };

  const monthly = async () => {
    const { rows } = await sql<{ key: string; counts: Counts }>`
      SELECT division || ' ' || to_char(month, 'YYYY-MM') || ' ' || category AS key, counts
      FROM monthly_rollup ORDER BY 1`.execute(database.db);
    return Object.fromEntries(rows.map((row) => [row.key, row.counts]));
  };

  /** What the daily rows alone sum to per month, keys summing to zero left out. */
  const summedFromDaily = async () => {
    const { rows } = await sql<{ key: string; metric: string; total: string }>`
      SELECT division || ' ' || to_char(day, 'YYYY-MM') || ' ' || category AS key,
             m.key AS metric, sum(m.value::numeric)::text AS total
      FROM daily_rollup CROSS JOIN LATERAL jsonb_each_text(counts) AS m(key, value)
      GROUP BY 1, 2 HAVING sum(m.value::numeric) <> 0 ORDER BY 1, 2`.execute(database.db);
    const out: Record<string, Counts> = {};
    for (const row of rows) (out[row.key] ??= {})[row.metric] = Number(row.total);
    return out;
  };

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('monthly_rollup');
    database = await openDatabase({ url: testDatabase.url, pgliteSeed: testDatabase.pgliteSeed });
    await migrateNodeDatabase(database.db);
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  // Each test writes the days it sums, so none depends on another having run first.
  beforeEach(async () => {
    await sql`DELETE FROM daily_rollup`.execute(database.db);
    await sql`DELETE FROM monthly_rollup`.execute(database.db);
  });

  it('adds inserted days, the difference of updated ones and takes deleted ones away', async () => {
    await daily('320100', '2026-09-30', '01', { created: 2, due: 1 });
    await daily('320100', '2026-10-01', '01', { created: 3, closed: 1 });
    await daily('320100', '2026-10-31', '01', { created: 1 });
    await daily('320200', '2026-10-15', '02', { created: 5 });
    expect(await monthly()).toEqual({
      '320100 2026-09 01': { created: 2, due: 1 },
      '320100 2026-10 01': { created: 4, closed: 1 },
      '320200 2026-10 02': { created: 5 },
    });

    // A reopened ticket: closed goes back to 0 on its day and drops out of the month.
    await daily('320100', '2026-10-01', '01', { created: 3, closed: 0 });
    await sql`DELETE FROM daily_rollup WHERE division = '320200'`.execute(database.db);
    await sql`UPDATE daily_rollup SET counts = '{}' WHERE day = '2026-09-30'`.execute(database.db);
    expect(await monthly()).toEqual({
      '320100 2026-10 01': { created: 4 },
      '320200 2026-10 02': {},
      '320100 2026-09 01': {},
    });
    expect(await summedFromDaily()).toEqual({ '320100 2026-10 01': { created: 4 } });
  });

  it('reads months whole and edge days from the daily rows, with the same sums either way', async () => {
    await daily('320100', '2026-09-30', '01', {});
    await daily('320100', '2026-10-01', '01', { created: 3, closed: 0 });
    await daily('320100', '2026-10-31', '01', { created: 1 });
    await daily('320100', '2026-10-01', '0101', { created: 7, handling_seconds: 3600 });
    await daily('320100', '2026-10-20', '0101', { created: 2 });
    await daily('320100', '2026-11-02', '0101', { created: 4 });
    await daily('320200', '2026-11-03', '0102', { created: 1, due: 1 });
    await daily('320200', '2026-12-31', '0102', { due: 2 });

    // 14 ISO weeks from Mon 2026-09-28 to Sun 2027-01-03.
    const weeks = Array.from({ length: 14 }, (_, index): Period => {
      const start = addLocalDays('2026-09-28', 7 * index);
      return { unit: 'WEEK', start, end: addLocalDays(start, 6), label: start };
    });
    const months: Period[] = [
      { unit: 'MONTH', start: '2026-10-01', end: '2026-10-31', label: '2026-10' },
      NOVEMBER,
      { unit: 'MONTH', start: '2026-12-01', end: '2026-12-31', label: '2026-12' },
    ];
    const quarter: Period[] = [
      { unit: 'QUARTER', start: '2026-10-01', end: '2026-12-31', label: '2026-Q4' },
    ];
    const sums = await inScope(database.db, { division: '320000' }, async (trx) => ({
      weeks: await metricsFromRollups(trx, '320000', weeks, 1),
      months: await metricsFromRollups(trx, '320000', months, 2),
      quarter: await metricsFromRollups(trx, '320000', quarter, null),
      byCity: await metricsByChildDivision(trx, '320000', '2026-10-15', '2026-12-31'),
    }));

    const total = (table: typeof sums.weeks, start: string) =>
      table.metrics(start, 'hotline_ticket');
    expect(total(sums.quarter, '2026-10-01')).toEqual({
      created: 3 + 1 + 7 + 2 + 4 + 1,
      handling_seconds: 3600,
      due: 3,
    });
    expect(total(sums.months, '2026-10-01')).toEqual({
      created: 13,
      handling_seconds: 3600,
    });
    expect(total(sums.months, '2026-11-01')).toEqual({ created: 5, due: 1 });
    expect(total(sums.months, '2026-12-01')).toEqual({ due: 2 });
    // 2026-09-28 … 2026-10-04 holds October 1st (and September 30th's emptied row).
    expect(total(sums.weeks, '2026-09-28')).toEqual({ created: 3 + 7, handling_seconds: 3600 });
    expect(total(sums.weeks, '2026-11-02')).toEqual({ created: 5, due: 1 });
    expect(total(sums.weeks, '2026-12-28')).toEqual({ due: 2 });
    expect(sums.byCity.get('320100')).toEqual({ hotline_ticket: { created: 2 + 1 + 4 } });
    expect(sums.byCity.get('320200')).toEqual({ hotline_ticket: { created: 1, due: 3 } });
  });

  it('breaks the sums down by category at the level asked, each city apart for a ranking', async () => {
    await daily('320100', '2026-10-31', '0101', { created: 1 });
    await daily('320100', '2026-11-02', '0101', { created: 4 });
    await daily('320200', '2026-11-03', '0102', { created: 1, due: 1 });
    await daily('320200', '2026-12-01', '0102', { created: 2 });
    const sums = await inScope(database.db, { division: '320000' }, async (trx) => ({
      level2: await metricsFromRollups(trx, '320000', [NOVEMBER], 2),
      level1: await metricsFromRollups(trx, '320000', [NOVEMBER], 1),
      byCity: await metricsByChildDivision(trx, '320000', '2026-11-01', '2026-11-30'),
    }));
    // Ticket codes cut to two digits per level: 0101 and 0102 are both 01 at level 1.
    expect(sums.level2.categories('2026-11-01')).toEqual([
      { kind: 'hotline_ticket', code: '0101' },
      { kind: 'hotline_ticket', code: '0102' },
    ]);
    expect(sums.level2.metrics('2026-11-01', 'hotline_ticket', '0102')).toEqual({
      created: 1,
      due: 1,
    });
    expect(sums.level1.categories('2026-11-01')).toEqual([{ kind: 'hotline_ticket', code: '01' }]);
    expect(sums.level1.metrics('2026-11-01', 'hotline_ticket', '01')).toEqual({
      created: 5,
      due: 1,
    });
    expect(Object.fromEntries(sums.byCity)).toEqual({
      '320100': { hotline_ticket: { created: 4 } },
      '320200': { hotline_ticket: { created: 1, due: 1 } },
    });
  });

  it('adds the cities of each province up for the nation, each province apart', async () => {
    await daily('320100', '2026-10-01', '0101', { created: 9 });
    await daily('320100', '2026-10-20', '0101', { created: 3 });
    await daily('320100', '2026-11-02', '0101', { created: 4 });
    await daily('320200', '2026-12-31', '0102', { created: 1, due: 3 });
    await daily('330100', '2026-11-05', '0101', { created: 6 });
    await daily('330200', '2026-11-06', '0101', { created: 1, due: 2 });
    const { nation, zhejiang, none } = await inScope(
      database.db,
      { division: '000000' },
      async (trx) => ({
        nation: await metricsByChildDivision(trx, '000000', '2026-10-15', '2026-12-31'),
        zhejiang: await metricsFromRollups(trx, '330000', [NOVEMBER], null),
        none: await metricsFromRollups(trx, '000000', [], 1),
      }),
    );
    // 江苏: 南京 3 + 4 created (October 1st is before the period), 无锡 1 created and 3 due;
    // 浙江: 杭州 and 宁波.
    expect(Object.fromEntries(nation)).toEqual({
      '320000': { hotline_ticket: { created: 8, due: 3 } },
      '330000': { hotline_ticket: { created: 7, due: 2 } },
    });
    expect(zhejiang.metrics('2026-11-01', 'hotline_ticket')).toEqual({ created: 7, due: 2 });
    expect(none.metrics('2026-11-01', 'hotline_ticket')).toEqual({});
  });
});
