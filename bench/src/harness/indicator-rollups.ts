import type pg from 'pg';
import { addLocalDays, instantAt, ROLLUP_COLUMNS, rollupContributions } from '@city-ops/core';
import { owningCityOf } from '@city-ops/schema';

/** The ticket metrics of the rollup rules (docs/SYNC.md), in the order the SQL sums them. */
const TICKET_METRICS = [
  'created',
  'merged',
  'direct',
  'due',
  'closed_on_time',
  'closed',
  'handling_seconds',
  'called_back',
  'resolved',
  'rated',
  'satisfied',
] as const;

type TicketMetric = (typeof TICKET_METRICS)[number];

/** One branch of the rollup: the instant a group of metrics counts on, and how each is summed. */
function branch(
  instant: string,
  where: string,
  sums: Partial<Record<TicketMetric, string>>,
): string {
  const columns = TICKET_METRICS.map((metric) => `${sums[metric] ?? '0'} AS ${metric}`);
  return `
    SELECT left(division, 4) || '00' AS division, (${instant} AT TIME ZONE $1)::date AS day,
           category_code AS category, ${columns.join(', ')}
    FROM hotline_ticket WHERE ${where}
    GROUP BY 1, 2, 3`;
}

/**
 * The province's ticket rollups recomputed from every replica in one statement: the rules of
 * `rollupContributions` (services/core/src/indicators/rollup-contributions.ts) written as a GROUP BY
 * per instant a metric counts on — created, due, closed — then summed per (city, local day,
 * category) and stored as `counts` without zero metrics, as the product's own additions leave
 * them. Ten million tickets cannot go through the function in reasonable time here (each
 * contribution formats a local day), so the scenario checks this statement against the
 * function on sample days (`rollupSampleMismatches`) instead. $1 is the nodes' TIME_ZONE.
 *
 * Only cities of provinces: a municipality's rollup division is the municipality itself,
 * which `left(division, 4) || '00'` does not give (the scenario's cities are 320100 and 320200).
 */
export function ticketRollupSql(): string {
  const metrics = TICKET_METRICS.map((metric) => `'${metric}', nullif(sum(${metric}), 0)`).join(
    ', ',
  );
  return `
INSERT INTO daily_rollup (division, day, record_kind, category, counts)
SELECT division, day, 'hotline_ticket', category, jsonb_strip_nulls(jsonb_build_object(${metrics}))
FROM (${[
    branch('created_at', 'true', {
      created: 'count(*)',
      merged: 'count(*) FILTER (WHERE parent_ticket_id IS NOT NULL)',
      direct: "count(*) FILTER (WHERE handling_mode = 'DIRECT')",
    }),
    branch(
      'due_at',
      "due_at IS NOT NULL AND parent_ticket_id IS NULL AND handling_mode IS DISTINCT FROM 'DIRECT'",
      { due: 'count(*)', closed_on_time: 'count(*) FILTER (WHERE closed_at <= due_at)' },
    ),
    branch('closed_at', 'closed_at IS NOT NULL', {
      closed: 'count(*)',
      // JavaScript's Math.round(ms / 1000) is floor((ms + 500) / 1000); never below 0.
      handling_seconds:
        'sum(greatest(floor((extract(epoch FROM closed_at - created_at) * 1000 + 500) / 1000), 0))',
      called_back: 'count(*) FILTER (WHERE resolution IS NOT NULL)',
      resolved: "count(*) FILTER (WHERE resolution = 'RESOLVED')",
      rated: "count(*) FILTER (WHERE satisfaction IS NOT NULL AND satisfaction <> 'NOT_RATED')",
      satisfied: "count(*) FILTER (WHERE satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED'))",
    }),
  ].join('\n    UNION ALL')}
) AS parts
GROUP BY division, day, category`;
}

/** Metric sums per rollup cell of one day, keyed `division|category`. */
export type DayCells = Map<string, Record<string, number>>;

/**
 * What the product's `rollupContributions` gives the rows on `day`, summed per cell of the
 * owning city and category (only contributions dated that day: a row read for one instant
 * may contribute other metrics to other days).
 */
export function cellsFromContributions(
  rows: readonly Record<string, unknown>[],
  day: string,
  timeZone: string,
): DayCells {
  const cells: DayCells = new Map();
  for (const row of rows) {
    const division = String(row['division']);
    const city = owningCityOf(division) ?? division;
    for (const contribution of rollupContributions('hotline_ticket', row, timeZone)) {
      if (contribution.day !== day) continue;
      const key = `${city}|${contribution.category}`;
      const counts = cells.get(key) ?? {};
      counts[contribution.metric] = (counts[contribution.metric] ?? 0) + contribution.amount;
      cells.set(key, counts);
    }
  }
  return cells;
}

/** Every difference between two sets of cells, in words (none: they are equal). */
export function cellMismatches(day: string, expected: DayCells, actual: DayCells): string[] {
  const problems: string[] = [];
  for (const key of new Set([...expected.keys(), ...actual.keys()])) {
    const want = expected.get(key) ?? {};
    const got = actual.get(key) ?? {};
    for (const metric of new Set([...Object.keys(want), ...Object.keys(got)])) {
      if ((want[metric] ?? 0) !== (got[metric] ?? 0)) {
        problems.push(
          `${day} ${key} ${metric}: rollupContributions ${want[metric] ?? 0}, SQL ${got[metric] ?? 0}`,
        );
      }
    }
  }
  return problems;
}

/**
 * Checks the stored rollups of `days` against `rollupContributions` run over every ticket
 * with an instant on those days (read through the instants' indexes). Returns the
 * differences (none when they agree) and how many tickets and cells were compared.
 */
export async function rollupSampleMismatches(
  client: pg.ClientBase,
  days: readonly string[],
  timeZone: string,
): Promise<{ problems: string[]; tickets: number; cells: number }> {
  const columns = [...new Set([...ROLLUP_COLUMNS.hotline_ticket, 'division'])].join(', ');
  const problems: string[] = [];
  let tickets = 0;
  let cells = 0;
  for (const day of days) {
    const from = instantAt(day, 0, timeZone);
    const to = instantAt(addLocalDays(day, 1), 0, timeZone);
    const { rows } = await client.query<Record<string, unknown>>(
      `SELECT ${columns} FROM hotline_ticket
       WHERE (created_at >= $1 AND created_at < $2) OR (due_at >= $1 AND due_at < $2)
          OR (closed_at >= $1 AND closed_at < $2)`,
      [from, to],
    );
    const { rows: stored } = await client.query<{
      division: string;
      category: string;
      counts: Record<string, number | string>;
    }>(
      `SELECT division, category, counts FROM daily_rollup
       WHERE day = $1::date AND record_kind = 'hotline_ticket'`,
      [day],
    );
    const actual: DayCells = new Map(
      stored.map((row) => [
        `${row.division}|${row.category}`,
        Object.fromEntries(Object.entries(row.counts).map(([key, value]) => [key, Number(value)])),
      ]),
    );
    const expected = cellsFromContributions(rows, day, timeZone);
    problems.push(...cellMismatches(day, expected, actual));
    tickets += rows.length;
    cells += expected.size;
  }
  return { problems, tickets, cells };
}
