import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import type { Database } from '../database/tables.js';

/** Tables replicated whole, keyed by `id`, each row carrying its own `version`. */
export type ReplicatedTable =
  | 'hotline_ticket'
  | 'case_report'
  | 'enforcement_record'
  | 'supervision_order'
  | 'supervision_step'
  | 'directive'
  | 'directive_step';

/** One row to replicate: at most one per id in a statement. */
export interface ReplicaItem {
  id: string;
  version: number;
  payload: Record<string, unknown>;
}

const columnsByTable = new Map<string, Promise<string[]>>();

/** The table's columns, read once per process (every node runs the same migrations). */
function columnsOf(trx: Transaction<Database>, table: ReplicatedTable): Promise<string[]> {
  return columnsByTable.get(table) ?? readColumns(trx, table);
}

/** Reads the table's columns and keeps them, unless the read fails. */
function readColumns(trx: Transaction<Database>, table: ReplicatedTable): Promise<string[]> {
  const columns = sql<{ name: string }>`
    SELECT column_name AS name FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ${table}
    ORDER BY ordinal_position`
    .execute(trx)
    .then(({ rows }) => rows.map((row) => row.name));
  columnsByTable.set(table, columns);
  columns.catch(() => columnsByTable.delete(table));
  return columns;
}

/** The current replicas of `ids` as JSON, by id. */
export async function currentReplicas(
  trx: Transaction<Database>,
  table: ReplicatedTable,
  ids: string[],
): Promise<Map<string, Record<string, unknown>>> {
  // Stryker disable next-line ConditionalExpression: → false is equivalent, a short-cut only: the query for no ids returns no rows, so the map is empty just the same (the → true twin this mark also covers finds no replica and is detected by 'reads a replica back as the province holds it')
  if (ids.length === 0) return new Map();
  const { rows } = await sql<{ id: string; row: Record<string, unknown> }>`
    SELECT id, to_jsonb(t) AS row FROM ${sql.table(table)} t
    WHERE id = ANY(${ids}::text[])`.execute(trx);
  return new Map(rows.map(({ id, row }) => [id, row]));
}

/** One replica as JSON, or undefined. */
export async function currentReplica(
  trx: Transaction<Database>,
  table: ReplicatedTable,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  return (await currentReplicas(trx, table, [id])).get(id);
}

/**
 * Stores each payload as the replica of its row, in one statement, unless the
 * replica already holds that version or a newer one, or the row was deleted at a
 * version at least as new. Columns come from the payload by name
 * (jsonb_populate_recordset), so a column a payload lacks is stored as null.
 * Returns the ids that changed.
 */
export async function upsertReplicas(
  trx: Transaction<Database>,
  table: ReplicatedTable,
  items: ReplicaItem[],
): Promise<Set<string>> {
  // Stryker disable next-line ConditionalExpression: → false is equivalent, a short-cut only: inserting an empty recordset inserts and returns no row, so the set is empty just the same (the → true twin this mark also covers stores nothing and is detected by every test that stores a replica)
  if (items.length === 0) return new Set();
  const names = await columnsOf(trx, table);
  const columns = names.map((column) => sql.id(column));
  const excluded = names.map((column) => sql.ref(`excluded.${column}`));
  const { rows } = await sql<{ id: string }>`
    INSERT INTO ${sql.table(table)}
    SELECT incoming.* FROM jsonb_populate_recordset(
      NULL::${sql.table(table)},
      ${JSON.stringify(items.map((item) => item.payload))}::jsonb) AS incoming
    WHERE NOT EXISTS (
      SELECT 1 FROM sync_tombstone
      WHERE entity = ${table} AND entity_id = incoming.id AND version >= incoming.version)
    ON CONFLICT (id) DO UPDATE SET (${sql.join(columns)}) = ROW(${sql.join(excluded)})
    WHERE ${sql.table(table)}.version < excluded.version
    RETURNING id`.execute(trx);
  return new Set(rows.map((row) => row.id));
}

/** A delete from the source: drop the replica if it is older and remember the delete. */
export async function deleteReplica(
  trx: Transaction<Database>,
  table: ReplicatedTable,
  id: string,
  version: number,
): Promise<boolean> {
  const deleted = await sql`
    DELETE FROM ${sql.table(table)} WHERE id = ${id} AND version <= ${version}`.execute(trx);
  await sql`
    INSERT INTO sync_tombstone (entity, entity_id, version) VALUES (${table}, ${id}, ${version})
    ON CONFLICT (entity, entity_id) DO UPDATE SET version = greatest(sync_tombstone.version, excluded.version)`.execute(
    trx,
  );
  return Number(deleted.numAffectedRows ?? 0) > 0;
}

/** History entries of replicated records: append-only, each stored once per source entry. */
export async function insertReplicaHistories(
  trx: Transaction<Database>,
  payloads: Record<string, unknown>[],
): Promise<void> {
  // Stryker disable next-line ConditionalExpression: → false is equivalent, a short-cut only: inserting an empty recordset inserts no row (the → true twin this mark also covers stores no history and is detected by 'stores replicas masked again, … its history once, and the rollups')
  if (payloads.length === 0) return;
  await sql`
    INSERT INTO record_history
      (entity, entity_id, division, action, from_state, to_state, actor_subject,
       actor_username, actor_roles, comment, detail, at, origin_id)
    SELECT entity, entity_id, division, action, from_state, to_state, actor_subject,
       actor_username, actor_roles, comment, coalesce(detail, '{}'), at, id
    FROM jsonb_populate_recordset(NULL::record_history, ${JSON.stringify(payloads)}::jsonb)
    ON CONFLICT (entity, entity_id, origin_id) WHERE origin_id IS NOT NULL DO NOTHING`.execute(trx);
}

/** Rollup rows from the province: each replaced whole when the incoming version is newer. */
export async function upsertRollups(
  trx: Transaction<Database>,
  payloads: Record<string, unknown>[],
): Promise<void> {
  // Stryker disable next-line ConditionalExpression: → false is equivalent, a short-cut only: upserting an empty recordset writes no row (the → true twin this mark also covers stores no rollup and is detected by 'takes the first batch of a source it has no cursor for … replaces a rollup only by a newer version')
  if (payloads.length === 0) return;
  await sql`
    INSERT INTO daily_rollup (division, day, record_kind, category, counts, version)
    SELECT division, day, record_kind, category, counts, version
    FROM jsonb_populate_recordset(NULL::daily_rollup, ${JSON.stringify(payloads)}::jsonb)
    ON CONFLICT (division, day, record_kind, category) DO UPDATE
      SET counts = excluded.counts, version = excluded.version
      WHERE daily_rollup.version < excluded.version`.execute(trx);
}
