import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import { NATIONAL_CODE, provinceOf } from '@city-ops/schema';
import { divisionRange } from '../database/scoped-transaction.js';
import type { Database } from '../database/tables.js';
import type { RecordTable } from '../records/record-kind.js';
import { MetricTable } from './metric-table.js';
import type { Period } from './periods.js';
import { rollupSlices } from './rollup-slices.js';
import type { DaySpan } from './rollup-slices.js';

const inDivision = (division: string) => {
  const [low, high] = divisionRange(division);
  return sql`r.division >= ${low} AND r.division < ${high}`;
};

/**
 * The rollup rows covering `spans` inside `division`, as (division, day, record_kind,
 * category, counts): whole months from `monthly_rollup` (dated by their first day),
 * the other days from `daily_rollup` (rollup-slices.ts).
 */
function rollupRows(division: string, spans: readonly DaySpan[]) {
  const { months, days } = rollupSlices(spans);
  return sql`
    SELECT r.division, r.month AS day, r.record_kind, r.category, r.counts
    FROM monthly_rollup r
    WHERE ${inDivision(division)} AND r.month = ANY(${months}::date[])
    UNION ALL
    SELECT r.division, r.day, r.record_kind, r.category, r.counts
    FROM daily_rollup r
    WHERE ${inDivision(division)} AND r.day = ANY(${days}::date[])`;
}

/**
 * Metric sums over `periods` from the rollups this node holds for the cities inside
 * `division` (a province keeps them, the ministry replicates them). Summed in SQL
 * numeric per period — and per category when a report asks for them — so only the
 * sums leave the database. Periods are consecutive, so the period a row falls in is
 * its bucket among the periods' first days.
 */
export async function metricsFromRollups(
  trx: Transaction<Database>,
  division: string,
  periods: readonly Period[],
  categoryLevel: number | null,
): Promise<MetricTable> {
  const table = new MetricTable(categoryLevel);
  // Stryker disable next-line ConditionalExpression: → true is equivalent: summing per category as well only splits each total into parts the table adds up again, and no part is negative (every rollup cell is a count, seconds or fen), so no zero total is kept nor a kept one dropped; the flag saves rows, not a different answer (the → false twin this mark also covers loses every category and is detected by 'breaks the sums down by category at the level asked')
  const { rows } = await metricSumsQuery(division, periods, categoryLevel !== null).execute(trx);
  for (const row of rows) {
    const period = periods[row.bucket - 1]!;
    table.add(period.start, row.record_kind, row.category, row.metric, Number(row.total));
  }
  return table;
}

/** The statement of `metricsFromRollups` (the benchmark explains it as it runs). */
export function metricSumsQuery(
  division: string,
  periods: readonly DaySpan[],
  byCategory: boolean,
) {
  const starts = periods.map((period) => period.start);
  return sql<{
    bucket: number;
    record_kind: RecordTable;
    category: string;
    metric: string;
    total: string;
  }>`
    SELECT width_bucket(r.day, ${starts}::date[]) AS bucket, r.record_kind,
           ${byCategory ? sql`r.category` : sql`''`} AS category,
           m.key AS metric, sum(m.value::numeric)::text AS total
    FROM (${rollupRows(division, periods)}) AS r
    CROSS JOIN LATERAL jsonb_each_text(r.counts) AS m(key, value)
    GROUP BY 1, 2, 3, 4
    HAVING sum(m.value::numeric) <> 0`;
}

/**
 * Metric sums from `first` to `last` per child division of `division`: per city of a
 * province, per province of the nation — for rankings.
 */
export async function metricsByChildDivision(
  trx: Transaction<Database>,
  division: string,
  first: string,
  last: string,
): Promise<Map<string, Partial<Record<RecordTable, Record<string, number>>>>> {
  const { rows } = await sql<{
    division: string;
    record_kind: RecordTable;
    metric: string;
    total: string;
  }>`
    SELECT r.division, r.record_kind, m.key AS metric, sum(m.value::numeric)::text AS total
    FROM (${rollupRows(division, [{ start: first, end: last }])}) AS r
    CROSS JOIN LATERAL jsonb_each_text(r.counts) AS m(key, value)
    GROUP BY 1, 2, 3
    HAVING sum(m.value::numeric) <> 0`.execute(trx);
  const sums = new Map<string, Partial<Record<RecordTable, Record<string, number>>>>();
  for (const row of rows) {
    // Rollups are kept per city; nationally they add up to their province.
    const child =
      division === NATIONAL_CODE ? (provinceOf(row.division) ?? row.division) : row.division;
    const byKind = sums.get(child) ?? {};
    const metrics = (byKind[row.record_kind] ??= {});
    metrics[row.metric] = (metrics[row.metric] ?? 0) + Number(row.total);
    sums.set(child, byKind);
  }
  return sums;
}
