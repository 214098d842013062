import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import type { Logger } from '@city-ops/kernel';
import type { Database } from '../database/tables.js';
import type { ReplicatedTable } from './replica-store.js';

/**
 * A change that was not applied because this node holds a newer version of its row, or
 * a delete of it at least as new: an upsert older than the replica or its tombstone, or a
 * delete older than the replica.
 */
export interface StaleChange {
  entity: ReplicatedTable;
  entityId: string;
  operation: 'UPSERT' | 'DELETE';
  incomingVersion: number;
  heldVersion: number;
  /** What holds the newer version: the replica row, or the tombstone of its delete. */
  heldBy: 'replica' | 'tombstone';
}

/**
 * The stale ones among `items` that were not `applied`. A change at the very version
 * held is a repeat (delivery is at least once), not stale: only an older one is.
 */
export async function staleAmong(
  trx: Transaction<Database>,
  table: ReplicatedTable,
  operation: StaleChange['operation'],
  items: readonly { id: string; version: number }[],
  applied: ReadonlySet<string>,
): Promise<StaleChange[]> {
  // Stryker disable next-line MethodExpression: narrows the query only: an applied upsert's replica now holds the very version of its change (a change carries its row's version in its payload) and no tombstone as new (the upsert skips those), and an applied delete removed its replica, so an applied item never classifies as stale
  const skipped = items.filter((item) => !applied.has(item.id));
  // Stryker disable next-line ConditionalExpression: → false is equivalent, a short-cut only: for no skipped items the query joins an empty list and returns no rows, so the result is [] just the same (the → true twin this mark also covers reports nothing stale and is detected by test/federation/stale-sync-changes.test.ts)
  if (skipped.length === 0) return [];
  const { rows } = await sql<{ id: string; replica: number | null; tombstone: number | null }>`
    SELECT skipped.id, replica.version AS replica, tombstone.version AS tombstone
    FROM unnest(${skipped.map((item) => item.id)}::text[]) AS skipped(id)
    LEFT JOIN ${sql.table(table)} AS replica ON replica.id = skipped.id
    LEFT JOIN sync_tombstone AS tombstone
      ON tombstone.entity = ${table} AND tombstone.entity_id = skipped.id`.execute(trx);
  const held = new Map(rows.map((row) => [row.id, row]));
  return skipped.flatMap((item): StaleChange[] => {
    const row = held.get(item.id);
    // No replica, or no tombstone: nothing held at any version, older than every change.
    // Stryker disable next-line OptionalChaining: the query returns a row for every skipped id (unnest, then LEFT JOINs)
    const replica = row?.replica ?? -Infinity;
    // Stryker disable next-line OptionalChaining: the query returns a row for every skipped id (unnest, then LEFT JOINs)
    const tombstone = row?.tombstone ?? -Infinity;
    const base = { entity: table, entityId: item.id, operation, incomingVersion: item.version };
    if (replica > item.version) {
      return [{ ...base, heldVersion: replica, heldBy: 'replica' }];
    }
    if (operation === 'UPSERT' && tombstone >= item.version) {
      return [{ ...base, heldVersion: tombstone, heldBy: 'tombstone' }];
    }
    return [];
  });
}

/** At most this many stale changes of one batch get a log line each; the count covers all. */
const LOGGED_PER_BATCH = 10;

/**
 * One warning per stale change (up to LOGGED_PER_BATCH a batch, then one line for the
 * rest): which source sent what, and what this node holds instead. syncStatus and
 * /metrics count them (`staleChanges`, `city_ops_sync_stale_changes_total`).
 */
export function logStaleChanges(
  logger: Logger,
  source: string,
  stale: readonly StaleChange[],
): void {
  for (const change of stale.slice(0, LOGGED_PER_BATCH)) {
    logger.warn(
      { source, ...change },
      `sync: skipped a ${change.operation === 'DELETE' ? 'delete' : 'version'} of ${change.entity} ${change.entityId} from ${source}: version ${change.incomingVersion} is older than the ${change.heldBy === 'replica' ? 'replica' : 'delete'} held at version ${change.heldVersion}`,
    );
  }
  if (stale.length > LOGGED_PER_BATCH) {
    logger.warn(
      { source, stale: stale.length, unlogged: stale.length - LOGGED_PER_BATCH },
      `sync: skipped ${stale.length - LOGGED_PER_BATCH} more changes from ${source} older than what this node holds`,
    );
  }
}
