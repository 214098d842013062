/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AnswerTicketInput = {
  comment?: string | null | undefined;
  id: string | number;
  /** What the agent or unit told the caller (1–2000 characters). */
  reply: string;
  resolution: Resolution;
  version: number;
};

export type AssignSupervisionOrderInput = {
  comment?: string | null | undefined;
  orderId: string | number;
  /** A handling unit of the city (handlingUnits). */
  unit: string;
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

/** How a listed day departs from the Monday–Friday working week. */
export type CalendarDayKind =
  /** 法定节假日: an official day off (the weekend days inside a holiday period are listed too) */
  | 'HOLIDAY'
  /** 调休上班: a weekend day worked to make up for a holiday */
  | 'WORKDAY';

export type CallBackTicketInput = {
  comment?: string | null | undefined;
  id: string | number;
  resolution: Resolution;
  satisfaction: Satisfaction;
  version: number;
};

export type CallerInput = {
  confidential?: boolean | null | undefined;
  /** At most 50 characters. */
  name?: string | null | undefined;
  /** Mainland mobile (11 digits) or landline (area code, 7–8 digits). */
  phone?: string | null | undefined;
};

/** Acting on a case: its id and the version you looked at (a newer one means someone acted first). */
export type CaseActionInput = {
  /** Up to 1000 characters, kept in the history. */
  comment?: string | null | undefined;
  id: string | number;
  version: number;
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
  id: string | number;
  reason: string;
  version: number;
};

export type CaseReportFilter = {
  createdBefore?: string | null | undefined;
  createdFrom?: string | null | undefined;
  /** Only cases in one of these deadline states (see CaseReport.deadlineStatus). */
  deadlineStatus?: Array<DeadlineStatus> | null | undefined;
  /** Due before this instant (cases without a due time are left out). */
  dueBefore?: string | null | undefined;
  /** Due at or after this instant (cases without a due time are left out). */
  dueFrom?: string | null | undefined;
  /** Cases assigned to this handling unit. */
  handlingUnit?: string | null | undefined;
  majorClass?: Array<CaseMajorClass> | null | undefined;
  /** A minor category code, or its first digits. */
  minorCode?: string | null | undefined;
  /** Only open cases past their due time (true) or not (false). */
  overdue?: boolean | null | undefined;
  status?: Array<CaseStatus> | null | undefined;
  /** Only cases under at least one supervision order (督办, true) or under none (false). */
  supervised?: boolean | null | undefined;
  /**
   * Words separated by spaces (at most 100 characters), each of which must appear in the
   * number, description or address. Chinese works as written, a word of any length.
   */
  text?: string | null | undefined;
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

/**
 * How a case closed; derived when it closes, never typed in. In this order of precedence:
 * SPECIAL (特殊) when it was ever parked (挂账); ERROR (差错) when a return (回退) was
 * approved, i.e. it was dispatched to the wrong unit; OVERDUE (超时) when it closed after
 * its due time; NORMAL (正常) otherwise.
 */
export type ClosureType = 'ERROR' | 'NORMAL' | 'OVERDUE' | 'SPECIAL';

/** 协办反馈 of a co-handling unit. */
export type CoReplyToTicketInput = {
  id: string | number;
  /** What your unit did or found, for the lead unit (1–2000 characters). */
  reply: string;
  version: number;
};

export type CreateTicketInput = {
  caller: CallerInput;
  /** A level-3 category code. */
  categoryCode: string;
  channel: TicketChannel;
  /** 1–4000 characters. */
  content: string;
  /** Where the request is about: a county or city code inside the owning city. */
  division: string;
  /** Makes retrying this create safe: see IdempotencyKey. */
  idempotencyKey?: string | null | undefined;
  intakeClass: IntakeClass;
  location?: LocationInput | null | undefined;
  /** 1–100 characters. */
  title: string;
  urgency?: Urgency | null | undefined;
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
  comment?: string | null | undefined;
  /** Yuan with at most two decimals: required for a FINE, absent otherwise. */
  fineAmount?: number | null | undefined;
  id: string | number;
  penaltyType: PenaltyType;
  version: number;
};

export type DirectiveAction = 'ACKNOWLEDGE' | 'REPORT';

export type DirectiveResponseInput = {
  /** The report (报告, required), or a note with an acknowledgement. */
  comment?: string | null | undefined;
  directiveId: string | number;
};

export type DirectiveState =
  /** 已签收 */
  | 'ACKNOWLEDGED'
  /** 已下发 */
  | 'ISSUED'
  /** 已报告 */
  | 'REPORTED';

export type DispatchCaseInput = {
  comment?: string | null | undefined;
  /** A handling unit of this city (see handlingUnits). */
  handlingUnit: string;
  id: string | number;
  version: number;
};

export type DispatchTicketInput = {
  /** 协办 unit codes */
  coUnits?: Array<string> | null | undefined;
  comment?: string | null | undefined;
  id: string | number;
  /** 主办 unit code */
  leadUnit: string;
  version: number;
};

export type DivisionLevel = 'CITY' | 'COUNTY' | 'NATIONAL' | 'PROVINCE';

export type DuplicateQueryInput = {
  address?: string | null | undefined;
  categoryCode: string;
  content?: string | null | undefined;
  division: string;
  title?: string | null | undefined;
};

/** Acting on an enforcement record: its id and the version you looked at (a newer one means someone acted first). */
export type EnforcementActionInput = {
  /** At most 1000 characters, kept in the history. */
  comment?: string | null | undefined;
  id: string | number;
  version: number;
};

export type EnforcementOfficerInput = {
  /** 执法证号: 4–32 letters, digits or hyphens. */
  certificateNumber: string;
  /** 1–50 characters. */
  name: string;
};

/** 简易 (summary) or 普通 (ordinary) procedure under 行政处罚法. */
export type EnforcementProcedure = 'ORDINARY' | 'SUMMARY';

/** An action that needs a reason (审核退回, 强制执行). */
export type EnforcementReasonInput = {
  id: string | number;
  /** 2–1000 characters. */
  reason: string;
  version: number;
};

export type EnforcementRecordFilter = {
  createdBefore?: string | null | undefined;
  createdFrom?: string | null | undefined;
  /** Only records in one of these deadline states (see EnforcementRecord.deadlineStatus). */
  deadlineStatus?: Array<DeadlineStatus> | null | undefined;
  /** Decision due before this instant (records without a decision due time are left out). */
  decisionDueBefore?: string | null | undefined;
  /** Decision due at or after this instant (records without a decision due time are left out). */
  decisionDueFrom?: string | null | undefined;
  /** Only records with a limit running late now (true), or none (false); see EnforcementOverdue. */
  overdue?: boolean | null | undefined;
  procedure?: EnforcementProcedure | null | undefined;
  status?: Array<EnforcementStatus> | null | undefined;
  /**
   * Words separated by spaces (at most 100 characters), each of which must appear in the
   * number, the violated or penalty article, or an organisation's credit code.
   */
  text?: string | null | undefined;
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

export type EvaluateCaseInput = {
  comment?: string | null | undefined;
  id: string | number;
  /** 0–100 */
  score: number;
  version: number;
};

export type ExtendEnforcementDecisionDeadlineInput = {
  /** Who approved the extension (负责人), 1–50 characters. */
  approvedBy: string;
  /** Calendar days added to the decision limit, 1–90. */
  days: number;
  id: string | number;
  /** 2–1000 characters. */
  reason: string;
  version: number;
};

export type FileEnforcementCaseInput = {
  /** Where the violation happened: a county or city code inside the owning city. */
  division: string;
  /** Makes retrying this create safe: see IdempotencyKey. */
  idempotencyKey?: string | null | undefined;
  /** 重大案件 (never with the summary procedure). */
  isMajor?: boolean | null | undefined;
  /** The city operations case this case came from, a case of the same city. */
  linkedCaseId?: string | number | null | undefined;
  /** The hotline ticket this case came from, a ticket of the same city. */
  linkedTicketId?: string | number | null | undefined;
  /** At least two officers with enforcement certificates (art. 42). */
  officers: Array<EnforcementOfficerInput>;
  party: PartyInput;
  /** 处罚依据, 1–200 characters. */
  penaltyArticle: string;
  procedure: EnforcementProcedure;
  source: EnforcementSource;
  /** 违反条款, 1–200 characters. */
  violatedArticle: string;
};

export type HoldEnforcementHearingInput = {
  comment?: string | null | undefined;
  id: string | number;
  /** Username of the presiding officer: not an investigator of the case (art. 64). */
  presidingOfficer: string;
  version: number;
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

export type IndicatorRecordKind = 'CASE_REPORT' | 'ENFORCEMENT_RECORD' | 'HOTLINE_TICKET';

/** Where a node takes indicators from. */
export type IndicatorSource =
  /** A city node: its own records, live. */
  | 'RECORDS'
  /** A province or the ministry: the daily rollups it holds (see `currentTo`). */
  | 'ROLLUPS';

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
  body: string;
  division: string;
  dueAt?: string | null | undefined;
  /** Makes retrying this create safe: see IdempotencyKey. */
  idempotencyKey?: string | null | undefined;
  title: string;
};

export type IssueSupervisionOrderInput = {
  deadline: string;
  /** Makes retrying this create safe: see IdempotencyKey. */
  idempotencyKey?: string | null | undefined;
  instructions: string;
  level: SupervisionLevel;
  /** The ticket or case id (it starts with its city's division). */
  recordId: string | number;
  recordKind: SupervisedRecordKind;
};

export type LocationInput = {
  /** At most 200 characters. */
  address?: string | null | undefined;
  community?: string | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  street?: string | null | undefined;
};

export type MergeTicketInput = {
  comment?: string | null | undefined;
  id: string | number;
  /** The ticket to merge this one into. */
  parentId: string | number;
  version: number;
};

export type PartyInput = {
  /** An organisation's 18-character 统一社会信用代码 (GB 32100 check digit). */
  creditCode?: string | null | undefined;
  /** A person's 18-character 居民身份证号 (GB 11643 check digit). */
  idNumber?: string | null | undefined;
  kind: PartyKind;
  /** An organisation's legal representative (法定代表人), 1–50 characters. */
  legalRepresentative?: string | null | undefined;
  /** 1–100 characters: the person's name, or the organisation's registered name. */
  name: string;
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
  count?: number | null | undefined;
  /** The first day of the last period, not before `start`. Not with `count`. */
  end?: string | null | undefined;
  /** The first day of the first period, YYYY-MM-DD: a Monday for WEEK, the 1st for MONTH, 1 Jan/Apr/Jul/Oct for QUARTER, 1 Jan for YEAR. */
  start: string;
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

export type RecordEnforcementPaymentInput = {
  /** Yuan paid: the amount due at paidAt (fine plus any late penalty), to the fen. */
  amount: number;
  comment?: string | null | undefined;
  id: string | number;
  /**
   * When the party paid (the bank's or payment system's receipt), which decides any
   * late penalty; now when omitted. Not before service, not in the future.
   */
  paidAt?: string | null | undefined;
  version: number;
};

export type ReportBackCaseInput = {
  comment?: string | null | undefined;
  id: string | number;
  /** What was done (1–2000 characters). */
  result: string;
  version: number;
};

export type ReportCaseInput = {
  /** Up to 200 characters. */
  address?: string | null | undefined;
  /** 1–4000 characters. */
  description: string;
  /** Where the case is: a county or city code inside the owning city. */
  division: string;
  /** 单元网格, up to 32 characters; an inspector reports only in their own grid (the default for them). */
  gridCell?: string | null | undefined;
  /** Makes retrying this create safe: see IdempotencyKey. */
  idempotencyKey?: string | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  /** Must be a class of the type (部件 or 事件). */
  majorClass: CaseMajorClass;
  /** Four digits, starting with the major class's code for the type. */
  minorCode: string;
  /** 部件编码 (部件 cases only), up to 32 letters and digits. */
  objectCode?: string | null | undefined;
  /** HOTLINE is only through convertTicketToCase (which keeps the ticket link); an inspector reports INSPECTOR. */
  source: CaseSource;
  type: CaseType;
  urgency?: Urgency | null | undefined;
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
  id: string | number;
  reason: string;
  version: number;
  /** 1–30 working days */
  workingDays: number;
};

export type RequestEnforcementHearingInput = {
  comment?: string | null | undefined;
  id: string | number;
  /**
   * When the party asked (a written request received earlier, recorded now); now when
   * omitted. Not before the notice, not in the future.
   */
  requestedAt?: string | null | undefined;
  version: number;
};

export type RequestExtensionInput = {
  id: string | number;
  reason: string;
  version: number;
  /** 1–30 working days */
  workingDays: number;
};

export type Resolution =
  /** 部分解决 */
  | 'PARTIALLY_RESOLVED'
  /** 解决 */
  | 'RESOLVED'
  /** 未解决 */
  | 'UNRESOLVED';

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
  day: string;
  /** WORKDAY only on a Saturday or Sunday. */
  kind: CalendarDayKind;
  /** 1–50 characters. */
  name: string;
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
  comment?: string | null | undefined;
  id: string | number;
  /** Usernames of at least two officers who investigate (art. 42). */
  investigators: Array<string>;
  version: number;
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

/** A step on a supervision order: `comment` is the reply (反馈, required), the reason to send it back (退回, required) or a note. */
export type SupervisionStepInput = {
  comment?: string | null | undefined;
  orderId: string | number;
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

/** Acting on a ticket: its id and the version you looked at (a newer one means someone acted first). */
export type TicketActionInput = {
  comment?: string | null | undefined;
  id: string | number;
  version: number;
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

export type TicketFilter = {
  /** A category code of any level; matches it and everything below it. */
  categoryCode?: string | null | undefined;
  channel?: Array<TicketChannel> | null | undefined;
  createdBefore?: string | null | undefined;
  createdFrom?: string | null | undefined;
  /** Only tickets in one of these deadline states (see HotlineTicket.deadlineStatus). */
  deadlineStatus?: Array<DeadlineStatus> | null | undefined;
  /** Due before this instant (tickets without a due time are left out). */
  dueBefore?: string | null | undefined;
  /** Due at or after this instant (tickets without a due time are left out). */
  dueFrom?: string | null | undefined;
  intakeClass?: Array<IntakeClass> | null | undefined;
  /** Tickets led by this handling unit. */
  leadUnit?: string | null | undefined;
  /** Only open tickets past their due time (true) or not (false). */
  overdue?: boolean | null | undefined;
  status?: Array<TicketStatus> | null | undefined;
  /** Only tickets under at least one supervision order (督办, true) or under none (false). */
  supervised?: boolean | null | undefined;
  /**
   * Words separated by spaces (at most 100 characters), each of which must appear in the
   * title, content, street or community, or in the address where you see it unmasked.
   * Chinese works as written, a word of any length: 井盖, 占道经营.
   */
  text?: string | null | undefined;
};

/** An action that needs a reason (退单, 审核退回, 延期驳回). */
export type TicketReasonInput = {
  id: string | number;
  reason: string;
  version: number;
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
  comment?: string | null | undefined;
  id: string | number;
  /** true closes the case (结案); false sends it back for rework (返工). */
  passed: boolean;
  version: number;
};

export type CaseRowFragment = {
  id: string;
  number: string;
  description: string;
  address: string | null;
  status: CaseStatus;
  type: CaseType;
  majorClass: CaseMajorClass;
  urgency: Urgency;
  deadlineStatus: DeadlineStatus;
  dueAt: string | null;
  handlingUnit: string | null;
  createdAt: string;
  returnRequestReason: string | null;
  extensionRequest: { workingDays: number } | null;
};

export type CaseListQueryVariables = Exact<{
  filter?: CaseReportFilter | null | undefined;
  sort?: CaseSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type CaseListQuery = {
  caseReports: {
    nodes: Array<{
      id: string;
      number: string;
      description: string;
      address: string | null;
      status: CaseStatus;
      type: CaseType;
      majorClass: CaseMajorClass;
      urgency: Urgency;
      deadlineStatus: DeadlineStatus;
      dueAt: string | null;
      handlingUnit: string | null;
      createdAt: string;
      returnRequestReason: string | null;
      extensionRequest: { workingDays: number } | null;
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type CaseInboxQueryVariables = Exact<{
  sort?: CaseSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type CaseInboxQuery = {
  caseInbox: {
    nodes: Array<{
      id: string;
      number: string;
      description: string;
      address: string | null;
      status: CaseStatus;
      type: CaseType;
      majorClass: CaseMajorClass;
      urgency: Urgency;
      deadlineStatus: DeadlineStatus;
      dueAt: string | null;
      handlingUnit: string | null;
      createdAt: string;
      returnRequestReason: string | null;
      extensionRequest: { workingDays: number } | null;
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type CaseInboxChangedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;

export type CaseInboxChangedSubscription = {
  caseInboxChanged: {
    position: string;
    change: InboxChange;
    caseId: string;
    case: {
      id: string;
      number: string;
      description: string;
      address: string | null;
      status: CaseStatus;
      type: CaseType;
      majorClass: CaseMajorClass;
      urgency: Urgency;
      deadlineStatus: DeadlineStatus;
      dueAt: string | null;
      handlingUnit: string | null;
      createdAt: string;
      returnRequestReason: string | null;
      extensionRequest: { workingDays: number } | null;
    } | null;
  };
};

export type ReportCaseMutationVariables = Exact<{
  input: ReportCaseInput;
}>;

export type ReportCaseMutation = { reportCase: { id: string; number: string; version: number } };

export type DirectivesQueryVariables = Exact<{ [key: string]: never }>;

export type DirectivesQuery = {
  directives: Array<{
    id: string;
    number: string;
    title: string;
    body: string;
    dueAt: string | null;
    issuedBy: string;
    createdAt: string;
    stateHere: DirectiveState | null;
    allowedActions: Array<string>;
    division: { code: string; name: string; level: DivisionLevel };
    responses: Array<{
      id: string;
      action: DirectiveAction;
      comment: string | null;
      actor: string;
      createdAt: string;
      division: { code: string; name: string };
    }>;
  }>;
};

export type DirectiveFieldsFragment = {
  id: string;
  number: string;
  title: string;
  body: string;
  dueAt: string | null;
  issuedBy: string;
  createdAt: string;
  stateHere: DirectiveState | null;
  allowedActions: Array<string>;
  division: { code: string; name: string; level: DivisionLevel };
  responses: Array<{
    id: string;
    action: DirectiveAction;
    comment: string | null;
    actor: string;
    createdAt: string;
    division: { code: string; name: string };
  }>;
};

export type DirectiveDivisionsQueryVariables = Exact<{ [key: string]: never }>;

export type DirectiveDivisionsQuery = {
  divisions: Array<{
    code: string;
    name: string;
    level: DivisionLevel;
    children: Array<{ code: string; name: string; level: DivisionLevel }>;
  }>;
};

export type IssueDirectiveMutationVariables = Exact<{
  input: IssueDirectiveInput;
}>;

export type IssueDirectiveMutation = {
  issueDirective: {
    id: string;
    number: string;
    title: string;
    body: string;
    dueAt: string | null;
    issuedBy: string;
    createdAt: string;
    stateHere: DirectiveState | null;
    allowedActions: Array<string>;
    division: { code: string; name: string; level: DivisionLevel };
    responses: Array<{
      id: string;
      action: DirectiveAction;
      comment: string | null;
      actor: string;
      createdAt: string;
      division: { code: string; name: string };
    }>;
  };
};

export type AcknowledgeDirectiveMutationVariables = Exact<{
  input: DirectiveResponseInput;
}>;

export type AcknowledgeDirectiveMutation = {
  acknowledgeDirective: {
    id: string;
    number: string;
    title: string;
    body: string;
    dueAt: string | null;
    issuedBy: string;
    createdAt: string;
    stateHere: DirectiveState | null;
    allowedActions: Array<string>;
    division: { code: string; name: string; level: DivisionLevel };
    responses: Array<{
      id: string;
      action: DirectiveAction;
      comment: string | null;
      actor: string;
      createdAt: string;
      division: { code: string; name: string };
    }>;
  };
};

export type ReportOnDirectiveMutationVariables = Exact<{
  input: DirectiveResponseInput;
}>;

export type ReportOnDirectiveMutation = {
  reportOnDirective: {
    id: string;
    number: string;
    title: string;
    body: string;
    dueAt: string | null;
    issuedBy: string;
    createdAt: string;
    stateHere: DirectiveState | null;
    allowedActions: Array<string>;
    division: { code: string; name: string; level: DivisionLevel };
    responses: Array<{
      id: string;
      action: DirectiveAction;
      comment: string | null;
      actor: string;
      createdAt: string;
      division: { code: string; name: string };
    }>;
  };
};

export type EnforcementRowFragment = {
  id: string;
  number: string;
  status: EnforcementStatus;
  procedure: EnforcementProcedure;
  isMajor: boolean;
  violatedArticle: string;
  filedAt: string;
  decisionDueAt: string | null;
  decidedAt: string | null;
  serviceDueAt: string | null;
  servedAt: string | null;
  paymentDueAt: string | null;
  amountDue: number | null;
  deadlineStatus: DeadlineStatus;
  party: { kind: PartyKind; name: string; masked: boolean };
  overdue: { decision: boolean; service: boolean; payment: boolean; any: boolean };
};

export type EnforcementListQueryVariables = Exact<{
  filter?: EnforcementRecordFilter | null | undefined;
  sort?: EnforcementSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type EnforcementListQuery = {
  enforcementRecords: {
    nodes: Array<{
      id: string;
      number: string;
      status: EnforcementStatus;
      procedure: EnforcementProcedure;
      isMajor: boolean;
      violatedArticle: string;
      filedAt: string;
      decisionDueAt: string | null;
      decidedAt: string | null;
      serviceDueAt: string | null;
      servedAt: string | null;
      paymentDueAt: string | null;
      amountDue: number | null;
      deadlineStatus: DeadlineStatus;
      party: { kind: PartyKind; name: string; masked: boolean };
      overdue: { decision: boolean; service: boolean; payment: boolean; any: boolean };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type EnforcementFilingOptionsQueryVariables = Exact<{
  city: string;
}>;

export type EnforcementFilingOptionsQuery = {
  districts: Array<{ code: string; name: string }>;
  enumLabels: Array<{ enum: string; value: string; label: string }>;
};

export type FileEnforcementCaseMutationVariables = Exact<{
  input: FileEnforcementCaseInput;
}>;

export type FileEnforcementCaseMutation = {
  fileEnforcementCase: { id: string; number: string; party: { name: string } };
};

export type LinkedRecordQueryVariables = Exact<{
  number: string;
}>;

export type LinkedRecordQuery = {
  recordByNumber:
    | { __typename: 'CaseReport'; id: string }
    | { __typename: 'EnforcementRecord' }
    | { __typename: 'HotlineTicket'; id: string }
    | null;
};

export type IndicatorValueFieldsFragment = {
  name: IndicatorName;
  label: string;
  recordKind: IndicatorRecordKind;
  kind: IndicatorKind;
  numerator: number;
  denominator: number | null;
  value: number | null;
};

export type IndicatorOverviewQueryVariables = Exact<{
  division: string;
  period: PeriodInput;
  categoryLevel?: number | null | undefined;
  at?: string | null | undefined;
}>;

export type IndicatorOverviewQuery = {
  indicators: {
    unit: PeriodUnit;
    source: IndicatorSource;
    currentTo: string | null;
    division: { code: string; name: string; level: DivisionLevel };
    servedBy: { tier: Tier; division: { code: string; name: string } };
    weights: Array<{ name: IndicatorName; weight: number }>;
    periods: Array<{
      start: string;
      end: string;
      label: string;
      total: {
        compositeScore: number | null;
        indicators: Array<{
          name: IndicatorName;
          label: string;
          recordKind: IndicatorRecordKind;
          kind: IndicatorKind;
          numerator: number;
          denominator: number | null;
          value: number | null;
        }>;
      };
      categories: Array<{
        recordKind: IndicatorRecordKind;
        code: string;
        name: string | null;
        indicators: {
          indicators: Array<{
            name: IndicatorName;
            label: string;
            recordKind: IndicatorRecordKind;
            kind: IndicatorKind;
            numerator: number;
            denominator: number | null;
            value: number | null;
          }>;
        };
      }>;
    }>;
  };
};

export type IndicatorRankingOfQueryVariables = Exact<{
  division: string;
  period: PeriodInput;
  indicator: IndicatorName;
}>;

export type IndicatorRankingOfQuery = {
  indicatorRanking: {
    indicator: IndicatorName;
    start: string;
    end: string;
    source: IndicatorSource;
    currentTo: string | null;
    servedBy: { tier: Tier; division: { code: string; name: string } };
    weights: Array<{ name: IndicatorName; weight: number }>;
    entries: Array<{
      rank: number | null;
      value: number | null;
      compositeScore: number | null;
      division: { code: string; name: string };
      indicator: {
        name: IndicatorName;
        label: string;
        recordKind: IndicatorRecordKind;
        kind: IndicatorKind;
        numerator: number;
        denominator: number | null;
        value: number | null;
      } | null;
    }>;
  };
};

export type IndicatorRecordsOfQueryVariables = Exact<{
  division: string;
  period: PeriodInput;
  indicator?: IndicatorName | null | undefined;
  part?: IndicatorPart | null | undefined;
  metric?: string | null | undefined;
  recordKind?: IndicatorRecordKind | null | undefined;
  category?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type IndicatorRecordsOfQuery = {
  indicatorRecords: {
    recordKind: IndicatorRecordKind;
    metric: string;
    excluding: string | null;
    category: string | null;
    start: string;
    end: string;
    label: string;
    currentTo: string | null;
    division: { code: string; name: string };
    servedBy: { tier: Tier; division: { code: string; name: string } };
    edges: Array<{
      cursor: string;
      amount: number;
      node:
        | {
            __typename: 'CaseReport';
            id: string;
            number: string;
            description: string;
            caseStatus: CaseStatus;
            division: { code: string; name: string };
          }
        | {
            __typename: 'EnforcementRecord';
            id: string;
            number: string;
            violatedArticle: string;
            enforcementStatus: EnforcementStatus;
            division: { code: string; name: string };
            party: { name: string; masked: boolean };
          }
        | {
            __typename: 'HotlineTicket';
            id: string;
            number: string;
            title: string;
            ticketStatus: TicketStatus;
            division: { code: string; name: string };
            caller: { name: string | null; phone: string | null; masked: boolean };
          };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type IntakeOptionsQueryVariables = Exact<{
  city: string;
}>;

export type IntakeOptionsQuery = {
  districts: Array<{ code: string; name: string }>;
  categories: Array<{ code: string; name: string }>;
  enumLabels: Array<{ enum: string; value: string; label: string }>;
};

export type CategoryChildrenQueryVariables = Exact<{
  parent: string;
}>;

export type CategoryChildrenQuery = { ticketCategories: Array<{ code: string; name: string }> };

export type CreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;

export type CreateTicketMutation = {
  createTicket: { id: string; number: string; title: string; version: number };
};

export type DuplicateSuggestionsQueryVariables = Exact<{
  input: DuplicateQueryInput;
}>;

export type DuplicateSuggestionsQuery = {
  ticketDuplicateSuggestions: Array<{
    score: number;
    ticket: { id: string; number: string; title: string; status: TicketStatus; createdAt: string };
  }>;
};

export type CallerHistoryQueryVariables = Exact<{
  phone: string;
}>;

export type CallerHistoryQuery = {
  callerHistory: {
    phone: string;
    total: number;
    open: number;
    recent: Array<{
      id: string;
      number: string;
      title: string;
      status: TicketStatus;
      createdAt: string;
    }>;
  };
};

export type EnumLabelsQueryVariables = Exact<{
  enums?: Array<string> | string | null | undefined;
}>;

export type EnumLabelsQuery = { enumLabels: Array<{ enum: string; value: string; label: string }> };

export type AuditLogScreenQueryVariables = Exact<{
  node?: string | null | undefined;
  actor?: string | null | undefined;
  action?: string | null | undefined;
  actionPrefix?: string | null | undefined;
  entityId?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type AuditLogScreenQuery = {
  auditLog: {
    nodes: Array<{
      id: string;
      at: string;
      actor: string;
      actorRoles: Array<string>;
      actorDivision: string;
      action: string;
      entity: string;
      entityIds: Array<string>;
      reason: string | null;
      clientAddress: string | null;
      requestId: string | null;
      scope: string;
      hash: string | null;
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type AuditChainCheckQueryVariables = Exact<{
  node?: string | null | undefined;
}>;

export type AuditChainCheckQuery = {
  auditChain: {
    intact: boolean;
    entries: number;
    firstBrokenId: string | null;
    problem: string | null;
    headHash: string | null;
  };
};

export type CalendarDayFieldsFragment = {
  day: string;
  kind: CalendarDayKind;
  name: string;
  updatedBy: string;
  updatedAt: string;
};

export type WorkingCalendarScreenQueryVariables = Exact<{
  year: number;
}>;

export type WorkingCalendarScreenQuery = {
  workingCalendar: Array<{
    day: string;
    kind: CalendarDayKind;
    name: string;
    updatedBy: string;
    updatedAt: string;
  }>;
};

export type SetCalendarDayScreenMutationVariables = Exact<{
  input: SetCalendarDayInput;
}>;

export type SetCalendarDayScreenMutation = {
  setCalendarDay: {
    day: string;
    kind: CalendarDayKind;
    name: string;
    updatedBy: string;
    updatedAt: string;
  };
};

export type RemoveCalendarDayScreenMutationVariables = Exact<{
  day: string;
}>;

export type RemoveCalendarDayScreenMutation = { removeCalendarDay: boolean };

export type NodeChoicesQueryVariables = Exact<{
  home: string;
}>;

export type NodeChoicesQuery = {
  division: {
    code: string;
    name: string;
    level: DivisionLevel;
    parent: {
      code: string;
      name: string;
      level: DivisionLevel;
      parent: { code: string; name: string; level: DivisionLevel } | null;
    } | null;
    children: Array<{ code: string; name: string; level: DivisionLevel }>;
  } | null;
};

export type SyncStatusScreenQueryVariables = Exact<{
  node?: string | null | undefined;
}>;

export type SyncStatusScreenQuery = {
  syncStatus: {
    tier: Tier;
    epoch: string;
    head: string;
    node: { code: string; name: string };
    sources: Array<{
      state: SyncState;
      epoch: string | null;
      applied: string;
      head: string;
      lagChanges: number;
      lagSeconds: number | null;
      oldestPendingAt: string | null;
      answeredAt: string | null;
      currentTo: string | null;
      lastError: string | null;
      resyncs: number;
      staleChanges: number;
      source: { code: string; name: string };
    }>;
  };
};

export type AttachToRecordMutationVariables = Exact<{
  recordId: string | number;
  file: File;
  purpose: AttachmentPurpose;
}>;

export type AttachToRecordMutation = { attachToRecord: { id: string } };

export type CaseActionResultFragment = { id: string; version: number; status: CaseStatus };

export type FileCaseMutationVariables = Exact<{
  input: CaseActionInput;
}>;

export type FileCaseMutation = { fileCase: { id: string; version: number; status: CaseStatus } };

export type VoidCaseMutationVariables = Exact<{
  input: CaseReasonInput;
}>;

export type VoidCaseMutation = { voidCase: { id: string; version: number; status: CaseStatus } };

export type DispatchCaseMutationVariables = Exact<{
  input: DispatchCaseInput;
}>;

export type DispatchCaseMutation = {
  dispatchCase: { id: string; version: number; status: CaseStatus };
};

export type StartHandlingCaseMutationVariables = Exact<{
  input: CaseActionInput;
}>;

export type StartHandlingCaseMutation = {
  startHandlingCase: { id: string; version: number; status: CaseStatus };
};

export type ReportBackCaseMutationVariables = Exact<{
  input: ReportBackCaseInput;
}>;

export type ReportBackCaseMutation = {
  reportBackCase: { id: string; version: number; status: CaseStatus };
};

export type VerifyCaseMutationVariables = Exact<{
  input: VerifyCaseInput;
}>;

export type VerifyCaseMutation = {
  verifyCase: { id: string; version: number; status: CaseStatus };
};

export type RequestCaseExtensionMutationVariables = Exact<{
  input: RequestCaseExtensionInput;
}>;

export type RequestCaseExtensionMutation = {
  requestCaseExtension: { id: string; version: number; status: CaseStatus };
};

export type ApproveCaseExtensionMutationVariables = Exact<{
  input: CaseActionInput;
}>;

export type ApproveCaseExtensionMutation = {
  approveCaseExtension: { id: string; version: number; status: CaseStatus };
};

export type RejectCaseExtensionMutationVariables = Exact<{
  input: CaseReasonInput;
}>;

export type RejectCaseExtensionMutation = {
  rejectCaseExtension: { id: string; version: number; status: CaseStatus };
};

export type RequestCaseReturnMutationVariables = Exact<{
  input: CaseReasonInput;
}>;

export type RequestCaseReturnMutation = {
  requestCaseReturn: { id: string; version: number; status: CaseStatus };
};

export type ApproveCaseReturnMutationVariables = Exact<{
  input: CaseActionInput;
}>;

export type ApproveCaseReturnMutation = {
  approveCaseReturn: { id: string; version: number; status: CaseStatus };
};

export type RejectCaseReturnMutationVariables = Exact<{
  input: CaseReasonInput;
}>;

export type RejectCaseReturnMutation = {
  rejectCaseReturn: { id: string; version: number; status: CaseStatus };
};

export type ParkCaseMutationVariables = Exact<{
  input: CaseReasonInput;
}>;

export type ParkCaseMutation = { parkCase: { id: string; version: number; status: CaseStatus } };

export type ResumeCaseMutationVariables = Exact<{
  input: CaseActionInput;
}>;

export type ResumeCaseMutation = {
  resumeCase: { id: string; version: number; status: CaseStatus };
};

export type EvaluateCaseMutationVariables = Exact<{
  input: EvaluateCaseInput;
}>;

export type EvaluateCaseMutation = {
  evaluateCase: { id: string; version: number; status: CaseStatus };
};

export type CaseVersionQueryVariables = Exact<{
  id: string | number;
}>;

export type CaseVersionQuery = { caseReport: { version: number } | null };

export type EnforcementActionResultFragment = {
  id: string;
  version: number;
  status: EnforcementStatus;
};

export type StartEnforcementInvestigationMutationVariables = Exact<{
  input: StartEnforcementInvestigationInput;
}>;

export type StartEnforcementInvestigationMutation = {
  startEnforcementInvestigation: { id: string; version: number; status: EnforcementStatus };
};

export type ServeEnforcementNoticeMutationVariables = Exact<{
  input: EnforcementActionInput;
}>;

export type ServeEnforcementNoticeMutation = {
  serveEnforcementNotice: { id: string; version: number; status: EnforcementStatus };
};

export type RequestEnforcementHearingMutationVariables = Exact<{
  input: RequestEnforcementHearingInput;
}>;

export type RequestEnforcementHearingMutation = {
  requestEnforcementHearing: { id: string; version: number; status: EnforcementStatus };
};

export type WaiveEnforcementHearingMutationVariables = Exact<{
  input: EnforcementActionInput;
}>;

export type WaiveEnforcementHearingMutation = {
  waiveEnforcementHearing: { id: string; version: number; status: EnforcementStatus };
};

export type HoldEnforcementHearingMutationVariables = Exact<{
  input: HoldEnforcementHearingInput;
}>;

export type HoldEnforcementHearingMutation = {
  holdEnforcementHearing: { id: string; version: number; status: EnforcementStatus };
};

export type SubmitEnforcementLegalReviewMutationVariables = Exact<{
  input: EnforcementActionInput;
}>;

export type SubmitEnforcementLegalReviewMutation = {
  submitEnforcementLegalReview: { id: string; version: number; status: EnforcementStatus };
};

export type ApproveEnforcementLegalReviewMutationVariables = Exact<{
  input: EnforcementActionInput;
}>;

export type ApproveEnforcementLegalReviewMutation = {
  approveEnforcementLegalReview: { id: string; version: number; status: EnforcementStatus };
};

export type RejectEnforcementLegalReviewMutationVariables = Exact<{
  input: EnforcementReasonInput;
}>;

export type RejectEnforcementLegalReviewMutation = {
  rejectEnforcementLegalReview: { id: string; version: number; status: EnforcementStatus };
};

export type ExtendEnforcementDecisionDeadlineMutationVariables = Exact<{
  input: ExtendEnforcementDecisionDeadlineInput;
}>;

export type ExtendEnforcementDecisionDeadlineMutation = {
  extendEnforcementDecisionDeadline: { id: string; version: number; status: EnforcementStatus };
};

export type DecideEnforcementCaseMutationVariables = Exact<{
  input: DecideEnforcementCaseInput;
}>;

export type DecideEnforcementCaseMutation = {
  decideEnforcementCase: { id: string; version: number; status: EnforcementStatus };
};

export type ServeEnforcementDecisionMutationVariables = Exact<{
  input: EnforcementActionInput;
}>;

export type ServeEnforcementDecisionMutation = {
  serveEnforcementDecision: { id: string; version: number; status: EnforcementStatus };
};

export type RecordEnforcementPaymentMutationVariables = Exact<{
  input: RecordEnforcementPaymentInput;
}>;

export type RecordEnforcementPaymentMutation = {
  recordEnforcementPayment: { id: string; version: number; status: EnforcementStatus };
};

export type EnforceEnforcementDecisionMutationVariables = Exact<{
  input: EnforcementReasonInput;
}>;

export type EnforceEnforcementDecisionMutation = {
  enforceEnforcementDecision: { id: string; version: number; status: EnforcementStatus };
};

export type CloseEnforcementCaseMutationVariables = Exact<{
  input: EnforcementActionInput;
}>;

export type CloseEnforcementCaseMutation = {
  closeEnforcementCase: { id: string; version: number; status: EnforcementStatus };
};

export type ArchiveEnforcementCaseMutationVariables = Exact<{
  input: EnforcementActionInput;
}>;

export type ArchiveEnforcementCaseMutation = {
  archiveEnforcementCase: { id: string; version: number; status: EnforcementStatus };
};

export type TicketActionResultFragment = { id: string; version: number; status: TicketStatus };

export type AnswerTicketDirectlyMutationVariables = Exact<{
  input: AnswerTicketInput;
}>;

export type AnswerTicketDirectlyMutation = {
  answerTicketDirectly: { id: string; version: number; status: TicketStatus };
};

export type DispatchTicketMutationVariables = Exact<{
  input: DispatchTicketInput;
}>;

export type DispatchTicketMutation = {
  dispatchTicket: { id: string; version: number; status: TicketStatus };
};

export type RedispatchTicketMutationVariables = Exact<{
  input: DispatchTicketInput;
}>;

export type RedispatchTicketMutation = {
  redispatchTicket: { id: string; version: number; status: TicketStatus };
};

export type SignForTicketMutationVariables = Exact<{
  input: TicketActionInput;
}>;

export type SignForTicketMutation = {
  signForTicket: { id: string; version: number; status: TicketStatus };
};

export type StartHandlingTicketMutationVariables = Exact<{
  input: TicketActionInput;
}>;

export type StartHandlingTicketMutation = {
  startHandlingTicket: { id: string; version: number; status: TicketStatus };
};

export type RequestTicketExtensionMutationVariables = Exact<{
  input: RequestExtensionInput;
}>;

export type RequestTicketExtensionMutation = {
  requestTicketExtension: { id: string; version: number; status: TicketStatus };
};

export type ApproveTicketExtensionMutationVariables = Exact<{
  input: TicketActionInput;
}>;

export type ApproveTicketExtensionMutation = {
  approveTicketExtension: { id: string; version: number; status: TicketStatus };
};

export type RejectTicketExtensionMutationVariables = Exact<{
  input: TicketReasonInput;
}>;

export type RejectTicketExtensionMutation = {
  rejectTicketExtension: { id: string; version: number; status: TicketStatus };
};

export type ReturnTicketMutationVariables = Exact<{
  input: TicketReasonInput;
}>;

export type ReturnTicketMutation = {
  returnTicket: { id: string; version: number; status: TicketStatus };
};

export type ReplyToTicketMutationVariables = Exact<{
  input: AnswerTicketInput;
}>;

export type ReplyToTicketMutation = {
  replyToTicket: { id: string; version: number; status: TicketStatus };
};

export type CoReplyToTicketMutationVariables = Exact<{
  input: CoReplyToTicketInput;
}>;

export type CoReplyToTicketMutation = {
  coReplyToTicket: { id: string; version: number; status: TicketStatus };
};

export type ApproveTicketReplyMutationVariables = Exact<{
  input: TicketActionInput;
}>;

export type ApproveTicketReplyMutation = {
  approveTicketReply: { id: string; version: number; status: TicketStatus };
};

export type RejectTicketReplyMutationVariables = Exact<{
  input: TicketReasonInput;
}>;

export type RejectTicketReplyMutation = {
  rejectTicketReply: { id: string; version: number; status: TicketStatus };
};

export type CallBackTicketMutationVariables = Exact<{
  input: CallBackTicketInput;
}>;

export type CallBackTicketMutation = {
  callBackTicket: { id: string; version: number; status: TicketStatus };
};

export type ReopenTicketMutationVariables = Exact<{
  input: TicketActionInput;
}>;

export type ReopenTicketMutation = {
  reopenTicket: { id: string; version: number; status: TicketStatus };
};

export type CloseTicketMutationVariables = Exact<{
  input: TicketActionInput;
}>;

export type CloseTicketMutation = {
  closeTicket: { id: string; version: number; status: TicketStatus };
};

export type ArchiveTicketMutationVariables = Exact<{
  input: TicketActionInput;
}>;

export type ArchiveTicketMutation = {
  archiveTicket: { id: string; version: number; status: TicketStatus };
};

export type MergeTicketMutationVariables = Exact<{
  input: MergeTicketInput;
}>;

export type MergeTicketMutation = {
  mergeTicket: { id: string; version: number; status: TicketStatus };
};

export type UnmergeTicketMutationVariables = Exact<{
  input: TicketActionInput;
}>;

export type UnmergeTicketMutation = {
  unmergeTicket: { id: string; version: number; status: TicketStatus };
};

export type TicketVersionQueryVariables = Exact<{
  id: string | number;
}>;

export type TicketVersionQuery = { ticket: { version: number } | null };

export type RecordIdByNumberQueryVariables = Exact<{
  number: string;
}>;

export type RecordIdByNumberQuery = {
  recordByNumber: { id: string } | Record<PropertyKey, never> | null;
};

export type HistoryFieldsFragment = {
  action: string;
  actionLabel: string;
  fromStateLabel: string | null;
  toStateLabel: string;
  actor: string;
  at: string;
  comment: string | null;
};

export type AttachmentFieldsFragment = {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  purpose: AttachmentPurpose;
  uploadedAt: string;
  uploadedBy: string;
};

export type SupervisionOrderFieldsFragment = {
  id: string;
  number: string;
  level: SupervisionLevel;
  state: SupervisionState;
  deadline: string;
  instructions: string;
  overdue: boolean;
  handlingUnit: string | null;
  allowedActions: Array<string>;
  version: number;
  issuer: { name: string };
};

export type RecordPageQueryVariables = Exact<{
  number: string;
  withSupervision: boolean;
}>;

export type RecordPageQuery = {
  recordByNumber:
    | {
        __typename: 'CaseReport';
        id: string;
        number: string;
        version: number;
        type: CaseType;
        majorClass: CaseMajorClass;
        minorCode: string;
        description: string;
        address: string | null;
        gridCell: string | null;
        longitude: number | null;
        latitude: number | null;
        urgency: Urgency;
        handlingUnit: string | null;
        handlingResult: string | null;
        dueAt: string | null;
        deadlineStatus: DeadlineStatus;
        returnRequestReason: string | null;
        parkedReason: string | null;
        voidReason: string | null;
        closureType: ClosureType | null;
        closedAt: string | null;
        createdAt: string;
        attachmentCount: number;
        caseStatus: CaseStatus;
        caseSource: CaseSource;
        replica: { currentTo: string | null; source: { code: string; name: string } } | null;
        extensionRequest: { workingDays: number; reason: string } | null;
        allowedActionLabels: Array<{ action: string; label: string }>;
        history: Array<{
          action: string;
          actionLabel: string;
          fromStateLabel: string | null;
          toStateLabel: string;
          actor: string;
          at: string;
          comment: string | null;
        }>;
        attachments: Array<{
          id: string;
          fileName: string;
          contentType: string;
          size: number;
          purpose: AttachmentPurpose;
          uploadedAt: string;
          uploadedBy: string;
        }> | null;
        supervisionOrders?: Array<{
          id: string;
          number: string;
          level: SupervisionLevel;
          state: SupervisionState;
          deadline: string;
          instructions: string;
          overdue: boolean;
          handlingUnit: string | null;
          allowedActions: Array<string>;
          version: number;
          issuer: { name: string };
        }>;
      }
    | {
        __typename: 'EnforcementRecord';
        id: string;
        number: string;
        version: number;
        procedure: EnforcementProcedure;
        violatedArticle: string;
        penaltyArticle: string;
        isMajor: boolean;
        investigators: Array<string>;
        filedAt: string;
        decisionDueAt: string | null;
        noticeServedAt: string | null;
        hearingRequestDueAt: string | null;
        hearingRequestedAt: string | null;
        hearingWaivedAt: string | null;
        hearingPresidingOfficer: string | null;
        hearingHeldAt: string | null;
        legalReviewedBy: string | null;
        legalReviewedAt: string | null;
        decision: PenaltyType | null;
        fineAmount: number | null;
        decidedAt: string | null;
        serviceDueAt: string | null;
        servedAt: string | null;
        paymentDueAt: string | null;
        paidAt: string | null;
        amountPaid: number | null;
        latePaymentPenalty: number | null;
        amountDue: number | null;
        enforcedAt: string | null;
        deadlineStatus: DeadlineStatus;
        closedAt: string | null;
        linkedTicketId: string | null;
        linkedCaseId: string | null;
        attachmentCount: number;
        enforcementStatus: EnforcementStatus;
        enforcementSource: EnforcementSource;
        replica: { currentTo: string | null; source: { code: string; name: string } } | null;
        division: { name: string };
        party: {
          kind: PartyKind;
          name: string;
          idNumber: string | null;
          creditCode: string | null;
          legalRepresentative: string | null;
          masked: boolean;
        };
        officers: Array<{ name: string; certificateNumber: string }>;
        decisionExtension: { days: number; reason: string; approvedBy: string } | null;
        overdue: { decision: boolean; service: boolean; payment: boolean; any: boolean };
        allowedActionLabels: Array<{ action: string; label: string }>;
        history: Array<{
          action: string;
          actionLabel: string;
          fromStateLabel: string | null;
          toStateLabel: string;
          actor: string;
          at: string;
          comment: string | null;
        }>;
        attachments: Array<{
          id: string;
          fileName: string;
          contentType: string;
          size: number;
          purpose: AttachmentPurpose;
          uploadedAt: string;
          uploadedBy: string;
        }> | null;
      }
    | {
        __typename: 'HotlineTicket';
        id: string;
        number: string;
        version: number;
        title: string;
        content: string;
        channel: TicketChannel;
        intakeClass: IntakeClass;
        urgency: Urgency;
        reply: string | null;
        resolution: Resolution | null;
        satisfaction: Satisfaction | null;
        dueAt: string | null;
        deadlineStatus: DeadlineStatus;
        workingMinutesRemaining: number | null;
        parentTicketId: string | null;
        mergedTicketIds: Array<string>;
        closedAt: string | null;
        createdAt: string;
        attachmentCount: number;
        ticketStatus: TicketStatus;
        replica: { currentTo: string | null; source: { code: string; name: string } } | null;
        categoryPath: Array<{ code: string; name: string }>;
        division: { name: string };
        caller: {
          name: string | null;
          phone: string | null;
          confidential: boolean;
          masked: boolean;
        };
        location: { address: string | null; street: string | null; community: string | null };
        leadUnit: { name: string } | null;
        coUnits: Array<{ name: string }>;
        coUnitReplies: Array<{ reply: string; repliedAt: string; unit: { name: string } }>;
        extensionRequest: { workingDays: number; reason: string } | null;
        allowedActionLabels: Array<{ action: string; label: string }>;
        history: Array<{
          action: string;
          actionLabel: string;
          fromStateLabel: string | null;
          toStateLabel: string;
          actor: string;
          at: string;
          comment: string | null;
        }>;
        attachments: Array<{
          id: string;
          fileName: string;
          contentType: string;
          size: number;
          purpose: AttachmentPurpose;
          uploadedAt: string;
          uploadedBy: string;
        }> | null;
        supervisionOrders?: Array<{
          id: string;
          number: string;
          level: SupervisionLevel;
          state: SupervisionState;
          deadline: string;
          instructions: string;
          overdue: boolean;
          handlingUnit: string | null;
          allowedActions: Array<string>;
          version: number;
          issuer: { name: string };
        }>;
      }
    | null;
  enumLabels: Array<{ enum: string; value: string; label: string }>;
};

export type RevealCallerMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type RevealCallerMutation = {
  revealTicketCaller: { name: string | null; phone: string | null; address: string | null };
};

export type AttachmentContentQueryVariables = Exact<{
  id: string | number;
}>;

export type AttachmentContentQuery = {
  attachmentContent: { base64: string; attachment: { fileName: string; contentType: string } };
};

export type HandlingUnitsQueryVariables = Exact<{ [key: string]: never }>;

export type HandlingUnitsQuery = { handlingUnits: Array<{ code: string; name: string }> };

export type MonthlyReportQueryVariables = Exact<{
  month: string;
}>;

export type MonthlyReportQuery = {
  monthlyReport: {
    month: string;
    previousMonth: string;
    start: string;
    end: string;
    generatedAt: string;
    currentTo: string | null;
    servedBy: { tier: Tier; division: { code: string; name: string } };
    weights: Array<{ name: IndicatorName; weight: number }>;
    national: {
      division: { code: string; name: string };
      province: { code: string; name: string } | null;
      indicators: Array<{
        name: IndicatorName;
        label: string;
        kind: IndicatorKind;
        change: number | null;
        changeUnit: ReportChangeUnit;
        current: { numerator: number; denominator: number | null; value: number | null };
        previous: { numerator: number; denominator: number | null; value: number | null };
      }>;
      compositeScore: { current: number | null; previous: number | null; change: number | null };
    };
    provinces: Array<{
      division: { code: string; name: string };
      province: { code: string; name: string } | null;
      indicators: Array<{
        name: IndicatorName;
        label: string;
        kind: IndicatorKind;
        change: number | null;
        changeUnit: ReportChangeUnit;
        current: { numerator: number; denominator: number | null; value: number | null };
        previous: { numerator: number; denominator: number | null; value: number | null };
      }>;
      compositeScore: { current: number | null; previous: number | null; change: number | null };
    }>;
    cities: Array<{
      division: { code: string; name: string };
      province: { code: string; name: string } | null;
      indicators: Array<{
        name: IndicatorName;
        label: string;
        kind: IndicatorKind;
        change: number | null;
        changeUnit: ReportChangeUnit;
        current: { numerator: number; denominator: number | null; value: number | null };
        previous: { numerator: number; denominator: number | null; value: number | null };
      }>;
      compositeScore: { current: number | null; previous: number | null; change: number | null };
    }>;
    rankings: Array<{
      indicator: IndicatorName;
      label: string;
      changeUnit: ReportChangeUnit;
      scope: { code: string; name: string };
      entries: Array<{
        rank: number | null;
        previousRank: number | null;
        value: number | null;
        previousValue: number | null;
        change: number | null;
        division: { code: string; name: string };
        province: { code: string; name: string };
        indicator: { numerator: number; denominator: number | null } | null;
      }>;
    }>;
    downloads: { xlsx: string; csv: string };
  };
};

export type MonthlyReportDivisionFieldsFragment = {
  division: { code: string; name: string };
  province: { code: string; name: string } | null;
  indicators: Array<{
    name: IndicatorName;
    label: string;
    kind: IndicatorKind;
    change: number | null;
    changeUnit: ReportChangeUnit;
    current: { numerator: number; denominator: number | null; value: number | null };
    previous: { numerator: number; denominator: number | null; value: number | null };
  }>;
  compositeScore: { current: number | null; previous: number | null; change: number | null };
};

export type SessionQueryVariables = Exact<{ [key: string]: never }>;

export type SessionQuery = {
  me: {
    username: string;
    roles: Array<string>;
    department: string | null;
    permissions: Array<string>;
    division: { code: string; name: string; level: DivisionLevel };
  };
  nodeInfo: { timeZone: string };
};

export type SupervisionOrderRowFragment = {
  id: string;
  number: string;
  recordKind: SupervisedRecordKind;
  recordId: string;
  recordNumber: string | null;
  level: SupervisionLevel;
  deadline: string;
  instructions: string;
  state: SupervisionState;
  handlingUnit: string | null;
  allowedActions: Array<string>;
  issuedBy: string;
  overdue: boolean;
  version: number;
  createdAt: string;
  issuer: { name: string };
  division: { code: string; name: string };
  steps: Array<{
    id: string;
    action: SupervisionAction;
    comment: string | null;
    handlingUnit: string | null;
    actor: string;
    createdAt: string;
    actorDivision: { name: string };
  }>;
};

export type SupervisionOrdersQueryVariables = Exact<{
  overdue?: boolean | null | undefined;
}>;

export type SupervisionOrdersQuery = {
  supervisionOrders: Array<{
    id: string;
    number: string;
    recordKind: SupervisedRecordKind;
    recordId: string;
    recordNumber: string | null;
    level: SupervisionLevel;
    deadline: string;
    instructions: string;
    state: SupervisionState;
    handlingUnit: string | null;
    allowedActions: Array<string>;
    issuedBy: string;
    overdue: boolean;
    version: number;
    createdAt: string;
    issuer: { name: string };
    division: { code: string; name: string };
    steps: Array<{
      id: string;
      action: SupervisionAction;
      comment: string | null;
      handlingUnit: string | null;
      actor: string;
      createdAt: string;
      actorDivision: { name: string };
    }>;
  }>;
};

export type RecordSupervisionOrdersQueryVariables = Exact<{
  recordId: string | number;
}>;

export type RecordSupervisionOrdersQuery = {
  supervisionOrders: Array<{
    id: string;
    number: string;
    recordKind: SupervisedRecordKind;
    recordId: string;
    recordNumber: string | null;
    level: SupervisionLevel;
    deadline: string;
    instructions: string;
    state: SupervisionState;
    handlingUnit: string | null;
    allowedActions: Array<string>;
    issuedBy: string;
    overdue: boolean;
    version: number;
    createdAt: string;
    issuer: { name: string };
    division: { code: string; name: string };
    steps: Array<{
      id: string;
      action: SupervisionAction;
      comment: string | null;
      handlingUnit: string | null;
      actor: string;
      createdAt: string;
      actorDivision: { name: string };
    }>;
  }>;
};

export type SupervisionOrderArrivedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;

export type SupervisionOrderArrivedSubscription = {
  supervisionOrderArrived: {
    position: string;
    arrival: SupervisionArrival;
    order: {
      id: string;
      number: string;
      recordKind: SupervisedRecordKind;
      recordId: string;
      recordNumber: string | null;
      level: SupervisionLevel;
      deadline: string;
      instructions: string;
      state: SupervisionState;
      handlingUnit: string | null;
      allowedActions: Array<string>;
      issuedBy: string;
      overdue: boolean;
      version: number;
      createdAt: string;
      issuer: { name: string };
      division: { code: string; name: string };
      steps: Array<{
        id: string;
        action: SupervisionAction;
        comment: string | null;
        handlingUnit: string | null;
        actor: string;
        createdAt: string;
        actorDivision: { name: string };
      }>;
    };
  };
};

export type IssueSupervisionOrderMutationVariables = Exact<{
  input: IssueSupervisionOrderInput;
}>;

export type IssueSupervisionOrderMutation = {
  issueSupervisionOrder: { id: string; number: string };
};

export type SignSupervisionOrderMutationVariables = Exact<{
  input: SupervisionStepInput;
}>;

export type SignSupervisionOrderMutation = {
  signSupervisionOrder: { id: string; state: SupervisionState };
};

export type AssignSupervisionOrderMutationVariables = Exact<{
  input: AssignSupervisionOrderInput;
}>;

export type AssignSupervisionOrderMutation = {
  assignSupervisionOrder: { id: string; state: SupervisionState };
};

export type ReplyToSupervisionOrderMutationVariables = Exact<{
  input: SupervisionStepInput;
}>;

export type ReplyToSupervisionOrderMutation = {
  replyToSupervisionOrder: { id: string; state: SupervisionState };
};

export type CloseSupervisionOrderMutationVariables = Exact<{
  input: SupervisionStepInput;
}>;

export type CloseSupervisionOrderMutation = {
  closeSupervisionOrder: { id: string; state: SupervisionState };
};

export type ReturnSupervisionOrderMutationVariables = Exact<{
  input: SupervisionStepInput;
}>;

export type ReturnSupervisionOrderMutation = {
  returnSupervisionOrder: { id: string; state: SupervisionState };
};

export type ProvinceTicketRowFragment = {
  id: string;
  number: string;
  title: string;
  status: TicketStatus;
  urgency: Urgency;
  deadlineStatus: DeadlineStatus;
  createdAt: string;
  division: { code: string; name: string };
  caller: { name: string | null; phone: string | null; masked: boolean };
  replica: { currentTo: string | null; source: { name: string } } | null;
};

export type ProvinceTicketsQueryVariables = Exact<{
  division?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ProvinceTicketsQuery = {
  tickets: {
    nodes: Array<{
      id: string;
      number: string;
      title: string;
      status: TicketStatus;
      urgency: Urgency;
      deadlineStatus: DeadlineStatus;
      createdAt: string;
      division: { code: string; name: string };
      caller: { name: string | null; phone: string | null; masked: boolean };
      replica: { currentTo: string | null; source: { name: string } } | null;
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type ProvinceCaseRowFragment = {
  id: string;
  number: string;
  description: string;
  status: CaseStatus;
  urgency: Urgency;
  deadlineStatus: DeadlineStatus;
  createdAt: string;
  division: { code: string; name: string };
  replica: { currentTo: string | null; source: { name: string } } | null;
};

export type ProvinceCasesQueryVariables = Exact<{
  division?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ProvinceCasesQuery = {
  caseReports: {
    nodes: Array<{
      id: string;
      number: string;
      description: string;
      status: CaseStatus;
      urgency: Urgency;
      deadlineStatus: DeadlineStatus;
      createdAt: string;
      division: { code: string; name: string };
      replica: { currentTo: string | null; source: { name: string } } | null;
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type ProvinceCitiesQueryVariables = Exact<{
  parent: string;
}>;

export type ProvinceCitiesQuery = { divisions: Array<{ code: string; name: string }> };

export type InboxChangedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;

export type InboxChangedSubscription = {
  inboxChanged: {
    position: string;
    change: InboxChange;
    ticketId: string;
    ticket: {
      id: string;
      number: string;
      title: string;
      status: TicketStatus;
      urgency: Urgency;
      intakeClass: IntakeClass;
      deadlineStatus: DeadlineStatus;
      dueAt: string | null;
      createdAt: string;
      leadUnit: { code: string; name: string } | null;
      extensionRequest: { workingDays: number } | null;
    } | null;
  };
};

export type TicketRowFragment = {
  id: string;
  number: string;
  title: string;
  status: TicketStatus;
  urgency: Urgency;
  intakeClass: IntakeClass;
  deadlineStatus: DeadlineStatus;
  dueAt: string | null;
  createdAt: string;
  leadUnit: { code: string; name: string } | null;
  extensionRequest: { workingDays: number } | null;
};

export type TicketListQueryVariables = Exact<{
  filter?: TicketFilter | null | undefined;
  sort?: TicketSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type TicketListQuery = {
  tickets: {
    nodes: Array<{
      id: string;
      number: string;
      title: string;
      status: TicketStatus;
      urgency: Urgency;
      intakeClass: IntakeClass;
      deadlineStatus: DeadlineStatus;
      dueAt: string | null;
      createdAt: string;
      leadUnit: { code: string; name: string } | null;
      extensionRequest: { workingDays: number } | null;
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type TicketInboxQueryVariables = Exact<{
  sort?: TicketSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type TicketInboxQuery = {
  ticketInbox: {
    nodes: Array<{
      id: string;
      number: string;
      title: string;
      status: TicketStatus;
      urgency: Urgency;
      intakeClass: IntakeClass;
      deadlineStatus: DeadlineStatus;
      dueAt: string | null;
      createdAt: string;
      leadUnit: { code: string; name: string } | null;
      extensionRequest: { workingDays: number } | null;
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type MyTicketsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type MyTicketsQuery = {
  myTickets: {
    nodes: Array<{
      id: string;
      number: string;
      title: string;
      status: TicketStatus;
      urgency: Urgency;
      intakeClass: IntakeClass;
      deadlineStatus: DeadlineStatus;
      dueAt: string | null;
      createdAt: string;
      leadUnit: { code: string; name: string } | null;
      extensionRequest: { workingDays: number } | null;
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type TicketsByPhoneQueryVariables = Exact<{
  phone: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type TicketsByPhoneQuery = {
  ticketsByCallerPhone: {
    nodes: Array<{
      id: string;
      number: string;
      title: string;
      status: TicketStatus;
      urgency: Urgency;
      intakeClass: IntakeClass;
      deadlineStatus: DeadlineStatus;
      dueAt: string | null;
      createdAt: string;
      leadUnit: { code: string; name: string } | null;
      extensionRequest: { workingDays: number } | null;
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type TicketListLabelsQueryVariables = Exact<{ [key: string]: never }>;

export type TicketListLabelsQuery = {
  enumLabels: Array<{ enum: string; value: string; label: string }>;
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CaseRowFragmentDoc = new TypedDocumentString(
  `
    fragment CaseRow on CaseReport {
  id
  number
  description
  address
  status
  type
  majorClass
  urgency
  deadlineStatus
  dueAt
  handlingUnit
  createdAt
  extensionRequest {
    workingDays
  }
  returnRequestReason
}
    `,
  { fragmentName: 'CaseRow' },
) as unknown as TypedDocumentString<CaseRowFragment, unknown>;
export const DirectiveFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment DirectiveFields on Directive {
  id
  number
  division {
    code
    name
    level
  }
  title
  body
  dueAt
  issuedBy
  createdAt
  stateHere
  allowedActions
  responses {
    id
    division {
      code
      name
    }
    action
    comment
    actor
    createdAt
  }
}
    `,
  { fragmentName: 'DirectiveFields' },
) as unknown as TypedDocumentString<DirectiveFieldsFragment, unknown>;
export const EnforcementRowFragmentDoc = new TypedDocumentString(
  `
    fragment EnforcementRow on EnforcementRecord {
  id
  number
  status
  procedure
  isMajor
  violatedArticle
  party {
    kind
    name
    masked
  }
  filedAt
  decisionDueAt
  decidedAt
  serviceDueAt
  servedAt
  paymentDueAt
  amountDue
  deadlineStatus
  overdue {
    decision
    service
    payment
    any
  }
}
    `,
  { fragmentName: 'EnforcementRow' },
) as unknown as TypedDocumentString<EnforcementRowFragment, unknown>;
export const IndicatorValueFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment IndicatorValueFields on IndicatorValue {
  name
  label
  recordKind
  kind
  numerator
  denominator
  value
}
    `,
  { fragmentName: 'IndicatorValueFields' },
) as unknown as TypedDocumentString<IndicatorValueFieldsFragment, unknown>;
export const CalendarDayFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment CalendarDayFields on CalendarDay {
  day
  kind
  name
  updatedBy
  updatedAt
}
    `,
  { fragmentName: 'CalendarDayFields' },
) as unknown as TypedDocumentString<CalendarDayFieldsFragment, unknown>;
export const CaseActionResultFragmentDoc = new TypedDocumentString(
  `
    fragment CaseActionResult on CaseReport {
  id
  version
  status
}
    `,
  { fragmentName: 'CaseActionResult' },
) as unknown as TypedDocumentString<CaseActionResultFragment, unknown>;
export const EnforcementActionResultFragmentDoc = new TypedDocumentString(
  `
    fragment EnforcementActionResult on EnforcementRecord {
  id
  version
  status
}
    `,
  { fragmentName: 'EnforcementActionResult' },
) as unknown as TypedDocumentString<EnforcementActionResultFragment, unknown>;
export const TicketActionResultFragmentDoc = new TypedDocumentString(
  `
    fragment TicketActionResult on HotlineTicket {
  id
  version
  status
}
    `,
  { fragmentName: 'TicketActionResult' },
) as unknown as TypedDocumentString<TicketActionResultFragment, unknown>;
export const HistoryFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment HistoryFields on HistoryEntry {
  action
  actionLabel
  fromStateLabel
  toStateLabel
  actor
  at
  comment
}
    `,
  { fragmentName: 'HistoryFields' },
) as unknown as TypedDocumentString<HistoryFieldsFragment, unknown>;
export const AttachmentFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment AttachmentFields on Attachment {
  id
  fileName
  contentType
  size
  purpose
  uploadedAt
  uploadedBy
}
    `,
  { fragmentName: 'AttachmentFields' },
) as unknown as TypedDocumentString<AttachmentFieldsFragment, unknown>;
export const SupervisionOrderFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment SupervisionOrderFields on SupervisionOrder {
  id
  number
  level
  state
  deadline
  instructions
  overdue
  handlingUnit
  allowedActions
  version
  issuer {
    name
  }
}
    `,
  { fragmentName: 'SupervisionOrderFields' },
) as unknown as TypedDocumentString<SupervisionOrderFieldsFragment, unknown>;
export const MonthlyReportDivisionFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment MonthlyReportDivisionFields on MonthlyReportDivision {
  division {
    code
    name
  }
  province {
    code
    name
  }
  indicators {
    name
    label
    kind
    current {
      numerator
      denominator
      value
    }
    previous {
      numerator
      denominator
      value
    }
    change
    changeUnit
  }
  compositeScore {
    current
    previous
    change
  }
}
    `,
  { fragmentName: 'MonthlyReportDivisionFields' },
) as unknown as TypedDocumentString<MonthlyReportDivisionFieldsFragment, unknown>;
export const SupervisionOrderRowFragmentDoc = new TypedDocumentString(
  `
    fragment SupervisionOrderRow on SupervisionOrder {
  id
  number
  recordKind
  recordId
  recordNumber
  level
  deadline
  instructions
  state
  handlingUnit
  allowedActions
  issuedBy
  overdue
  version
  createdAt
  issuer {
    name
  }
  division {
    code
    name
  }
  steps {
    id
    action
    comment
    handlingUnit
    actor
    actorDivision {
      name
    }
    createdAt
  }
}
    `,
  { fragmentName: 'SupervisionOrderRow' },
) as unknown as TypedDocumentString<SupervisionOrderRowFragment, unknown>;
export const ProvinceTicketRowFragmentDoc = new TypedDocumentString(
  `
    fragment ProvinceTicketRow on HotlineTicket {
  id
  number
  title
  status
  urgency
  deadlineStatus
  createdAt
  division {
    code
    name
  }
  caller {
    name
    phone
    masked
  }
  replica {
    currentTo
    source {
      name
    }
  }
}
    `,
  { fragmentName: 'ProvinceTicketRow' },
) as unknown as TypedDocumentString<ProvinceTicketRowFragment, unknown>;
export const ProvinceCaseRowFragmentDoc = new TypedDocumentString(
  `
    fragment ProvinceCaseRow on CaseReport {
  id
  number
  description
  status
  urgency
  deadlineStatus
  createdAt
  division {
    code
    name
  }
  replica {
    currentTo
    source {
      name
    }
  }
}
    `,
  { fragmentName: 'ProvinceCaseRow' },
) as unknown as TypedDocumentString<ProvinceCaseRowFragment, unknown>;
export const TicketRowFragmentDoc = new TypedDocumentString(
  `
    fragment TicketRow on HotlineTicket {
  id
  number
  title
  status
  urgency
  intakeClass
  deadlineStatus
  dueAt
  createdAt
  leadUnit {
    code
    name
  }
  extensionRequest {
    workingDays
  }
}
    `,
  { fragmentName: 'TicketRow' },
) as unknown as TypedDocumentString<TicketRowFragment, unknown>;
export const CaseListDocument = new TypedDocumentString(`
    query CaseList($filter: CaseReportFilter, $sort: CaseSort, $first: Int, $after: String) {
  caseReports(filter: $filter, sort: $sort, first: $first, after: $after) {
    nodes {
      ...CaseRow
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment CaseRow on CaseReport {
  id
  number
  description
  address
  status
  type
  majorClass
  urgency
  deadlineStatus
  dueAt
  handlingUnit
  createdAt
  extensionRequest {
    workingDays
  }
  returnRequestReason
}`) as unknown as TypedDocumentString<CaseListQuery, CaseListQueryVariables>;
export const CaseInboxDocument = new TypedDocumentString(`
    query CaseInbox($sort: CaseSort, $first: Int, $after: String) {
  caseInbox(sort: $sort, first: $first, after: $after) {
    nodes {
      ...CaseRow
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment CaseRow on CaseReport {
  id
  number
  description
  address
  status
  type
  majorClass
  urgency
  deadlineStatus
  dueAt
  handlingUnit
  createdAt
  extensionRequest {
    workingDays
  }
  returnRequestReason
}`) as unknown as TypedDocumentString<CaseInboxQuery, CaseInboxQueryVariables>;
export const CaseInboxChangedDocument = new TypedDocumentString(`
    subscription CaseInboxChanged($after: String) {
  caseInboxChanged(after: $after) {
    position
    change
    caseId
    case {
      ...CaseRow
    }
  }
}
    fragment CaseRow on CaseReport {
  id
  number
  description
  address
  status
  type
  majorClass
  urgency
  deadlineStatus
  dueAt
  handlingUnit
  createdAt
  extensionRequest {
    workingDays
  }
  returnRequestReason
}`) as unknown as TypedDocumentString<
  CaseInboxChangedSubscription,
  CaseInboxChangedSubscriptionVariables
>;
export const ReportCaseDocument = new TypedDocumentString(`
    mutation ReportCase($input: ReportCaseInput!) {
  reportCase(input: $input) {
    id
    number
    version
  }
}
    `) as unknown as TypedDocumentString<ReportCaseMutation, ReportCaseMutationVariables>;
export const DirectivesDocument = new TypedDocumentString(`
    query Directives {
  directives {
    ...DirectiveFields
  }
}
    fragment DirectiveFields on Directive {
  id
  number
  division {
    code
    name
    level
  }
  title
  body
  dueAt
  issuedBy
  createdAt
  stateHere
  allowedActions
  responses {
    id
    division {
      code
      name
    }
    action
    comment
    actor
    createdAt
  }
}`) as unknown as TypedDocumentString<DirectivesQuery, DirectivesQueryVariables>;
export const DirectiveDivisionsDocument = new TypedDocumentString(`
    query DirectiveDivisions {
  divisions {
    code
    name
    level
    children {
      code
      name
      level
    }
  }
}
    `) as unknown as TypedDocumentString<DirectiveDivisionsQuery, DirectiveDivisionsQueryVariables>;
export const IssueDirectiveDocument = new TypedDocumentString(`
    mutation IssueDirective($input: IssueDirectiveInput!) {
  issueDirective(input: $input) {
    ...DirectiveFields
  }
}
    fragment DirectiveFields on Directive {
  id
  number
  division {
    code
    name
    level
  }
  title
  body
  dueAt
  issuedBy
  createdAt
  stateHere
  allowedActions
  responses {
    id
    division {
      code
      name
    }
    action
    comment
    actor
    createdAt
  }
}`) as unknown as TypedDocumentString<IssueDirectiveMutation, IssueDirectiveMutationVariables>;
export const AcknowledgeDirectiveDocument = new TypedDocumentString(`
    mutation AcknowledgeDirective($input: DirectiveResponseInput!) {
  acknowledgeDirective(input: $input) {
    ...DirectiveFields
  }
}
    fragment DirectiveFields on Directive {
  id
  number
  division {
    code
    name
    level
  }
  title
  body
  dueAt
  issuedBy
  createdAt
  stateHere
  allowedActions
  responses {
    id
    division {
      code
      name
    }
    action
    comment
    actor
    createdAt
  }
}`) as unknown as TypedDocumentString<
  AcknowledgeDirectiveMutation,
  AcknowledgeDirectiveMutationVariables
>;
export const ReportOnDirectiveDocument = new TypedDocumentString(`
    mutation ReportOnDirective($input: DirectiveResponseInput!) {
  reportOnDirective(input: $input) {
    ...DirectiveFields
  }
}
    fragment DirectiveFields on Directive {
  id
  number
  division {
    code
    name
    level
  }
  title
  body
  dueAt
  issuedBy
  createdAt
  stateHere
  allowedActions
  responses {
    id
    division {
      code
      name
    }
    action
    comment
    actor
    createdAt
  }
}`) as unknown as TypedDocumentString<
  ReportOnDirectiveMutation,
  ReportOnDirectiveMutationVariables
>;
export const EnforcementListDocument = new TypedDocumentString(`
    query EnforcementList($filter: EnforcementRecordFilter, $sort: EnforcementSort, $first: Int, $after: String) {
  enforcementRecords(filter: $filter, sort: $sort, first: $first, after: $after) {
    nodes {
      ...EnforcementRow
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment EnforcementRow on EnforcementRecord {
  id
  number
  status
  procedure
  isMajor
  violatedArticle
  party {
    kind
    name
    masked
  }
  filedAt
  decisionDueAt
  decidedAt
  serviceDueAt
  servedAt
  paymentDueAt
  amountDue
  deadlineStatus
  overdue {
    decision
    service
    payment
    any
  }
}`) as unknown as TypedDocumentString<EnforcementListQuery, EnforcementListQueryVariables>;
export const EnforcementFilingOptionsDocument = new TypedDocumentString(`
    query EnforcementFilingOptions($city: String!) {
  districts: divisions(parent: $city) {
    code
    name
  }
  enumLabels(enums: ["EnforcementSource", "EnforcementProcedure", "PartyKind"]) {
    enum
    value
    label
  }
}
    `) as unknown as TypedDocumentString<
  EnforcementFilingOptionsQuery,
  EnforcementFilingOptionsQueryVariables
>;
export const FileEnforcementCaseDocument = new TypedDocumentString(`
    mutation FileEnforcementCase($input: FileEnforcementCaseInput!) {
  fileEnforcementCase(input: $input) {
    id
    number
    party {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<
  FileEnforcementCaseMutation,
  FileEnforcementCaseMutationVariables
>;
export const LinkedRecordDocument = new TypedDocumentString(`
    query LinkedRecord($number: String!) {
  recordByNumber(number: $number) {
    __typename
    ... on HotlineTicket {
      id
    }
    ... on CaseReport {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LinkedRecordQuery, LinkedRecordQueryVariables>;
export const IndicatorOverviewDocument = new TypedDocumentString(`
    query IndicatorOverview($division: String!, $period: PeriodInput!, $categoryLevel: Int, $at: String) {
  indicators(
    division: $division
    period: $period
    categoryLevel: $categoryLevel
    at: $at
  ) {
    division {
      code
      name
      level
    }
    unit
    source
    currentTo
    servedBy {
      tier
      division {
        code
        name
      }
    }
    weights {
      name
      weight
    }
    periods {
      start
      end
      label
      total {
        compositeScore
        indicators {
          ...IndicatorValueFields
        }
      }
      categories {
        recordKind
        code
        name
        indicators {
          indicators {
            ...IndicatorValueFields
          }
        }
      }
    }
  }
}
    fragment IndicatorValueFields on IndicatorValue {
  name
  label
  recordKind
  kind
  numerator
  denominator
  value
}`) as unknown as TypedDocumentString<IndicatorOverviewQuery, IndicatorOverviewQueryVariables>;
export const IndicatorRankingOfDocument = new TypedDocumentString(`
    query IndicatorRankingOf($division: String!, $period: PeriodInput!, $indicator: IndicatorName!) {
  indicatorRanking(division: $division, period: $period, indicator: $indicator) {
    indicator
    start
    end
    source
    currentTo
    servedBy {
      tier
      division {
        code
        name
      }
    }
    weights {
      name
      weight
    }
    entries {
      rank
      division {
        code
        name
      }
      value
      compositeScore
      indicator {
        ...IndicatorValueFields
      }
    }
  }
}
    fragment IndicatorValueFields on IndicatorValue {
  name
  label
  recordKind
  kind
  numerator
  denominator
  value
}`) as unknown as TypedDocumentString<IndicatorRankingOfQuery, IndicatorRankingOfQueryVariables>;
export const IndicatorRecordsOfDocument = new TypedDocumentString(`
    query IndicatorRecordsOf($division: String!, $period: PeriodInput!, $indicator: IndicatorName, $part: IndicatorPart, $metric: String, $recordKind: IndicatorRecordKind, $category: String, $first: Int, $after: String) {
  indicatorRecords(
    division: $division
    period: $period
    indicator: $indicator
    part: $part
    metric: $metric
    recordKind: $recordKind
    category: $category
    first: $first
    after: $after
  ) {
    division {
      code
      name
    }
    recordKind
    metric
    excluding
    category
    start
    end
    label
    currentTo
    servedBy {
      tier
      division {
        code
        name
      }
    }
    edges {
      cursor
      amount
      node {
        __typename
        ... on HotlineTicket {
          id
          number
          title
          ticketStatus: status
          division {
            code
            name
          }
          caller {
            name
            phone
            masked
          }
        }
        ... on CaseReport {
          id
          number
          description
          caseStatus: status
          division {
            code
            name
          }
        }
        ... on EnforcementRecord {
          id
          number
          violatedArticle
          enforcementStatus: status
          division {
            code
            name
          }
          party {
            name
            masked
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorRecordsOfQuery, IndicatorRecordsOfQueryVariables>;
export const IntakeOptionsDocument = new TypedDocumentString(`
    query IntakeOptions($city: String!) {
  districts: divisions(parent: $city) {
    code
    name
  }
  categories: ticketCategories {
    code
    name
  }
  enumLabels(enums: ["TicketChannel", "IntakeClass", "Urgency", "TicketStatus"]) {
    enum
    value
    label
  }
}
    `) as unknown as TypedDocumentString<IntakeOptionsQuery, IntakeOptionsQueryVariables>;
export const CategoryChildrenDocument = new TypedDocumentString(`
    query CategoryChildren($parent: String!) {
  ticketCategories(parent: $parent) {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<CategoryChildrenQuery, CategoryChildrenQueryVariables>;
export const CreateTicketDocument = new TypedDocumentString(`
    mutation CreateTicket($input: CreateTicketInput!) {
  createTicket(input: $input) {
    id
    number
    title
    version
  }
}
    `) as unknown as TypedDocumentString<CreateTicketMutation, CreateTicketMutationVariables>;
export const DuplicateSuggestionsDocument = new TypedDocumentString(`
    query DuplicateSuggestions($input: DuplicateQueryInput!) {
  ticketDuplicateSuggestions(input: $input) {
    score
    ticket {
      id
      number
      title
      status
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<
  DuplicateSuggestionsQuery,
  DuplicateSuggestionsQueryVariables
>;
export const CallerHistoryDocument = new TypedDocumentString(`
    query CallerHistory($phone: String!) {
  callerHistory(phone: $phone) {
    phone
    total
    open
    recent {
      id
      number
      title
      status
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<CallerHistoryQuery, CallerHistoryQueryVariables>;
export const EnumLabelsDocument = new TypedDocumentString(`
    query EnumLabels($enums: [String!]) {
  enumLabels(enums: $enums) {
    enum
    value
    label
  }
}
    `) as unknown as TypedDocumentString<EnumLabelsQuery, EnumLabelsQueryVariables>;
export const AuditLogScreenDocument = new TypedDocumentString(`
    query AuditLogScreen($node: String, $actor: String, $action: String, $actionPrefix: String, $entityId: String, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  auditLog(
    node: $node
    actor: $actor
    action: $action
    actionPrefix: $actionPrefix
    entityId: $entityId
    from: $from
    to: $to
    first: $first
    after: $after
  ) {
    nodes {
      id
      at
      actor
      actorRoles
      actorDivision
      action
      entity
      entityIds
      reason
      clientAddress
      requestId
      scope
      hash
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogScreenQuery, AuditLogScreenQueryVariables>;
export const AuditChainCheckDocument = new TypedDocumentString(`
    query AuditChainCheck($node: String) {
  auditChain(node: $node) {
    intact
    entries
    firstBrokenId
    problem
    headHash
  }
}
    `) as unknown as TypedDocumentString<AuditChainCheckQuery, AuditChainCheckQueryVariables>;
export const WorkingCalendarScreenDocument = new TypedDocumentString(`
    query WorkingCalendarScreen($year: Int!) {
  workingCalendar(year: $year) {
    ...CalendarDayFields
  }
}
    fragment CalendarDayFields on CalendarDay {
  day
  kind
  name
  updatedBy
  updatedAt
}`) as unknown as TypedDocumentString<
  WorkingCalendarScreenQuery,
  WorkingCalendarScreenQueryVariables
>;
export const SetCalendarDayScreenDocument = new TypedDocumentString(`
    mutation SetCalendarDayScreen($input: SetCalendarDayInput!) {
  setCalendarDay(input: $input) {
    ...CalendarDayFields
  }
}
    fragment CalendarDayFields on CalendarDay {
  day
  kind
  name
  updatedBy
  updatedAt
}`) as unknown as TypedDocumentString<
  SetCalendarDayScreenMutation,
  SetCalendarDayScreenMutationVariables
>;
export const RemoveCalendarDayScreenDocument = new TypedDocumentString(`
    mutation RemoveCalendarDayScreen($day: String!) {
  removeCalendarDay(day: $day)
}
    `) as unknown as TypedDocumentString<
  RemoveCalendarDayScreenMutation,
  RemoveCalendarDayScreenMutationVariables
>;
export const NodeChoicesDocument = new TypedDocumentString(`
    query NodeChoices($home: String!) {
  division(code: $home) {
    code
    name
    level
    parent {
      code
      name
      level
      parent {
        code
        name
        level
      }
    }
    children {
      code
      name
      level
    }
  }
}
    `) as unknown as TypedDocumentString<NodeChoicesQuery, NodeChoicesQueryVariables>;
export const SyncStatusScreenDocument = new TypedDocumentString(`
    query SyncStatusScreen($node: String) {
  syncStatus(node: $node) {
    node {
      code
      name
    }
    tier
    epoch
    head
    sources {
      source {
        code
        name
      }
      state
      epoch
      applied
      head
      lagChanges
      lagSeconds
      oldestPendingAt
      answeredAt
      currentTo
      lastError
      resyncs
      staleChanges
    }
  }
}
    `) as unknown as TypedDocumentString<SyncStatusScreenQuery, SyncStatusScreenQueryVariables>;
export const AttachToRecordDocument = new TypedDocumentString(`
    mutation AttachToRecord($recordId: ID!, $file: File!, $purpose: AttachmentPurpose!) {
  attachToRecord(recordId: $recordId, file: $file, purpose: $purpose) {
    id
  }
}
    `) as unknown as TypedDocumentString<AttachToRecordMutation, AttachToRecordMutationVariables>;
export const FileCaseDocument = new TypedDocumentString(`
    mutation FileCase($input: CaseActionInput!) {
  fileCase(input: $input) {
    ...CaseActionResult
  }
}
    fragment CaseActionResult on CaseReport {
  id
  version
  status
}`) as unknown as TypedDocumentString<FileCaseMutation, FileCaseMutationVariables>;
export const VoidCaseDocument = new TypedDocumentString(`
    mutation VoidCase($input: CaseReasonInput!) {
  voidCase(input: $input) {
    ...CaseActionResult
  }
}
    fragment CaseActionResult on CaseReport {
  id
  version
  status
}`) as unknown as TypedDocumentString<VoidCaseMutation, VoidCaseMutationVariables>;
export const DispatchCaseDocument = new TypedDocumentString(`
    mutation DispatchCase($input: DispatchCaseInput!) {
  dispatchCase(input: $input) {
    ...CaseActionResult
  }
}
    fragment CaseActionResult on CaseReport {
  id
  version
  status
}`) as unknown as TypedDocumentString<DispatchCaseMutation, DispatchCaseMutationVariables>;
export const StartHandlingCaseDocument = new TypedDocumentString(`
    mutation StartHandlingCase($input: CaseActionInput!) {
  startHandlingCase(input: $input) {
    ...CaseActionResult
  }
}
    fragment CaseActionResult on CaseReport {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  StartHandlingCaseMutation,
  StartHandlingCaseMutationVariables
>;
export const ReportBackCaseDocument = new TypedDocumentString(`
    mutation ReportBackCase($input: ReportBackCaseInput!) {
  reportBackCase(input: $input) {
    ...CaseActionResult
  }
}
    fragment CaseActionResult on CaseReport {
  id
  version
  status
}`) as unknown as TypedDocumentString<ReportBackCaseMutation, ReportBackCaseMutationVariables>;
export const VerifyCaseDocument = new TypedDocumentString(`
    mutation VerifyCase($input: VerifyCaseInput!) {
  verifyCase(input: $input) {
    ...CaseActionResult
  }
}
    fragment CaseActionResult on CaseReport {
  id
  version
  status
}`) as unknown as TypedDocumentString<VerifyCaseMutation, VerifyCaseMutationVariables>;
export const RequestCaseExtensionDocument = new TypedDocumentString(`
    mutation RequestCaseExtension($input: RequestCaseExtensionInput!) {
  requestCaseExtension(input: $input) {
    ...CaseActionResult
  }
}
    fragment CaseActionResult on CaseReport {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  RequestCaseExtensionMutation,
  RequestCaseExtensionMutationVariables
>;
export const ApproveCaseExtensionDocument = new TypedDocumentString(`
    mutation ApproveCaseExtension($input: CaseActionInput!) {
  approveCaseExtension(input: $input) {
    ...CaseActionResult
  }
}
    fragment CaseActionResult on CaseReport {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  ApproveCaseExtensionMutation,
  ApproveCaseExtensionMutationVariables
>;
export const RejectCaseExtensionDocument = new TypedDocumentString(`
    mutation RejectCaseExtension($input: CaseReasonInput!) {
  rejectCaseExtension(input: $input) {
    ...CaseActionResult
  }
}
    fragment CaseActionResult on CaseReport {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  RejectCaseExtensionMutation,
  RejectCaseExtensionMutationVariables
>;
export const RequestCaseReturnDocument = new TypedDocumentString(`
    mutation RequestCaseReturn($input: CaseReasonInput!) {
  requestCaseReturn(input: $input) {
    ...CaseActionResult
  }
}
    fragment CaseActionResult on CaseReport {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  RequestCaseReturnMutation,
  RequestCaseReturnMutationVariables
>;
export const ApproveCaseReturnDocument = new TypedDocumentString(`
    mutation ApproveCaseReturn($input: CaseActionInput!) {
  approveCaseReturn(input: $input) {
    ...CaseActionResult
  }
}
    fragment CaseActionResult on CaseReport {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  ApproveCaseReturnMutation,
  ApproveCaseReturnMutationVariables
>;
export const RejectCaseReturnDocument = new TypedDocumentString(`
    mutation RejectCaseReturn($input: CaseReasonInput!) {
  rejectCaseReturn(input: $input) {
    ...CaseActionResult
  }
}
    fragment CaseActionResult on CaseReport {
  id
  version
  status
}`) as unknown as TypedDocumentString<RejectCaseReturnMutation, RejectCaseReturnMutationVariables>;
export const ParkCaseDocument = new TypedDocumentString(`
    mutation ParkCase($input: CaseReasonInput!) {
  parkCase(input: $input) {
    ...CaseActionResult
  }
}
    fragment CaseActionResult on CaseReport {
  id
  version
  status
}`) as unknown as TypedDocumentString<ParkCaseMutation, ParkCaseMutationVariables>;
export const ResumeCaseDocument = new TypedDocumentString(`
    mutation ResumeCase($input: CaseActionInput!) {
  resumeCase(input: $input) {
    ...CaseActionResult
  }
}
    fragment CaseActionResult on CaseReport {
  id
  version
  status
}`) as unknown as TypedDocumentString<ResumeCaseMutation, ResumeCaseMutationVariables>;
export const EvaluateCaseDocument = new TypedDocumentString(`
    mutation EvaluateCase($input: EvaluateCaseInput!) {
  evaluateCase(input: $input) {
    ...CaseActionResult
  }
}
    fragment CaseActionResult on CaseReport {
  id
  version
  status
}`) as unknown as TypedDocumentString<EvaluateCaseMutation, EvaluateCaseMutationVariables>;
export const CaseVersionDocument = new TypedDocumentString(`
    query CaseVersion($id: ID!) {
  caseReport(id: $id) {
    version
  }
}
    `) as unknown as TypedDocumentString<CaseVersionQuery, CaseVersionQueryVariables>;
export const StartEnforcementInvestigationDocument = new TypedDocumentString(`
    mutation StartEnforcementInvestigation($input: StartEnforcementInvestigationInput!) {
  startEnforcementInvestigation(input: $input) {
    ...EnforcementActionResult
  }
}
    fragment EnforcementActionResult on EnforcementRecord {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  StartEnforcementInvestigationMutation,
  StartEnforcementInvestigationMutationVariables
>;
export const ServeEnforcementNoticeDocument = new TypedDocumentString(`
    mutation ServeEnforcementNotice($input: EnforcementActionInput!) {
  serveEnforcementNotice(input: $input) {
    ...EnforcementActionResult
  }
}
    fragment EnforcementActionResult on EnforcementRecord {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  ServeEnforcementNoticeMutation,
  ServeEnforcementNoticeMutationVariables
>;
export const RequestEnforcementHearingDocument = new TypedDocumentString(`
    mutation RequestEnforcementHearing($input: RequestEnforcementHearingInput!) {
  requestEnforcementHearing(input: $input) {
    ...EnforcementActionResult
  }
}
    fragment EnforcementActionResult on EnforcementRecord {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  RequestEnforcementHearingMutation,
  RequestEnforcementHearingMutationVariables
>;
export const WaiveEnforcementHearingDocument = new TypedDocumentString(`
    mutation WaiveEnforcementHearing($input: EnforcementActionInput!) {
  waiveEnforcementHearing(input: $input) {
    ...EnforcementActionResult
  }
}
    fragment EnforcementActionResult on EnforcementRecord {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  WaiveEnforcementHearingMutation,
  WaiveEnforcementHearingMutationVariables
>;
export const HoldEnforcementHearingDocument = new TypedDocumentString(`
    mutation HoldEnforcementHearing($input: HoldEnforcementHearingInput!) {
  holdEnforcementHearing(input: $input) {
    ...EnforcementActionResult
  }
}
    fragment EnforcementActionResult on EnforcementRecord {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  HoldEnforcementHearingMutation,
  HoldEnforcementHearingMutationVariables
>;
export const SubmitEnforcementLegalReviewDocument = new TypedDocumentString(`
    mutation SubmitEnforcementLegalReview($input: EnforcementActionInput!) {
  submitEnforcementLegalReview(input: $input) {
    ...EnforcementActionResult
  }
}
    fragment EnforcementActionResult on EnforcementRecord {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  SubmitEnforcementLegalReviewMutation,
  SubmitEnforcementLegalReviewMutationVariables
>;
export const ApproveEnforcementLegalReviewDocument = new TypedDocumentString(`
    mutation ApproveEnforcementLegalReview($input: EnforcementActionInput!) {
  approveEnforcementLegalReview(input: $input) {
    ...EnforcementActionResult
  }
}
    fragment EnforcementActionResult on EnforcementRecord {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  ApproveEnforcementLegalReviewMutation,
  ApproveEnforcementLegalReviewMutationVariables
>;
export const RejectEnforcementLegalReviewDocument = new TypedDocumentString(`
    mutation RejectEnforcementLegalReview($input: EnforcementReasonInput!) {
  rejectEnforcementLegalReview(input: $input) {
    ...EnforcementActionResult
  }
}
    fragment EnforcementActionResult on EnforcementRecord {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  RejectEnforcementLegalReviewMutation,
  RejectEnforcementLegalReviewMutationVariables
>;
export const ExtendEnforcementDecisionDeadlineDocument = new TypedDocumentString(`
    mutation ExtendEnforcementDecisionDeadline($input: ExtendEnforcementDecisionDeadlineInput!) {
  extendEnforcementDecisionDeadline(input: $input) {
    ...EnforcementActionResult
  }
}
    fragment EnforcementActionResult on EnforcementRecord {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  ExtendEnforcementDecisionDeadlineMutation,
  ExtendEnforcementDecisionDeadlineMutationVariables
>;
export const DecideEnforcementCaseDocument = new TypedDocumentString(`
    mutation DecideEnforcementCase($input: DecideEnforcementCaseInput!) {
  decideEnforcementCase(input: $input) {
    ...EnforcementActionResult
  }
}
    fragment EnforcementActionResult on EnforcementRecord {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  DecideEnforcementCaseMutation,
  DecideEnforcementCaseMutationVariables
>;
export const ServeEnforcementDecisionDocument = new TypedDocumentString(`
    mutation ServeEnforcementDecision($input: EnforcementActionInput!) {
  serveEnforcementDecision(input: $input) {
    ...EnforcementActionResult
  }
}
    fragment EnforcementActionResult on EnforcementRecord {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  ServeEnforcementDecisionMutation,
  ServeEnforcementDecisionMutationVariables
>;
export const RecordEnforcementPaymentDocument = new TypedDocumentString(`
    mutation RecordEnforcementPayment($input: RecordEnforcementPaymentInput!) {
  recordEnforcementPayment(input: $input) {
    ...EnforcementActionResult
  }
}
    fragment EnforcementActionResult on EnforcementRecord {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  RecordEnforcementPaymentMutation,
  RecordEnforcementPaymentMutationVariables
>;
export const EnforceEnforcementDecisionDocument = new TypedDocumentString(`
    mutation EnforceEnforcementDecision($input: EnforcementReasonInput!) {
  enforceEnforcementDecision(input: $input) {
    ...EnforcementActionResult
  }
}
    fragment EnforcementActionResult on EnforcementRecord {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  EnforceEnforcementDecisionMutation,
  EnforceEnforcementDecisionMutationVariables
>;
export const CloseEnforcementCaseDocument = new TypedDocumentString(`
    mutation CloseEnforcementCase($input: EnforcementActionInput!) {
  closeEnforcementCase(input: $input) {
    ...EnforcementActionResult
  }
}
    fragment EnforcementActionResult on EnforcementRecord {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  CloseEnforcementCaseMutation,
  CloseEnforcementCaseMutationVariables
>;
export const ArchiveEnforcementCaseDocument = new TypedDocumentString(`
    mutation ArchiveEnforcementCase($input: EnforcementActionInput!) {
  archiveEnforcementCase(input: $input) {
    ...EnforcementActionResult
  }
}
    fragment EnforcementActionResult on EnforcementRecord {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  ArchiveEnforcementCaseMutation,
  ArchiveEnforcementCaseMutationVariables
>;
export const AnswerTicketDirectlyDocument = new TypedDocumentString(`
    mutation AnswerTicketDirectly($input: AnswerTicketInput!) {
  answerTicketDirectly(input: $input) {
    ...TicketActionResult
  }
}
    fragment TicketActionResult on HotlineTicket {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  AnswerTicketDirectlyMutation,
  AnswerTicketDirectlyMutationVariables
>;
export const DispatchTicketDocument = new TypedDocumentString(`
    mutation DispatchTicket($input: DispatchTicketInput!) {
  dispatchTicket(input: $input) {
    ...TicketActionResult
  }
}
    fragment TicketActionResult on HotlineTicket {
  id
  version
  status
}`) as unknown as TypedDocumentString<DispatchTicketMutation, DispatchTicketMutationVariables>;
export const RedispatchTicketDocument = new TypedDocumentString(`
    mutation RedispatchTicket($input: DispatchTicketInput!) {
  redispatchTicket(input: $input) {
    ...TicketActionResult
  }
}
    fragment TicketActionResult on HotlineTicket {
  id
  version
  status
}`) as unknown as TypedDocumentString<RedispatchTicketMutation, RedispatchTicketMutationVariables>;
export const SignForTicketDocument = new TypedDocumentString(`
    mutation SignForTicket($input: TicketActionInput!) {
  signForTicket(input: $input) {
    ...TicketActionResult
  }
}
    fragment TicketActionResult on HotlineTicket {
  id
  version
  status
}`) as unknown as TypedDocumentString<SignForTicketMutation, SignForTicketMutationVariables>;
export const StartHandlingTicketDocument = new TypedDocumentString(`
    mutation StartHandlingTicket($input: TicketActionInput!) {
  startHandlingTicket(input: $input) {
    ...TicketActionResult
  }
}
    fragment TicketActionResult on HotlineTicket {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  StartHandlingTicketMutation,
  StartHandlingTicketMutationVariables
>;
export const RequestTicketExtensionDocument = new TypedDocumentString(`
    mutation RequestTicketExtension($input: RequestExtensionInput!) {
  requestTicketExtension(input: $input) {
    ...TicketActionResult
  }
}
    fragment TicketActionResult on HotlineTicket {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  RequestTicketExtensionMutation,
  RequestTicketExtensionMutationVariables
>;
export const ApproveTicketExtensionDocument = new TypedDocumentString(`
    mutation ApproveTicketExtension($input: TicketActionInput!) {
  approveTicketExtension(input: $input) {
    ...TicketActionResult
  }
}
    fragment TicketActionResult on HotlineTicket {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  ApproveTicketExtensionMutation,
  ApproveTicketExtensionMutationVariables
>;
export const RejectTicketExtensionDocument = new TypedDocumentString(`
    mutation RejectTicketExtension($input: TicketReasonInput!) {
  rejectTicketExtension(input: $input) {
    ...TicketActionResult
  }
}
    fragment TicketActionResult on HotlineTicket {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  RejectTicketExtensionMutation,
  RejectTicketExtensionMutationVariables
>;
export const ReturnTicketDocument = new TypedDocumentString(`
    mutation ReturnTicket($input: TicketReasonInput!) {
  returnTicket(input: $input) {
    ...TicketActionResult
  }
}
    fragment TicketActionResult on HotlineTicket {
  id
  version
  status
}`) as unknown as TypedDocumentString<ReturnTicketMutation, ReturnTicketMutationVariables>;
export const ReplyToTicketDocument = new TypedDocumentString(`
    mutation ReplyToTicket($input: AnswerTicketInput!) {
  replyToTicket(input: $input) {
    ...TicketActionResult
  }
}
    fragment TicketActionResult on HotlineTicket {
  id
  version
  status
}`) as unknown as TypedDocumentString<ReplyToTicketMutation, ReplyToTicketMutationVariables>;
export const CoReplyToTicketDocument = new TypedDocumentString(`
    mutation CoReplyToTicket($input: CoReplyToTicketInput!) {
  coReplyToTicket(input: $input) {
    ...TicketActionResult
  }
}
    fragment TicketActionResult on HotlineTicket {
  id
  version
  status
}`) as unknown as TypedDocumentString<CoReplyToTicketMutation, CoReplyToTicketMutationVariables>;
export const ApproveTicketReplyDocument = new TypedDocumentString(`
    mutation ApproveTicketReply($input: TicketActionInput!) {
  approveTicketReply(input: $input) {
    ...TicketActionResult
  }
}
    fragment TicketActionResult on HotlineTicket {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  ApproveTicketReplyMutation,
  ApproveTicketReplyMutationVariables
>;
export const RejectTicketReplyDocument = new TypedDocumentString(`
    mutation RejectTicketReply($input: TicketReasonInput!) {
  rejectTicketReply(input: $input) {
    ...TicketActionResult
  }
}
    fragment TicketActionResult on HotlineTicket {
  id
  version
  status
}`) as unknown as TypedDocumentString<
  RejectTicketReplyMutation,
  RejectTicketReplyMutationVariables
>;
export const CallBackTicketDocument = new TypedDocumentString(`
    mutation CallBackTicket($input: CallBackTicketInput!) {
  callBackTicket(input: $input) {
    ...TicketActionResult
  }
}
    fragment TicketActionResult on HotlineTicket {
  id
  version
  status
}`) as unknown as TypedDocumentString<CallBackTicketMutation, CallBackTicketMutationVariables>;
export const ReopenTicketDocument = new TypedDocumentString(`
    mutation ReopenTicket($input: TicketActionInput!) {
  reopenTicket(input: $input) {
    ...TicketActionResult
  }
}
    fragment TicketActionResult on HotlineTicket {
  id
  version
  status
}`) as unknown as TypedDocumentString<ReopenTicketMutation, ReopenTicketMutationVariables>;
export const CloseTicketDocument = new TypedDocumentString(`
    mutation CloseTicket($input: TicketActionInput!) {
  closeTicket(input: $input) {
    ...TicketActionResult
  }
}
    fragment TicketActionResult on HotlineTicket {
  id
  version
  status
}`) as unknown as TypedDocumentString<CloseTicketMutation, CloseTicketMutationVariables>;
export const ArchiveTicketDocument = new TypedDocumentString(`
    mutation ArchiveTicket($input: TicketActionInput!) {
  archiveTicket(input: $input) {
    ...TicketActionResult
  }
}
    fragment TicketActionResult on HotlineTicket {
  id
  version
  status
}`) as unknown as TypedDocumentString<ArchiveTicketMutation, ArchiveTicketMutationVariables>;
export const MergeTicketDocument = new TypedDocumentString(`
    mutation MergeTicket($input: MergeTicketInput!) {
  mergeTicket(input: $input) {
    ...TicketActionResult
  }
}
    fragment TicketActionResult on HotlineTicket {
  id
  version
  status
}`) as unknown as TypedDocumentString<MergeTicketMutation, MergeTicketMutationVariables>;
export const UnmergeTicketDocument = new TypedDocumentString(`
    mutation UnmergeTicket($input: TicketActionInput!) {
  unmergeTicket(input: $input) {
    ...TicketActionResult
  }
}
    fragment TicketActionResult on HotlineTicket {
  id
  version
  status
}`) as unknown as TypedDocumentString<UnmergeTicketMutation, UnmergeTicketMutationVariables>;
export const TicketVersionDocument = new TypedDocumentString(`
    query TicketVersion($id: ID!) {
  ticket(id: $id) {
    version
  }
}
    `) as unknown as TypedDocumentString<TicketVersionQuery, TicketVersionQueryVariables>;
export const RecordIdByNumberDocument = new TypedDocumentString(`
    query RecordIdByNumber($number: String!) {
  recordByNumber(number: $number) {
    ... on HotlineTicket {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RecordIdByNumberQuery, RecordIdByNumberQueryVariables>;
export const RecordPageDocument = new TypedDocumentString(`
    query RecordPage($number: String!, $withSupervision: Boolean!) {
  recordByNumber(number: $number) {
    __typename
    ... on HotlineTicket {
      id
      number
      version
      replica {
        source {
          code
          name
        }
        currentTo
      }
      title
      content
      ticketStatus: status
      channel
      intakeClass
      urgency
      categoryPath {
        code
        name
      }
      division {
        name
      }
      caller {
        name
        phone
        confidential
        masked
      }
      location {
        address
        street
        community
      }
      leadUnit {
        name
      }
      coUnits {
        name
      }
      coUnitReplies {
        unit {
          name
        }
        reply
        repliedAt
      }
      reply
      resolution
      satisfaction
      dueAt
      deadlineStatus
      workingMinutesRemaining
      extensionRequest {
        workingDays
        reason
      }
      parentTicketId
      mergedTicketIds
      closedAt
      createdAt
      allowedActionLabels {
        action
        label
      }
      history {
        ...HistoryFields
      }
      attachmentCount
      attachments {
        ...AttachmentFields
      }
      supervisionOrders @include(if: $withSupervision) {
        ...SupervisionOrderFields
      }
    }
    ... on CaseReport {
      id
      number
      version
      replica {
        source {
          code
          name
        }
        currentTo
      }
      caseStatus: status
      caseSource: source
      type
      majorClass
      minorCode
      description
      address
      gridCell
      longitude
      latitude
      urgency
      handlingUnit
      handlingResult
      dueAt
      deadlineStatus
      extensionRequest {
        workingDays
        reason
      }
      returnRequestReason
      parkedReason
      voidReason
      closureType
      closedAt
      createdAt
      allowedActionLabels {
        action
        label
      }
      history {
        ...HistoryFields
      }
      attachmentCount
      attachments {
        ...AttachmentFields
      }
      supervisionOrders @include(if: $withSupervision) {
        ...SupervisionOrderFields
      }
    }
    ... on EnforcementRecord {
      id
      number
      version
      replica {
        source {
          code
          name
        }
        currentTo
      }
      enforcementStatus: status
      enforcementSource: source
      procedure
      violatedArticle
      penaltyArticle
      isMajor
      division {
        name
      }
      party {
        kind
        name
        idNumber
        creditCode
        legalRepresentative
        masked
      }
      officers {
        name
        certificateNumber
      }
      investigators
      filedAt
      decisionDueAt
      decisionExtension {
        days
        reason
        approvedBy
      }
      noticeServedAt
      hearingRequestDueAt
      hearingRequestedAt
      hearingWaivedAt
      hearingPresidingOfficer
      hearingHeldAt
      legalReviewedBy
      legalReviewedAt
      decision
      fineAmount
      decidedAt
      serviceDueAt
      servedAt
      paymentDueAt
      paidAt
      amountPaid
      latePaymentPenalty
      amountDue
      enforcedAt
      overdue {
        decision
        service
        payment
        any
      }
      deadlineStatus
      closedAt
      linkedTicketId
      linkedCaseId
      allowedActionLabels {
        action
        label
      }
      history {
        ...HistoryFields
      }
      attachmentCount
      attachments {
        ...AttachmentFields
      }
    }
  }
  enumLabels(
    enums: ["TicketStatus", "CaseStatus", "EnforcementStatus", "TicketChannel", "IntakeClass", "Urgency", "DeadlineStatus", "Resolution", "Satisfaction", "CaseSource", "CaseType", "CaseMajorClass", "ClosureType", "EnforcementSource", "EnforcementProcedure", "PenaltyType", "PartyKind", "AttachmentPurpose", "SupervisionLevel", "SupervisionState", "SupervisionAction"]
  ) {
    enum
    value
    label
  }
}
    fragment HistoryFields on HistoryEntry {
  action
  actionLabel
  fromStateLabel
  toStateLabel
  actor
  at
  comment
}
fragment AttachmentFields on Attachment {
  id
  fileName
  contentType
  size
  purpose
  uploadedAt
  uploadedBy
}
fragment SupervisionOrderFields on SupervisionOrder {
  id
  number
  level
  state
  deadline
  instructions
  overdue
  handlingUnit
  allowedActions
  version
  issuer {
    name
  }
}`) as unknown as TypedDocumentString<RecordPageQuery, RecordPageQueryVariables>;
export const RevealCallerDocument = new TypedDocumentString(`
    mutation RevealCaller($id: ID!, $reason: String!) {
  revealTicketCaller(id: $id, reason: $reason) {
    name
    phone
    address
  }
}
    `) as unknown as TypedDocumentString<RevealCallerMutation, RevealCallerMutationVariables>;
export const AttachmentContentDocument = new TypedDocumentString(`
    query AttachmentContent($id: ID!) {
  attachmentContent(id: $id) {
    attachment {
      fileName
      contentType
    }
    base64
  }
}
    `) as unknown as TypedDocumentString<AttachmentContentQuery, AttachmentContentQueryVariables>;
export const HandlingUnitsDocument = new TypedDocumentString(`
    query HandlingUnits {
  handlingUnits {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<HandlingUnitsQuery, HandlingUnitsQueryVariables>;
export const MonthlyReportDocument = new TypedDocumentString(`
    query MonthlyReport($month: String!) {
  monthlyReport(month: $month) {
    month
    previousMonth
    start
    end
    generatedAt
    currentTo
    servedBy {
      tier
      division {
        code
        name
      }
    }
    weights {
      name
      weight
    }
    national {
      ...MonthlyReportDivisionFields
    }
    provinces {
      ...MonthlyReportDivisionFields
    }
    cities {
      ...MonthlyReportDivisionFields
    }
    rankings {
      scope {
        code
        name
      }
      indicator
      label
      changeUnit
      entries {
        rank
        previousRank
        division {
          code
          name
        }
        province {
          code
          name
        }
        value
        previousValue
        change
        indicator {
          numerator
          denominator
        }
      }
    }
    downloads {
      xlsx
      csv
    }
  }
}
    fragment MonthlyReportDivisionFields on MonthlyReportDivision {
  division {
    code
    name
  }
  province {
    code
    name
  }
  indicators {
    name
    label
    kind
    current {
      numerator
      denominator
      value
    }
    previous {
      numerator
      denominator
      value
    }
    change
    changeUnit
  }
  compositeScore {
    current
    previous
    change
  }
}`) as unknown as TypedDocumentString<MonthlyReportQuery, MonthlyReportQueryVariables>;
export const SessionDocument = new TypedDocumentString(`
    query Session {
  me {
    username
    roles
    department
    permissions
    division {
      code
      name
      level
    }
  }
  nodeInfo {
    timeZone
  }
}
    `) as unknown as TypedDocumentString<SessionQuery, SessionQueryVariables>;
export const SupervisionOrdersDocument = new TypedDocumentString(`
    query SupervisionOrders($overdue: Boolean) {
  supervisionOrders(overdue: $overdue) {
    ...SupervisionOrderRow
  }
}
    fragment SupervisionOrderRow on SupervisionOrder {
  id
  number
  recordKind
  recordId
  recordNumber
  level
  deadline
  instructions
  state
  handlingUnit
  allowedActions
  issuedBy
  overdue
  version
  createdAt
  issuer {
    name
  }
  division {
    code
    name
  }
  steps {
    id
    action
    comment
    handlingUnit
    actor
    actorDivision {
      name
    }
    createdAt
  }
}`) as unknown as TypedDocumentString<SupervisionOrdersQuery, SupervisionOrdersQueryVariables>;
export const RecordSupervisionOrdersDocument = new TypedDocumentString(`
    query RecordSupervisionOrders($recordId: ID!) {
  supervisionOrders(recordId: $recordId) {
    ...SupervisionOrderRow
  }
}
    fragment SupervisionOrderRow on SupervisionOrder {
  id
  number
  recordKind
  recordId
  recordNumber
  level
  deadline
  instructions
  state
  handlingUnit
  allowedActions
  issuedBy
  overdue
  version
  createdAt
  issuer {
    name
  }
  division {
    code
    name
  }
  steps {
    id
    action
    comment
    handlingUnit
    actor
    actorDivision {
      name
    }
    createdAt
  }
}`) as unknown as TypedDocumentString<
  RecordSupervisionOrdersQuery,
  RecordSupervisionOrdersQueryVariables
>;
export const SupervisionOrderArrivedDocument = new TypedDocumentString(`
    subscription SupervisionOrderArrived($after: String) {
  supervisionOrderArrived(after: $after) {
    position
    arrival
    order {
      ...SupervisionOrderRow
    }
  }
}
    fragment SupervisionOrderRow on SupervisionOrder {
  id
  number
  recordKind
  recordId
  recordNumber
  level
  deadline
  instructions
  state
  handlingUnit
  allowedActions
  issuedBy
  overdue
  version
  createdAt
  issuer {
    name
  }
  division {
    code
    name
  }
  steps {
    id
    action
    comment
    handlingUnit
    actor
    actorDivision {
      name
    }
    createdAt
  }
}`) as unknown as TypedDocumentString<
  SupervisionOrderArrivedSubscription,
  SupervisionOrderArrivedSubscriptionVariables
>;
export const IssueSupervisionOrderDocument = new TypedDocumentString(`
    mutation IssueSupervisionOrder($input: IssueSupervisionOrderInput!) {
  issueSupervisionOrder(input: $input) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<
  IssueSupervisionOrderMutation,
  IssueSupervisionOrderMutationVariables
>;
export const SignSupervisionOrderDocument = new TypedDocumentString(`
    mutation SignSupervisionOrder($input: SupervisionStepInput!) {
  signSupervisionOrder(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<
  SignSupervisionOrderMutation,
  SignSupervisionOrderMutationVariables
>;
export const AssignSupervisionOrderDocument = new TypedDocumentString(`
    mutation AssignSupervisionOrder($input: AssignSupervisionOrderInput!) {
  assignSupervisionOrder(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<
  AssignSupervisionOrderMutation,
  AssignSupervisionOrderMutationVariables
>;
export const ReplyToSupervisionOrderDocument = new TypedDocumentString(`
    mutation ReplyToSupervisionOrder($input: SupervisionStepInput!) {
  replyToSupervisionOrder(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<
  ReplyToSupervisionOrderMutation,
  ReplyToSupervisionOrderMutationVariables
>;
export const CloseSupervisionOrderDocument = new TypedDocumentString(`
    mutation CloseSupervisionOrder($input: SupervisionStepInput!) {
  closeSupervisionOrder(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<
  CloseSupervisionOrderMutation,
  CloseSupervisionOrderMutationVariables
>;
export const ReturnSupervisionOrderDocument = new TypedDocumentString(`
    mutation ReturnSupervisionOrder($input: SupervisionStepInput!) {
  returnSupervisionOrder(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<
  ReturnSupervisionOrderMutation,
  ReturnSupervisionOrderMutationVariables
>;
export const ProvinceTicketsDocument = new TypedDocumentString(`
    query ProvinceTickets($division: String, $first: Int, $after: String) {
  tickets(division: $division, first: $first, after: $after) {
    nodes {
      ...ProvinceTicketRow
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ProvinceTicketRow on HotlineTicket {
  id
  number
  title
  status
  urgency
  deadlineStatus
  createdAt
  division {
    code
    name
  }
  caller {
    name
    phone
    masked
  }
  replica {
    currentTo
    source {
      name
    }
  }
}`) as unknown as TypedDocumentString<ProvinceTicketsQuery, ProvinceTicketsQueryVariables>;
export const ProvinceCasesDocument = new TypedDocumentString(`
    query ProvinceCases($division: String, $first: Int, $after: String) {
  caseReports(division: $division, first: $first, after: $after) {
    nodes {
      ...ProvinceCaseRow
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ProvinceCaseRow on CaseReport {
  id
  number
  description
  status
  urgency
  deadlineStatus
  createdAt
  division {
    code
    name
  }
  replica {
    currentTo
    source {
      name
    }
  }
}`) as unknown as TypedDocumentString<ProvinceCasesQuery, ProvinceCasesQueryVariables>;
export const ProvinceCitiesDocument = new TypedDocumentString(`
    query ProvinceCities($parent: String!) {
  divisions(parent: $parent) {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<ProvinceCitiesQuery, ProvinceCitiesQueryVariables>;
export const InboxChangedDocument = new TypedDocumentString(`
    subscription InboxChanged($after: String) {
  inboxChanged(after: $after) {
    position
    change
    ticketId
    ticket {
      ...TicketRow
    }
  }
}
    fragment TicketRow on HotlineTicket {
  id
  number
  title
  status
  urgency
  intakeClass
  deadlineStatus
  dueAt
  createdAt
  leadUnit {
    code
    name
  }
  extensionRequest {
    workingDays
  }
}`) as unknown as TypedDocumentString<InboxChangedSubscription, InboxChangedSubscriptionVariables>;
export const TicketListDocument = new TypedDocumentString(`
    query TicketList($filter: TicketFilter, $sort: TicketSort, $first: Int, $after: String) {
  tickets(filter: $filter, sort: $sort, first: $first, after: $after) {
    nodes {
      ...TicketRow
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment TicketRow on HotlineTicket {
  id
  number
  title
  status
  urgency
  intakeClass
  deadlineStatus
  dueAt
  createdAt
  leadUnit {
    code
    name
  }
  extensionRequest {
    workingDays
  }
}`) as unknown as TypedDocumentString<TicketListQuery, TicketListQueryVariables>;
export const TicketInboxDocument = new TypedDocumentString(`
    query TicketInbox($sort: TicketSort, $first: Int, $after: String) {
  ticketInbox(sort: $sort, first: $first, after: $after) {
    nodes {
      ...TicketRow
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment TicketRow on HotlineTicket {
  id
  number
  title
  status
  urgency
  intakeClass
  deadlineStatus
  dueAt
  createdAt
  leadUnit {
    code
    name
  }
  extensionRequest {
    workingDays
  }
}`) as unknown as TypedDocumentString<TicketInboxQuery, TicketInboxQueryVariables>;
export const MyTicketsDocument = new TypedDocumentString(`
    query MyTickets($first: Int, $after: String) {
  myTickets(first: $first, after: $after) {
    nodes {
      ...TicketRow
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment TicketRow on HotlineTicket {
  id
  number
  title
  status
  urgency
  intakeClass
  deadlineStatus
  dueAt
  createdAt
  leadUnit {
    code
    name
  }
  extensionRequest {
    workingDays
  }
}`) as unknown as TypedDocumentString<MyTicketsQuery, MyTicketsQueryVariables>;
export const TicketsByPhoneDocument = new TypedDocumentString(`
    query TicketsByPhone($phone: String!, $first: Int, $after: String) {
  ticketsByCallerPhone(phone: $phone, first: $first, after: $after) {
    nodes {
      ...TicketRow
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment TicketRow on HotlineTicket {
  id
  number
  title
  status
  urgency
  intakeClass
  deadlineStatus
  dueAt
  createdAt
  leadUnit {
    code
    name
  }
  extensionRequest {
    workingDays
  }
}`) as unknown as TypedDocumentString<TicketsByPhoneQuery, TicketsByPhoneQueryVariables>;
export const TicketListLabelsDocument = new TypedDocumentString(`
    query TicketListLabels {
  enumLabels(
    enums: ["TicketStatus", "DeadlineStatus", "Urgency", "IntakeClass", "InboxChange"]
  ) {
    enum
    value
    label
  }
}
    `) as unknown as TypedDocumentString<TicketListLabelsQuery, TicketListLabelsQueryVariables>;
