import type { Transaction } from 'kysely';
import type { Database } from '../database/tables.js';
import type { RecordTable } from '../records/record-kind.js';
import type { ReplicaItem } from './replica-store.js';

/** Which way a source relates to this node: records come up from children, orders down from the parent. */
export type SourceRelation = 'child' | 'parent';

/** A tier's part in applying one batch from a source, inside the batch's transaction. */
export interface BatchApplier {
  /**
   * Stores record replicas: `store` writes them (only the ids it returns changed);
   * the tier may read what they replace first and act on the difference. Called once for
   * each record table a run of the batch carries, with the newest version of each row.
   */
  records?(
    trx: Transaction<Database>,
    entity: RecordTable,
    items: ReplicaItem[],
    store: () => Promise<Set<string>>,
  ): Promise<void>;
  /**
   * After the supervision orders and steps of a run are stored: those that changed here
   * (new, or a newer version), as stored (a city notes which of them arrive for someone).
   */
  supervision?(
    trx: Transaction<Database>,
    orders: ReplicaItem[],
    steps: ReplicaItem[],
  ): Promise<void>;
  /** Before the cursor moves: what the tier gathered over the batch (e.g. rollup sums). */
  finish?(trx: Transaction<Database>): Promise<void>;
}
