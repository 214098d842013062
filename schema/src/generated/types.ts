export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /**
   * An instant in time, ISO 8601 in UTC (e.g. 2026-11-21T08:30:00.000Z). A client shows it in
   * the zone of `nodeInfo.timeZone` (Asia/Shanghai: 2026-11-21 16:30), the zone the node
   * computes working time and deadlines in.
   */
  DateTime: { input: string; output: string };
  /**
   * A file uploaded with the GraphQL multipart request spec (a `multipart/form-data` POST
   * with `operations`, `map` and one part per file; e.g. `curl -F operations=… -F map=… -F 0=@photo.jpg`).
   */
  File: { input: File; output: File };
  /**
   * A key of your choosing that makes retrying a create safe — a new UUID per new request
   * is best (1–128 letters, digits or `. _ : -`). Sent again with the same input, it answers
   * with what the first request made (as it is now) and creates nothing; with a different
   * input it is `CONFLICT`. Keys are per user and per mutation, and kept at least 30 days.
   * Use one whenever a lost answer (`NODE_UNAVAILABLE`: "may or may not have been applied")
   * would be retried: without a key, a retry may create a duplicate.
   */
  IdempotencyKey: { input: string; output: string };
};

/** An action you may take on a record now (a mutation) and how a person reads it (e.g. signFor: 签收). */
export type ActionLabel = {
  __typename?: 'ActionLabel';
  action: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type AnswerTicketInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** What the agent or unit told the caller (1–2000 characters). */
  reply: Scalars['String']['input'];
  resolution: Resolution;
  version: Scalars['Int']['input'];
};

export type AssignSupervisionOrderInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
  /** A handling unit of the city (handlingUnits). */
  unit: Scalars['String']['input'];
};

/**
 * A file attached to a ticket, case or enforcement record. Held only by the record's
 * owning city; the tiers above see only the record's `attachmentCount`.
 */
export type Attachment = {
  __typename?: 'Attachment';
  /** Read from the file's bytes, never from its name: image/jpeg, image/png, image/webp or application/pdf. */
  contentType: Scalars['String']['output'];
  /** The name the file was uploaded with. */
  fileName: Scalars['String']['output'];
  /** `<owning city>-AT-<uuid>`: the gateway routes a download by it. */
  id: Scalars['ID']['output'];
  purpose: AttachmentPurpose;
  /** The record it is attached to. */
  recordId: Scalars['ID']['output'];
  /** Bytes, as stored (a photo's location metadata removed). */
  size: Scalars['Int']['output'];
  uploadedAt: Scalars['DateTime']['output'];
  /** The username that uploaded it. */
  uploadedBy: Scalars['String']['output'];
};

/** An attachment with its content. */
export type AttachmentContent = {
  __typename?: 'AttachmentContent';
  attachment: Attachment;
  /** The file's bytes, base64-encoded. */
  base64: Scalars['String']['output'];
};

/** What a file attached to a record is for. */
export type AttachmentPurpose =
  /** 处理后: the scene after handling, for comparison with BEFORE_HANDLING. */
  | 'AFTER_HANDLING'
  /** 处理前: the scene before handling. */
  | 'BEFORE_HANDLING'
  /** 文书: a document (notice, decision, receipt). */
  | 'DOCUMENT'
  /** 现场照片: the scene as reported or found. */
  | 'SITE_PHOTO';

/** The result of recomputing a node's audit hash chain from its first entry. */
export type AuditChainReport = {
  __typename?: 'AuditChainReport';
  entries: Scalars['Int']['output'];
  /** The first entry whose hash or link does not match, when the chain is broken. */
  firstBrokenId: Maybe<Scalars['ID']['output']>;
  /** The hash of the newest entry: record it elsewhere to detect a rewritten chain later. */
  headHash: Maybe<Scalars['String']['output']>;
  intact: Scalars['Boolean']['output'];
  problem: Maybe<Scalars['String']['output']>;
};

/** An entry of a node's audit log: who did what, when, from where and why. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** e.g. ticket.create, personal-data.read, personal-data.reveal */
  action: Scalars['String']['output'];
  /** The actor's username (preferred_username). */
  actor: Scalars['String']['output'];
  actorDivision: Scalars['String']['output'];
  actorRoles: Array<Scalars['String']['output']>;
  actorSubject: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  clientAddress: Maybe<Scalars['String']['output']>;
  entity: Scalars['String']['output'];
  entityIds: Array<Scalars['String']['output']>;
  /**
   * This entry's link in the hash chain; null while it is not chained yet (a node chains
   * what is committed every second, so only the newest entries can be null).
   */
  hash: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  reason: Maybe<Scalars['String']['output']>;
  requestId: Maybe<Scalars['String']['output']>;
  /** The division scope the request acted in. */
  scope: Scalars['String']['output'];
};

/** Newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
};

/**
 * A day of a node's working calendar that is not an ordinary weekday or weekend day.
 * Deadlines count working days and hours over it (docs/WORKING-TIME.md).
 */
export type CalendarDay = {
  __typename?: 'CalendarDay';
  /** The node's local date, YYYY-MM-DD. */
  day: Scalars['String']['output'];
  kind: CalendarDayKind;
  /** e.g. 春节, 国庆节, 春节调休上班 */
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Who last set the day ('seed' for the State Council schedule shipped with the node). */
  updatedBy: Scalars['String']['output'];
};

/** How a listed day departs from the Monday–Friday working week. */
export type CalendarDayKind =
  /** 法定节假日: an official day off (the weekend days inside a holiday period are listed too) */
  | 'HOLIDAY'
  /** 调休上班: a weekend day worked to make up for a holiday */
  | 'WORKDAY';

export type CallBackTicketInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  resolution: Resolution;
  satisfaction: Satisfaction;
  version: Scalars['Int']['input'];
};

/**
 * The caller. Name and phone are personal data: shown in full only inside the owning
 * city to roles that need them, masked (张*, 138****5678) everywhere else.
 */
export type Caller = {
  __typename?: 'Caller';
  /** The caller asked for confidentiality (保密). */
  confidential: Scalars['Boolean']['output'];
  /** True when name and phone were masked for this reader. */
  masked: Scalars['Boolean']['output'];
  name: Maybe<Scalars['String']['output']>;
  phone: Maybe<Scalars['String']['output']>;
};

/**
 * 来电历史: a caller's earlier tickets at this city, for the agent taking their call. Reading
 * it is a read of the caller's personal data, audited as such.
 */
export type CallerHistory = {
  __typename?: 'CallerHistory';
  /** Of those, the ones not yet closed (not 办结 or 归档). */
  open: Scalars['Int']['output'];
  /** The phone searched for, normalised: digits only, a landline with its area code (02584001234). */
  phone: Scalars['String']['output'];
  /** The last 10 tickets: the open ones first, each group newest first. */
  recent: Array<HotlineTicket>;
  /** Every ticket of this city whose caller phone it is. */
  total: Scalars['Int']['output'];
};

export type CallerInput = {
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  /** At most 50 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Mainland mobile (11 digits) or landline (area code, 7–8 digits). */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Acting on a case: its id and the version you looked at (a newer one means someone acted first). */
export type CaseActionInput = {
  /** Up to 1000 characters, kept in the history. */
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type CaseEvaluation = {
  __typename?: 'CaseEvaluation';
  at: Scalars['DateTime']['output'];
  comment: Maybe<Scalars['String']['output']>;
  /** 0–100 */
  score: Scalars['Int']['output'];
};

/**
 * A write to a case of your unit's inbox, or a warning that one falls due soon (as TicketEvent,
 * for cases): from the owning city node's sealed change log, in its order, each at most once.
 */
export type CaseEvent = {
  __typename?: 'CaseEvent';
  /** The case as you may read it when the event is sent; null only when you may no longer read it. */
  case: Maybe<CaseReport>;
  caseId: Scalars['ID']['output'];
  change: InboxChange;
  /** As TicketEvent.position: keep the last one and pass it as `after` to resume. */
  position: Scalars['String']['output'];
};

/** 部件大类 and 事件大类 (GB/T 30428). */
export type CaseMajorClass =
  /** 宣传广告 (事件) */
  | 'ADVERTISING'
  /** 市容环境 (部件/事件) */
  | 'CITY_APPEARANCE'
  /** 施工管理 (事件) */
  | 'CONSTRUCTION'
  /** 突发事件 (事件) */
  | 'EMERGENCY'
  /** 房屋土地 (部件) */
  | 'HOUSING_LAND'
  /** 园林绿化 (部件) */
  | 'LANDSCAPING'
  /** 其他/扩展 */
  | 'OTHER'
  /** 公用设施 (部件) */
  | 'PUBLIC_FACILITIES'
  /** 道路交通 (部件) */
  | 'ROAD_TRAFFIC'
  /** 街面秩序 (事件) */
  | 'STREET_ORDER';

/** An action that needs a reason (作废, 挂账, 回退, 驳回): 2–1000 characters. */
export type CaseReasonInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** A city operations case (数字城管 / 运管服 案件). Owned by its city node; it holds no personal data. */
export type CaseReport = {
  __typename?: 'CaseReport';
  address: Maybe<Scalars['String']['output']>;
  /** The same actions, each with its label in the request's language (a console's buttons). */
  allowedActionLabels: Array<ActionLabel>;
  /** The actions you may take on this case now (docs/WORKFLOWS.md maps each to its mutation). */
  allowedActions: Array<Scalars['String']['output']>;
  /** How many files are attached; the one attachment fact that reaches the province and the ministry. */
  attachmentCount: Scalars['Int']['output'];
  /**
   * The attached files, oldest first: at the owning city, to those who may download them
   * (docs/PERMISSIONS.md `case.attachment.read`); null elsewhere (`attachmentCount` still says how many).
   */
  attachments: Maybe<Array<Attachment>>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  closureType: Maybe<ClosureType>;
  createdAt: Scalars['DateTime']['output'];
  /** NORMAL, DUE_SOON (within its last 4 working hours, by default) or OVERDUE. */
  deadlineStatus: DeadlineStatus;
  description: Scalars['String']['output'];
  /** 派遣: when it was (last) dispatched. */
  dispatchedAt: Maybe<Scalars['DateTime']['output']>;
  division: Division;
  /** When handling falls due: the minor category's time limit in working time from dispatch, moved by approved extensions. */
  dueAt: Maybe<Scalars['DateTime']['output']>;
  /** 综合评价 */
  evaluation: Maybe<CaseEvaluation>;
  /** 延期: how many extensions were approved (counted from the history). */
  extensionCount: Scalars['Int']['output'];
  /** A pending extension request (延期) of the unit, if any. */
  extensionRequest: Maybe<ExtensionRequest>;
  /** 立案: when and by whom. */
  filedAt: Maybe<Scalars['DateTime']['output']>;
  filedBy: Maybe<Scalars['String']['output']>;
  /** 单元网格 */
  gridCell: Maybe<Scalars['String']['output']>;
  /** 反馈: when the unit reported the work done, and what it reported. */
  handledAt: Maybe<Scalars['DateTime']['output']>;
  handlingResult: Maybe<Scalars['String']['output']>;
  /** The handling unit's code, once dispatched. */
  handlingUnit: Maybe<Scalars['String']['output']>;
  /** Every transition so far, oldest first. */
  history: Array<HistoryEntry>;
  /** Globally routable: the first six characters are the owning city node's division. */
  id: Scalars['ID']['output'];
  latitude: Maybe<Scalars['Float']['output']>;
  /** 热线转办: the ticket this case was converted from; the ticket names it back as caseId. */
  linkedTicketId: Maybe<Scalars['ID']['output']>;
  longitude: Maybe<Scalars['Float']['output']>;
  majorClass: CaseMajorClass;
  /** 小类: four digits, the first two the major class's code (GB/T 30428.2). */
  minorCode: Scalars['String']['output'];
  /** 案件编号: <city division>AJ<yyyymmdd><sequence>, never a ticket's or an enforcement record's. */
  number: Scalars['String']['output'];
  /** 部件编码, for 部件 cases. */
  objectCode: Maybe<Scalars['String']['output']>;
  /** Open and past its due time (a closed case is never overdue; its closureType says whether it closed late). */
  overdue: Scalars['Boolean']['output'];
  /** 挂账: why it is (or was last) parked. */
  parkedReason: Maybe<Scalars['String']['output']>;
  /** Null when the owning city answered (live); for a replica, its source and freshness. */
  replica: Maybe<ReplicaInfo>;
  /** 回退: how many returns were approved (counted from the history). */
  returnCount: Scalars['Int']['output'];
  /** The reason of a pending return request (回退) of the unit, if any. */
  returnRequestReason: Maybe<Scalars['String']['output']>;
  /** 返工: how many times verification failed (counted from the history). */
  reworkCount: Scalars['Int']['output'];
  source: CaseSource;
  /** That ticket, when you may read it (null when you may not read tickets, or that one). */
  sourceTicket: Maybe<HotlineTicket>;
  status: CaseStatus;
  /** Supervision orders on this case, as the node answering holds them. */
  supervisionOrders: Array<SupervisionOrder>;
  type: CaseType;
  updatedAt: Scalars['DateTime']['output'];
  urgency: Urgency;
  /** 核查: when and by whom it was last verified. */
  verifiedAt: Maybe<Scalars['DateTime']['output']>;
  verifiedBy: Maybe<Scalars['String']['output']>;
  /** Increases with every change; used for optimistic concurrency and sync. */
  version: Scalars['Int']['output'];
  /** 作废: why it was not filed. */
  voidReason: Maybe<Scalars['String']['output']>;
};

/** In the list's `sort` order (default newest first), then id, so pages merged across nodes stay stable. */
export type CaseReportConnection = {
  __typename?: 'CaseReportConnection';
  edges: Array<CaseReportEdge>;
  nodes: Array<CaseReport>;
  pageInfo: PageInfo;
};

export type CaseReportEdge = {
  __typename?: 'CaseReportEdge';
  cursor: Scalars['String']['output'];
  node: CaseReport;
};

export type CaseReportFilter = {
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only cases in one of these deadline states (see CaseReport.deadlineStatus). */
  deadlineStatus?: InputMaybe<Array<DeadlineStatus>>;
  /** Due before this instant (cases without a due time are left out). */
  dueBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Due at or after this instant (cases without a due time are left out). */
  dueFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Cases assigned to this handling unit. */
  handlingUnit?: InputMaybe<Scalars['String']['input']>;
  majorClass?: InputMaybe<Array<CaseMajorClass>>;
  /** A minor category code, or its first digits. */
  minorCode?: InputMaybe<Scalars['String']['input']>;
  /** Only open cases past their due time (true) or not (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<CaseStatus>>;
  /** Only cases under at least one supervision order (督办, true) or under none (false). */
  supervised?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Words separated by spaces (at most 100 characters), each of which must appear in the
   * number, description or address. Chinese works as written, a word of any length.
   */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A case list's order. A cursor is valid only under the sort of the page it came from. */
export type CaseSort = {
  by?: CaseSortField;
  direction?: SortDirection;
};

/** What a case list is sorted by. */
export type CaseSortField =
  | 'CREATED_AT'
  /** Cases without a due time (not yet dispatched, or parked) come last. */
  | 'DUE_AT'
  /** The last change, such as a workflow action. */
  | 'UPDATED_AT';

/** Where a case came from. */
export type CaseSource =
  /** 上级交办 */
  | 'HIGHER_LEVEL'
  /** 热线转办 */
  | 'HOTLINE'
  /** 监督员上报 */
  | 'INSPECTOR'
  /** 媒体曝光 */
  | 'MEDIA'
  /** 公众举报 */
  | 'PUBLIC'
  /** 视频/物联感知 */
  | 'SENSOR';

/**
 * The seven-step loop 信息采集 → 立案 → 派遣 → 处置 → 反馈 → 核查 → 结案 → 综合评价, with its
 * branches (返工, 延期, 回退, 挂账, 作废). docs/WORKFLOWS.md has the diagram and the table.
 */
export type CaseStatus =
  /** 结案 */
  | 'CLOSED'
  /** 信息采集: reported, waiting to be filed */
  | 'COLLECTED'
  /** 派遣: dispatched to a handling unit */
  | 'DISPATCHED'
  /** 综合评价: evaluated after closing */
  | 'EVALUATED'
  /** 立案: filed, waiting to be dispatched (also after a return or a resume) */
  | 'FILED'
  /** 处置: the unit is handling it */
  | 'HANDLING'
  /** 挂账: parked long-term, with a reason */
  | 'PARKED'
  /** 反馈: the unit reported it handled; waiting for verification */
  | 'REPORTED'
  /** 返工: verification failed; back to the unit */
  | 'REWORK'
  /** 作废: not filed */
  | 'VOIDED';

/** 部件 (a managed object such as a manhole cover) or 事件 (an event such as exposed garbage). */
export type CaseType = 'COMPONENT' | 'EVENT';

/** One level of the three-level ticket category tree (e.g. 城市管理 → 市容环境 → 占道经营). */
export type Category = {
  __typename?: 'Category';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type CategoryIndicators = {
  __typename?: 'CategoryIndicators';
  /**
   * The category at the requested level: a ticket category code cut to 2, 4 or 6 digits
   * (01, 0101, 010101); a case's type and major class code (level 1, EVENT:01) or minor
   * code (levels 2–3, EVENT:0101); an enforcement record's violated article (any level).
   */
  code: Scalars['String']['output'];
  /** This record kind's metrics and indicators only. */
  indicators: IndicatorSet;
  /** The ticket category's name; null for other kinds. */
  name: Maybe<Scalars['String']['output']>;
  recordKind: IndicatorRecordKind;
};

/** A record a city owns: a hotline ticket, a city operations case or an enforcement record. */
export type CityRecord = CaseReport | EnforcementRecord | HotlineTicket;

/**
 * How a case closed; derived when it closes, never typed in. In this order of precedence:
 * SPECIAL (特殊) when it was ever parked (挂账); ERROR (差错) when a return (回退) was
 * approved, i.e. it was dispatched to the wrong unit; OVERDUE (超时) when it closed after
 * its due time; NORMAL (正常) otherwise.
 */
export type ClosureType = 'ERROR' | 'NORMAL' | 'OVERDUE' | 'SPECIAL';

/** 协办反馈 of a co-handling unit. */
export type CoReplyToTicketInput = {
  id: Scalars['ID']['input'];
  /** What your unit did or found, for the lead unit (1–2000 characters). */
  reply: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** A co-handling unit's 协办反馈: what it did or found, for the lead unit's reply. */
export type CoUnitReply = {
  __typename?: 'CoUnitReply';
  repliedAt: Scalars['DateTime']['output'];
  /** Username of who gave it. */
  repliedBy: Scalars['String']['output'];
  reply: Scalars['String']['output'];
  unit: HandlingUnit;
};

/** 热线转办: a new case from a hotline ticket, linked to it. Omitted fields are taken from the ticket. */
export type ConvertTicketToCaseInput = {
  /** Default: the ticket's street and community (the caller's house number is personal data and is not copied). */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Default: the ticket's content. */
  description?: InputMaybe<Scalars['String']['input']>;
  gridCell?: InputMaybe<Scalars['String']['input']>;
  /** Makes retrying this create safe: see IdempotencyKey. */
  idempotencyKey?: InputMaybe<Scalars['IdempotencyKey']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Default: the ticket's point. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  majorClass: CaseMajorClass;
  minorCode: Scalars['String']['input'];
  objectCode?: InputMaybe<Scalars['String']['input']>;
  ticketId: Scalars['ID']['input'];
  type: CaseType;
  /** Default: the ticket's urgency. */
  urgency?: InputMaybe<Urgency>;
  /** The ticket version you looked at; a newer one is a CONFLICT. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateTicketInput = {
  caller: CallerInput;
  /** A level-3 category code. */
  categoryCode: Scalars['String']['input'];
  channel: TicketChannel;
  /** 1–4000 characters. */
  content: Scalars['String']['input'];
  /** Where the request is about: a county or city code inside the owning city. */
  division: Scalars['String']['input'];
  /** Makes retrying this create safe: see IdempotencyKey. */
  idempotencyKey?: InputMaybe<Scalars['IdempotencyKey']['input']>;
  intakeClass: IntakeClass;
  location?: InputMaybe<LocationInput>;
  /** 1–100 characters. */
  title: Scalars['String']['input'];
  urgency?: InputMaybe<Urgency>;
};

/**
 * How a record stands against its time limits, by one rule for every kind
 * (docs/WORKING-TIME.md "Deadline status"): the node answering judges it now, in its
 * working time.
 */
export type DeadlineStatus =
  /** A running limit falls due within its warning period (the ticket's last working day by default). */
  | 'DUE_SOON'
  /** No running limit falls due soon (closed, no due time, or not due for a while). */
  | 'NORMAL'
  /** A running limit is past its due instant: the same rule as `overdue`. */
  | 'OVERDUE';

export type DecideEnforcementCaseInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Yuan with at most two decimals: required for a FINE, absent otherwise. */
  fineAmount?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  penaltyType: PenaltyType;
  version: Scalars['Int']['input'];
};

/** An approved extension of the 90-day decision limit (art. 60: when a law or regulation allows it). */
export type DecisionExtension = {
  __typename?: 'DecisionExtension';
  /** Who approved it (the agency's head, 负责人). */
  approvedBy: Scalars['String']['output'];
  /** Calendar days added, in total. */
  days: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

/** A national directive (部级指令): owned by the ministry, flowing to the divisions it addresses. */
export type Directive = {
  __typename?: 'Directive';
  /** What you may do next here. */
  allowedActions: Array<Scalars['String']['output']>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The division addressed: a province (and its cities), a city, or 000000 for everyone. */
  division: Division;
  dueAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  issuedBy: Scalars['String']['output'];
  number: Scalars['String']['output'];
  /** Acknowledgements and reports the answering node holds (the ministry: all of them). */
  responses: Array<DirectiveResponse>;
  /** At a province or city node: where that addressee stands (null at the ministry). */
  stateHere: Maybe<DirectiveState>;
  title: Scalars['String']['output'];
};

export type DirectiveAction = 'ACKNOWLEDGE' | 'REPORT';

export type DirectiveResponse = {
  __typename?: 'DirectiveResponse';
  action: DirectiveAction;
  actor: Scalars['String']['output'];
  comment: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The addressee that answered. */
  division: Division;
  id: Scalars['ID']['output'];
};

export type DirectiveResponseInput = {
  /** The report (报告, required), or a note with an acknowledgement. */
  comment?: InputMaybe<Scalars['String']['input']>;
  directiveId: Scalars['ID']['input'];
};

export type DirectiveState =
  /** 已签收 */
  | 'ACKNOWLEDGED'
  /** 已下发 */
  | 'ISSUED'
  /** 已报告 */
  | 'REPORTED';

export type DispatchCaseInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  /** A handling unit of this city (see handlingUnits). */
  handlingUnit: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type DispatchTicketInput = {
  /** 协办 unit codes */
  coUnits?: InputMaybe<Array<Scalars['String']['input']>>;
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** 主办 unit code */
  leadUnit: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** An administrative division (GB/T 2260): six digits, province | prefecture | county. */
export type Division = {
  __typename?: 'Division';
  children: Array<Division>;
  code: Scalars['String']['output'];
  level: DivisionLevel;
  name: Scalars['String']['output'];
  parent: Maybe<Division>;
};

export type DivisionLevel = 'CITY' | 'COUNTY' | 'NATIONAL' | 'PROVINCE';

export type DuplicateQueryInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  categoryCode: Scalars['String']['input'];
  content?: InputMaybe<Scalars['String']['input']>;
  division: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A likely duplicate (并单 candidate) of a request being logged, with its similarity score (0–1). */
export type DuplicateSuggestion = {
  __typename?: 'DuplicateSuggestion';
  score: Scalars['Float']['output'];
  ticket: HotlineTicket;
};

/** Acting on an enforcement record: its id and the version you looked at (a newer one means someone acted first). */
export type EnforcementActionInput = {
  /** At most 1000 characters, kept in the history. */
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type EnforcementOfficer = {
  __typename?: 'EnforcementOfficer';
  certificateNumber: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type EnforcementOfficerInput = {
  /** 执法证号: 4–32 letters, digits or hyphens. */
  certificateNumber: Scalars['String']['input'];
  /** 1–50 characters. */
  name: Scalars['String']['input'];
};

/** Which statutory limit is running late now: the step is still to be taken and its due time has passed. */
export type EnforcementOverdue = {
  __typename?: 'EnforcementOverdue';
  /** Any of the above. */
  any: Scalars['Boolean']['output'];
  /** Not decided by decisionDueAt (art. 60). */
  decision: Scalars['Boolean']['output'];
  /** A fine served but not paid by paymentDueAt (art. 67); the late penalty is running. */
  payment: Scalars['Boolean']['output'];
  /** Decided but not served by serviceDueAt (art. 61). */
  service: Scalars['Boolean']['output'];
};

/** 简易 (summary) or 普通 (ordinary) procedure under 行政处罚法. */
export type EnforcementProcedure = 'ORDINARY' | 'SUMMARY';

/** An action that needs a reason (审核退回, 强制执行). */
export type EnforcementReasonInput = {
  id: Scalars['ID']['input'];
  /** 2–1000 characters. */
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** An urban administrative enforcement case (城管综合行政执法 案件). Owned by its city node. */
export type EnforcementRecord = {
  __typename?: 'EnforcementRecord';
  /** The same actions, each with its label in the request's language (a console's buttons). */
  allowedActionLabels: Array<ActionLabel>;
  /**
   * The actions you may take on this record now. Each is the mutation of the same
   * purpose (startInvestigation → startEnforcementInvestigation, decide →
   * decideEnforcementCase; docs/WORKFLOWS.md lists them).
   */
  allowedActions: Array<Scalars['String']['output']>;
  /** The fine plus the late penalty, while a fine is unpaid; null otherwise. */
  amountDue: Maybe<Scalars['Float']['output']>;
  /** What was paid, fine and late penalty together. */
  amountPaid: Maybe<Scalars['Float']['output']>;
  /** How many files are attached; the one attachment fact that reaches the province and the ministry. */
  attachmentCount: Scalars['Int']['output'];
  /**
   * The attached files, oldest first: at the owning city, to those who may download them
   * (docs/PERMISSIONS.md `enforcement.attachment.read`); null elsewhere (`attachmentCount` still says how many).
   */
  attachments: Maybe<Array<Attachment>>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** NORMAL, DUE_SOON (a running statutory limit is near its end) or OVERDUE (overdue.any). */
  deadlineStatus: DeadlineStatus;
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** The penalty decided. */
  decision: Maybe<PenaltyType>;
  /**
   * The end of the 90th calendar day after filing (art. 60), plus any approved
   * extension; null for records filed before limits were tracked.
   */
  decisionDueAt: Maybe<Scalars['DateTime']['output']>;
  decisionExtension: Maybe<DecisionExtension>;
  division: Division;
  enforcedAt: Maybe<Scalars['DateTime']['output']>;
  filedAt: Scalars['DateTime']['output'];
  /** Fine in yuan, when decided. */
  fineAmount: Maybe<Scalars['Float']['output']>;
  hearingHeldAt: Maybe<Scalars['DateTime']['output']>;
  /** Username of the hearing's presiding officer, never an investigator of the case (art. 64). */
  hearingPresidingOfficer: Maybe<Scalars['String']['output']>;
  /** The end of the 5th working day after the notice (art. 64, art. 85): the party's last moment to ask for a hearing. */
  hearingRequestDueAt: Maybe<Scalars['DateTime']['output']>;
  hearingRequestedAt: Maybe<Scalars['DateTime']['output']>;
  /** The party waived the hearing (放弃听证). */
  hearingWaivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Every transition so far, oldest first. */
  history: Array<HistoryEntry>;
  id: Scalars['ID']['output'];
  /** Usernames of the officers who investigate (调查取证). */
  investigators: Array<Scalars['String']['output']>;
  /** 重大案件: legal review (法制审核) comes before the decision. */
  isMajor: Scalars['Boolean']['output'];
  /**
   * 加处罚款 (art. 72): 3 % of the fine for every calendar day after paymentDueAt, up
   * to the date of payment (or today, while unpaid), never more than the fine. 0
   * while on time; null when there is no fine.
   */
  latePaymentPenalty: Maybe<Scalars['Float']['output']>;
  legalReviewedAt: Maybe<Scalars['DateTime']['output']>;
  /** Username of the legal reviewer who approved (法制审核, art. 58). */
  legalReviewedBy: Maybe<Scalars['String']['output']>;
  linkedCaseId: Maybe<Scalars['ID']['output']>;
  linkedTicketId: Maybe<Scalars['ID']['output']>;
  /** 告知: when the party was told of the intended penalty and their rights. */
  noticeServedAt: Maybe<Scalars['DateTime']['output']>;
  /** 执法案件编号: <city division>ZF<yyyymmdd><sequence>, never a ticket's or a case's. */
  number: Scalars['String']['output'];
  officers: Array<EnforcementOfficer>;
  overdue: EnforcementOverdue;
  paidAt: Maybe<Scalars['DateTime']['output']>;
  party: Party;
  /**
   * For a fine: the end of the 15th calendar day after service (art. 67), moved to the
   * next working day when that day is a day off.
   */
  paymentDueAt: Maybe<Scalars['DateTime']['output']>;
  /** 处罚依据 */
  penaltyArticle: Scalars['String']['output'];
  procedure: EnforcementProcedure;
  /** Null when the owning city answered (live); for a replica, its source and freshness. */
  replica: Maybe<ReplicaInfo>;
  /** 送达: when the party received the decision. */
  servedAt: Maybe<Scalars['DateTime']['output']>;
  /** The end of the 7th working day after the decision (art. 61, art. 85). */
  serviceDueAt: Maybe<Scalars['DateTime']['output']>;
  source: EnforcementSource;
  status: EnforcementStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; used for optimistic concurrency and sync. */
  version: Scalars['Int']['output'];
  /** 违反条款 */
  violatedArticle: Scalars['String']['output'];
};

/** In the list's `sort` order (default newest first), then id, so pages merged across nodes stay stable. */
export type EnforcementRecordConnection = {
  __typename?: 'EnforcementRecordConnection';
  edges: Array<EnforcementRecordEdge>;
  nodes: Array<EnforcementRecord>;
  pageInfo: PageInfo;
};

export type EnforcementRecordEdge = {
  __typename?: 'EnforcementRecordEdge';
  cursor: Scalars['String']['output'];
  node: EnforcementRecord;
};

export type EnforcementRecordFilter = {
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only records in one of these deadline states (see EnforcementRecord.deadlineStatus). */
  deadlineStatus?: InputMaybe<Array<DeadlineStatus>>;
  /** Decision due before this instant (records without a decision due time are left out). */
  decisionDueBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Decision due at or after this instant (records without a decision due time are left out). */
  decisionDueFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only records with a limit running late now (true), or none (false); see EnforcementOverdue. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  procedure?: InputMaybe<EnforcementProcedure>;
  status?: InputMaybe<Array<EnforcementStatus>>;
  /**
   * Words separated by spaces (at most 100 characters), each of which must appear in the
   * number, the violated or penalty article, or an organisation's credit code.
   */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** An enforcement record list's order. A cursor is valid only under the sort of the page it came from. */
export type EnforcementSort = {
  by?: EnforcementSortField;
  direction?: SortDirection;
};

/** What an enforcement record list is sorted by. */
export type EnforcementSortField =
  | 'CREATED_AT'
  /** Records without a decision due time (filed before limits were tracked) come last. */
  | 'DECISION_DUE_AT'
  /** The last change, such as a workflow action. */
  | 'UPDATED_AT';

export type EnforcementSource =
  | 'COMPLAINT'
  | 'PATROL'
  | 'REFERRAL'
  /** 热线/数字城管 transfer */
  | 'TRANSFER';

/**
 * The steps of 行政处罚法 2021: 立案 → 调查取证 → 告知 → (听证) → (法制审核) → 决定 →
 * 送达 → 缴款 | 执行 → 结案 → 归档; the summary procedure decides on the spot at filing.
 */
export type EnforcementStatus =
  /** 归档 */
  | 'ARCHIVED'
  /** 结案 */
  | 'CLOSED'
  /** 决定 */
  | 'DECIDED'
  /** 强制执行 */
  | 'ENFORCED'
  /** 立案 */
  | 'FILED'
  /** 听证: requested, then held */
  | 'HEARING'
  /** 调查取证 */
  | 'INVESTIGATING'
  /** 法制审核 */
  | 'LEGAL_REVIEW'
  /** 告知: the party may state, defend and ask for a hearing */
  | 'NOTIFIED'
  /** 缴款 */
  | 'PAID'
  /** 送达 */
  | 'SERVED';

/** One enum value and how a person reads it (e.g. TicketStatus CLOSED: 办结, or Closed in English). */
export type EnumValueLabel = {
  __typename?: 'EnumValueLabel';
  enum: Scalars['String']['output'];
  label: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type EvaluateCaseInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** 0–100 */
  score: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};

export type ExtendEnforcementDecisionDeadlineInput = {
  /** Who approved the extension (负责人), 1–50 characters. */
  approvedBy: Scalars['String']['input'];
  /** Calendar days added to the decision limit, 1–90. */
  days: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** 2–1000 characters. */
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type ExtensionRequest = {
  __typename?: 'ExtensionRequest';
  reason: Scalars['String']['output'];
  workingDays: Scalars['Int']['output'];
};

export type FileEnforcementCaseInput = {
  /** Where the violation happened: a county or city code inside the owning city. */
  division: Scalars['String']['input'];
  /** Makes retrying this create safe: see IdempotencyKey. */
  idempotencyKey?: InputMaybe<Scalars['IdempotencyKey']['input']>;
  /** 重大案件 (never with the summary procedure). */
  isMajor?: InputMaybe<Scalars['Boolean']['input']>;
  /** The city operations case this case came from, a case of the same city. */
  linkedCaseId?: InputMaybe<Scalars['ID']['input']>;
  /** The hotline ticket this case came from, a ticket of the same city. */
  linkedTicketId?: InputMaybe<Scalars['ID']['input']>;
  /** At least two officers with enforcement certificates (art. 42). */
  officers: Array<EnforcementOfficerInput>;
  party: PartyInput;
  /** 处罚依据, 1–200 characters. */
  penaltyArticle: Scalars['String']['input'];
  procedure: EnforcementProcedure;
  source: EnforcementSource;
  /** 违反条款, 1–200 characters. */
  violatedArticle: Scalars['String']['input'];
};

/** 直办 (answered by the agent on the call) or 转办 (dispatched). */
export type HandlingMode = 'DIRECT' | 'DISPATCH';

/** A handling unit (处置部门) of a city. */
export type HandlingUnit = {
  __typename?: 'HandlingUnit';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  parent: Maybe<Scalars['String']['output']>;
};

/** One transition in a record's history (who did what, when, from which state to which). */
export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  action: Scalars['String']['output'];
  /** The action as a person reads it, in the request's language (e.g. 派单, or Dispatch with `Accept-Language: en`). */
  actionLabel: Scalars['String']['output'];
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  comment: Maybe<Scalars['String']['output']>;
  fromState: Maybe<Scalars['String']['output']>;
  /** The state it left, in the request's language; null for a record's first entry. */
  fromStateLabel: Maybe<Scalars['String']['output']>;
  toState: Scalars['String']['output'];
  /** The state it reached, in the request's language (e.g. 已派单, or Dispatched). */
  toStateLabel: Scalars['String']['output'];
};

export type HoldEnforcementHearingInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Username of the presiding officer: not an investigator of the case (art. 64). */
  presidingOfficer: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** A 12345 hotline ticket (工单). Owned and written only by its city node. */
export type HotlineTicket = {
  __typename?: 'HotlineTicket';
  /** The same actions, each with its label in the request's language (a console's buttons). */
  allowedActionLabels: Array<ActionLabel>;
  /** The actions you may take on this ticket now (each is a mutation). */
  allowedActions: Array<Scalars['String']['output']>;
  /** How many files are attached; the one attachment fact that reaches the province and the ministry. */
  attachmentCount: Scalars['Int']['output'];
  /**
   * The attached files, oldest first: at the owning city, to those who may download them
   * (docs/PERMISSIONS.md `ticket.attachment.read`); null elsewhere (`attachmentCount` still says how many).
   */
  attachments: Maybe<Array<Attachment>>;
  caller: Caller;
  /** That case, when you may read it (null when you may not read cases, or that one). */
  case: Maybe<CaseReport>;
  /** 热线转办: the case this ticket was converted to (convertTicketToCase); the case names it back as linkedTicketId. */
  caseId: Maybe<Scalars['ID']['output']>;
  /** Level 1, 2 and 3 of the category. */
  categoryPath: Array<Category>;
  channel: TicketChannel;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** 协办反馈: each co-handling unit's reply to the lead unit in the current dispatch, oldest first. */
  coUnitReplies: Array<CoUnitReply>;
  /** 协办: co-handling units. */
  coUnits: Array<HandlingUnit>;
  content: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** NORMAL, DUE_SOON (due by the end of the current working day, by default) or OVERDUE. */
  deadlineStatus: DeadlineStatus;
  division: Division;
  /** When the ticket falls due, in working time by the city's deadline rules. */
  dueAt: Maybe<Scalars['DateTime']['output']>;
  /** A pending extension request (延期), if any. */
  extensionRequest: Maybe<ExtensionRequest>;
  handlingMode: Maybe<HandlingMode>;
  /** Every transition so far, oldest first. */
  history: Array<HistoryEntry>;
  /** Globally routable: the first six characters are the owning city node's division. */
  id: Scalars['ID']['output'];
  intakeClass: IntakeClass;
  /** 主办: the unit leading the work, once dispatched. */
  leadUnit: Maybe<HandlingUnit>;
  location: Location;
  /** Tickets merged into this one: answered with it (直办 or 办结), each then gets its own callback (回访) before it closes. */
  mergedTicketIds: Array<Scalars['ID']['output']>;
  /** 工单编号: <city division><yyyymmdd><sequence>, all digits, never a case's or an enforcement record's (docs/ARCHITECTURE.md, Record numbers). */
  number: Scalars['String']['output'];
  /** Open and past its due time (a closed ticket is never overdue; see closedAt vs dueAt). */
  overdue: Scalars['Boolean']['output'];
  /** 并单: the ticket this one was merged into. */
  parentTicketId: Maybe<Scalars['ID']['output']>;
  /** Null when the owning city answered (live); for a replica at a province or the ministry, its source and freshness. */
  replica: Maybe<ReplicaInfo>;
  /** The handling unit's reply (反馈), or the agent's answer for 直办. */
  reply: Maybe<Scalars['String']['output']>;
  resolution: Maybe<Resolution>;
  satisfaction: Maybe<Satisfaction>;
  status: TicketStatus;
  /** Supervision orders on this ticket, as the node answering holds them. */
  supervisionOrders: Array<SupervisionOrder>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  urgency: Urgency;
  /** Increases with every change; used for optimistic concurrency and sync. */
  version: Scalars['Int']['output'];
  /** Working minutes left until dueAt (negative when overdue); null once closed. */
  workingMinutesRemaining: Maybe<Scalars['Int']['output']>;
};

/** Why an inbox event was sent (tickets and cases alike). */
export type InboxChange =
  /**
   * A record in your inbox became due soon (its deadlineStatus is DUE_SOON): once per record
   * and stream, for each one already due soon when the stream opens and for each one that
   * falls due soon while it is open (looked for every DUE_SOON_CHECK_MS).
   */
  | 'DUE_SOON'
  /**
   * It came into your inbox: dispatched or redispatched to your unit (派单, 改派, 派遣), sent
   * back to it (审核退回, 返工), or your unit named a co-handling unit (协办).
   */
  | 'ENTERED'
  /**
   * It left your inbox: replied or reported back (反馈), returned (退单, 回退), your 协办反馈
   * given, or reassigned to another unit.
   */
  | 'LEFT'
  /** A write to a ticket that was in your inbox and stays there (签收, 办理, 延期 …). */
  | 'UPDATED';

export type IndicatorKind =
  /** A sum of money in yuan (the numerator). */
  | 'AMOUNT'
  /** numerator / denominator, in the numerator's unit (hours, days). */
  | 'AVERAGE'
  /** A number of records (the numerator). */
  | 'COUNT'
  /** numerator / denominator, a fraction from 0 to 1. */
  | 'RATE';

/** An indicator (docs/INDICATORS.md defines each: numerator, denominator, which period a record counts in). */
export type IndicatorName =
  /** 结案率: cases closed / cases filed (立案), each by its own day. */
  | 'CASE_CLOSURE_RATE'
  /** 按期结案率: cases closed by their due time / cases due. */
  | 'CASE_ON_TIME_CLOSURE_RATE'
  /** 按期处置率: cases handled (reported back) by their due time / cases due. */
  | 'CASE_ON_TIME_HANDLING_RATE'
  /** 挂账: cases parked now, by the day they were parked. */
  | 'CASE_PARKED_COUNT'
  /** 返工率: cases closed after at least one failed verification / cases closed. */
  | 'CASE_REWORK_RATE'
  /** The weighted composite score (rankings only; reports give it as `compositeScore`). */
  | 'COMPOSITE_SCORE'
  /** Average calendar days from filing to decision, of the decisions made in the period. */
  | 'ENFORCEMENT_AVERAGE_DECISION_DAYS'
  /** Enforcement cases filed (立案). */
  | 'ENFORCEMENT_FILED_COUNT'
  /** Fines paid in the period, in yuan. */
  | 'ENFORCEMENT_FINES_COLLECTED'
  /** Fines decided in the period, in yuan. */
  | 'ENFORCEMENT_FINES_IMPOSED'
  /** Hearings requested in the period. */
  | 'ENFORCEMENT_HEARINGS_REQUESTED'
  /** Decisions made within the decision limit / decisions made. */
  | 'ENFORCEMENT_ON_TIME_DECISION_RATE'
  /** Average hours from creation to closure of the tickets closed in the period. */
  | 'TICKET_AVERAGE_HANDLING_HOURS'
  /** 回访率: tickets called back / tickets closed, by the day they closed. */
  | 'TICKET_CALLBACK_RATE'
  /** 首呼解决率: tickets answered on the call (直办) / tickets created, by the day they were created. */
  | 'TICKET_FIRST_CALL_RESOLUTION_RATE'
  /** 按时办结率: tickets closed by their due time / tickets due, by the day they fell due. */
  | 'TICKET_ON_TIME_CLOSURE_RATE'
  /** Tickets due in the period and not closed by their due time. */
  | 'TICKET_OVERDUE_COUNT'
  /** 解决率: tickets resolved / tickets called back, by the day they closed. */
  | 'TICKET_RESOLUTION_RATE'
  /** 满意率: 满意 or 基本满意 / tickets rated, by the day they closed. */
  | 'TICKET_SATISFACTION_RATE';

/** Which side of an indicator a drill-down lists. */
export type IndicatorPart =
  /** Not for counts and amounts, which have none. */
  'DENOMINATOR' | 'NUMERATOR';

export type IndicatorPeriod = {
  __typename?: 'IndicatorPeriod';
  /** Per category when `categoryLevel` was given (empty otherwise), ordered by record kind and code. */
  categories: Array<CategoryIndicators>;
  /** Last day, inclusive. */
  end: Scalars['String']['output'];
  /** 2026-11-21, 2026-W47, 2026-11, 2026-Q4 or 2026. */
  label: Scalars['String']['output'];
  /** First day, YYYY-MM-DD. */
  start: Scalars['String']['output'];
  total: IndicatorSet;
};

export type IndicatorRanking = {
  __typename?: 'IndicatorRanking';
  currentTo: Maybe<Scalars['DateTime']['output']>;
  /** The division whose child divisions are ranked (its cities, or the provinces nationally). */
  division: Division;
  end: Scalars['String']['output'];
  /** Best first (higher or lower per indicator), then divisions without a value, by code. */
  entries: Array<IndicatorRankingEntry>;
  indicator: IndicatorName;
  servedBy: NodeInfo;
  source: IndicatorSource;
  /** The whole span of the requested periods. */
  start: Scalars['String']['output'];
  weights: Array<IndicatorWeightEntry>;
};

export type IndicatorRankingEntry = {
  __typename?: 'IndicatorRankingEntry';
  compositeScore: Maybe<Scalars['Float']['output']>;
  division: Division;
  /** The ranked indicator with its numerator and denominator (null when ranking by COMPOSITE_SCORE). */
  indicator: Maybe<IndicatorValue>;
  /** 1 for the best; equal values share a rank; null when the division has no value. */
  rank: Maybe<Scalars['Int']['output']>;
  /** The ranked value: the indicator's value, or the composite score. */
  value: Maybe<Scalars['Float']['output']>;
};

/** A record behind an indicator cell (`indicatorRecords`). */
export type IndicatorRecord = CaseReport | EnforcementRecord | HotlineTicket;

/**
 * The records behind one cell of `indicators` (division × period × metric, optionally
 * × category), by record id. Served where the records are: a city node from its
 * records, a province node from its masked replicas.
 */
export type IndicatorRecordConnection = {
  __typename?: 'IndicatorRecordConnection';
  /** The category the cell is restricted to, if any. */
  category: Maybe<Scalars['String']['output']>;
  /** For a province's replicas: they hold everything their cities had written up to this instant; null at a city (live). */
  currentTo: Maybe<Scalars['DateTime']['output']>;
  division: Division;
  edges: Array<IndicatorRecordEdge>;
  /** The period's last day, inclusive. */
  end: Scalars['String']['output'];
  /** A metric whose records are left out (closed_on_time for TICKET_OVERDUE_COUNT), if any. */
  excluding: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  /** The rollup metric whose records are listed (docs/SYNC.md, rollup rules). */
  metric: Scalars['String']['output'];
  nodes: Array<IndicatorRecord>;
  pageInfo: PageInfo;
  recordKind: IndicatorRecordKind;
  /** The node that answered. */
  servedBy: NodeInfo;
  /** The period's first day, YYYY-MM-DD. */
  start: Scalars['String']['output'];
};

export type IndicatorRecordEdge = {
  __typename?: 'IndicatorRecordEdge';
  /**
   * What the record adds to the cell: 1 for a count; seconds, days or fen for a sum
   * (handling_seconds, decision_days, fines_…_fen). The amounts of every page add up to
   * the metric's value in `indicators` for the same cell.
   */
  amount: Scalars['Float']['output'];
  cursor: Scalars['String']['output'];
  node: IndicatorRecord;
};

export type IndicatorRecordKind = 'CASE_REPORT' | 'ENFORCEMENT_RECORD' | 'HOTLINE_TICKET';

export type IndicatorReport = {
  __typename?: 'IndicatorReport';
  categoryLevel: Maybe<Scalars['Int']['output']>;
  /** For rollups: they hold everything their sources had written up to this instant (the oldest source concerned); null when a city answered from its own records. */
  currentTo: Maybe<Scalars['DateTime']['output']>;
  division: Division;
  periods: Array<IndicatorPeriod>;
  /** The node that computed the report. */
  servedBy: NodeInfo;
  source: IndicatorSource;
  unit: PeriodUnit;
  /** The weights of `compositeScore`. */
  weights: Array<IndicatorWeightEntry>;
};

export type IndicatorSet = {
  __typename?: 'IndicatorSet';
  /** The weighted score of the rates, 0–100; null when none of the weighted rates has a value. */
  compositeScore: Maybe<Scalars['Float']['output']>;
  indicators: Array<IndicatorValue>;
  metrics: Array<RollupMetric>;
};

/** Where a node takes indicators from. */
export type IndicatorSource =
  /** A city node: its own records, live. */
  | 'RECORDS'
  /** A province or the ministry: the daily rollups it holds (see `currentTo`). */
  | 'ROLLUPS';

export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  /** Null for counts and amounts. */
  denominator: Maybe<Scalars['Float']['output']>;
  kind: IndicatorKind;
  /** Its Chinese name, e.g. 按时办结率. */
  label: Scalars['String']['output'];
  name: IndicatorName;
  numerator: Scalars['Float']['output'];
  recordKind: IndicatorRecordKind;
  /** numerator / denominator for rates and averages, the numerator for counts and amounts; null when the denominator is 0 (never 0 % or NaN). */
  value: Maybe<Scalars['Float']['output']>;
};

export type IndicatorWeightEntry = {
  __typename?: 'IndicatorWeightEntry';
  name: IndicatorName;
  weight: Scalars['Float']['output'];
};

export type IndicatorWeightInput = {
  /** A rate indicator. */
  name: IndicatorName;
  /** From 0 to 100; weights are shared out over the rates that have a value. */
  weight: Scalars['Float']['input'];
};

/** 12345 intake class. */
export type IntakeClass =
  /** 投诉 */
  | 'COMPLAINT'
  /** 咨询 */
  | 'CONSULTATION'
  /** 求助 */
  | 'HELP_REQUEST'
  /** 其他 */
  | 'OTHER'
  /** 表扬/感谢 */
  | 'PRAISE'
  /** 举报 */
  | 'REPORT'
  /** 建议 */
  | 'SUGGESTION';

export type IssueDirectiveInput = {
  body: Scalars['String']['input'];
  division: Scalars['String']['input'];
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Makes retrying this create safe: see IdempotencyKey. */
  idempotencyKey?: InputMaybe<Scalars['IdempotencyKey']['input']>;
  title: Scalars['String']['input'];
};

export type IssueSupervisionOrderInput = {
  deadline: Scalars['DateTime']['input'];
  /** Makes retrying this create safe: see IdempotencyKey. */
  idempotencyKey?: InputMaybe<Scalars['IdempotencyKey']['input']>;
  instructions: Scalars['String']['input'];
  level: SupervisionLevel;
  /** The ticket or case id (it starts with its city's division). */
  recordId: Scalars['ID']['input'];
  recordKind: SupervisedRecordKind;
};

export type Location = {
  __typename?: 'Location';
  address: Maybe<Scalars['String']['output']>;
  community: Maybe<Scalars['String']['output']>;
  latitude: Maybe<Scalars['Float']['output']>;
  longitude: Maybe<Scalars['Float']['output']>;
  street: Maybe<Scalars['String']['output']>;
};

export type LocationInput = {
  /** At most 200 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  community?: InputMaybe<Scalars['String']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  street?: InputMaybe<Scalars['String']['input']>;
};

export type MergeTicketInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** The ticket to merge this one into. */
  parentId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** Cities ranked nationally or within one province. */
export type MonthlyRanking = {
  __typename?: 'MonthlyRanking';
  changeUnit: ReportChangeUnit;
  /** Best first, then cities without a value, by code. */
  entries: Array<MonthlyRankingEntry>;
  /** COMPOSITE_SCORE or TICKET_ON_TIME_CLOSURE_RATE. */
  indicator: IndicatorName;
  /** The label of the ranked indicator (综合评分, 按时办结率). */
  label: Scalars['String']['output'];
  /** The nation (000000) or a province: the cities ranked are the report's cities inside it. */
  scope: Division;
};

export type MonthlyRankingEntry = {
  __typename?: 'MonthlyRankingEntry';
  change: Maybe<Scalars['Float']['output']>;
  division: Division;
  /** The ranked indicator with its numerator and denominator; null when ranking by COMPOSITE_SCORE. */
  indicator: Maybe<IndicatorValue>;
  /** The city's rank among the same cities by last month's values. */
  previousRank: Maybe<Scalars['Int']['output']>;
  previousValue: Maybe<Scalars['Float']['output']>;
  province: Division;
  /** 1 for the best; equal values share a rank; null when the city has no value. */
  rank: Maybe<Scalars['Int']['output']>;
  value: Maybe<Scalars['Float']['output']>;
};

/**
 * The monthly national report, computed by the ministry node from the rollups it holds
 * with the same function as `indicators`: national totals, every province and city of
 * the registry, and rankings of the cities, each for the month and the month before.
 */
export type MonthlyReport = {
  __typename?: 'MonthlyReport';
  /** The prefecture-level cities of those provinces (the cities `indicatorRanking` ranks), by code. */
  cities: Array<MonthlyReportDivision>;
  /** The rollups hold everything the provinces had written up to this instant; null when one has not been caught up with yet. */
  currentTo: Maybe<Scalars['DateTime']['output']>;
  downloads: MonthlyReportDownloads;
  end: Scalars['String']['output'];
  generatedAt: Scalars['DateTime']['output'];
  /** The report month, YYYY-MM. */
  month: Scalars['String']['output'];
  national: MonthlyReportDivision;
  /** The month it is compared with, YYYY-MM. */
  previousMonth: Scalars['String']['output'];
  /** Every province of the division registry (a municipality too, empty until the ministry holds rollups of it), by code. */
  provinces: Array<MonthlyReportDivision>;
  /** Cities nationally, then within each province, by composite score and by 按时办结率. */
  rankings: Array<MonthlyRanking>;
  servedBy: NodeInfo;
  /** First and last day of the report month, YYYY-MM-DD (the nodes' local calendar). */
  start: Scalars['String']['output'];
  /** The weights of the composite scores (the defaults). */
  weights: Array<IndicatorWeightEntry>;
};

/** The nation, a province or a city: every indicator and the composite score, this month and last. */
export type MonthlyReportDivision = {
  __typename?: 'MonthlyReportDivision';
  compositeScore: MonthlyReportScore;
  division: Division;
  indicators: Array<MonthlyReportIndicator>;
  /** The province of a city; null for the nation and for a province. */
  province: Maybe<Division>;
};

/** Where to download the report as a file (GET with the same bearer token, at the gateway or the ministry node). */
export type MonthlyReportDownloads = {
  __typename?: 'MonthlyReportDownloads';
  /** /reports/monthly/YYYY-MM.csv: UTF-8 with a byte order mark, the sections one after another. */
  csv: Scalars['String']['output'];
  /** /reports/monthly/YYYY-MM.xlsx: a spreadsheet, a sheet per section. */
  xlsx: Scalars['String']['output'];
};

/** One indicator of a division in the report month and the month before. */
export type MonthlyReportIndicator = {
  __typename?: 'MonthlyReportIndicator';
  /** Null when either month has no value (an empty denominator), or for a relative change from 0. */
  change: Maybe<Scalars['Float']['output']>;
  changeUnit: ReportChangeUnit;
  /** The report month: value, numerator and denominator, exactly as `indicators` gives them. */
  current: IndicatorValue;
  kind: IndicatorKind;
  /** Its Chinese name, e.g. 按时办结率. */
  label: Scalars['String']['output'];
  name: IndicatorName;
  /** The month before. */
  previous: IndicatorValue;
};

export type MonthlyReportScore = {
  __typename?: 'MonthlyReportScore';
  /** In score points. */
  change: Maybe<Scalars['Float']['output']>;
  /** The composite score of the report month (0–100), null when no weighted rate has a value. */
  current: Maybe<Scalars['Float']['output']>;
  previous: Maybe<Scalars['Float']['output']>;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type Mutation = {
  __typename?: 'Mutation';
  /** 签收 of a directive by an addressed province or city. At the addressee's node. */
  acknowledgeDirective: Directive;
  /** 直办: the agent answered on the call; the ticket closes (its merged tickets, answered with it, wait for their own callback). */
  answerTicketDirectly: HotlineTicket;
  /** 延期批准: the due time moves by the requested working days. */
  approveCaseExtension: CaseReport;
  /** 回退批准: back to FILED for a new dispatch. */
  approveCaseReturn: CaseReport;
  /** 法制审核通过 (action approveLegalReview), by a legal reviewer who did not investigate. */
  approveEnforcementLegalReview: EnforcementRecord;
  /** 延期批准: the due time moves by the requested working days. */
  approveTicketExtension: HotlineTicket;
  /** 审核通过 by the centre. */
  approveTicketReply: HotlineTicket;
  /** 归档 (action archive). */
  archiveEnforcementCase: EnforcementRecord;
  /** 归档 */
  archiveTicket: HotlineTicket;
  /** 交办 to a handling unit (dispatcher; again after a return). At the city node. */
  assignSupervisionOrder: SupervisionOrder;
  /**
   * Attaches a file to a ticket, case or enforcement record, at its owning city, for those
   * who may work on it (docs/PERMISSIONS.md `*.attach`). The type is read from the bytes:
   * JPEG, PNG, WebP or PDF (UNSUPPORTED_FILE_TYPE otherwise, whatever the name says); over
   * the size limit is FILE_TOO_LARGE, past the per-record count TOO_MANY_ATTACHMENTS; a
   * refused file writes nothing. A photo's location (EXIF GPS) and other embedded metadata
   * are removed before it is stored. The record moves to its next version.
   */
  attachToRecord: Attachment;
  /** 回访: the caller's resolution and satisfaction. */
  callBackTicket: HotlineTicket;
  /** 结案 (action close). */
  closeEnforcementCase: EnforcementRecord;
  /** 办结: the province accepts the reply. At the province node. */
  closeSupervisionOrder: SupervisionOrder;
  /** 办结 (its merged tickets, answered with it, wait for their own callback). */
  closeTicket: HotlineTicket;
  /**
   * 协办反馈: a co-handling unit's reply to the lead unit, once per dispatch, while the lead works
   * the ticket; recorded in the history and in coUnitReplies, and the ticket leaves the unit's inbox.
   */
  coReplyToTicket: HotlineTicket;
  /** 热线转办: a case (source HOTLINE) from a ticket, each naming the other (linkedTicketId, caseId) and recording it in its history; one case per ticket. The ticket moves to its next version. */
  convertTicketToCase: CaseReport;
  /** 受理: log a citizen's request. Only the owning city node accepts it. */
  createTicket: HotlineTicket;
  /** 决定 (action decide): on the spot in the summary procedure, else after notice, hearing and review. */
  decideEnforcementCase: EnforcementRecord;
  /** 派遣 to a handling unit; the due time starts. */
  dispatchCase: CaseReport;
  /** 派单: to a lead unit (and co-units). */
  dispatchTicket: HotlineTicket;
  /** 强制执行 (action enforce): an unpaid fine after its due date, or a decision not complied with. */
  enforceEnforcementDecision: EnforcementRecord;
  /** 综合评价 of a closed case. */
  evaluateCase: CaseReport;
  /** 延长办案期限 (action extendDecisionDeadline): an approved extension of the 90-day limit. */
  extendEnforcementDecisionDeadline: EnforcementRecord;
  /** 立案 by a dispatcher. */
  fileCase: CaseReport;
  /** 立案: open an enforcement case. Only the owning city node accepts it. */
  fileEnforcementCase: EnforcementRecord;
  /** 听证 (action holdHearing): held, presided over by someone who did not investigate. */
  holdEnforcementHearing: EnforcementRecord;
  /** A ministry analyst issues a national directive. Served by the ministry node. */
  issueDirective: Directive;
  /** 督办: a provincial supervisor orders a city to act on one of its records. Served by the province node. */
  issueSupervisionOrder: SupervisionOrder;
  /** 并单: merge a newly logged ticket into an open one. */
  mergeTicket: HotlineTicket;
  /** 挂账: park a case that cannot be handled for now, with a reason; its due time is dropped. */
  parkCase: CaseReport;
  /** 缴款 (action recordPayment): the fine and any late penalty, paid in full. */
  recordEnforcementPayment: EnforcementRecord;
  /** 改派 of a returned ticket. */
  redispatchTicket: HotlineTicket;
  /** 延期驳回, with a reason. */
  rejectCaseExtension: CaseReport;
  /** 回退驳回, with a reason: the unit keeps it. */
  rejectCaseReturn: CaseReport;
  /** 法制审核退回 (action rejectLegalReview): back to investigation, with a reason. */
  rejectEnforcementLegalReview: EnforcementRecord;
  /** 延期驳回 */
  rejectTicketExtension: HotlineTicket;
  /** 审核退回: back to the unit, with a reason. */
  rejectTicketReply: HotlineTicket;
  /** Removes a day's entry, so it follows the Monday–Friday rule again. False when it had none. */
  removeCalendarDay: Scalars['Boolean']['output'];
  /** 重办 after a dissatisfied callback: the handling starts over, due by the rule of its class and urgency counted from now; a merged ticket leaves its parent. */
  reopenTicket: HotlineTicket;
  /** 反馈: the assigned unit (or the dispatcher) replies. At the city node. */
  replyToSupervisionOrder: SupervisionOrder;
  /** 反馈: the lead unit's reply. */
  replyToTicket: HotlineTicket;
  /** 反馈: the assigned unit reports the work done. */
  reportBackCase: CaseReport;
  /** 信息采集: report a case (COLLECTED). Only the owning city node accepts it. */
  reportCase: CaseReport;
  /** 报告: an addressee reports back on a directive (report required). At the addressee's node. */
  reportOnDirective: Directive;
  /** 延期申请 by the assigned unit. */
  requestCaseExtension: CaseReport;
  /** 回退申请: the assigned unit says the case is not theirs, with a reason. */
  requestCaseReturn: CaseReport;
  /** 听证申请 (action requestHearing): the party's request, within 5 working days of the notice. */
  requestEnforcementHearing: EnforcementRecord;
  /** 延期申请 by the lead unit. */
  requestTicketExtension: HotlineTicket;
  /** Resume a parked case: back to FILED for a new dispatch. */
  resumeCase: CaseReport;
  /** 退回: the province sends the reply back (reason required). At the province node. */
  returnSupervisionOrder: SupervisionOrder;
  /** 退单 by the lead unit, with a reason. */
  returnTicket: HotlineTicket;
  /**
   * Reveals a ticket's masked caller data to an authorised role (dispatcher, city
   * supervisor) for a stated reason (5–500 characters). The reveal is audited.
   */
  revealTicketCaller: RevealedCaller;
  /** 送达 (action serveDecision): the party received the decision; a fine's 15 days start. */
  serveEnforcementDecision: EnforcementRecord;
  /** 告知 (action serveNotice): the party may state, defend and ask for a hearing within 5 working days. */
  serveEnforcementNotice: EnforcementRecord;
  /**
   * Marks a day a holiday or a make-up workday at your home node, or changes what it
   * says. A city supervisor edits the calendar of their city's node; audited.
   */
  setCalendarDay: CalendarDay;
  /** 签收 by the lead unit. */
  signForTicket: HotlineTicket;
  /** 签收 by the city's command centre (dispatcher). At the city node. */
  signSupervisionOrder: SupervisionOrder;
  /** 调查取证 (action startInvestigation): ordinary procedure, two officers or more. */
  startEnforcementInvestigation: EnforcementRecord;
  /** 处置: the assigned unit starts (or, after 返工, restarts) work. */
  startHandlingCase: CaseReport;
  /** 办理: the lead unit starts work. */
  startHandlingTicket: HotlineTicket;
  /** 提交法制审核 (action submitLegalReview). */
  submitEnforcementLegalReview: EnforcementRecord;
  /** Undo a merge before the parent closes. */
  unmergeTicket: HotlineTicket;
  /** 核查: passed → 结案 (the closure type is derived), failed → 返工. */
  verifyCase: CaseReport;
  /** 作废: a reported case is not filed, with a reason. */
  voidCase: CaseReport;
  /** 放弃听证 (action waiveHearing): the party waives the hearing. */
  waiveEnforcementHearing: EnforcementRecord;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationAcknowledgeDirectiveArgs = {
  input: DirectiveResponseInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationAnswerTicketDirectlyArgs = {
  input: AnswerTicketInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationApproveCaseExtensionArgs = {
  input: CaseActionInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationApproveCaseReturnArgs = {
  input: CaseActionInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationApproveEnforcementLegalReviewArgs = {
  input: EnforcementActionInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationApproveTicketExtensionArgs = {
  input: TicketActionInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationApproveTicketReplyArgs = {
  input: TicketActionInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationArchiveEnforcementCaseArgs = {
  input: EnforcementActionInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationArchiveTicketArgs = {
  input: TicketActionInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationAssignSupervisionOrderArgs = {
  input: AssignSupervisionOrderInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationAttachToRecordArgs = {
  file: Scalars['File']['input'];
  purpose: AttachmentPurpose;
  recordId: Scalars['ID']['input'];
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationCallBackTicketArgs = {
  input: CallBackTicketInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationCloseEnforcementCaseArgs = {
  input: EnforcementActionInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationCloseSupervisionOrderArgs = {
  input: SupervisionStepInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationCloseTicketArgs = {
  input: TicketActionInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationCoReplyToTicketArgs = {
  input: CoReplyToTicketInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationConvertTicketToCaseArgs = {
  input: ConvertTicketToCaseInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationCreateTicketArgs = {
  input: CreateTicketInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationDecideEnforcementCaseArgs = {
  input: DecideEnforcementCaseInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationDispatchCaseArgs = {
  input: DispatchCaseInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationDispatchTicketArgs = {
  input: DispatchTicketInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationEnforceEnforcementDecisionArgs = {
  input: EnforcementReasonInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationEvaluateCaseArgs = {
  input: EvaluateCaseInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationExtendEnforcementDecisionDeadlineArgs = {
  input: ExtendEnforcementDecisionDeadlineInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationFileCaseArgs = {
  input: CaseActionInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationFileEnforcementCaseArgs = {
  input: FileEnforcementCaseInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationHoldEnforcementHearingArgs = {
  input: HoldEnforcementHearingInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationIssueDirectiveArgs = {
  input: IssueDirectiveInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationIssueSupervisionOrderArgs = {
  input: IssueSupervisionOrderInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationMergeTicketArgs = {
  input: MergeTicketInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationParkCaseArgs = {
  input: CaseReasonInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationRecordEnforcementPaymentArgs = {
  input: RecordEnforcementPaymentInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationRedispatchTicketArgs = {
  input: DispatchTicketInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationRejectCaseExtensionArgs = {
  input: CaseReasonInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationRejectCaseReturnArgs = {
  input: CaseReasonInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationRejectEnforcementLegalReviewArgs = {
  input: EnforcementReasonInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationRejectTicketExtensionArgs = {
  input: TicketReasonInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationRejectTicketReplyArgs = {
  input: TicketReasonInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationRemoveCalendarDayArgs = {
  day: Scalars['String']['input'];
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationReopenTicketArgs = {
  input: TicketActionInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationReplyToSupervisionOrderArgs = {
  input: SupervisionStepInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationReplyToTicketArgs = {
  input: AnswerTicketInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationReportBackCaseArgs = {
  input: ReportBackCaseInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationReportCaseArgs = {
  input: ReportCaseInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationReportOnDirectiveArgs = {
  input: DirectiveResponseInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationRequestCaseExtensionArgs = {
  input: RequestCaseExtensionInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationRequestCaseReturnArgs = {
  input: CaseReasonInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationRequestEnforcementHearingArgs = {
  input: RequestEnforcementHearingInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationRequestTicketExtensionArgs = {
  input: RequestExtensionInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationResumeCaseArgs = {
  input: CaseActionInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationReturnSupervisionOrderArgs = {
  input: SupervisionStepInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationReturnTicketArgs = {
  input: TicketReasonInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationRevealTicketCallerArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationServeEnforcementDecisionArgs = {
  input: EnforcementActionInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationServeEnforcementNoticeArgs = {
  input: EnforcementActionInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationSetCalendarDayArgs = {
  input: SetCalendarDayInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationSignForTicketArgs = {
  input: TicketActionInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationSignSupervisionOrderArgs = {
  input: SupervisionStepInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationStartEnforcementInvestigationArgs = {
  input: StartEnforcementInvestigationInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationStartHandlingCaseArgs = {
  input: CaseActionInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationStartHandlingTicketArgs = {
  input: TicketActionInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationSubmitEnforcementLegalReviewArgs = {
  input: EnforcementActionInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationUnmergeTicketArgs = {
  input: TicketActionInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationVerifyCaseArgs = {
  input: VerifyCaseInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationVoidCaseArgs = {
  input: CaseReasonInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationWaiveEnforcementHearingArgs = {
  input: EnforcementActionInput;
};

/** Which node answered, so a caller can tell live records from replicas. */
export type NodeInfo = {
  __typename?: 'NodeInfo';
  division: Division;
  /** When this node started serving. */
  startedAt: Scalars['DateTime']['output'];
  tier: Tier;
  /**
   * The IANA time zone (e.g. Asia/Shanghai) this node computes working time, deadlines and
   * days in: a client shows every DateTime, which is UTC, in this zone.
   */
  timeZone: Scalars['String']['output'];
};

/** Cursor paging, shared by every list. Cursors are opaque; pass `endCursor` as `after`. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * The party of an enforcement case. Names, ID numbers and the legal representative are
 * personal data: masked outside the owning city.
 */
export type Party = {
  __typename?: 'Party';
  /** 统一社会信用代码 for an organisation */
  creditCode: Maybe<Scalars['String']['output']>;
  /** 居民身份证号 for a person */
  idNumber: Maybe<Scalars['String']['output']>;
  kind: PartyKind;
  legalRepresentative: Maybe<Scalars['String']['output']>;
  masked: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
};

export type PartyInput = {
  /** An organisation's 18-character 统一社会信用代码 (GB 32100 check digit). */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** A person's 18-character 居民身份证号 (GB 11643 check digit). */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  kind: PartyKind;
  /** An organisation's legal representative (法定代表人), 1–50 characters. */
  legalRepresentative?: InputMaybe<Scalars['String']['input']>;
  /** 1–100 characters: the person's name, or the organisation's registered name. */
  name: Scalars['String']['input'];
};

export type PartyKind = 'ORGANISATION' | 'PERSON';

/** 罚种 (行政处罚法 art. 9) of a decision, or no penalty. */
export type PenaltyType =
  /** 通报批评 */
  | 'CIRCULATED_CRITICISM'
  /** 没收违法所得、没收非法财物 */
  | 'CONFISCATION'
  /** 罚款: the decision states the amount */
  | 'FINE'
  /** 不予行政处罚 (art. 33, 57) */
  | 'NO_PENALTY'
  /** 责令停产停业、责令关闭、限制开展生产经营活动 */
  | 'SUSPENSION'
  /** 警告 */
  | 'WARNING';

/**
 * Which periods: `count` consecutive periods from `start` (a trend), or the periods
 * from `start` to the one starting on `end`. At most 24 periods.
 */
export type PeriodInput = {
  /** How many consecutive periods, 1–24 (default 1). Not with `end`. */
  count?: InputMaybe<Scalars['Int']['input']>;
  /** The first day of the last period, not before `start`. Not with `count`. */
  end?: InputMaybe<Scalars['String']['input']>;
  /** The first day of the first period, YYYY-MM-DD: a Monday for WEEK, the 1st for MONTH, 1 Jan/Apr/Jul/Oct for QUARTER, 1 Jan for YEAR. */
  start: Scalars['String']['input'];
  unit: PeriodUnit;
};

/** A unit of time indicators are reported by, on the nodes' local calendar (TIME_ZONE). */
export type PeriodUnit =
  | 'DAY'
  | 'MONTH'
  | 'QUARTER'
  /** ISO 8601 weeks, Monday to Sunday. */
  | 'WEEK'
  | 'YEAR';

export type Query = {
  __typename?: 'Query';
  /**
   * An attachment's content, from the record's owning city, to those who may read the
   * record there (a province or ministry user may not: the content never leaves the city).
   * NOT_FOUND when it does not exist or its record is outside your reach. Every download
   * of a ticket's or a case's file (photos of citizens' surroundings) is in the audit log.
   */
  attachmentContent: AttachmentContent;
  /** Recomputes the hash chain of one node's audit log (`node`: its division; default your home node). */
  auditChain: AuditChainReport;
  /**
   * Audit entries of one node (`node`: its division; default your home node), newest
   * first, limited to your division. `first` is 1–100 (default 50). Every filter given
   * narrows the list (1–100 characters each; a problem is BAD_USER_INPUT naming the argument):
   * `actor`, the actor's username; `action`, a whole action name (ticket.create), or
   * `actionPrefix`, every action starting with it (`personal-data.`: reads, reveals and
   * caller lookups of personal data), not both; `entityId`, an id among the entry's
   * `entityIds`, or a record number (matched to the id of that record where this node holds
   * it); `from` ≤ `at` ≤ `to`.
   */
  auditLog: AuditEntryConnection;
  /**
   * 来电历史 at intake: how many tickets the caller of `phone` has at your city, how many
   * are open, and the last 10 (open ones first). Phone rules, roles and audit as
   * ticketsByCallerPhone.
   */
  callerHistory: CallerHistory;
  /** A handling unit's inbox: cases waiting for your unit (dispatched, handling, rework), newest first unless sorted. */
  caseInbox: CaseReportConnection;
  /** A case by id, served by its owning city node. */
  caseReport: Maybe<CaseReport>;
  /**
   * Cases inside `division` (default: the caller's division) that the caller may see,
   * in `sort` order (default: newest first). `first` is 1–100 (default 20).
   */
  caseReports: CaseReportConnection;
  /** Directives addressed to your division or any division containing it, newest first; at most 200. */
  directives: Array<Directive>;
  /** A division of the GB/T 2260 registry, or null when the code is unknown. */
  division: Maybe<Division>;
  /** Divisions directly below `parent` (the whole country's provinces when omitted). */
  divisions: Array<Division>;
  /** An enforcement record by id, served by its owning city node. */
  enforcementRecord: Maybe<EnforcementRecord>;
  /**
   * Enforcement records inside `division` (default: the caller's division), in `sort`
   * order (default: newest first). `first` is 1–100 (default 20).
   */
  enforcementRecords: EnforcementRecordConnection;
  /**
   * The display label of each value of `enums` (every enum of the schema when omitted), in
   * the request's language: Chinese, or English when the request sends `Accept-Language: en`.
   * A console shows these rather than the codes.
   */
  enumLabels: Array<EnumValueLabel>;
  /** Your city's handling units. */
  handlingUnits: Array<HandlingUnit>;
  /**
   * The child divisions of a province (its cities) or of the nation (the provinces),
   * ranked by one indicator over the whole span of the periods, each with its composite
   * score. Served by the province node or the ministry.
   */
  indicatorRanking: IndicatorRanking;
  /**
   * Drill-down: the records behind one cell of `indicators` — exactly those whose
   * rollup contributions make up `metric` (of `recordKind`) in `division` and the one
   * `period`, within `category` when given (a code as `indicators` lists it at any
   * level) — with personal data masked as the records' own fields do. Name the cell by
   * a metric (`recordKind` may be left out when the metric name belongs to one kind
   * only) or by an `indicator` and its `part`. `division` is a city or a province (a
   * national drill-down is refused: ask per province). Served by the node holding the
   * records — the city, or its province's replicas — the nearest to the caller; the
   * order is by record id, and `first` is 1–100.
   */
  indicatorRecords: IndicatorRecordConnection;
  /**
   * Indicators of a city, a province or the nation (000000), per period and, with
   * `categoryLevel` (1–3), per category. Computed by the node that holds the data: a
   * city from its records, a province or the ministry from the rollups they hold; the
   * gateway asks the narrowest such node at or above the caller's own division. Once
   * synchronised, every tier gives identical numbers. `weights` replaces the default
   * weights of the composite score.
   */
  indicators: IndicatorReport;
  /** The caller, from the bearer token. */
  me: Viewer;
  /**
   * The monthly national report for `month` (YYYY-MM, from 2025-01 to the current
   * month; the current month is partial). Ministry analysts only; answered by the
   * ministry node. Also downloadable as /reports/monthly/YYYY-MM.xlsx or .csv.
   */
  monthlyReport: MonthlyReport;
  /** The tickets you logged, newest first unless sorted. */
  myTickets: TicketConnection;
  /** The node that served this request. */
  nodeInfo: NodeInfo;
  /**
   * A ticket, case or enforcement record by its number (工单编号, 案件编号), served by the
   * owning city node (whose division code the number starts with), or by its province's
   * masked replica when the city does not answer. Null when no record has this number or
   * you may not read it: a number outside your division or your unit's work reads as
   * missing. `number` is 1–40 letters and digits; spaces around it are ignored.
   */
  recordByNumber: Maybe<CityRecord>;
  /**
   * Supervision orders inside `division` (default: yours), or on one record (`recordId`),
   * only overdue ones (`overdue: true`), newest first; at most 200. With `recordIds` (at
   * most 200), every order on those records, oldest first, each record's orders together,
   * however many: how the gateway asks a province for the orders of a whole list at once.
   */
  supervisionOrders: Array<SupervisionOrder>;
  /** Sync state of one node (`node`: its division; default your home node). */
  syncStatus: SyncStatus;
  /** A ticket by id, served by its owning city node. */
  ticket: Maybe<HotlineTicket>;
  /** The category tree's level-1 entries, or the children of `parent`. */
  ticketCategories: Array<Category>;
  /**
   * Likely duplicates of a request being logged: same division and category, within
   * `days` (default 7), similar address or text (trigram similarity), best first.
   */
  ticketDuplicateSuggestions: Array<DuplicateSuggestion>;
  /**
   * A handling unit's inbox: tickets waiting for your unit, newest first unless sorted — those it
   * leads while dispatched, signed for or in progress, and those it co-handles (协办) in the same
   * states until it gives its 协办反馈 (coReplyToTicket).
   */
  ticketInbox: TicketConnection;
  /**
   * Tickets inside `division` (default: the caller's division), in `sort` order
   * (default: newest first). `first` is 1–100 (default 20).
   */
  tickets: TicketConnection;
  /**
   * Tickets whose caller phone is `phone`, newest first unless sorted. Spaces, dashes,
   * brackets and a +86 / 0086 prefix are ignored; a landline needs its area code
   * (025-84001234). Only hotline agents and dispatchers, at their own city's node (no
   * other node holds phones unmasked); every search is audited as a read of personal data.
   * `first` is 1–100 (default 20).
   */
  ticketsByCallerPhone: TicketConnection;
  /** The holidays and make-up workdays of `year` (2000–2100) at your home node, in date order. */
  workingCalendar: Array<CalendarDay>;
};

export type QueryAttachmentContentArgs = {
  id: Scalars['ID']['input'];
};

export type QueryAuditChainArgs = {
  node?: InputMaybe<Scalars['String']['input']>;
};

export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actionPrefix?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  node?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type QueryCallerHistoryArgs = {
  phone: Scalars['String']['input'];
};

export type QueryCaseInboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<CaseSort>;
};

export type QueryCaseReportArgs = {
  id: Scalars['ID']['input'];
};

export type QueryCaseReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  division?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<CaseSort>;
};

export type QueryDivisionArgs = {
  code: Scalars['String']['input'];
};

export type QueryDivisionsArgs = {
  parent?: InputMaybe<Scalars['String']['input']>;
};

export type QueryEnforcementRecordArgs = {
  id: Scalars['ID']['input'];
};

export type QueryEnforcementRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  division?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnforcementRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<EnforcementSort>;
};

export type QueryEnumLabelsArgs = {
  enums?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type QueryIndicatorRankingArgs = {
  division: Scalars['String']['input'];
  indicator: IndicatorName;
  period: PeriodInput;
  weights?: InputMaybe<Array<IndicatorWeightInput>>;
};

export type QueryIndicatorRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  division: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  indicator?: InputMaybe<IndicatorName>;
  metric?: InputMaybe<Scalars['String']['input']>;
  part?: InputMaybe<IndicatorPart>;
  period: PeriodInput;
  recordKind?: InputMaybe<IndicatorRecordKind>;
};

export type QueryIndicatorsArgs = {
  at?: InputMaybe<Scalars['String']['input']>;
  categoryLevel?: InputMaybe<Scalars['Int']['input']>;
  division: Scalars['String']['input'];
  period: PeriodInput;
  weights?: InputMaybe<Array<IndicatorWeightInput>>;
};

export type QueryMonthlyReportArgs = {
  month: Scalars['String']['input'];
};

export type QueryMyTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<TicketSort>;
};

export type QueryRecordByNumberArgs = {
  number: Scalars['String']['input'];
};

export type QuerySupervisionOrdersArgs = {
  division?: InputMaybe<Scalars['String']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  recordId?: InputMaybe<Scalars['ID']['input']>;
  recordIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type QuerySyncStatusArgs = {
  node?: InputMaybe<Scalars['String']['input']>;
};

export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};

export type QueryTicketCategoriesArgs = {
  parent?: InputMaybe<Scalars['String']['input']>;
};

export type QueryTicketDuplicateSuggestionsArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  input: DuplicateQueryInput;
};

export type QueryTicketInboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<TicketSort>;
};

export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  division?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<TicketSort>;
};

export type QueryTicketsByCallerPhoneArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  phone: Scalars['String']['input'];
  sort?: InputMaybe<TicketSort>;
};

export type QueryWorkingCalendarArgs = {
  year: Scalars['Int']['input'];
};

export type RecordEnforcementPaymentInput = {
  /** Yuan paid: the amount due at paidAt (fine plus any late penalty), to the fen. */
  amount: Scalars['Float']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /**
   * When the party paid (the bank's or payment system's receipt), which decides any
   * late penalty; now when omitted. Not before service, not in the future.
   */
  paidAt?: InputMaybe<Scalars['DateTime']['input']>;
  version: Scalars['Int']['input'];
};

/** Where a replica came from and how fresh it is. */
export type ReplicaInfo = {
  __typename?: 'ReplicaInfo';
  /** The replica holds everything the source had written up to this instant (null before the first pull). */
  currentTo: Maybe<Scalars['DateTime']['output']>;
  /** The node this replica was pulled from. */
  source: Division;
};

export type ReportBackCaseInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** What was done (1–2000 characters). */
  result: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type ReportCaseInput = {
  /** Up to 200 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** 1–4000 characters. */
  description: Scalars['String']['input'];
  /** Where the case is: a county or city code inside the owning city. */
  division: Scalars['String']['input'];
  /** 单元网格, up to 32 characters; an inspector reports only in their own grid (the default for them). */
  gridCell?: InputMaybe<Scalars['String']['input']>;
  /** Makes retrying this create safe: see IdempotencyKey. */
  idempotencyKey?: InputMaybe<Scalars['IdempotencyKey']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** Must be a class of the type (部件 or 事件). */
  majorClass: CaseMajorClass;
  /** Four digits, starting with the major class's code for the type. */
  minorCode: Scalars['String']['input'];
  /** 部件编码 (部件 cases only), up to 32 letters and digits. */
  objectCode?: InputMaybe<Scalars['String']['input']>;
  /** HOTLINE is only through convertTicketToCase (which keeps the ticket link); an inspector reports INSPECTOR. */
  source: CaseSource;
  type: CaseType;
  urgency?: InputMaybe<Urgency>;
};

/** How a month-over-month change is expressed (docs/INDICATORS.md, Monthly national report). */
export type ReportChangeUnit =
  /** Rates: this month's value minus last month's, in percentage points (5.0 = up five points). */
  | 'PERCENTAGE_POINTS'
  /** The composite score: this month's score minus last month's, in score points (0–100). */
  | 'POINTS'
  /** Counts, amounts and averages: (this month − last month) / last month, a fraction (0.25 = up 25 %); null when last month was 0 or had no value. */
  | 'RELATIVE';

export type RequestCaseExtensionInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
  /** 1–30 working days */
  workingDays: Scalars['Int']['input'];
};

export type RequestEnforcementHearingInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /**
   * When the party asked (a written request received earlier, recorded now); now when
   * omitted. Not before the notice, not in the future.
   */
  requestedAt?: InputMaybe<Scalars['DateTime']['input']>;
  version: Scalars['Int']['input'];
};

export type RequestExtensionInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
  /** 1–30 working days */
  workingDays: Scalars['Int']['input'];
};

export type Resolution =
  /** 部分解决 */
  | 'PARTIALLY_RESOLVED'
  /** 解决 */
  | 'RESOLVED'
  /** 未解决 */
  | 'UNRESOLVED';

/** A caller's personal data, revealed with a stated reason. */
export type RevealedCaller = {
  __typename?: 'RevealedCaller';
  address: Maybe<Scalars['String']['output']>;
  name: Maybe<Scalars['String']['output']>;
  phone: Maybe<Scalars['String']['output']>;
  ticketId: Scalars['ID']['output'];
};

/** A rollup metric summed over the period (docs/SYNC.md, rollup rules). */
export type RollupMetric = {
  __typename?: 'RollupMetric';
  name: Scalars['String']['output'];
  recordKind: IndicatorRecordKind;
  value: Scalars['Float']['output'];
};

export type Satisfaction =
  /** 基本满意 */
  | 'BASICALLY_SATISFIED'
  /** 不满意 */
  | 'DISSATISFIED'
  /** 未评价 */
  | 'NOT_RATED'
  /** 满意 */
  | 'SATISFIED';

export type SetCalendarDayInput = {
  /** YYYY-MM-DD, in a year from 2000 to 2100. */
  day: Scalars['String']['input'];
  /** WORKDAY only on a Saturday or Sunday. */
  kind: CalendarDayKind;
  /** 1–50 characters. */
  name: Scalars['String']['input'];
};

/**
 * A list's sort direction. Ties are broken by id in the same direction, and records
 * without the sort key (e.g. a case not yet dispatched has no due time) come last either way.
 */
export type SortDirection =
  /** Earliest first. */
  | 'ASC'
  /** Latest first. */
  | 'DESC';

export type StartEnforcementInvestigationInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Usernames of at least two officers who investigate (art. 42). */
  investigators: Array<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** Live updates, served by the owning city node (the gateway forwards the stream and your token). */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Your unit's case inbox (caseInbox, by the same rule), as inboxChanged for tickets: a case
   * dispatched to your unit or sent back to it for rework ENTERED, written while it waits
   * UPDATED (处置, 延期), reported back or returned LEFT, falling due soon DUE_SOON. `after`
   * replays as in inboxChanged. Handling units only.
   */
  caseInboxChanged: CaseEvent;
  /**
   * Your unit's ticket inbox (ticketInbox, by the same rule): an event whenever a ticket
   * comes into it (ENTERED), is written while in it (UPDATED) or leaves it (LEFT), and when
   * one falls due soon (DUE_SOON). With `after`, the writes after that position are replayed
   * first, each judged against the inbox as it stood before that write, then live ones
   * follow. Handling units only.
   */
  inboxChanged: TicketEvent;
  /**
   * Every write to one ticket you may read (as `ticket(id)`): refused with NOT_FOUND when it
   * does not exist or you may not read it. Writes while it is out of your scope send no
   * event. `after` replays as in inboxChanged.
   */
  recordChanged: TicketEvent;
  /**
   * Supervision orders (督办单) as they arrive at your city node, without polling: permission
   * and scope as `supervisionOrders` (inside `division`, default yours; city and county
   * divisions only — a province or ministry user is refused with FORBIDDEN). The command centre
   * (dispatcher, city supervisor) hears of every order the province issues on a record in scope
   * and of every reply it sends back (退回); a handling unit hears of each order assigned (交办)
   * to it, and of no order before that. With `after`, the arrivals after that position are
   * replayed first (those whose order you may still read), then live ones follow.
   */
  supervisionOrderArrived: SupervisionOrderEvent;
};

/** Live updates, served by the owning city node (the gateway forwards the stream and your token). */
export type SubscriptionCaseInboxChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};

/** Live updates, served by the owning city node (the gateway forwards the stream and your token). */
export type SubscriptionInboxChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};

/** Live updates, served by the owning city node (the gateway forwards the stream and your token). */
export type SubscriptionRecordChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};

/** Live updates, served by the owning city node (the gateway forwards the stream and your token). */
export type SubscriptionSupervisionOrderArrivedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  division?: InputMaybe<Scalars['String']['input']>;
};

export type SupervisedRecordKind = 'CASE_REPORT' | 'HOTLINE_TICKET';

export type SupervisionAction = 'ASSIGN' | 'CLOSE' | 'REPLY' | 'RETURN' | 'SIGN';

/** What brought a supervision order to you (supervisionOrderArrived). */
export type SupervisionArrival =
  /** 交办: the command centre assigned it to your unit. */
  | 'ASSIGNED'
  /** 督办下达: the province issued it (to the command centre). */
  | 'ISSUED'
  /** 退回: the province sent the city's reply back (to the command centre). */
  | 'RETURNED';

/** 督办 level. */
export type SupervisionLevel =
  /** 约谈 */
  | 'INTERVIEW'
  /** 挂牌督办 */
  | 'LISTED'
  /** 一般督办 */
  | 'ROUTINE';

/**
 * A supervision order (督办单): owned by the province that issued it, on a ticket or
 * case of one of its cities; it flows down to the city, where it shows on the record.
 * Its state is folded from its steps, each owned by the node that took it
 * (docs/WORKFLOWS.md has the machine).
 */
export type SupervisionOrder = {
  __typename?: 'SupervisionOrder';
  /** What you may do next here. */
  allowedActions: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  deadline: Scalars['DateTime']['output'];
  /** The division of the record it is about. */
  division: Division;
  /** The unit the city assigned it to (交办). */
  handlingUnit: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  instructions: Scalars['String']['output'];
  issuedBy: Scalars['String']['output'];
  /** The province that issued it. */
  issuer: Division;
  level: SupervisionLevel;
  number: Scalars['String']['output'];
  /** Past its deadline and not yet answered (replied or closed). */
  overdue: Scalars['Boolean']['output'];
  recordId: Scalars['ID']['output'];
  recordKind: SupervisedRecordKind;
  /**
   * The record's number (工单编号, 案件编号), to open it by (recordByNumber); null when the node
   * answering does not hold the record, or holds it outside your scope (a unit's reassigned ticket).
   */
  recordNumber: Maybe<Scalars['String']['output']>;
  state: SupervisionState;
  /** The steps taken on it, oldest first, as this node holds them. */
  steps: Array<SupervisionStep>;
  version: Scalars['Int']['output'];
};

/**
 * A supervision order arriving for you at your city, as a subscription event (GraphQL over SSE).
 * Events come from the city node's arrival log, in the order the arrivals committed, each at
 * most once.
 */
export type SupervisionOrderEvent = {
  __typename?: 'SupervisionOrderEvent';
  arrival: SupervisionArrival;
  /** The order as you may read it when the event is sent (as supervisionOrders shows it). */
  order: SupervisionOrder;
  /**
   * The arrival's position in the city node's arrival log (a decimal number; its own sequence,
   * not a change-log position). Keep the last one received: subscribing again with it as
   * `after` replays what arrived since, then goes on live.
   */
  position: Scalars['String']['output'];
};

export type SupervisionState =
  /** 已交办 */
  | 'ASSIGNED'
  /** 已办结 */
  | 'CLOSED'
  /** 已下发 */
  | 'ISSUED'
  /** 已反馈 */
  | 'REPLIED'
  /** 已退回 */
  | 'RETURNED'
  /** 已签收 */
  | 'SIGNED';

/** One step of a supervision order: the city's 签收/交办/反馈, the province's 办结/退回. */
export type SupervisionStep = {
  __typename?: 'SupervisionStep';
  action: SupervisionAction;
  actor: Scalars['String']['output'];
  actorDivision: Division;
  comment: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  handlingUnit: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
};

/** A step on a supervision order: `comment` is the reply (反馈, required), the reason to send it back (退回, required) or a note. */
export type SupervisionStepInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
};

/** Where this node stands with one source it pulls from. */
export type SyncSourceStatus = {
  __typename?: 'SyncSourceStatus';
  /** When the source last answered a pull: what `head`, `headAt` and `oldestPendingAt` are as of. */
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  /** The last position applied. */
  applied: Scalars['String']['output'];
  /** The replicas from this source hold everything the source had written up to this instant. */
  currentTo: Maybe<Scalars['DateTime']['output']>;
  epoch: Maybe<Scalars['ID']['output']>;
  /** The source's head when it last answered, stored before its answer is applied (so also after a failed apply). */
  head: Scalars['String']['output'];
  /** When the source's head entry was written, as of its last answer. */
  headAt: Maybe<Scalars['DateTime']['output']>;
  /** head − applied: changes the source has sealed that this node has not applied, as of the source's last answer. */
  lagChanges: Scalars['Float']['output'];
  /** Seconds between now and the time the replicas are current to; 0 only while caught up with nothing waiting, never less than `oldestPendingSeconds`. */
  lagSeconds: Maybe<Scalars['Float']['output']>;
  lastError: Maybe<Scalars['String']['output']>;
  /** When the oldest change this node has not applied was written at the source (the first after `applied`); null when none is known to wait. */
  oldestPendingAt: Maybe<Scalars['DateTime']['output']>;
  /** Seconds between now and `oldestPendingAt`, 0 when nothing waits. Keeps growing while the consumer backs off, is paused or stopped. */
  oldestPendingSeconds: Scalars['Float']['output'];
  /** How many times this source was resynchronised from zero. */
  resyncs: Scalars['Int']['output'];
  source: Division;
  /** Changes from this source skipped because this node held a newer version of their row, or a newer delete of it: 0 in a healthy federation; counts up when a source's versions went back (a rebuilt city) or a change arrived out of order. Each is logged as a warning. Never reset. */
  staleChanges: Scalars['Float']['output'];
  state: SyncState;
};

export type SyncState =
  /** The source could not be reached or answered an error; retrying with backoff. */
  | 'BACKING_OFF'
  /** Applying a backlog. */
  | 'CATCHING_UP'
  /** Applied everything the source has sealed; waiting for more. */
  | 'CAUGHT_UP'
  /** Stopped on a change it must not apply (e.g. an unknown schema version); needs an operator. */
  | 'PAUSED'
  /** The source was rebuilt (new epoch), rewound or showed a hole: its replicas are being rebuilt from position 0. */
  | 'RESYNCING'
  /** Not yet contacted. */
  | 'STARTING';

/** A node's own feed and the sources it pulls from. */
export type SyncStatus = {
  __typename?: 'SyncStatus';
  epoch: Scalars['ID']['output'];
  /** The node's own sealed head position. */
  head: Scalars['String']['output'];
  node: Division;
  sources: Array<SyncSourceStatus>;
  tier: Tier;
};

/** Acting on a ticket: its id and the version you looked at (a newer one means someone acted first). */
export type TicketActionInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** 12345 intake channel. */
export type TicketChannel =
  | 'APP'
  | 'EMAIL'
  | 'PHONE'
  | 'SMS'
  /** Transferred in from another hotline or 数字城管 */
  | 'TRANSFER'
  | 'WEB'
  /** WeChat or mini-program */
  | 'WECHAT';

/** In the list's `sort` order (default newest first), then id, so pages merged across nodes stay stable. */
export type TicketConnection = {
  __typename?: 'TicketConnection';
  edges: Array<TicketEdge>;
  nodes: Array<HotlineTicket>;
  pageInfo: PageInfo;
};

export type TicketEdge = {
  __typename?: 'TicketEdge';
  cursor: Scalars['String']['output'];
  node: HotlineTicket;
};

/**
 * A write to a ticket you may read, as a subscription event (GraphQL over SSE). Events come
 * from the owning city node's sealed change log, in its order, each at most once.
 */
export type TicketEvent = {
  __typename?: 'TicketEvent';
  /** What happened to the ticket, for the stream it is sent on (recordChanged: always UPDATED). */
  change: InboxChange;
  /**
   * The write's position in the owning city node's sealed change log (a decimal number, as
   * `position` in the sync feed); a DUE_SOON event carries the position of the last write
   * sent before it. Keep the last one received: subscribing again with it as `after`
   * replays what was written since, then goes on live.
   */
  position: Scalars['String']['output'];
  /**
   * The ticket as you may read it when the event is sent (this write and any before it);
   * null only when you may no longer read it at all (LEFT: reassigned out of your scope).
   */
  ticket: Maybe<HotlineTicket>;
  ticketId: Scalars['ID']['output'];
};

export type TicketFilter = {
  /** A category code of any level; matches it and everything below it. */
  categoryCode?: InputMaybe<Scalars['String']['input']>;
  channel?: InputMaybe<Array<TicketChannel>>;
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only tickets in one of these deadline states (see HotlineTicket.deadlineStatus). */
  deadlineStatus?: InputMaybe<Array<DeadlineStatus>>;
  /** Due before this instant (tickets without a due time are left out). */
  dueBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Due at or after this instant (tickets without a due time are left out). */
  dueFrom?: InputMaybe<Scalars['DateTime']['input']>;
  intakeClass?: InputMaybe<Array<IntakeClass>>;
  /** Tickets led by this handling unit. */
  leadUnit?: InputMaybe<Scalars['String']['input']>;
  /** Only open tickets past their due time (true) or not (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<TicketStatus>>;
  /** Only tickets under at least one supervision order (督办, true) or under none (false). */
  supervised?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Words separated by spaces (at most 100 characters), each of which must appear in the
   * title, content, street or community, or in the address where you see it unmasked.
   * Chinese works as written, a word of any length: 井盖, 占道经营.
   */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** An action that needs a reason (退单, 审核退回, 延期驳回). */
export type TicketReasonInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** A ticket list's order. A cursor is valid only under the sort of the page it came from. */
export type TicketSort = {
  by?: TicketSortField;
  direction?: SortDirection;
};

/** What a ticket list is sorted by. */
export type TicketSortField =
  | 'CREATED_AT'
  /** Tickets without a due time come last. */
  | 'DUE_AT'
  /** The last change, such as a workflow action. */
  | 'UPDATED_AT';

/** The closed loop 受理、调度、办理、回复、督办、办结、回访、评价. */
export type TicketStatus =
  /** 受理 */
  | 'ACCEPTED'
  /** 归档 */
  | 'ARCHIVED'
  /** 回访 */
  | 'CALLED_BACK'
  /** 办结 */
  | 'CLOSED'
  /** 派单 */
  | 'DISPATCHED'
  /** 办理 */
  | 'IN_PROGRESS'
  /** 重办 */
  | 'REOPENED'
  /** 反馈 */
  | 'REPLIED'
  /** 退单: returned by the unit, waiting for 改派 */
  | 'RETURNED'
  /** 审核 */
  | 'REVIEWED'
  /** 签收 */
  | 'SIGNED_FOR';

export type Tier =
  /** 市: the system of record */
  | 'CITY'
  /** 部: the national node */
  | 'MINISTRY'
  /** 省 */
  | 'PROVINCE';

export type Urgency =
  /** Same-day emergencies */
  'EMERGENCY' | 'NORMAL' | 'URGENT';

export type VerifyCaseInput = {
  /** Required when not passed: what is still wrong. */
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** true closes the case (结案); false sends it back for rework (返工). */
  passed: Scalars['Boolean']['input'];
  version: Scalars['Int']['input'];
};

/** The signed-in user as the node sees the token. */
export type Viewer = {
  __typename?: 'Viewer';
  department: Maybe<Scalars['String']['output']>;
  division: Division;
  /**
   * The operations of the permission policy you may perform somewhere (docs/PERMISSIONS.md,
   * e.g. `personal-data.reveal`): what a console offers you beyond a record's allowedActions.
   * Each request is still checked against the record it touches.
   */
  permissions: Array<Scalars['String']['output']>;
  roles: Array<Scalars['String']['output']>;
  username: Scalars['String']['output'];
};
