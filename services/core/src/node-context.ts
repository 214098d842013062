import type { AttachmentLimits } from './records/attachments/attachment-limits.js';
import type { IResolvers } from '@graphql-tools/utils';
import type { Kysely, Transaction } from 'kysely';
import type { Language, Principal, TierName, Logger } from '@city-ops/kernel';
import type { DeadlineRules } from './calendar/deadline-rules.js';
import type { WorkingTimeOptions } from './calendar/working-time.js';
import type { Database } from './database/tables.js';
import type { BatchApplier, SourceRelation } from './sync/batch-applier.js';

// A node runtime holds its tier's spoke, and the spoke's resolvers and hooks receive the
// runtime: the types are mutually recursive, so they live in this one module.

/** What a running node is: shared by every request it serves. */
export interface NodeRuntime {
  tier: TierName;
  /** What this node's tier adds to the runtime (its package says it; nothing else branches on the tier). */
  spoke: TierSpoke;
  division: string;
  db: Kysely<Database>;
  logger: Logger;
  /** IANA zone of the node's local calendar (Asia/Shanghai by default). */
  timeZone: string;
  /** Zone and working periods every working-time computation of this node uses. */
  workingTime: Required<WorkingTimeOptions>;
  /** Time limits by ticket class/urgency and case category (DEADLINE_RULES_FILE or the defaults). */
  deadlineRules: DeadlineRules;
  /** ATTACHMENT_MAX_BYTES and ATTACHMENTS_PER_RECORD (absent: records/attachments' defaults). */
  attachmentLimits?: AttachmentLimits;
  /** DUE_SOON_CHECK_MS (absent: live/live-writes.ts's default). */
  dueSoonCheckMs?: number;
  startedAt: Date;
  /**
   * Aborted when the node begins to shut down: long polls of its change feed answer at
   * once instead of holding the server open for their whole wait.
   */
  closing?: AbortSignal;
}

/** One GraphQL request at a node, after its token was verified. */
export interface RequestContext {
  node: NodeRuntime;
  principal: Principal;
  requestId: string;
  clientAddress: string | null;
  /** What labels are answered in: from the request's Accept-Language, Chinese by default. */
  language: Language;
}

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
