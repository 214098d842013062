import type { Transaction } from 'kysely';
import type { Database } from '../database/tables.js';

/** Bumped when the shape of a change payload changes; consumers refuse versions they do not know. */
export const CHANGE_SCHEMA_VERSION = 1;

export interface Change {
  entity: 'hotline_ticket' | 'case_report' | 'enforcement_record';
  entityId: string;
  version: number;
  operation: 'upsert' | 'delete';
  /** Already masked: the outbox never holds personal data, so no reader can get it from there. */
  payload: Record<string, unknown>;
  division: string;
}

/**
 * The transactional outbox: takes a Transaction (not a Kysely) so it cannot be
 * called outside the transaction of the write it describes.
 */
export async function appendChange(trx: Transaction<Database>, change: Change): Promise<void> {
  await trx
    .insertInto('change_log')
    .values({
      entity: change.entity,
      entity_id: change.entityId,
      version: change.version,
      operation: change.operation,
      payload: JSON.stringify(change.payload),
      schema_version: CHANGE_SCHEMA_VERSION,
      division: change.division,
    })
    .execute();
}
