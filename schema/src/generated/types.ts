export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** An instant in time, ISO 8601 in UTC (e.g. 2026-11-21T08:30:00.000Z). */
  DateTime: { input: string; output: string };
};

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
  /** This entry's link in the hash chain. */
  hash: Scalars['String']['output'];
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

export type CallerInput = {
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  /** At most 50 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Mainland mobile (11 digits) or landline (area code, 7–8 digits). */
  phone?: InputMaybe<Scalars['String']['input']>;
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

/** A city operations case (数字城管 / 运管服 案件). Owned by its city node. */
export type CaseReport = {
  __typename?: 'CaseReport';
  address: Maybe<Scalars['String']['output']>;
  closureType: Maybe<ClosureType>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  division: Division;
  gridCell: Maybe<Scalars['String']['output']>;
  handlingUnit: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  latitude: Maybe<Scalars['Float']['output']>;
  linkedTicketId: Maybe<Scalars['ID']['output']>;
  longitude: Maybe<Scalars['Float']['output']>;
  majorClass: CaseMajorClass;
  minorCode: Scalars['String']['output'];
  number: Scalars['String']['output'];
  objectCode: Maybe<Scalars['String']['output']>;
  source: CaseSource;
  status: CaseStatus;
  type: CaseType;
  updatedAt: Scalars['DateTime']['output'];
  urgency: Urgency;
  version: Scalars['Int']['output'];
};

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

/** The seven-step loop 采集 → 立案 → 派遣 → 处置 → 反馈 → 核查 → 结案, with its branches. */
export type CaseStatus =
  | 'CLOSED'
  | 'COLLECTED'
  | 'DISPATCHED'
  | 'EVALUATED'
  | 'FILED'
  | 'HANDLING'
  | 'PARKED'
  | 'REPORTED'
  | 'REWORK'
  | 'VOIDED';

/** 部件 (a managed object such as a manhole cover) or 事件 (an event such as exposed garbage). */
export type CaseType = 'COMPONENT' | 'EVENT';

/** One level of the three-level ticket category tree (e.g. 城市管理 → 市容环境 → 占道经营). */
export type Category = {
  __typename?: 'Category';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** How a case closed; derived from its history, never typed in. */
export type ClosureType = 'ERROR' | 'NORMAL' | 'OVERDUE' | 'SPECIAL';

export type CreateTicketInput = {
  caller: CallerInput;
  /** A level-3 category code. */
  categoryCode: Scalars['String']['input'];
  channel: TicketChannel;
  /** 1–4000 characters. */
  content: Scalars['String']['input'];
  /** Where the request is about: a county or city code inside the owning city. */
  division: Scalars['String']['input'];
  intakeClass: IntakeClass;
  location?: InputMaybe<LocationInput>;
  /** 1–100 characters. */
  title: Scalars['String']['input'];
  urgency?: InputMaybe<Urgency>;
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

export type EnforcementOfficer = {
  __typename?: 'EnforcementOfficer';
  certificateNumber: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** 简易 (summary) or 普通 (ordinary) procedure under 行政处罚法. */
export type EnforcementProcedure = 'ORDINARY' | 'SUMMARY';

/** An urban administrative enforcement case (城管综合行政执法 案件). Owned by its city node. */
export type EnforcementRecord = {
  __typename?: 'EnforcementRecord';
  createdAt: Scalars['DateTime']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  division: Division;
  filedAt: Scalars['DateTime']['output'];
  /** Fine in yuan, when decided. */
  fineAmount: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  linkedCaseId: Maybe<Scalars['ID']['output']>;
  linkedTicketId: Maybe<Scalars['ID']['output']>;
  number: Scalars['String']['output'];
  officers: Array<EnforcementOfficer>;
  party: Party;
  /** 处罚依据 */
  penaltyArticle: Scalars['String']['output'];
  procedure: EnforcementProcedure;
  source: EnforcementSource;
  status: EnforcementStatus;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** 违反条款 */
  violatedArticle: Scalars['String']['output'];
};

export type EnforcementSource =
  | 'COMPLAINT'
  | 'PATROL'
  | 'REFERRAL'
  /** 热线/数字城管 transfer */
  | 'TRANSFER';

export type EnforcementStatus =
  | 'ARCHIVED'
  | 'CLOSED'
  | 'DECIDED'
  | 'ENFORCED'
  | 'FILED'
  | 'HEARING'
  | 'INVESTIGATING'
  | 'LEGAL_REVIEW'
  | 'NOTIFIED'
  | 'PAID'
  | 'SERVED';

/** 直办 (answered by the agent on the call) or 转办 (dispatched). */
export type HandlingMode = 'DIRECT' | 'DISPATCH';

/** A 12345 hotline ticket (工单). Owned and written only by its city node. */
export type HotlineTicket = {
  __typename?: 'HotlineTicket';
  caller: Caller;
  /** Level 1, 2 and 3 of the category. */
  categoryPath: Array<Category>;
  channel: TicketChannel;
  content: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  division: Division;
  handlingMode: Maybe<HandlingMode>;
  /** Globally routable: the first six characters are the owning city node's division. */
  id: Scalars['ID']['output'];
  intakeClass: IntakeClass;
  location: Location;
  /** 工单编号 */
  number: Scalars['String']['output'];
  /** 并单: the ticket this one was merged into. */
  parentTicketId: Maybe<Scalars['ID']['output']>;
  resolution: Maybe<Resolution>;
  satisfaction: Maybe<Satisfaction>;
  status: TicketStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  urgency: Urgency;
  /** Increases with every change; used for optimistic concurrency and sync. */
  version: Scalars['Int']['output'];
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

/** Record kinds add their mutations with `extend type Mutation`. */
export type Mutation = {
  __typename?: 'Mutation';
  /** 受理: log a citizen's request. Only the owning city node accepts it. */
  createTicket: HotlineTicket;
  /**
   * Reveals a ticket's masked caller data to an authorised role (dispatcher, city
   * supervisor) for a stated reason (5–500 characters). The reveal is audited.
   */
  revealTicketCaller: RevealedCaller;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationCreateTicketArgs = {
  input: CreateTicketInput;
};

/** Record kinds add their mutations with `extend type Mutation`. */
export type MutationRevealTicketCallerArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** Which node answered, so a caller can tell live records from replicas. */
export type NodeInfo = {
  __typename?: 'NodeInfo';
  division: Division;
  /** When this node started serving. */
  startedAt: Scalars['DateTime']['output'];
  tier: Tier;
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

export type PartyKind = 'ORGANISATION' | 'PERSON';

export type Query = {
  __typename?: 'Query';
  /** Recomputes the hash chain of one node's audit log (`node`: its division; default your home node). */
  auditChain: AuditChainReport;
  /**
   * Audit entries of one node (`node`: its division; default your home node), newest
   * first, limited to your division. `first` is 1–100 (default 50).
   */
  auditLog: AuditEntryConnection;
  /** A case by id, served by its owning city node. */
  caseReport: Maybe<CaseReport>;
  /** A division of the GB/T 2260 registry, or null when the code is unknown. */
  division: Maybe<Division>;
  /** Divisions directly below `parent` (the whole country's provinces when omitted). */
  divisions: Array<Division>;
  /** An enforcement record by id, served by its owning city node. */
  enforcementRecord: Maybe<EnforcementRecord>;
  /** The caller, from the bearer token. */
  me: Viewer;
  /** The node that served this request. */
  nodeInfo: NodeInfo;
  /** A ticket by id, served by its owning city node. */
  ticket: Maybe<HotlineTicket>;
  /** The category tree's level-1 entries, or the children of `parent`. */
  ticketCategories: Array<Category>;
  /**
   * Tickets inside `division` (default: the caller's division), newest first.
   * `first` is 1–100 (default 20).
   */
  tickets: TicketConnection;
};

export type QueryAuditChainArgs = {
  node?: InputMaybe<Scalars['String']['input']>;
};

export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  node?: InputMaybe<Scalars['String']['input']>;
};

export type QueryCaseReportArgs = {
  id: Scalars['ID']['input'];
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

export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};

export type QueryTicketCategoriesArgs = {
  parent?: InputMaybe<Scalars['String']['input']>;
};

export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  division?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

export type Satisfaction =
  /** 基本满意 */
  | 'BASICALLY_SATISFIED'
  /** 不满意 */
  | 'DISSATISFIED'
  /** 未评价 */
  | 'NOT_RATED'
  /** 满意 */
  | 'SATISFIED';

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

/** Newest first (createdAt, then id), so pages merged across nodes stay stable. */
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

export type TicketFilter = {
  /** A category code of any level; matches it and everything below it. */
  categoryCode?: InputMaybe<Scalars['String']['input']>;
  channel?: InputMaybe<Array<TicketChannel>>;
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  intakeClass?: InputMaybe<Array<IntakeClass>>;
  status?: InputMaybe<Array<TicketStatus>>;
};

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

/** The signed-in user as the node sees the token. */
export type Viewer = {
  __typename?: 'Viewer';
  department: Maybe<Scalars['String']['output']>;
  division: Division;
  roles: Array<Scalars['String']['output']>;
  username: Scalars['String']['output'];
};
