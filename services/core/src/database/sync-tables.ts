import type { ColumnType, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;
/** bigint columns come back from pg as strings (exact); written as number or string. */
type BigIntColumn = ColumnType<string, number | string | undefined, number | string>;

/** Where a node stands with one source it pulls from (migrations 20261121160000_tier-sync, 20261204120000_sync-backlog-and-lag, 20261205120000_sync-stale-changes). */
export interface SyncSourceTable {
  source: string;
  epoch: string | null;
  applied: BigIntColumn;
  head: BigIntColumn;
  state: string;
  last_error: string | null;
  current_to: NullableTimestamp;
  applied_at: NullableTimestamp;
  /** When the source's head entry was written, as it said when it last answered (20261204120000). */
  head_at: NullableTimestamp;
  /** When the first change after `applied` was written at the source; null when none is known to wait. */
  pending_since: NullableTimestamp;
  /** When the source last answered a pull: what head, head_at and pending_since are as of. */
  answered_at: NullableTimestamp;
  resyncs: ColumnType<number, number | undefined, number>;
  /** Changes skipped because this node held a newer version of their row or a newer delete (20261205120000). */
  stale_changes: BigIntColumn;
  updated_at: Timestamp;
}

export interface SyncTombstoneTable {
  entity: string;
  entity_id: string;
  version: number;
}

export interface SupervisionOrderTable {
  id: string;
  number: string;
  issuer_division: string;
  division: string;
  record_entity: 'hotline_ticket' | 'case_report';
  record_id: string;
  level: 'ROUTINE' | 'LISTED' | 'INTERVIEW';
  deadline: Timestamp;
  instructions: string;
  issued_by: string;
  version: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type SupervisionAction = 'sign' | 'assign' | 'reply' | 'close' | 'return';

export interface SupervisionStepTable {
  id: string;
  order_id: string;
  division: string;
  action: SupervisionAction;
  comment: string | null;
  handling_unit: string | null;
  actor: string;
  actor_division: string;
  version: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DirectiveStepTable {
  id: string;
  directive_id: string;
  division: string;
  action: 'acknowledge' | 'report';
  comment: string | null;
  actor: string;
  version: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DirectiveTable {
  id: string;
  number: string;
  issuer_division: string;
  division: string;
  title: string;
  body: string;
  due_at: NullableTimestamp;
  issued_by: string;
  version: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DailyRollupTable {
  division: string;
  day: ColumnType<string, string, string>;
  record_kind: string;
  category: string;
  counts: ColumnType<Record<string, number>, string, string>;
  version: ColumnType<number, number | undefined, number>;
}

export interface FlagPublicationTable {
  entity: string;
  entity_id: string;
  version: number;
}

/** What made a supervision order arrive for someone at a city (supervision-arrivals.ts). */
export type SupervisionArrivalKind = 'issued' | 'returned' | 'assigned';

export interface SupervisionArrivalTable {
  position: ColumnType<string, never, never>;
  kind: SupervisionArrivalKind;
  source_id: string;
  order_id: string;
  division: string;
  handling_unit: string | null;
  arrived_at: ColumnType<Date, never, never>;
}

export interface SyncTables {
  sync_source: SyncSourceTable;
  sync_tombstone: SyncTombstoneTable;
  supervision_order: SupervisionOrderTable;
  supervision_step: SupervisionStepTable;
  supervision_arrival: SupervisionArrivalTable;
  directive_step: DirectiveStepTable;
  directive: DirectiveTable;
  daily_rollup: DailyRollupTable;
  flag_publication: FlagPublicationTable;
}

export type SupervisionOrderRow = Selectable<SupervisionOrderTable>;
export type SupervisionStepRow = Selectable<SupervisionStepTable>;
export type DirectiveStepRow = Selectable<DirectiveStepTable>;
export type DirectiveRow = Selectable<DirectiveTable>;
