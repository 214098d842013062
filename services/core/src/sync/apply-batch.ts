import { divisionLabel } from '../divisions/division-ref.js';
import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import { divisionContains, owningCityOf } from '@city-ops/schema';
import { appendChange, CHANGE_SCHEMA_VERSION } from '../change-log/append-change.js';
import type { Change, ChangeEntity } from '../change-log/append-change.js';
import type { Database, EnforcementRecordRow, HotlineTicketRow } from '../database/tables.js';
import { maskEnforcementRow } from '../enforcement/enforcement-view.js';
import type { NodeRuntime } from '../node-context.js';
import { maskTicketRow } from '../tickets/ticket-view.js';
import { DOWNWARD_ENTITIES, RECORD_ENTITIES, UPWARD_ENTITIES } from './change-entities.js';
import type { RecordEntity } from './change-entities.js';
import type { ChangeBatch, FeedChange } from './change-feed.js';
import { feedParentOf, isFeedChild } from './feed-peers.js';
import { signalChanges } from './change-signal.js';
import { publishFlagged } from './flagged-records.js';
import {
  currentReplicas,
  deleteReplica,
  insertReplicaHistories,
  upsertReplicas,
  upsertRollups,
} from './replica-store.js';
import type { ReplicaItem } from './replica-store.js';
import type { ReplicaRow } from './rollup-contributions.js';
import { contributionDelta, rollupContributions } from './rollup-contributions.js';
import { withRollupFacts } from './rollup-facts.js';
import { addToRollups } from './rollup-store.js';
import type { RollupCell } from './rollup-store.js';

/** A change this node must not apply: the source is paused until an operator acts. */
export class SyncRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyncRefusal';
  }
}

export type SourceRelation = 'child' | 'parent';

/** How this node relates to `source`: it pulls records up from children and orders down from its parent. */
export function sourceRelation(node: Pick<NodeRuntime, 'tier' | 'division'>, source: string) {
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
 * version is newer, history stored once per source entry). Returns false when the
 * cursor had moved meanwhile (another consumer applied it) and nothing was done.
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
  const applied = await node.db.transaction().execute(async (trx) => {
    const cursor = await trx
      .selectFrom('sync_source')
      .select(['applied'])
      .where('source', '=', source)
      .forUpdate()
      .executeTakeFirst();
    if ((cursor?.applied ?? '0') !== after) return false;
    const now = new Date();
    const rollups = new Map<string, RollupCell>();
    // Runs of upserts are applied a table at a time; a delete (never sent today) is applied
    // between them, so the batch keeps its order where it matters.
    let run: FeedChange[] = [];
    for (const change of batch.changes) {
      if (change.operation === 'DELETE') {
        await applyRun(trx, node, relation, run, now, rollups);
        run = [];
        await applyDelete(trx, change);
      } else {
        run.push(change);
      }
    }
    await applyRun(trx, node, relation, run, now, rollups);
    await addToRollups(trx, [...rollups.values()]);
    const caughtUp = BigInt(batch.reached) >= BigInt(batch.head);
    await trx
      .updateTable('sync_source')
      .set({
        epoch: batch.epoch,
        applied: batch.reached,
        head: batch.head,
        head_at: batch.headAt,
        // What still waits after this page, and since when (null: nothing, or a source too
        // old to say; sync-status.ts then dates it by the head).
        pending_since: caughtUp ? null : (batch.nextAt ?? null),
        state: caughtUp ? 'CAUGHT_UP' : 'CATCHING_UP',
        last_error: null,
        // Caught up: the replicas hold everything the source had completed when it
        // answered (its own statement, not this node's clock). Catching up: unchanged, as
        // an earlier change may still be waiting behind the ones applied.
        ...(caughtUp
          ? {
              current_to: sql<Date>`greatest(current_to, ${batch.completeTo})` as never,
            }
          : {}),
        applied_at: now,
        updated_at: now,
      })
      .where('source', '=', source)
      .execute();
    await hooks.beforeCommit?.(batch);
    return true;
  });
  // Relayed directives, rollups and flagged records wait in this node's own feed.
  if (applied) signalChanges(node.db);
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
function remask(entity: RecordEntity, payload: Record<string, unknown>): Record<string, unknown> {
  switch (entity) {
    case 'hotline_ticket':
      return maskTicketRow(payload as unknown as HotlineTicketRow) as unknown as Record<
        string,
        unknown
      >;
    case 'enforcement_record':
      return maskEnforcementRow(payload as unknown as EnforcementRecordRow) as unknown as Record<
        string,
        unknown
      >;
    case 'case_report':
      return payload;
  }
}

async function applyDelete(trx: Transaction<Database>, change: FeedChange): Promise<void> {
  const entity = change.entity as ChangeEntity;
  if (entity === 'record_history' || entity === 'daily_rollup') {
    throw new SyncRefusal(`change ${change.position}: ${entity} entries are never deleted.`);
  }
  await deleteReplica(trx, entity, change.entityId, change.version);
}

/** The newest version of each row a run carries (the rows it replaces are never applied). */
function latestOf(changes: FeedChange[], entity: ChangeEntity): ReplicaItem[] {
  const latest = new Map<string, ReplicaItem>();
  for (const change of changes) {
    if (change.entity !== entity) continue;
    const payload = parsePayload(change);
    if (entity !== 'daily_rollup' && String(payload['id'] ?? '') !== change.entityId) {
      throw new SyncRefusal(
        `change ${change.position}: the payload's id is not ${change.entityId}.`,
      );
    }
    const seen = latest.get(change.entityId);
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
  now: Date,
  rollups: Map<string, RollupCell>,
): Promise<void> {
  if (run.length === 0) return;
  const histories = run.filter((change) => change.entity === 'record_history').map(parsePayload);
  await insertReplicaHistories(trx, histories);
  for (const entity of RECORD_ENTITIES) {
    const items = latestOf(run, entity).map((item) => ({
      ...item,
      payload: remask(entity, item.payload),
    }));
    await applyRecords(trx, node, entity, items, now, rollups);
  }
  await upsertReplicas(trx, 'supervision_order', latestOf(run, 'supervision_order'));
  await upsertReplicas(trx, 'supervision_step', latestOf(run, 'supervision_step'));
  // A province relays the ministry's directives down to its cities, and its cities'
  // acknowledgements and reports up to the ministry.
  const relays: Change[] = [];
  for (const [entity, direction] of [
    ['directive', 'parent'],
    ['directive_step', 'child'],
  ] as const) {
    const items = latestOf(run, entity);
    const changed = await upsertReplicas(trx, entity, items);
    if (node.tier !== 'province' || relation !== direction) continue;
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

/**
 * Record replicas. At a province, each changed record also moves the rollups by the
 * difference between its old and new contributions, and is passed up when flagged.
 */
async function applyRecords(
  trx: Transaction<Database>,
  node: NodeRuntime,
  entity: RecordEntity,
  items: ReplicaItem[],
  now: Date,
  rollups: Map<string, RollupCell>,
): Promise<void> {
  if (items.length === 0) return;
  const keepsRollups = node.tier === 'province';
  const before = keepsRollups
    ? await currentReplicas(
        trx,
        entity,
        items.map((item) => item.id),
      )
    : new Map<string, ReplicaRow>();
  const changed = await upsertReplicas(trx, entity, items);
  if (!keepsRollups || changed.size === 0) return;
  const applied = items.filter((item) => changed.has(item.id));
  // Both versions with the facts their rows lack (a case's rework count), looked up once.
  const olds = applied.map((item) => before.get(item.id)).filter((row) => row !== undefined);
  const withFacts = await withRollupFacts(trx, entity, [
    ...applied.map((item) => item.payload),
    ...olds,
  ]);
  const factsOf = new Map<ReplicaRow, ReplicaRow>();
  [...applied.map((item) => item.payload), ...olds].forEach((row, index) =>
    factsOf.set(row, withFacts[index] ?? row),
  );
  for (const item of applied) {
    const division = String(item.payload['division']);
    const city = owningCityOf(division) ?? division;
    const old = before.get(item.id);
    const cells = contributionDelta(
      rollupContributions(entity, old ? factsOf.get(old) : undefined, node.timeZone),
      rollupContributions(entity, factsOf.get(item.payload), node.timeZone),
    );
    for (const cell of cells.values()) {
      const key = `${city}|${entity}|${cell.day}|${cell.category}`;
      const pending = rollups.get(key);
      if (!pending) {
        rollups.set(key, {
          division: city,
          recordKind: entity,
          day: cell.day,
          category: cell.category,
          counts: { ...cell.counts },
        });
        continue;
      }
      for (const [metric, value] of Object.entries(cell.counts)) {
        pending.counts[metric] = (pending.counts[metric] ?? 0) + value;
      }
    }
  }
  await publishFlagged(
    trx,
    entity,
    applied.map((item) => item.payload),
    now,
  );
}
