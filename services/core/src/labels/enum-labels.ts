import type { Bilingual } from '@city-ops/kernel';
import { INDICATORS } from '../indicators/indicator-definitions.js';
import type { IndicatorName } from '../indicators/indicator-definitions.js';
import { LABELLED_MACHINES } from './labelled-machines.js';
import { actionLabel, stateLabels } from './machine-labels.js';
import type { LabelledMachine } from './machine-labels.js';

type ValueLabels = Readonly<Record<string, Bilingual>>;

/**
 * An action enum of a machine (SupervisionAction SIGN is the supervision machine's `sign`):
 * its labels are the machine's row terms, as a record status's are its `states`.
 */
function actionEnum(labelled: LabelledMachine, values: readonly string[]): ValueLabels {
  return Object.fromEntries(
    values.map((value) => {
      const action = value.toLowerCase();
      const row = labelled.machine.transitions.find((transition) => transition.action === action);
      const label = row && actionLabel(labelled, action, row.from[0] ?? null, row.to);
      if (!label) throw new Error(`the ${labelled.machine.entity} machine has no action ${action}`);
      return [value, label];
    }),
  );
}

/** The indicators in English; their Chinese is each definition's `label` (indicator-definitions.ts). */
const INDICATOR_ENGLISH: Readonly<Record<IndicatorName, string>> = {
  TICKET_ON_TIME_CLOSURE_RATE: 'On-time closure rate',
  TICKET_RESOLUTION_RATE: 'Resolution rate',
  TICKET_SATISFACTION_RATE: 'Satisfaction rate',
  TICKET_CALLBACK_RATE: 'Callback rate',
  TICKET_FIRST_CALL_RESOLUTION_RATE: 'First-call resolution rate',
  TICKET_AVERAGE_HANDLING_HOURS: 'Average handling time (hours)',
  TICKET_OVERDUE_COUNT: 'Overdue tickets',
  CASE_CLOSURE_RATE: 'Case closure rate',
  CASE_ON_TIME_CLOSURE_RATE: 'On-time case closure rate',
  CASE_ON_TIME_HANDLING_RATE: 'On-time handling rate',
  CASE_REWORK_RATE: 'Rework rate',
  CASE_PARKED_COUNT: 'Parked cases',
  ENFORCEMENT_FILED_COUNT: 'Enforcement cases filed',
  ENFORCEMENT_ON_TIME_DECISION_RATE: 'On-time decision rate',
  ENFORCEMENT_AVERAGE_DECISION_DAYS: 'Average days to a decision',
  ENFORCEMENT_FINES_IMPOSED: 'Fines imposed (yuan)',
  ENFORCEMENT_FINES_COLLECTED: 'Fines collected (yuan)',
  ENFORCEMENT_HEARINGS_REQUESTED: 'Hearings requested',
};

const HOTLINE_TICKET: Bilingual = { zh: '12345 工单', en: 'Hotline ticket' };
const CASE_REPORT: Bilingual = { zh: '数字城管案件', en: 'City operations case' };
const CREATED_AT: Bilingual = { zh: '创建时间', en: 'Created' };
const UPDATED_AT: Bilingual = { zh: '最近更新', en: 'Last updated' };
const SORT_FIELDS: ValueLabels = {
  CREATED_AT,
  DUE_AT: { zh: '办理期限', en: 'Due' },
  UPDATED_AT,
};

/**
 * The display label of every value of every enum of the shared schema, in Chinese and
 * English: the one place a console (through `enumLabels`) gets the words for a code. Record
 * statuses and workflow actions come from their state machines, indicators from their
 * definitions; the rest are written here, in the terms the SDL descriptions use. A test
 * walks the schema and fails when a value has no label.
 */
export const ENUM_LABELS: Readonly<Record<string, ValueLabels>> = {
  TicketStatus: stateLabels(LABELLED_MACHINES.ticket),
  CaseStatus: stateLabels(LABELLED_MACHINES.case),
  EnforcementStatus: stateLabels(LABELLED_MACHINES.enforcement),
  SupervisionState: stateLabels(LABELLED_MACHINES.supervision),
  DirectiveState: stateLabels(LABELLED_MACHINES.directive),
  SupervisionAction: actionEnum(LABELLED_MACHINES.supervision, [
    'SIGN',
    'ASSIGN',
    'REPLY',
    'CLOSE',
    'RETURN',
  ]),
  DirectiveAction: actionEnum(LABELLED_MACHINES.directive, ['ACKNOWLEDGE', 'REPORT']),
  IndicatorName: {
    ...Object.fromEntries(
      INDICATORS.map((indicator) => [
        indicator.name,
        { zh: indicator.label, en: INDICATOR_ENGLISH[indicator.name] },
      ]),
    ),
    COMPOSITE_SCORE: { zh: '综合评分', en: 'Composite score' },
  },
  AttachmentPurpose: {
    SITE_PHOTO: { zh: '现场照片', en: 'Site photo' },
    BEFORE_HANDLING: { zh: '处理前', en: 'Before handling' },
    AFTER_HANDLING: { zh: '处理后', en: 'After handling' },
    DOCUMENT: { zh: '文书', en: 'Document' },
  },
  CalendarDayKind: {
    HOLIDAY: { zh: '法定节假日', en: 'Public holiday' },
    WORKDAY: { zh: '调休上班', en: 'Make-up workday' },
  },
  CaseType: {
    COMPONENT: { zh: '部件', en: 'Component' },
    EVENT: { zh: '事件', en: 'Event' },
  },
  CaseSource: {
    INSPECTOR: { zh: '监督员上报', en: 'Reported by an inspector' },
    PUBLIC: { zh: '公众举报', en: 'Reported by the public' },
    HOTLINE: { zh: '热线转办', en: 'Transferred from the hotline' },
    HIGHER_LEVEL: { zh: '上级交办', en: 'Assigned from above' },
    MEDIA: { zh: '媒体曝光', en: 'Exposed by the media' },
    SENSOR: { zh: '视频/物联感知', en: 'Video or IoT sensor' },
  },
  CaseMajorClass: {
    PUBLIC_FACILITIES: { zh: '公用设施', en: 'Public facilities' },
    ROAD_TRAFFIC: { zh: '道路交通', en: 'Road traffic' },
    CITY_APPEARANCE: { zh: '市容环境', en: 'City appearance' },
    LANDSCAPING: { zh: '园林绿化', en: 'Landscaping' },
    HOUSING_LAND: { zh: '房屋土地', en: 'Housing and land' },
    ADVERTISING: { zh: '宣传广告', en: 'Advertising' },
    CONSTRUCTION: { zh: '施工管理', en: 'Construction' },
    EMERGENCY: { zh: '突发事件', en: 'Emergencies' },
    STREET_ORDER: { zh: '街面秩序', en: 'Street order' },
    OTHER: { zh: '其他/扩展', en: 'Other' },
  },
  ClosureType: {
    NORMAL: { zh: '正常', en: 'Normal' },
    OVERDUE: { zh: '超时', en: 'Overdue' },
    ERROR: { zh: '差错', en: 'Error' },
    SPECIAL: { zh: '特殊', en: 'Special' },
  },
  CaseSortField: SORT_FIELDS,
  TicketSortField: SORT_FIELDS,
  EnforcementSortField: {
    CREATED_AT,
    DECISION_DUE_AT: { zh: '决定期限', en: 'Decision due' },
    UPDATED_AT,
  },
  SortDirection: {
    ASC: { zh: '由早到晚', en: 'Earliest first' },
    DESC: { zh: '由晚到早', en: 'Latest first' },
  },
  DeadlineStatus: {
    NORMAL: { zh: '正常', en: 'Normal' },
    DUE_SOON: { zh: '即将到期', en: 'Due soon' },
    OVERDUE: { zh: '已超期', en: 'Overdue' },
  },
  Tier: {
    MINISTRY: { zh: '部', en: 'Ministry' },
    PROVINCE: { zh: '省', en: 'Province' },
    CITY: { zh: '市', en: 'City' },
  },
  DivisionLevel: {
    NATIONAL: { zh: '全国', en: 'National' },
    PROVINCE: { zh: '省级', en: 'Province' },
    CITY: { zh: '地市级', en: 'City' },
    COUNTY: { zh: '区县级', en: 'County' },
  },
  EnforcementSource: {
    PATROL: { zh: '巡查发现', en: 'Found on patrol' },
    COMPLAINT: { zh: '投诉举报', en: 'Complaint' },
    TRANSFER: { zh: '热线/数字城管移送', en: 'Transferred from the hotline or city operations' },
    REFERRAL: { zh: '部门移送', en: 'Referred by another authority' },
  },
  EnforcementProcedure: {
    SUMMARY: { zh: '简易程序', en: 'Summary procedure' },
    ORDINARY: { zh: '普通程序', en: 'Ordinary procedure' },
  },
  PartyKind: {
    PERSON: { zh: '自然人', en: 'Person' },
    ORGANISATION: { zh: '法人或其他组织', en: 'Organisation' },
  },
  PenaltyType: {
    WARNING: { zh: '警告', en: 'Warning' },
    CIRCULATED_CRITICISM: { zh: '通报批评', en: 'Circulated criticism' },
    FINE: { zh: '罚款', en: 'Fine' },
    CONFISCATION: {
      zh: '没收违法所得、没收非法财物',
      en: 'Confiscation of illegal gains or property',
    },
    SUSPENSION: {
      zh: '责令停产停业、责令关闭、限制开展生产经营活动',
      en: 'Suspension, closure or restriction of business',
    },
    NO_PENALTY: { zh: '不予行政处罚', en: 'No penalty' },
  },
  PeriodUnit: {
    DAY: { zh: '日', en: 'Day' },
    WEEK: { zh: '周', en: 'Week' },
    MONTH: { zh: '月', en: 'Month' },
    QUARTER: { zh: '季度', en: 'Quarter' },
    YEAR: { zh: '年', en: 'Year' },
  },
  IndicatorKind: {
    RATE: { zh: '比率', en: 'Rate' },
    AVERAGE: { zh: '平均值', en: 'Average' },
    COUNT: { zh: '件数', en: 'Count' },
    AMOUNT: { zh: '金额', en: 'Amount' },
  },
  IndicatorRecordKind: {
    HOTLINE_TICKET,
    CASE_REPORT,
    ENFORCEMENT_RECORD: { zh: '执法案件', en: 'Enforcement record' },
  },
  SupervisedRecordKind: { HOTLINE_TICKET, CASE_REPORT },
  IndicatorSource: {
    RECORDS: { zh: '业务记录', en: 'Records' },
    ROLLUPS: { zh: '日汇总', en: 'Daily rollups' },
  },
  IndicatorPart: {
    NUMERATOR: { zh: '分子', en: 'Numerator' },
    DENOMINATOR: { zh: '分母', en: 'Denominator' },
  },
  ReportChangeUnit: {
    PERCENTAGE_POINTS: { zh: '百分点', en: 'Percentage points' },
    RELATIVE: { zh: '相对变化', en: 'Relative change' },
    POINTS: { zh: '分差', en: 'Score points' },
  },
  InboxChange: {
    ENTERED: { zh: '新到', en: 'Entered your inbox' },
    UPDATED: { zh: '有更新', en: 'Updated' },
    LEFT: { zh: '已移出', en: 'Left your inbox' },
    DUE_SOON: { zh: '即将到期', en: 'Due soon' },
  },
  SupervisionArrival: {
    ISSUED: { zh: '督办下达', en: 'Issued' },
    RETURNED: { zh: '退回', en: 'Returned' },
    ASSIGNED: { zh: '交办', en: 'Assigned to your unit' },
  },
  SupervisionLevel: {
    ROUTINE: { zh: '一般督办', en: 'Routine' },
    LISTED: { zh: '挂牌督办', en: 'Listed' },
    INTERVIEW: { zh: '约谈', en: 'Interview' },
  },
  SyncState: {
    STARTING: { zh: '启动中', en: 'Starting' },
    CATCHING_UP: { zh: '追赶中', en: 'Catching up' },
    CAUGHT_UP: { zh: '已同步', en: 'Caught up' },
    BACKING_OFF: { zh: '等待重试', en: 'Backing off' },
    PAUSED: { zh: '已暂停', en: 'Paused' },
    RESYNCING: { zh: '重新同步中', en: 'Resynchronising' },
  },
  TicketChannel: {
    PHONE: { zh: '电话', en: 'Phone' },
    WEB: { zh: '网站', en: 'Web' },
    APP: { zh: '移动应用', en: 'App' },
    WECHAT: { zh: '微信', en: 'WeChat' },
    SMS: { zh: '短信', en: 'SMS' },
    EMAIL: { zh: '电子邮件', en: 'Email' },
    TRANSFER: { zh: '转办', en: 'Transfer' },
  },
  IntakeClass: {
    CONSULTATION: { zh: '咨询', en: 'Consultation' },
    HELP_REQUEST: { zh: '求助', en: 'Request for help' },
    SUGGESTION: { zh: '建议', en: 'Suggestion' },
    COMPLAINT: { zh: '投诉', en: 'Complaint' },
    REPORT: { zh: '举报', en: 'Report' },
    PRAISE: { zh: '表扬/感谢', en: 'Praise or thanks' },
    OTHER: { zh: '其他', en: 'Other' },
  },
  Urgency: {
    NORMAL: { zh: '一般', en: 'Normal' },
    URGENT: { zh: '紧急', en: 'Urgent' },
    EMERGENCY: { zh: '特急', en: 'Emergency' },
  },
  HandlingMode: {
    DIRECT: { zh: '直办', en: 'Answered directly' },
    DISPATCH: { zh: '派单', en: 'Dispatched' },
  },
  Resolution: {
    RESOLVED: { zh: '解决', en: 'Resolved' },
    PARTIALLY_RESOLVED: { zh: '部分解决', en: 'Partially resolved' },
    UNRESOLVED: { zh: '未解决', en: 'Unresolved' },
  },
  Satisfaction: {
    SATISFIED: { zh: '满意', en: 'Satisfied' },
    BASICALLY_SATISFIED: { zh: '基本满意', en: 'Basically satisfied' },
    DISSATISFIED: { zh: '不满意', en: 'Dissatisfied' },
    NOT_RATED: { zh: '未评价', en: 'Not rated' },
  },
};
