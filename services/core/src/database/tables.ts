import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { SyncTables } from './sync-tables.js';

/** Timestamps come back as Date and may be written as Date or ISO string. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A timestamp a record gets at some step of its workflow (null until then). */
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;

/** A co-handling unit's 协办反馈, as `co_unit_replies` holds it under the unit's code. */
export interface CoUnitReply {
  reply: string;
  /** ISO 8601. */
  repliedAt: string;
  /** The username that gave it. */
  repliedBy: string;
}

export type CoUnitReplies = Readonly<Record<string, CoUnitReply>>;

export interface HotlineTicketTable {
  id: string;
  number: string;
  origin_node: string;
  division: string;
  channel: string;
  intake_class: string;
  category_code: string;
  title: string;
  content: string;
  caller_name: string | null;
  caller_phone: string | null;
  caller_confidential: Generated<boolean>;
  address: string | null;
  street: string | null;
  community: string | null;
  longitude: number | null;
  latitude: number | null;
  urgency: Generated<string>;
  status: string;
  handling_mode: string | null;
  resolution: string | null;
  satisfaction: string | null;
  parent_ticket_id: string | null;
  /** 主办: the handling unit leading the work, once dispatched. */
  lead_unit: string | null;
  /** 协办: co-handling units. */
  co_units: ColumnType<string[], string[] | undefined, string[]>;
  /** 热线转办: the case this ticket was converted to (its `linked_ticket_id` names this ticket). */
  case_id: ColumnType<string | null, string | null | undefined, string | null>;
  /**
   * Each co-unit's 协办反馈 of the current dispatch, by unit code; written as JSON text. Null
   * (none) on a replica stored from a change logged before the column existed.
   */
  co_unit_replies: ColumnType<CoUnitReplies | null, string | undefined, string>;
  reply: string | null;
  replied_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** When the ticket falls due, from the deadline rules in working time. */
  due_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** A pending extension request (延期): working days asked for, and why. */
  extension_days: number | null;
  extension_reason: string | null;
  closed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
  /** How many files are attached (null on a replica stored from a change logged before the column existed). */
  attachment_count: ColumnType<number | null, number | undefined, number>;
}

export interface CaseReportTable {
  id: string;
  number: string;
  origin_node: string;
  division: string;
  source: string;
  case_type: string;
  major_class: string;
  minor_code: string;
  object_code: string | null;
  description: string;
  address: string | null;
  grid_cell: string | null;
  longitude: number | null;
  latitude: number | null;
  urgency: Generated<string>;
  status: string;
  handling_unit: string | null;
  closure_type: string | null;
  linked_ticket_id: string | null;
  /** The case loop's columns (migration 20261121140000_case-workflow). */
  filed_at: NullableTimestamp;
  filed_by: string | null;
  dispatched_at: NullableTimestamp;
  due_at: NullableTimestamp;
  handled_at: NullableTimestamp;
  handling_result: string | null;
  extension_days: number | null;
  extension_reason: string | null;
  return_reason: string | null;
  verified_at: NullableTimestamp;
  verified_by: string | null;
  closed_at: NullableTimestamp;
  parked_reason: string | null;
  void_reason: string | null;
  evaluated_at: NullableTimestamp;
  evaluation_score: number | null;
  evaluation_comment: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
  /** How many files are attached (null on a replica stored from a change logged before the column existed). */
  attachment_count: ColumnType<number | null, number | undefined, number>;
}

export interface EnforcementOfficerJson {
  name: string;
  certificateNumber: string;
}

export interface EnforcementRecordTable {
  id: string;
  number: string;
  origin_node: string;
  division: string;
  source: string;
  violated_article: string;
  penalty_article: string;
  party_kind: string;
  party_name: string;
  party_id_number: string | null;
  party_credit_code: string | null;
  party_legal_representative: string | null;
  officers: ColumnType<EnforcementOfficerJson[], string, string>;
  procedure: string;
  status: string;
  /** numeric comes back from pg as a string, to keep cents exact. */
  fine_amount: ColumnType<string | null, string | number | null, string | number | null>;
  filed_at: Timestamp;
  decided_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  /** 重大案件: legal review (法制审核) is required before the decision. */
  is_major: Generated<boolean>;
  /** Usernames of the officers who investigate (a hearing's presiding officer and the legal reviewer must not be one). */
  investigators: ColumnType<string[], string[] | undefined, string[]>;
  decision_due_at: NullableTimestamp;
  decision_extension_days: Generated<number>;
  decision_extension_reason: string | null;
  decision_extension_approved_by: string | null;
  notice_served_at: NullableTimestamp;
  hearing_requested_at: NullableTimestamp;
  hearing_waived_at: NullableTimestamp;
  hearing_presiding_officer: string | null;
  hearing_held_at: NullableTimestamp;
  legal_reviewed_by: string | null;
  legal_reviewed_at: NullableTimestamp;
  /** The penalty type (罚种) decided. */
  decision: string | null;
  service_due_at: NullableTimestamp;
  served_at: NullableTimestamp;
  payment_due_at: NullableTimestamp;
  paid_at: NullableTimestamp;
  amount_paid: ColumnType<string | null, string | number | null, string | number | null>;
  enforced_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  linked_ticket_id: string | null;
  linked_case_id: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
  /** How many files are attached (null on a replica stored from a change logged before the column existed). */
  attachment_count: ColumnType<number | null, number | undefined, number>;
}

export interface NodeIdentityTable {
  singleton: Generated<boolean>;
  tier: string;
  division: string;
  epoch: Generated<string>;
  created_at: Timestamp;
}

export interface ChangeLogTable {
  seq: ColumnType<string, never, never>;
  entity: string;
  entity_id: string;
  version: number;
  operation: 'upsert' | 'delete';
  payload: ColumnType<unknown, string, string>;
  schema_version: number;
  division: string;
  created_at: Timestamp;
  txid: ColumnType<string, never, never>;
  /** The feed's dense order, set when the row is sealed (change-feed/seal-changes.ts). */
  position: ColumnType<string | null, never, string | null>;
}

export interface AuditLogTable {
  id: ColumnType<string, never, never>;
  at: Timestamp;
  actor_subject: string;
  actor_username: string;
  actor_roles: string[];
  actor_division: string;
  action: string;
  entity: string;
  entity_ids: string[];
  reason: string | null;
  client_address: string | null;
  request_id: string | null;
  detail: ColumnType<unknown, string | undefined, string>;
  /** The division scope the request acted in; auditors read entries inside theirs. */
  scope: string;
  /** Filled by the sealer (audit_log_seal): '' until the entry is chained. */
  prev_hash: ColumnType<string, never, never>;
  hash: ColumnType<string, never, never>;
  /** The entry's place in the hash chain; null until sealed. */
  position: ColumnType<string | null, never, never>;
}

export interface RecordHistoryTable {
  id: ColumnType<string, never, never>;
  entity: string;
  entity_id: string;
  division: string;
  action: string;
  from_state: string | null;
  to_state: string;
  actor_subject: string;
  actor_username: string;
  actor_roles: string[];
  comment: string | null;
  detail: ColumnType<unknown, string | undefined, string>;
  at: Timestamp;
  /** The source's id of a replicated entry; null for the node's own history. */
  origin_id: ColumnType<string | null, string | number | null | undefined, never>;
}

export interface HandlingUnitTable {
  code: string;
  name: string;
  division: string;
  parent: string | null;
}

/** A create's idempotency key (migration 20261121190000_idempotency-keys, idempotency/create-once.ts). */
export interface IdempotencyKeyTable {
  /** The caller's `sub`. */
  subject: string;
  /** The create mutation's name. */
  operation: string;
  key: string;
  /** sha256 of the input without the key, canonical JSON. */
  request_hash: string;
  /** The record the first request made. */
  result_id: string;
  /** The row scope the create ran in; row-level security keys on it. */
  division: string;
  created_at: Timestamp;
}

/** A file attached to a record, held only at the record's owning city. */
export interface AttachmentTable {
  id: string;
  record_table: 'hotline_ticket' | 'case_report' | 'enforcement_record';
  record_id: string;
  division: string;
  file_name: string;
  content_type: string;
  size: number;
  purpose: string;
  content: Uint8Array;
  uploaded_by: string;
  uploaded_at: Timestamp;
}

/** The database of one node, as kysely sees it. */
export interface Database extends SyncTables {
  record_history: RecordHistoryTable;
  handling_unit: HandlingUnitTable;
  hotline_ticket: HotlineTicketTable;
  case_report: CaseReportTable;
  enforcement_record: EnforcementRecordTable;
  node_identity: NodeIdentityTable;
  change_log: ChangeLogTable;
  audit_log: AuditLogTable;
  idempotency_key: IdempotencyKeyTable;
  attachment: AttachmentTable;
}

export type HotlineTicketRow = Selectable<HotlineTicketTable>;
export type NewHotlineTicket = Insertable<HotlineTicketTable>;
export type CaseReportRow = Selectable<CaseReportTable>;
export type EnforcementRecordRow = Selectable<EnforcementRecordTable>;
