import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Timestamps come back as Date and may be written as Date or ISO string. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

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
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
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
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
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
  linked_ticket_id: string | null;
  linked_case_id: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
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
  /** Filled by the database (hash chain trigger). */
  prev_hash: ColumnType<string, never, never>;
  hash: ColumnType<string, never, never>;
}

/** The database of one node, as kysely sees it. */
export interface Database {
  hotline_ticket: HotlineTicketTable;
  case_report: CaseReportTable;
  enforcement_record: EnforcementRecordTable;
  node_identity: NodeIdentityTable;
  change_log: ChangeLogTable;
  audit_log: AuditLogTable;
}

export type HotlineTicketRow = Selectable<HotlineTicketTable>;
export type NewHotlineTicket = Insertable<HotlineTicketTable>;
export type CaseReportRow = Selectable<CaseReportTable>;
export type EnforcementRecordRow = Selectable<EnforcementRecordTable>;
