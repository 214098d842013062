import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import {
  appendChange,
  isOverdue,
  overdueCondition,
  RECORD_TABLES,
  recordKindOf,
} from '@city-ops/core';
import type { Change, Database, OverdueRule, RecordTable, ReplicaRow } from '@city-ops/core';

/**
 * Why a replica is flagged for the ministry, besides being under supervision
 * (supervised, overdue, escalated): one of its limits running late — by the same
 * definition as its `overdue` field — or an emergency.
 */
export function flagReasons(entity: RecordTable, row: ReplicaRow, now: Date): string[] {
  const reasons: string[] = [];
  const kind = recordKindOf(entity) as unknown as { overdue: readonly OverdueRule<ReplicaRow>[] };
  if (isOverdue(kind, row, now)) reasons.push('overdue');
  if (row['urgency'] === 'EMERGENCY') reasons.push('escalated');
  return reasons;
}

/**
 * Passes replicas up to the ministry when they are flagged — and every later version
 * of a record once passed up, so the ministry's copy never goes stale. A few
 * statements for the whole set. Returns how many were passed up.
 */
export async function publishFlagged(
  trx: Transaction<Database>,
  entity: RecordTable,
  rows: ReplicaRow[],
  now: Date,
): Promise<number> {
  if (rows.length === 0) return 0;
  const ids = rows.map((row) => String(row['id']));
  const { rows: facts } = await sql<{ id: string; supervised: boolean; published: number | null }>`
    SELECT candidate.id,
           EXISTS (SELECT 1 FROM supervision_order o WHERE o.record_id = candidate.id) AS supervised,
           (SELECT f.version FROM flag_publication f
             WHERE f.entity = ${entity} AND f.entity_id = candidate.id) AS published
    FROM unnest(${ids}::text[]) AS candidate(id)`.execute(trx);
  const factsOf = new Map(facts.map((fact) => [fact.id, fact]));
  const passed = rows.filter((row) => {
    const fact = factsOf.get(String(row['id']));
    const published = fact?.published ?? null;
    if (published !== null && published >= Number(row['version'])) return false;
    return (
      Boolean(fact?.supervised) || published !== null || flagReasons(entity, row, now).length > 0
    );
  });
  const changes = passed.map((row): Change => ({
    entity,
    entityId: String(row['id']),
    version: Number(row['version']),
    operation: 'upsert',
    payload: row,
    division: String(row['division']),
  }));
  const [first, ...rest] = changes;
  if (!first) return 0;
  await appendChange(trx, first, ...rest);
  await sql`
    INSERT INTO flag_publication (entity, entity_id, version)
    SELECT ${entity}, change.id, change.version
    FROM unnest(${changes.map((change) => change.entityId)}::text[],
                ${changes.map((change) => change.version)}::integer[]) AS change(id, version)
    ON CONFLICT (entity, entity_id) DO UPDATE SET version = excluded.version`.execute(trx);
  return changes.length;
}

/** One replica: see publishFlagged. */
export async function publishIfFlagged(
  trx: Transaction<Database>,
  entity: RecordTable,
  row: ReplicaRow,
  now: Date,
): Promise<boolean> {
  return (await publishFlagged(trx, entity, [row], now)) > 0;
}

/** Replicas that became overdue since they last changed: time, not a change, flags them. */
export async function publishNewlyOverdue(
  db: Kysely<Database>,
  now: Date,
  limit = 500,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    let published = 0;
    for (const table of RECORD_TABLES) {
      const { rows } = await sql<{ row: ReplicaRow }>`
        SELECT to_jsonb(t) AS row FROM ${sql.table(table)} t
        WHERE ${overdueCondition(recordKindOf(table), now)}
          AND NOT EXISTS (SELECT 1 FROM flag_publication f
                          WHERE f.entity = ${table} AND f.entity_id = t.id)
        LIMIT ${limit}`.execute(trx);
      published += await publishFlagged(
        trx,
        table,
        rows.map(({ row }) => row),
        now,
      );
    }
    return published;
  });
}
