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
  lagChanges: number;
  lagSeconds: number | null;
  currentTo: Date | null;
  lastError: string | null;
  resyncs: number;
}

/** Where this node stands with each of its sources, lag computed against now. */
export async function readSourceStatuses(
  db: Kysely<Database>,
  now = new Date(),
): Promise<SourceStatus[]> {
  const rows = await db.selectFrom('sync_source').selectAll().orderBy('source').execute();
  return rows.map((row) => ({
    source: row.source,
    state: row.state as SyncState,
    epoch: row.epoch,
    applied: row.applied,
    head: row.head,
    lagChanges: Math.max(Number(BigInt(row.head) - BigInt(row.applied)), 0),
    // Caught up means a long poll is waiting for the source's next change: no lag, even
    // though current_to is only refreshed when a poll returns (every SYNC_WAIT_SECONDS).
    lagSeconds:
      row.state === 'CAUGHT_UP' && row.applied === row.head
        ? 0
        : row.current_to
          ? Math.max((now.getTime() - row.current_to.getTime()) / 1000, 0)
          : null,
    currentTo: row.current_to,
    lastError: row.last_error,
    resyncs: row.resyncs,
  }));
}

/** The lag as Prometheus text exposition, for the node's /metrics endpoint. */
export function syncMetricsText(node: string, statuses: SourceStatus[]): string {
  const lines = [
    '# HELP city_ops_sync_lag_changes Changes the source has sealed that this node has not applied.',
    '# TYPE city_ops_sync_lag_changes gauge',
    ...statuses.map(
      (status) =>
        `city_ops_sync_lag_changes{node="${node}",source="${status.source}"} ${status.lagChanges}`,
    ),
    "# HELP city_ops_sync_lag_seconds Seconds since the instant this node's replicas of the source are current to.",
    '# TYPE city_ops_sync_lag_seconds gauge',
    ...statuses
      .filter((status) => status.lagSeconds !== null)
      .map(
        (status) =>
          `city_ops_sync_lag_seconds{node="${node}",source="${status.source}"} ${status.lagSeconds}`,
      ),
    '# HELP city_ops_sync_up 1 when the source is caught up or catching up, 0 when backing off, paused or resyncing.',
    '# TYPE city_ops_sync_up gauge',
    ...statuses.map(
      (status) =>
        `city_ops_sync_up{node="${node}",source="${status.source}",state="${status.state}"} ${status.state === 'CAUGHT_UP' || status.state === 'CATCHING_UP' ? 1 : 0}`,
    ),
  ];
  return lines.join('\n') + '\n';
}
