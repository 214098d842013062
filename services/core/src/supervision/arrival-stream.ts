import type { Repeater } from 'graphql-yoga';
import { LIVE_POLL_INTERVAL_MS } from '../live/live-writes.js';
import { nodeStream } from '../live/node-stream.js';
import type { NodeRuntime } from '../node-context.js';
import { nextChangeSignal } from '../sync/change-signal.js';
import type { SupervisionArrivalKind } from '../database/sync-tables.js';
import { readArrivals } from './supervision-arrivals.js';
import type { ArrivalAudience } from './supervision-arrivals.js';

/** An arrival a subscriber may see: its position, what brought it and the order as they read it now. */
export interface ArrivalEvent<View> {
  position: string;
  kind: SupervisionArrivalKind;
  order: View;
}

/** Arrivals read per look: a resumed stream replays a long backlog a page at a time. */
const ARRIVAL_PAGE = 100;

export interface ArrivalStreamOptions<View> {
  node: NodeRuntime;
  audience: ArrivalAudience;
  /** Of the orders `ids`, those the subscriber may read now, under their row scope. */
  visible: (ids: readonly string[]) => Promise<ReadonlyMap<string, View>>;
  /** Ends the stream (the client went away); the node's `closing` ends it too. */
  signal?: AbortSignal | undefined;
}

/**
 * A subscriber's supervision arrivals after `from`: the backlog first, then live ones, each
 * position at most once and in order (positions are commit-ordered: supervision-arrivals.ts).
 * An empty page waits for the next write signal of this node — the sync applier and every
 * request transaction give one when they commit — or LIVE_POLL_INTERVAL_MS (a write of
 * another process on the same database). An arrival whose order the subscriber cannot read
 * now is skipped, its position passed. Ends as every node stream does (node-stream.ts).
 */
export function arrivalStream<View>(
  options: ArrivalStreamOptions<View>,
  from: string,
): Repeater<ArrivalEvent<View>> {
  const { node } = options;
  return nodeStream<ArrivalEvent<View>>(node, options.signal, async ({ push, ending }) => {
    let cursor = from;
    while (!ending.aborted) {
      const arrivals = await readArrivals(node.db, options.audience, cursor, ARRIVAL_PAGE);
      if (arrivals.length === 0) {
        await nextChangeSignal(node.db, LIVE_POLL_INTERVAL_MS, ending);
        continue;
      }
      const seen = await options.visible([...new Set(arrivals.map((a) => a.orderId))]);
      for (const arrival of arrivals) {
        const order = seen.get(arrival.orderId);
        if (order === undefined) continue;
        if (ending.aborted) break;
        await push({ position: arrival.position, kind: arrival.kind, order });
      }
      cursor = arrivals.at(-1)?.position ?? cursor;
    }
  });
}
