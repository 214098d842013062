import type { Repeater } from 'graphql-yoga';
import type { ChangeEntity } from '../change-log/append-change.js';
import type { NodeRuntime } from '../node-context.js';
import { nextChangeSignal } from '../sync/change-signal.js';
import { feedHead, sealChanges } from '../sync/seal-changes.js';
import { nodeStream } from './node-stream.js';
import { hasUnsealedChanges, readSealedWrites } from './sealed-writes.js';

/** A write a subscriber may see: its change-log position and the record as they read it now. */
export interface LiveWrite<View> {
  position: string;
  record: View;
}

/**
 * How long a stream waits for a signal before looking at the change log again: a write of
 * this node signals at once (change-signal.ts); one of another process (a sync applier, a
 * second node process on the same database) is seen within this.
 */
export const LIVE_POLL_INTERVAL_MS = 250;

/**
 * How soon a stream looks again when a committed change was not sealable yet (an older
 * writing transaction was still open): the signal of its commit has been spent already.
 */
export const LIVE_SEAL_RETRY_MS = 20;

/** Writes read per look: a resumed stream replays a long backlog a page at a time. */
const LIVE_PAGE = 100;

/** How often a stream looks for its timed events unless the node says (DUE_SOON_CHECK_MS). */
export const DUE_SOON_CHECK_MS = 60_000;

/**
 * Events no write makes (a ticket falling due soon): `look` finds them when the stream
 * opens and then every `everyMs`, and each is sent at the position of the last write sent,
 * so a client resuming after it misses no write.
 */
export interface TimedEvents<View> {
  everyMs: number;
  look: () => Promise<readonly View[]>;
}

export interface LiveWritesOptions<View> {
  node: NodeRuntime;
  entity: ChangeEntity;
  /** Only the writes of this one row. */
  entityId?: string | undefined;
  /**
   * Of the written rows (`written`: each row's id and the version its write made), what the
   * subscriber is sent now, read under their row scope (a row out of it, or no longer
   * matching what they follow, is left out). A row read at a later version than its write
   * made is better left out too: that later write is committed, so it comes in a later
   * page, and sending the row at it keeps one event per state, each at its own write.
   */
  visible: (written: ReadonlyMap<string, number>) => Promise<ReadonlyMap<string, View>>;
  /** Ends the stream (the client went away); the node's `closing` ends it too. */
  signal?: AbortSignal | undefined;
  timed?: TimedEvents<View> | undefined;
}

/** The position a stream starts after: the one given, or the sealed head (from now on). */
export async function startPosition(node: NodeRuntime, after: string | undefined): Promise<string> {
  return after ?? (await feedHead(node.db)).head;
}

/**
 * A subscriber's writes from the node's sealed change log, after `from` (startPosition): the backlog
 * first, then live ones, each position at most once and in order. A page's several writes
 * of one row are sent once, at the row's last position in it, so a client resuming after
 * any position it was sent gets nothing twice. Each look seals what committed (as a feed
 * reader does: sealing is what makes a position final), then reads one page; an empty page
 * waits for the next write signal or LIVE_POLL_INTERVAL_MS (LIVE_SEAL_RETRY_MS, doubling up
 * to the interval, while a committed change still waits to be sealed). Ends as every
 * node stream does (node-stream.ts).
 * `timed` events are sent between pages, as the stream opens and then every `everyMs`.
 */
export function liveWrites<View>(
  options: LiveWritesOptions<View>,
  from: string,
): Repeater<LiveWrite<View>> {
  const { node } = options;
  return nodeStream<LiveWrite<View>>(node, options.signal, async ({ push, ending }) => {
    let cursor = from;
    let retry = LIVE_SEAL_RETRY_MS;
    const { timed } = options;
    let nextLook = 0;
    while (!ending.aborted) {
      if (timed && Date.now() >= nextLook) {
        for (const record of await timed.look()) {
          if (ending.aborted) break;
          await push({ position: cursor, record });
        }
        nextLook = Date.now() + timed.everyMs;
      }
      await sealChanges(node.db);
      const writes = await readSealedWrites(node.db, {
        after: cursor,
        entity: options.entity,
        entityId: options.entityId,
        limit: LIVE_PAGE,
      });
      if (writes.length === 0) {
        const pending = await hasUnsealedChanges(node.db);
        const untilLook = timed ? Math.max(0, nextLook - Date.now()) : Infinity;
        const wait = Math.min(pending ? retry : LIVE_POLL_INTERVAL_MS, untilLook);
        await nextChangeSignal(node.db, wait, ending);
        // A transaction held open long (elsewhere on the server) keeps changes unsealed:
        // looking every 20 ms all that while would only load the database.
        retry = pending ? Math.min(retry * 2, LIVE_POLL_INTERVAL_MS) : LIVE_SEAL_RETRY_MS;
        continue;
      }
      retry = LIVE_SEAL_RETRY_MS;
      const last = new Map(writes.map((write) => [write.entityId, write.position]));
      const versions = new Map(writes.map((write) => [write.entityId, write.version]));
      const seen = await options.visible(versions);
      for (const write of writes) {
        const record = seen.get(write.entityId);
        if (record === undefined || last.get(write.entityId) !== write.position) continue;
        if (ending.aborted) break;
        await push({ position: write.position, record });
      }
      cursor = writes.at(-1)?.position ?? cursor;
    }
  });
}
