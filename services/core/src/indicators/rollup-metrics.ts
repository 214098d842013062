import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import { NATIONAL_CODE, provinceOf } from '@city-ops/schema';
import { divisionRange } from '../database/scoped-transaction.js';
import type { Database } from '../database/tables.js';
import type { RecordEntity } from '../sync/change-entities.js';
import { MetricTable } from './metric-table.js';
import type { Period } from './periods.js';

const inDivision = (division: string) => {
  const [low, high] = divisionRange(division);
  return sql`r.division >= ${low} AND r.division < ${high}`;
};

/**
 * Metric sums over `periods` from the daily rollups this node holds for the cities
 * inside `division` (a province keeps them, the ministry replicates them). Summed in
 * SQL numeric per period — and per category when a report asks for them — so only
 * the sums leave the database.
 */
export async function metricsFromRollups(
  trx: Transaction<Database>,
  division: string,
  periods: readonly Period[],
  categoryLevel: number | null,
): Promise<MetricTable> {
  const table = new MetricTable(categoryLevel);
  if (periods.length === 0) return table;
  const starts = periods.map((period) => period.start);
  const ends = periods.map((period) => period.end);
  const byCategory = categoryLevel !== null;
  const { rows } = await sql<{
    period: string;
    record_kind: RecordEntity;
    category: string;
    metric: string;
    total: string;
  }>`
    SELECT to_char(p.first_day, 'YYYY-MM-DD') AS period, r.record_kind,
           ${byCategory ? sql`r.category` : sql`''`} AS category,
           m.key AS metric, sum(m.value::numeric)::text AS total
    FROM daily_rollup r
    JOIN unnest(${starts}::date[], ${ends}::date[]) AS p(first_day, last_day)
      ON r.day BETWEEN p.first_day AND p.last_day
    CROSS JOIN LATERAL jsonb_each_text(r.counts) AS m(key, value)
    WHERE ${inDivision(division)} AND r.day BETWEEN ${starts[0]}::date AND ${ends.at(-1)}::date
    GROUP BY 1, 2, 3, 4`.execute(trx);
  for (const row of rows) {
    table.add(row.period, row.record_kind, row.category, row.metric, Number(row.total));
  }
  return table;
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
): Promise<Map<string, Partial<Record<RecordEntity, Record<string, number>>>>> {
  const { rows } = await sql<{
    division: string;
    record_kind: RecordEntity;
    metric: string;
    total: string;
  }>`
    SELECT r.division, r.record_kind, m.key AS metric, sum(m.value::numeric)::text AS total
    FROM daily_rollup r
    CROSS JOIN LATERAL jsonb_each_text(r.counts) AS m(key, value)
    WHERE ${inDivision(division)} AND r.day BETWEEN ${first}::date AND ${last}::date
    GROUP BY 1, 2, 3`.execute(trx);
  const sums = new Map<string, Partial<Record<RecordEntity, Record<string, number>>>>();
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
