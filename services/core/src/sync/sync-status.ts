import type { Kysely } from 'kysely';
import type { Database } from '../database/tables.js';

export type SyncState =
  'STARTING' | 'CATCHING_UP' | 'CAUGHT_UP' | 'BACKING_OFF' | 'PAUSED' | 'RESYNCING';

export interface SourceStatus {
  source: string;
  state: SyncState;
  epoch: string | null;
  applied: string;
  head: string;
  headAt: Date | null;
  lagChanges: number;
  oldestPendingAt: Date | null;
  oldestPendingSeconds: number;
  lagSeconds: number | null;
  currentTo: Date | null;
  answeredAt: Date | null;
  lastError: string | null;
  resyncs: number;
  /** Changes skipped because this node held a newer version of their row (stale-changes.ts). */
  staleChanges: number;
}

const secondsSince = (instant: Date, now: Date) =>
  Math.max((now.getTime() - instant.getTime()) / 1000, 0);

/**
 * Where this node stands with each of its sources, lag computed against now. The source's
 * head and the instant of the first change after `applied` are stored whenever the source
 * answers, before its answer is applied (sync-consumer.ts), so what waits and for how long
 * is known however the consumer fares afterwards: backing off, paused, stopped.
 */
export async function readSourceStatuses(
  db: Kysely<Database>,
  now = new Date(),
): Promise<SourceStatus[]> {
  const rows = await db.selectFrom('sync_source').selectAll().orderBy('source').execute();
  return rows.map((row) => {
    const lagChanges = Math.max(Number(BigInt(row.head) - BigInt(row.applied)), 0);
    // From a source too old to say when its first waiting change was written, its head's
    // instant (a waiting change no older than that) or, failing that, its last answer.
    const oldestPendingAt =
      lagChanges > 0 ? (row.pending_since ?? row.head_at ?? row.answered_at) : null;
    const oldestPendingSeconds = oldestPendingAt ? secondsSince(oldestPendingAt, now) : 0;
    const sinceCurrent = row.current_to ? secondsSince(row.current_to, now) : null;
    return {
      source: row.source,
      state: row.state as SyncState,
      epoch: row.epoch,
      applied: row.applied,
      head: row.head,
      headAt: row.head_at,
      lagChanges,
      oldestPendingAt,
      oldestPendingSeconds,
      // Caught up with nothing waiting means a long poll is waiting for the source's next
      // change: no lag, even though current_to is only refreshed when a poll returns (every
      // SYNC_WAIT_SECONDS). With changes waiting, never less than the oldest one's age.
      lagSeconds:
        lagChanges > 0
          ? Math.max(sinceCurrent ?? 0, oldestPendingSeconds)
          : row.state === 'CAUGHT_UP'
            ? 0
            : sinceCurrent,
      currentTo: row.current_to,
      answeredAt: row.answered_at,
      lastError: row.last_error,
      resyncs: row.resyncs,
      staleChanges: Number(row.stale_changes),
    };
  });
}

/** The lag as Prometheus text exposition, for the node's /metrics endpoint. */
export function syncMetricsText(node: string, statuses: SourceStatus[], now = new Date()): string {
  const metric =
    (type: 'gauge' | 'counter') =>
    (
      name: string,
      help: string,
      values: readonly { status: SourceStatus; value: number | null; labels?: string }[],
    ) => [
      `# HELP ${name} ${help}`,
      `# TYPE ${name} ${type}`,
      ...values
        .filter((entry) => entry.value !== null)
        .map(
          ({ status, value, labels = '' }) =>
            `${name}{node="${node}",source="${status.source}"${labels}} ${value}`,
        ),
    ];
  const gauge = metric('gauge');
  const counter = metric('counter');
  const lines = [
    ...gauge(
      'city_ops_sync_lag_changes',
      'Changes the source has sealed that this node has not applied, as of its last answer.',
      statuses.map((status) => ({ status, value: status.lagChanges })),
    ),
    ...gauge(
      'city_ops_sync_lag_seconds',
      "Seconds since the instant this node's replicas of the source are current to (0 only when caught up with nothing waiting).",
      statuses.map((status) => ({ status, value: status.lagSeconds })),
    ),
    ...gauge(
      'city_ops_sync_oldest_pending_seconds',
      'Age of the oldest change of the source this node has not applied (0 when none waits); grows while the consumer backs off, is paused or stopped.',
      statuses.map((status) => ({ status, value: status.oldestPendingSeconds })),
    ),
    ...gauge(
      'city_ops_sync_last_answer_seconds',
      'Seconds since the source last answered a pull.',
      statuses.map((status) => ({
        status,
        value: status.answeredAt ? secondsSince(status.answeredAt, now) : null,
      })),
    ),
    ...gauge(
      'city_ops_sync_up',
      '1 when the source is caught up or catching up, 0 when backing off, paused or resyncing.',
      statuses.map((status) => ({
        status,
        value: status.state === 'CAUGHT_UP' || status.state === 'CATCHING_UP' ? 1 : 0,
        labels: `,state="${status.state}"`,
      })),
    ),
    ...counter(
      'city_ops_sync_stale_changes_total',
      'Changes from the source skipped because this node held a newer version of their row or a newer delete (0 in a healthy federation: a source whose versions went back, or a change out of order).',
      statuses.map((status) => ({ status, value: status.staleChanges })),
    ),
  ];
  return lines.join('\n') + '\n';
}
