import type { Kysely } from 'kysely';
import type { Principal, TierName, Logger } from '@city-ops/kernel';
import type { DeadlineRules } from './calendar/deadline-rules.js';
import type { WorkingTimeOptions } from './calendar/working-time.js';
import type { Database } from './database/tables.js';
import type { TierSpoke } from './node/tier-spoke.js';

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
  /** The divisions this request may see here: the caller's division ∩ the node's. */
  scope: string;
  requestId: string;
  clientAddress: string | null;
}
