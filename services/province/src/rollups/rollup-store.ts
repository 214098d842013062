import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import { appendChange } from '@city-ops/core';
import type { Change, Database } from '@city-ops/core';

export interface RollupCell {
  division: string;
  recordKind: string;
  day: string;
  category: string;
  counts: Record<string, number>;
}

/** The change-feed id of a rollup row. */
export const rollupId = (cell: Pick<RollupCell, 'division' | 'day' | 'recordKind' | 'category'>) =>
  `${cell.division}|${cell.day}|${cell.recordKind}|${cell.category}`;

interface RollupRow {
  division: string;
  day: string;
  record_kind: string;
  category: string;
  counts: Record<string, number>;
  version: number;
}

/**
 * Adds each cell's counts to the province's rollup (one statement for the whole
 * batch) and publishes the resulting rows to the ministry in the same transaction,
 * each under a new version.
 */
export async function addToRollups(trx: Transaction<Database>, cells: RollupCell[]) {
  if (cells.length === 0) return;
  const values = sql.join(
    cells.map(
      (cell) =>
        sql`(${cell.division}, ${cell.day}::date, ${cell.recordKind}, ${cell.category}, ${JSON.stringify(cell.counts)}::jsonb)`,
    ),
  );
  const { rows } = await sql<RollupRow>`
    INSERT INTO daily_rollup AS r (division, day, record_kind, category, counts)
    VALUES ${values}
    ON CONFLICT (division, day, record_kind, category) DO UPDATE SET
      counts = (
        SELECT coalesce(jsonb_object_agg(key, total), '{}')
        FROM (
          SELECT key, sum(value::numeric) AS total
          FROM (SELECT * FROM jsonb_each_text(r.counts)
                UNION ALL SELECT * FROM jsonb_each_text(excluded.counts)) AS both_sides
          GROUP BY key) AS summed),
      version = r.version + 1
    RETURNING division, to_char(day, 'YYYY-MM-DD') AS day, record_kind, category, counts, version`.execute(
    trx,
  );
  await publishRollups(trx, rows);
}

/**
 * Empties the rollups of one city (its replicas are about to be rebuilt from zero)
 * under new versions, so the ministry's copies follow.
 */
export async function clearRollups(trx: Transaction<Database>, division: string) {
  const { rows } = await sql<RollupRow>`
    UPDATE daily_rollup SET counts = '{}', version = version + 1
    WHERE division = ${division}
    RETURNING division, to_char(day, 'YYYY-MM-DD') AS day, record_kind, category, counts, version`.execute(
    trx,
  );
  await publishRollups(trx, rows);
}

async function publishRollups(trx: Transaction<Database>, rows: RollupRow[]) {
  const changes = rows.map((row): Change => ({
    entity: 'daily_rollup',
    entityId: rollupId({
      division: row.division,
      day: row.day,
      recordKind: row.record_kind,
      category: row.category,
    }),
    version: row.version,
    operation: 'upsert',
    payload: { ...row },
    division: row.division,
  }));
  const [first, ...rest] = changes;
  if (first) await appendChange(trx, first, ...rest);
}
