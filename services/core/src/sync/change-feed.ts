import { divisionLabel, hasRole, NODE_SYNC_ROLE, badUserInput, forbidden } from '@city-ops/kernel';
import type { Principal } from '@city-ops/kernel';
import type { NodeRuntime } from '../node-context.js';
import { DOWNWARD_ENTITIES, UPWARD_ENTITIES } from './change-entities.js';
import { feedParentOf, isFeedChild } from './feed-peers.js';
import { nextChangeSignal } from './change-signal.js';
import { readFeedPage } from './feed-page.js';
import { completeUpTo, feedHead, sealChanges } from './seal-changes.js';

export interface FeedChange {
  position: string;
  entity: string;
  entityId: string;
  version: number;
  operation: 'UPSERT' | 'DELETE';
  schemaVersion: number;
  division: string;
  at: Date;
  payload: string;
}

export interface ChangeBatch {
  epoch: string;
  division: string;
  head: string;
  headAt: Date | null;
  changes: FeedChange[];
  reached: string;
  filtered: boolean;
  /** Every change whose transaction began before this instant is sealed at or before `head`. */
  completeTo: Date;
  /**
   * When the first change after `reached` for this reader was written (its transaction's
   * start), or null when there is none up to `head`: what a consumer that applies this page
   * still has waiting, and since when. Every feed answer has it; only batches made by hand
   * (tests) may leave it out.
   */
  nextAt?: Date | null;
}

export interface ChangeRequest {
  after: string;
  limit: number;
  waitSeconds: number;
  /** Ends a long poll early (the client went away or the node is stopping). */
  signal?: AbortSignal | undefined;
}

/**
 * Whom the feed serves and what: the parent's sync account gets everything that
 * flows up; a child's sync account gets what flows down and concerns it (its own
 * division or a division containing it). Anyone else is refused.
 */
export function feedShareFor(
  node: Pick<NodeRuntime, 'tier' | 'division'>,
  reader: Principal,
): { entities: readonly string[]; child?: string } {
  if (!hasRole(reader, NODE_SYNC_ROLE)) {
    throw forbidden({
      zh: '变更流只提供给各节点的同步账号（角色 node-sync）。',
      en: 'The change feed is served to the sync accounts (role node-sync) of nodes.',
    });
  }
  if (reader.division === feedParentOf(node.tier, node.division)) {
    return { entities: UPWARD_ENTITIES };
  }
  if (isFeedChild(node, reader.division)) {
    return { entities: DOWNWARD_ENTITIES, child: reader.division };
  }
  throw forbidden({
    zh: `${divisionLabel(node.division)} 的变更流只提供给其上级节点和下级节点；${divisionLabel(reader.division)} 两者都不是。`,
    en: `The feed of ${divisionLabel(node.division)} is served to its parent node and its child nodes only; ${divisionLabel(reader.division)} is neither.`,
  });
}

/** A position in a node's sealed change log as a client gives it back (`after`): checked here only. */
export function checkFeedPosition(field: string, value: string): string {
  if (!/^(0|[1-9]\d{0,18})$/.test(value)) {
    throw badUserInput(field, {
      zh: '须为变更流位置：十进制数，从头读取时为 0。',
      en: 'must be a feed position: a decimal number, 0 for the start.',
    });
  }
  return value;
}

export function checkChangeRequest(args: {
  after: string;
  limit?: number | null | undefined;
  waitSeconds?: number | null | undefined;
}): { after: string; limit: number; waitSeconds: number } {
  checkFeedPosition('after', args.after);
  const limit = args.limit ?? 500;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw badUserInput('limit', { zh: '须在 1 至 1000 之间。', en: 'must be between 1 and 1000.' });
  }
  const waitSeconds = args.waitSeconds ?? 0;
  if (!Number.isInteger(waitSeconds) || waitSeconds < 0 || waitSeconds > 30) {
    throw badUserInput('waitSeconds', {
      zh: '须在 0 至 30 之间。',
      en: 'must be between 0 and 30.',
    });
  }
  return { after: args.after, limit, waitSeconds };
}

/** How often a long poll looks again without a signal (writes from another process, for instance). */
const POLL_INTERVAL_MS = 500;

/**
 * A page of the feed for `reader`, oldest first. With `waitSeconds`, an empty answer
 * is held back until a change for this reader is sealed or the time is up (long
 * poll): a write of this node wakes it at once (change-signal.ts), anything else
 * within POLL_INTERVAL_MS. Each look seals at most one batch (SEAL_BATCH) before it reads,
 * so a reader never waits for more of a backlog to be sealed than that; the node's sealer
 * (change-sealer.ts) seals the rest meanwhile.
 */
export async function readChangeBatch(
  node: NodeRuntime,
  reader: Principal,
  request: ChangeRequest,
): Promise<ChangeBatch> {
  const share = feedShareFor(node, reader);
  const { epoch } = await node.db
    .selectFrom('node_identity')
    .select('epoch')
    .executeTakeFirstOrThrow();
  const deadline = Date.now() + request.waitSeconds * 1000;
  for (;;) {
    await sealChanges(node.db);
    const completeTo = await completeUpTo(node.db);
    const { head, headAt } = await feedHead(node.db);
    // One more than the page: whether more waits, and since when (nextAt).
    const rows = await readFeedPage(node.db, {
      after: request.after,
      head,
      entities: share.entities,
      child: share.child,
      limit: request.limit + 1,
    });
    const next = rows.length > request.limit ? rows.pop() : undefined;
    const changes = rows.map((row): FeedChange => ({
      position: row.position ?? '0',
      entity: row.entity,
      entityId: row.entity_id,
      version: row.version,
      operation: row.operation === 'delete' ? 'DELETE' : 'UPSERT',
      schemaVersion: row.schema_version,
      division: row.division,
      at: row.created_at,
      payload: row.payload,
    }));
    const reached = next ? (changes.at(-1)?.position ?? head) : maxPosition(head, request.after);
    // A node whose whole feed flows up (a city) gives its parent every position: a hole is an error.
    const filtered = !(node.spoke.feedFlowsWholeUp && share.child === undefined);
    const batch = {
      epoch,
      division: node.division,
      head,
      headAt,
      changes,
      reached,
      filtered,
      completeTo,
      nextAt: next?.created_at ?? null,
    };
    if (changes.length > 0 || Date.now() >= deadline || request.signal?.aborted) return batch;
    await nextChangeSignal(node.db, POLL_INTERVAL_MS, request.signal);
    // Stopping: the empty page just read is still true; the database may be closing.
    if (request.signal?.aborted) return batch;
  }
}

function maxPosition(a: string, b: string): string {
  return BigInt(a) >= BigInt(b) ? a : b;
}
