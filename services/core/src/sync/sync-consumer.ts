import { divisionLabel } from '@city-ops/kernel';
import { isTransientDatabaseError } from '../database/transient-database-error.js';
import type { NodeRuntime } from '../node-context.js';
import { applyBatch, sourceRelation, SyncRefusal } from './apply-batch.js';
import type { ApplyHooks } from './apply-batch.js';
import type { ChangeBatch } from './change-feed.js';
import { forgetSource } from './resync-source.js';
import { pullChanges, SourceUnavailable } from './source-client.js';
import { sourceIsReady } from './source-readiness.js';
import type { SyncState } from './sync-status.js';

export interface SyncSource {
  /** The source node's division. */
  division: string;
  /** Its GraphQL endpoint. */
  url: string;
}

export interface SyncConsumerOptions {
  node: NodeRuntime;
  sources: readonly SyncSource[];
  /** This node's sync-account token. */
  token: () => Promise<string>;
  batchSize?: number;
  /** Long-poll wait once caught up; 0 polls every `pollIntervalMs` instead. */
  waitSeconds?: number;
  pollIntervalMs?: number;
  backoff?: { initialMs: number; maxMs: number };
  hooks?: ApplyHooks;
}

/** While backing off, the source's /readyz is asked this often whether it is back. */
export const READINESS_PROBE_INTERVAL_MS = 500;

/**
 * Pulls every source's feed and applies it (docs/ARCHITECTURE.md "Tier sync"), one
 * loop per source: long poll while caught up, straight on while catching up, backoff
 * with jitter while the source is down — cut short as soon as the source's /readyz says it
 * is back. A rebuilt (new epoch) or rewound source, or a hole in a complete feed, is
 * resynchronised from zero; a change this node must not apply pauses that source with the
 * reason until the node restarts. What each answer says is waiting is stored before it is
 * applied, so the lag is known whatever happens next.
 */
export class SyncConsumer {
  private readonly abort = new AbortController();
  private readonly loops: Promise<void>[] = [];

  constructor(private readonly options: SyncConsumerOptions) {
    for (const source of options.sources) {
      if (!sourceRelation(options.node, source.division)) {
        throw new Error(
          `sync source ${divisionLabel(source.division)} is neither a child nor the parent of ${divisionLabel(options.node.division)}`,
        );
      }
    }
  }

  /** Records each source (a restart is the operator's "resume": a paused source is tried again). */
  async registerSources(): Promise<void> {
    for (const source of this.options.sources) {
      await this.options.node.db
        .insertInto('sync_source')
        .values({ source: source.division, state: 'STARTING' })
        .onConflict((conflict) =>
          conflict.column('source').doUpdateSet({ state: 'STARTING', updated_at: new Date() }),
        )
        .execute();
    }
  }

  async start(): Promise<void> {
    await this.registerSources();
    for (const source of this.options.sources) this.loops.push(this.run(source));
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await Promise.allSettled(this.loops);
  }

  /**
   * One pull and apply from `source`; what the loop does each turn, exposed so tests
   * can step a consumer deterministically. Returns the state it left the source in.
   */
  async syncOnce(source: SyncSource, waitSeconds = 0): Promise<SyncState> {
    const { node } = this.options;
    const cursor = await node.db
      .selectFrom('sync_source')
      .select(['applied', 'epoch', 'state'])
      .where('source', '=', source.division)
      .executeTakeFirstOrThrow();
    if (cursor.state === 'PAUSED') return 'PAUSED';
    const batch = await pullChanges({
      url: source.url,
      token: await this.options.token(),
      after: cursor.applied,
      limit: this.options.batchSize ?? 500,
      waitSeconds,
      signal: this.abort.signal,
    });
    const discontinuity = discontinuityOf(cursor, batch);
    if (discontinuity) {
      await this.resync(source, batch.epoch, discontinuity);
      return 'RESYNCING';
    }
    await this.noteAnswer(source, cursor.applied, batch);
    try {
      await applyBatch(node, source.division, cursor.applied, batch, this.options.hooks);
    } catch (error) {
      if (error instanceof SyncRefusal) {
        await this.setState(source, 'PAUSED', error.message);
        node.logger.error(
          { source: source.division, reason: error.message },
          'sync source paused: a change cannot be applied',
        );
        return 'PAUSED';
      }
      throw error;
    }
    return BigInt(batch.reached) >= BigInt(batch.head) ? 'CAUGHT_UP' : 'CATCHING_UP';
  }

  private async run(source: SyncSource): Promise<void> {
    const { node } = this.options;
    const backoff = this.options.backoff ?? { initialMs: 500, maxMs: 30_000 };
    const waitSeconds = this.options.waitSeconds ?? 20;
    let delay = backoff.initialMs;
    let state: SyncState = 'STARTING';
    while (!this.abort.signal.aborted) {
      try {
        const caughtUp = state === 'CAUGHT_UP';
        state = await this.syncOnce(source, caughtUp ? waitSeconds : 0);
        if (delay !== backoff.initialMs) {
          node.logger.info({ source: source.division, state }, 'sync source reachable again');
        }
        delay = backoff.initialMs;
        if (state === 'PAUSED') return;
        if (state === 'CAUGHT_UP' && waitSeconds === 0) {
          await sleep(this.options.pollIntervalMs ?? 1000, this.abort.signal);
        }
      } catch (error) {
        if (this.abort.signal.aborted) return;
        // This node's own database failing (noting the answer, applying it) is not the
        // source's fault: say so, or an operator looks for it at the wrong node; and keep the
        // driver's text out of syncStatus.lastError, which clients read.
        const ownDatabase =
          !(error instanceof SourceUnavailable) && isTransientDatabaseError(error);
        const message = ownDatabase
          ? "This node's database is unavailable; sync retries when it is back."
          : (error as Error).message;
        // Warn once when a source goes away; the retries after that are debug noise, and a
        // source never reached yet (nodes starting in any order) is only news at info level.
        const log =
          state === 'BACKING_OFF'
            ? node.logger.debug
            : state === 'STARTING'
              ? node.logger.info
              : node.logger.warn;
        log.call(
          node.logger,
          { source: source.division, retryInMs: delay, err: (error as Error).message },
          ownDatabase
            ? "this node's database is unavailable: sync backing off"
            : 'sync source unavailable, backing off',
        );
        if (state !== 'STARTING') state = 'BACKING_OFF';
        await this.setState(source, 'BACKING_OFF', message).catch(() => undefined);
        await this.backOff(
          source,
          delay * (0.5 + Math.random() / 2),
          error instanceof SourceUnavailable && (error.unreachable || error.serviceUnavailable),
        );
        delay = Math.min(delay * 2, backoff.maxMs);
      }
    }
  }

  /**
   * Waits out one backoff delay, asking the source's /readyz every probe interval meanwhile,
   * and returns early once it answers 200 after the source was seen down (the pull could not
   * reach it, the source answered SERVICE_UNAVAILABLE — its database failed —, or a probe
   * failed): a source back from an outage is pulled again within a probe interval, however
   * long the backoff has grown, and one whose database flaps is pulled about every probe
   * interval, as SERVICE_UNAVAILABLE asks. A source that stays ready while answering other
   * errors waits the whole delay, so a refusal is not retried in a tight loop. Probes are not
   * logged; the pull that follows is.
   */
  private async backOff(source: SyncSource, delayMs: number, unreachable: boolean): Promise<void> {
    const signal = this.abort.signal;
    const deadline = Date.now() + delayMs;
    let seenDown = unreachable;
    while (!signal.aborted) {
      const left = deadline - Date.now();
      if (left <= 0) return;
      await sleep(Math.min(READINESS_PROBE_INTERVAL_MS, left), signal);
      if (signal.aborted || Date.now() >= deadline) return;
      const ready = await sourceIsReady(source.url, signal);
      if (ready && seenDown) return;
      if (!ready) seenDown = true;
    }
  }

  /**
   * Stores what the source just answered — its head, when that was written, when the first
   * change after the applied position was written — before the answer is applied, and apart
   * from it: an apply that fails, a refusal that pauses the source, a consumer stopped or
   * backing off afterwards all leave the lag known (sync-status.ts ages it against now).
   * Skipped when another consumer moved the cursor meanwhile.
   */
  private async noteAnswer(source: SyncSource, after: string, batch: ChangeBatch): Promise<void> {
    await this.options.node.db
      .updateTable('sync_source')
      .set({
        head: batch.head,
        head_at: batch.headAt,
        pending_since: batch.changes[0]?.at ?? null,
        answered_at: new Date(),
      })
      .where('source', '=', source.division)
      .where('applied', '=', after)
      .execute();
  }

  private async resync(source: SyncSource, epoch: string, reason: string): Promise<void> {
    const { node } = this.options;
    const relation = sourceRelation(node, source.division);
    if (!relation) throw new Error(`no relation to ${source.division}`);
    node.logger.warn({ source: source.division, reason }, 'resynchronising sync source from zero');
    await node.db.transaction().execute(async (trx) => {
      await trx
        .selectFrom('sync_source')
        .select('source')
        .where('source', '=', source.division)
        .forUpdate()
        .execute();
      await forgetSource(trx, node, source.division, relation);
      await trx
        .updateTable('sync_source')
        .set((eb) => ({
          epoch,
          applied: 0,
          head: 0,
          head_at: null,
          pending_since: null,
          current_to: null,
          state: 'RESYNCING',
          last_error: reason,
          resyncs: eb('resyncs', '+', 1),
          updated_at: new Date(),
        }))
        .where('source', '=', source.division)
        .execute();
    });
  }

  private async setState(source: SyncSource, state: SyncState, error: string | null) {
    await this.options.node.db
      .updateTable('sync_source')
      .set({ state, last_error: error, updated_at: new Date() })
      .where('source', '=', source.division)
      .execute();
  }
}

/**
 * Why the batch cannot simply follow the cursor: the source was rebuilt (new
 * epoch), rewound (its head is behind what was applied), or a complete feed skips
 * positions.
 */
export function discontinuityOf(
  cursor: { applied: string; epoch: string | null },
  batch: ChangeBatch,
): string | undefined {
  if (cursor.epoch && cursor.epoch !== batch.epoch) {
    return `the source was rebuilt: its epoch changed from ${cursor.epoch} to ${batch.epoch}`;
  }
  const applied = BigInt(cursor.applied);
  if (BigInt(batch.head) < applied) {
    return `the source was rewound: its head ${batch.head} is behind the applied position ${cursor.applied}`;
  }
  let previous = applied;
  for (const change of batch.changes) {
    const position = BigInt(change.position);
    const expected = previous + 1n;
    if (position <= previous || (!batch.filtered && position !== expected)) {
      return `the feed skipped from position ${previous} to ${change.position}`;
    }
    previous = position;
  }
  if (!batch.filtered && BigInt(batch.reached) !== previous) {
    return `the feed claims position ${batch.reached} but sent changes only up to ${previous}`;
  }
  return undefined;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
