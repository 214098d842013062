import type { RecordTable } from '../records/record-kind.js';
import type { Transaction } from 'kysely';
import { atCommit } from '../database/coalescing-pool.js';
import type { Database } from '../database/tables.js';

/** Bumped when the shape of a change payload changes; consumers refuse versions they do not know. */
export const CHANGE_SCHEMA_VERSION = 1;

/** What the change feed carries; sync/change-entities.ts says which way each one flows. */
export type ChangeEntity =
  | RecordTable
  | 'record_history'
  | 'supervision_order'
  | 'supervision_step'
  | 'directive_step'
  | 'directive'
  | 'daily_rollup';

export interface Change {
  entity: ChangeEntity;
  entityId: string;
  version: number;
  operation: 'upsert' | 'delete';
  /** Already masked: the outbox never holds personal data, so no reader can get it from there. */
  payload: Record<string, unknown>;
  division: string;
}

/**
 * The transactional outbox: takes a Transaction (not a Kysely) so it cannot be
 * called outside the transaction of the write it describes. Several changes of one
 * write go in one statement.
 */
export async function appendChange(
  trx: Transaction<Database>,
  ...changes: [Change, ...Change[]]
): Promise<void> {
  const insert = trx.insertInto('change_log').values(
    changes.map((change) => ({
      entity: change.entity,
      entity_id: change.entityId,
      version: change.version,
      operation: change.operation,
      payload: JSON.stringify(change.payload),
      schema_version: CHANGE_SCHEMA_VERSION,
      division: change.division,
    })),
  );
  // Nothing reads the outbox inside the writing transaction: it goes out with the COMMIT.
  await atCommit(trx, insert);
}

/** A row's change: its id, version and division, with `payload` (already masked, instants as text). */
export function rowChange(
  entity: ChangeEntity,
  row: { id: string; version: number; division: string },
  payload: Record<string, unknown>,
): Change {
  return {
    entity,
    entityId: row.id,
    version: row.version,
    operation: 'upsert',
    payload,
    division: row.division,
  };
}
