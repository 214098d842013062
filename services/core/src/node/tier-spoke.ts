import type { IResolvers } from '@graphql-tools/utils';
import type { Transaction } from 'kysely';
import type { TierName } from '@city-ops/kernel';
import type { Database } from '../database/tables.js';
import type { NodeRuntime, RequestContext } from '../node-context.js';
import type { RecordTable } from '../records/record-kind.js';
import type { ReplicaItem } from '../sync/replica-store.js';

/** Which way a source relates to this node: records come up from children, orders down from the parent. */
export type SourceRelation = 'child' | 'parent';

/**
 * What one tier adds to the node runtime every tier runs. The runtime knows no tier
 * by name: what differs between a city, a province and the ministry is stated here,
 * once, by the tier's own package, and the runtime asks it.
 */
export interface TierSpoke {
  tier: TierName;
  /** The tier's resolvers, over the reads every node serves (they replace the refusals of what the tier does). */
  resolvers: IResolvers<unknown, RequestContext>[];
  /**
   * Whether this node is the system of record for the records of its division (a
   * city): it writes them, keeps its working calendar, and computes indicators from
   * them rather than from rollups.
   */
  ownsRecords: boolean;
  /** Everything this node's feed holds flows to its parent (a city writes nothing that flows down). */
  feedFlowsWholeUp: boolean;
  /** How this tier applies what its sources send, beyond storing the replicas. */
  sync?: SyncSpoke;
  /** Work the tier does in the background while the node runs (a province's overdue sweep). */
  background?: (runtime: NodeRuntime) => BackgroundWork;
  /** The monthly report as a file's bytes, where this tier computes it (the ministry). */
  reportFile?: (
    context: RequestContext,
    month: string,
    format: 'xlsx' | 'csv',
  ) => Promise<Uint8Array<ArrayBuffer> | string>;
}

export interface BackgroundWork {
  stop(): Promise<void>;
}

/** A tier's part in applying one batch from a source, inside the batch's transaction. */
export interface BatchApplier {
  /**
   * Stores record replicas: `store` writes them (only the ids it returns changed);
   * the tier may read what they replace first and act on the difference.
   */
  records?(
    trx: Transaction<Database>,
    entity: RecordTable,
    items: ReplicaItem[],
    store: () => Promise<Set<string>>,
  ): Promise<void>;
  /** Before the cursor moves: what the tier gathered over the batch (e.g. rollup sums). */
  finish?(trx: Transaction<Database>): Promise<void>;
}

export interface SyncSpoke {
  /** A fresh applier per batch. */
  batch?(runtime: NodeRuntime, relation: SourceRelation, now: Date): BatchApplier;
  /** Entities this node passes on as it receives them: to its children from its parent, or up from its children. */
  relays?: readonly { entity: 'directive' | 'directive_step'; from: SourceRelation }[];
  /** What the tier keeps of `source` besides replicas, forgotten when the source is resynchronised. */
  forgetSource?(
    trx: Transaction<Database>,
    runtime: NodeRuntime,
    source: string,
    relation: SourceRelation,
  ): Promise<void>;
}
