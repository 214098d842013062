import { divisionLabel } from '@city-ops/kernel';
import { divisionContains } from '@city-ops/schema';
import { appendChange, CHANGE_SCHEMA_VERSION } from '../change-log/append-change.js';
import type { Change, ChangeEntity } from '../change-log/append-change.js';
import type { Database } from '../database/tables.js';
import type { NodeRuntime } from '../node-context.js';
import { maskPersonalColumns } from '../records/personal-columns.js';
import { recordKindOf } from '../records/record-kinds.js';
import type { RecordRow, RecordTable } from '../records/record-kind.js';
import { DOWNWARD_ENTITIES, UPWARD_ENTITIES } from './change-entities.js';
import { RECORD_TABLES } from '../records/record-kind.js';
import type { ChangeBatch, FeedChange } from './change-feed.js';
import { feedParentOf, isFeedChild } from './feed-peers.js';
import { signalChanges } from './change-signal.js';
import {
  deleteReplica,
  insertReplicaHistories,
  upsertReplicas,
  upsertRollups,
} from './replica-store.js';
import type { ReplicaItem, ReplicatedTable } from './replica-store.js';
import { logStaleChanges, staleAmong } from './stale-changes.js';
import type { StaleChange } from './stale-changes.js';
import type { BatchApplier, SourceRelation } from './batch-applier.js';
import { sql } from 'kysely';
import type { Transaction } from 'kysely';

/** A change this node must not apply: the source is paused until an operator acts. */
export class SyncRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyncRefusal';
  }
}

/** How this node relates to `source`: it pulls records up from children and orders down from its parent. */
export function sourceRelation(
  node: Pick<NodeRuntime, 'tier' | 'division'>,
  source: string,
): SourceRelation | undefined {
  if (isFeedChild(node, source)) return 'child';
  if (feedParentOf(node.tier, node.division) === source) return 'parent';
  return undefined;
}

export interface ApplyHooks {
  /** Fault injection for tests: runs after the rows are written, before the commit. */
  beforeCommit?: (batch: ChangeBatch) => void | Promise<void>;
}

/**
 * Applies one batch from `source` and moves the cursor in the same transaction: a
 * crash before the commit leaves neither rows nor cursor, so the batch is simply
 * pulled again; applying it again changes nothing (upserts by id only when the
 * version is newer, history stored once per source entry). A change older than what
 * the node holds for its row (the replica, or a newer delete) is skipped, counted in
 * the source's `stale_changes` and logged after the commit (stale-changes.ts). Returns
 * false when the cursor had moved meanwhile (another consumer applied it) and nothing
 * was done.
 */
export async function applyBatch(
  node: NodeRuntime,
  source: string,
  after: string,
  batch: ChangeBatch,
  hooks: ApplyHooks = {},
): Promise<boolean> {
  const relation = sourceRelation(node, source);
  if (!relation) {
    throw new SyncRefusal(
      `${divisionLabel(source)} is neither a child nor the parent of this node.`,
    );
  }
  for (const change of batch.changes) checkChange(node, source, relation, change);
  const stale: StaleChange[] = [];
  const applied = await node.db.transaction().execute(async (trx) => {
    const cursor = await trx
      .selectFrom('sync_source')
      .select(['applied'])
      .where('source', '=', source)
      .forUpdate()
      .executeTakeFirst();
    if ((cursor?.applied ?? '0') !== after) return false;
    const applier = node.spoke.sync?.batch?.(node, relation, new Date()) ?? {};
    // Runs of upserts are applied a table at a time; a delete (never sent today) is applied
    // between them, so the batch keeps its order where it matters.
    // Stryker disable next-line ArrayDeclaration: applyRun acts on a run's elements only through their entity; the mutant's placeholder string has none, matches no table and is skipped, so the run applies as the empty one it replaces
    let run: FeedChange[] = [];
    for (const change of batch.changes) {
      if (change.operation === 'DELETE') {
        await applyRun(trx, node, relation, run, applier, stale);
        // Stryker disable next-line ArrayDeclaration: applyRun acts on a run's elements only through their entity; the mutant's placeholder string has none, matches no table and is skipped, so the run applies as the empty one it replaces
        run = [];
        await applyDelete(trx, change, stale);
      } else {
        run.push(change);
      }
    }
    await applyRun(trx, node, relation, run, applier, stale);
    await applier.finish?.(trx);
    const caughtUp = BigInt(batch.reached) >= BigInt(batch.head);
    await trx
      .updateTable('sync_source')
      .set({
        epoch: batch.epoch,
        applied: batch.reached,
        head: batch.head,
        head_at: batch.headAt,
        // What still waits after this page, and since when (null: nothing; a batch without
        // it is dated by the head in sync-status.ts).
        pending_since: caughtUp ? null : (batch.nextAt ?? null),
        state: caughtUp ? 'CAUGHT_UP' : 'CATCHING_UP',
        last_error: null,
        stale_changes: sql<string>`stale_changes + ${stale.length}` as never,
        // Caught up: the replicas hold everything the source had completed when it
        // answered (its own statement, not this node's clock). Catching up: unchanged, as
        // an earlier change may still be waiting behind the ones applied.
        ...(caughtUp
          ? {
              current_to: sql<Date>`greatest(current_to, ${batch.completeTo})` as never,
            }
          : {}),
        applied_at: new Date(),
        updated_at: new Date(),
      })
      .where('source', '=', source)
      .execute();
    await hooks.beforeCommit?.(batch);
    return true;
  });
  if (applied) {
    // Relayed directives, rollups and flagged records wait in this node's own feed.
    signalChanges(node.db);
    logStaleChanges(node.logger, source, stale);
  }
  return applied;
}

/** Refuses, before anything is written, a change this node must not take from this source. */
function checkChange(
  node: NodeRuntime,
  source: string,
  relation: SourceRelation,
  change: FeedChange,
): void {
  const where = `change ${change.position} (${change.entity} ${change.entityId})`;
  if (change.schemaVersion !== CHANGE_SCHEMA_VERSION) {
    throw new SyncRefusal(
      `${where} has payload schema version ${change.schemaVersion}; this node understands version ${CHANGE_SCHEMA_VERSION}. Upgrade this node, then resume the source.`,
    );
  }
  const expected = relation === 'child' ? UPWARD_ENTITIES : DOWNWARD_ENTITIES;
  if (!(expected as readonly string[]).includes(change.entity)) {
    throw new SyncRefusal(
      `${where}: ${change.entity} does not flow from ${divisionLabel(source)} to this node.`,
    );
  }
  const inside =
    relation === 'child'
      ? divisionContains(source, change.division)
      : divisionContains(change.division, node.division) ||
        divisionContains(node.division, change.division);
  if (!inside) {
    throw new SyncRefusal(
      `${where} is about division ${divisionLabel(change.division)}, which ${divisionLabel(source)} may not send to this node.`,
    );
  }
}

function parsePayload(change: FeedChange): Record<string, unknown> {
  try {
    const payload: unknown = JSON.parse(change.payload);
    if (payload && typeof payload === 'object' && !Array.isArray(payload)) {
      return payload as Record<string, unknown>;
    }
  } catch {
    // fall through
  }
  throw new SyncRefusal(`change ${change.position}: the payload is not a JSON object.`);
}

/**
 * Masks a record's personal data again on arrival. Sources mask before publishing;
 * doing it here too means a replica can never hold personal data, whatever a
 * source sends (masking is idempotent).
 */
function remask(entity: RecordTable, payload: Record<string, unknown>): Record<string, unknown> {
  // A payload is a row as its source wrote it, instants as text (masking reads no instant).
  const row = payload as unknown as RecordRow;
  return maskPersonalColumns(recordKindOf(entity), row) as unknown as Record<string, unknown>;
}

/** A delete older than the replica removes nothing (its tombstone is kept, and it is reported). */
async function applyDelete(
  trx: Transaction<Database>,
  change: FeedChange,
  stale: StaleChange[],
): Promise<void> {
  const entity = change.entity as ChangeEntity;
  if (entity === 'record_history' || entity === 'daily_rollup') {
    throw new SyncRefusal(`change ${change.position}: ${entity} entries are never deleted.`);
  }
  const deleted = await deleteReplica(trx, entity, change.entityId, change.version);
  const item = { id: change.entityId, version: change.version };
  // Stryker disable next-line ArrayDeclaration: the applied ids only narrow staleAmong's query: a delete is stale only while a newer replica is held, and one that removed the replica left none (the mutant's placeholder id names no row)
  const applied = new Set(deleted ? [item.id] : []);
  stale.push(...(await staleAmong(trx, entity, 'DELETE', [item], applied)));
}

/** Stores `items` as replicas of `table` and notes the stale ones; the ids that changed. */
async function storeReplicas(
  trx: Transaction<Database>,
  table: ReplicatedTable,
  items: ReplicaItem[],
  stale: StaleChange[],
): Promise<Set<string>> {
  const changed = await upsertReplicas(trx, table, items);
  stale.push(...(await staleAmong(trx, table, 'UPSERT', items, changed)));
  return changed;
}

/** The newest version of each row a run carries (the rows it replaces are never applied). */
function latestOf(changes: FeedChange[], entity: ChangeEntity): ReplicaItem[] {
  const latest = new Map<string, ReplicaItem>();
  for (const change of changes) {
    if (change.entity !== entity) continue;
    const payload = parsePayload(change);
    const { id } = payload;
    // Stryker disable next-line StringLiteral: the fallback only has to differ from the change's entityId, and that is never empty (every replicated row's id is newRecordId's `<division>-…`): a payload without id is refused with either string
    const payloadId = String(id ?? '');
    if (entity !== 'daily_rollup' && payloadId !== change.entityId) {
      throw new SyncRefusal(
        `change ${change.position}: the payload's id is not ${change.entityId}.`,
      );
    }
    const seen = latest.get(change.entityId);
    // Stryker disable next-line EqualityOperator: → `<=` is equivalent: every write of a row bumps its version, so two changes of one row at one version in a batch carry the same row and keeping either stores the same (the `>=` twin this mark also covers keeps the older and is detected by 'takes the newest version of a row whichever order the batch lists them in')
    if (!seen || seen.version < change.version) {
      latest.set(change.entityId, { id: change.entityId, version: change.version, payload });
    }
  }
  return [...latest.values()];
}

/**
 * Applies a run of upserts with a few statements per table rather than a few per
 * change. History first: a case's rollup facts are counted from it.
 */
async function applyRun(
  trx: Transaction<Database>,
  node: NodeRuntime,
  relation: SourceRelation,
  run: FeedChange[],
  applier: BatchApplier,
  stale: StaleChange[],
): Promise<void> {
  // Stryker disable next-line ConditionalExpression: → false is equivalent, a short-cut only: for an empty run every statement below returns early (no history, no items to store or relay, no rollups) and no applier hook is called (the → true twin this mark also covers applies nothing and is detected by every test that stores a row)
  if (run.length === 0) return;
  const histories = run.filter((change) => change.entity === 'record_history').map(parsePayload);
  await insertReplicaHistories(trx, histories);
  for (const entity of RECORD_TABLES) {
    const items = latestOf(run, entity).map((item) => ({
      ...item,
      payload: remask(entity, item.payload),
    }));
    const store = () => storeReplicas(trx, entity, items, stale);
    if (items.length === 0) continue;
    if (applier.records) await applier.records(trx, entity, items, store);
    else await store();
  }
  const orders = latestOf(run, 'supervision_order');
  const storedOrders = await storeReplicas(trx, 'supervision_order', orders, stale);
  const steps = latestOf(run, 'supervision_step');
  const storedSteps = await storeReplicas(trx, 'supervision_step', steps, stale);
  await applier.supervision?.(
    trx,
    orders.filter((item) => storedOrders.has(item.id)),
    steps.filter((item) => storedSteps.has(item.id)),
  );
  // A tier that relays passes these on as it receives them (a province: the ministry's
  // directives down to its cities, its cities' acknowledgements and reports up).
  const relays: Change[] = [];
  for (const entity of ['directive', 'directive_step'] as const) {
    const items = latestOf(run, entity);
    const changed = await storeReplicas(trx, entity, items, stale);
    const relayed = node.spoke.sync?.relays?.some(
      (relay) => relay.entity === entity && relay.from === relation,
    );
    if (!relayed) continue;
    for (const item of items.filter((candidate) => changed.has(candidate.id))) {
      relays.push({
        entity,
        entityId: item.id,
        version: item.version,
        operation: 'upsert',
        payload: item.payload,
        division: String(item.payload['division']),
      });
    }
  }
  const [first, ...rest] = relays;
  if (first) await appendChange(trx, first, ...rest);
  await upsertRollups(
    trx,
    latestOf(run, 'daily_rollup').map((item) => item.payload),
  );
}
