import type { RecordTable } from '../records/record-kind.js';

/**
 * The indicators, each defined once (docs/INDICATORS.md is their prose): a
 * numerator and a denominator over rollup metrics, which `rollupContributions`
 * assigns to days. Every tier computes them from the same metric sums with these
 * same functions, which is why a city, its province and the ministry give the same
 * numbers.
 */

/** Metric sums of one record kind (a rollup row's `counts`, added up). */
export type Metrics = Readonly<Record<string, number>>;

/** Every metric of each record kind, in the order reports list them (docs/INDICATORS.md, "Rollup metrics"). */
export const ROLLUP_METRICS = {
  hotline_ticket: [
    'created',
    'merged',
    'direct',
    'due',
    'closed_on_time',
    'closed',
    'handling_seconds',
    'called_back',
    'resolved',
    'rated',
    'satisfied',
  ],
  case_report: [
    'created',
    'filed',
    'due',
    'closed_on_time',
    'handled_on_time',
    'closed',
    'closed_reworked',
    'parked',
  ],
  enforcement_record: [
    'filed',
    'hearings_requested',
    'decided',
    'decided_on_time',
    'decision_days',
    'fines_imposed_fen',
    'fines_collected_fen',
  ],
} as const satisfies Record<RecordTable, readonly string[]>;

export type IndicatorName =
  | 'TICKET_ON_TIME_CLOSURE_RATE'
  | 'TICKET_RESOLUTION_RATE'
  | 'TICKET_SATISFACTION_RATE'
  | 'TICKET_CALLBACK_RATE'
  | 'TICKET_FIRST_CALL_RESOLUTION_RATE'
  | 'TICKET_AVERAGE_HANDLING_HOURS'
  | 'TICKET_OVERDUE_COUNT'
  | 'CASE_CLOSURE_RATE'
  | 'CASE_ON_TIME_CLOSURE_RATE'
  | 'CASE_ON_TIME_HANDLING_RATE'
  | 'CASE_REWORK_RATE'
  | 'CASE_PARKED_COUNT'
  | 'ENFORCEMENT_FILED_COUNT'
  | 'ENFORCEMENT_ON_TIME_DECISION_RATE'
  | 'ENFORCEMENT_AVERAGE_DECISION_DAYS'
  | 'ENFORCEMENT_FINES_IMPOSED'
  | 'ENFORCEMENT_FINES_COLLECTED'
  | 'ENFORCEMENT_HEARINGS_REQUESTED';

/**
 * RATE: numerator / denominator, a fraction from 0 to 1. AVERAGE: numerator /
 * denominator in the numerator's unit. COUNT and AMOUNT: the numerator alone.
 */
export type IndicatorKind = 'RATE' | 'AVERAGE' | 'COUNT' | 'AMOUNT';

export interface IndicatorDefinition {
  name: IndicatorName;
  label: string;
  recordKind: RecordTable;
  kind: IndicatorKind;
  /** Which way is better, for rankings and the composite score. */
  better: 'HIGHER' | 'LOWER';
  numerator: (metrics: Metrics) => number;
  /** Absent for counts and amounts. */
  denominator?: (metrics: Metrics) => number;
}

const metric = (name: string) => (metrics: Metrics) => metrics[name] ?? 0;

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    name: 'TICKET_ON_TIME_CLOSURE_RATE',
    label: '按时办结率',
    recordKind: 'hotline_ticket',
    kind: 'RATE',
    better: 'HIGHER',
    numerator: metric('closed_on_time'),
    denominator: metric('due'),
  },
  {
    name: 'TICKET_RESOLUTION_RATE',
    label: '解决率',
    recordKind: 'hotline_ticket',
    kind: 'RATE',
    better: 'HIGHER',
    numerator: metric('resolved'),
    denominator: metric('called_back'),
  },
  {
    name: 'TICKET_SATISFACTION_RATE',
    label: '满意率',
    recordKind: 'hotline_ticket',
    kind: 'RATE',
    better: 'HIGHER',
    numerator: metric('satisfied'),
    denominator: metric('rated'),
  },
  {
    name: 'TICKET_CALLBACK_RATE',
    label: '回访率',
    recordKind: 'hotline_ticket',
    kind: 'RATE',
    better: 'HIGHER',
    numerator: metric('called_back'),
    denominator: metric('closed'),
  },
  {
    name: 'TICKET_FIRST_CALL_RESOLUTION_RATE',
    label: '首呼解决率',
    recordKind: 'hotline_ticket',
    kind: 'RATE',
    better: 'HIGHER',
    numerator: metric('direct'),
    denominator: metric('created'),
  },
  {
    name: 'TICKET_AVERAGE_HANDLING_HOURS',
    label: '平均办理时长（小时）',
    recordKind: 'hotline_ticket',
    kind: 'AVERAGE',
    better: 'LOWER',
    numerator: (metrics) => (metrics['handling_seconds'] ?? 0) / 3600,
    denominator: metric('closed'),
  },
  {
    name: 'TICKET_OVERDUE_COUNT',
    label: '超期件数',
    recordKind: 'hotline_ticket',
    kind: 'COUNT',
    better: 'LOWER',
    numerator: (metrics) => (metrics['due'] ?? 0) - (metrics['closed_on_time'] ?? 0),
  },
  {
    name: 'CASE_CLOSURE_RATE',
    label: '结案率',
    recordKind: 'case_report',
    kind: 'RATE',
    better: 'HIGHER',
    numerator: metric('closed'),
    denominator: metric('filed'),
  },
  {
    name: 'CASE_ON_TIME_CLOSURE_RATE',
    label: '按期结案率',
    recordKind: 'case_report',
    kind: 'RATE',
    better: 'HIGHER',
    numerator: metric('closed_on_time'),
    denominator: metric('due'),
  },
  {
    name: 'CASE_ON_TIME_HANDLING_RATE',
    label: '按期处置率',
    recordKind: 'case_report',
    kind: 'RATE',
    better: 'HIGHER',
    numerator: metric('handled_on_time'),
    denominator: metric('due'),
  },
  {
    name: 'CASE_REWORK_RATE',
    label: '返工率',
    recordKind: 'case_report',
    kind: 'RATE',
    better: 'LOWER',
    numerator: metric('closed_reworked'),
    denominator: metric('closed'),
  },
  {
    name: 'CASE_PARKED_COUNT',
    label: '挂账数',
    recordKind: 'case_report',
    kind: 'COUNT',
    better: 'LOWER',
    numerator: metric('parked'),
  },
  {
    name: 'ENFORCEMENT_FILED_COUNT',
    label: '立案数',
    recordKind: 'enforcement_record',
    kind: 'COUNT',
    better: 'HIGHER',
    numerator: metric('filed'),
  },
  {
    name: 'ENFORCEMENT_ON_TIME_DECISION_RATE',
    label: '按期作出决定率',
    recordKind: 'enforcement_record',
    kind: 'RATE',
    better: 'HIGHER',
    numerator: metric('decided_on_time'),
    denominator: metric('decided'),
  },
  {
    name: 'ENFORCEMENT_AVERAGE_DECISION_DAYS',
    label: '平均作出决定天数',
    recordKind: 'enforcement_record',
    kind: 'AVERAGE',
    better: 'LOWER',
    numerator: metric('decision_days'),
    denominator: metric('decided'),
  },
  {
    name: 'ENFORCEMENT_FINES_IMPOSED',
    label: '罚款决定金额（元）',
    recordKind: 'enforcement_record',
    kind: 'AMOUNT',
    better: 'HIGHER',
    numerator: (metrics) => (metrics['fines_imposed_fen'] ?? 0) / 100,
  },
  {
    name: 'ENFORCEMENT_FINES_COLLECTED',
    label: '罚款收缴金额（元）',
    recordKind: 'enforcement_record',
    kind: 'AMOUNT',
    better: 'HIGHER',
    numerator: (metrics) => (metrics['fines_collected_fen'] ?? 0) / 100,
  },
  {
    name: 'ENFORCEMENT_HEARINGS_REQUESTED',
    label: '听证申请数',
    recordKind: 'enforcement_record',
    kind: 'COUNT',
    better: 'HIGHER',
    numerator: metric('hearings_requested'),
  },
];

export const indicatorDefinition = (name: IndicatorName): IndicatorDefinition => {
  const definition = INDICATORS.find((candidate) => candidate.name === name);
  if (!definition) throw new Error(`no indicator ${name}`);
  return definition;
};

/** numerator / denominator, or null when nothing is in the denominator (never 0 % or NaN). */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export interface IndicatorValue {
  name: IndicatorName;
  label: string;
  recordKind: RecordTable;
  kind: IndicatorKind;
  numerator: number;
  denominator: number | null;
  value: number | null;
}

/** One indicator's value over metric sums of its record kind. */
export function indicatorValue(definition: IndicatorDefinition, metrics: Metrics): IndicatorValue {
  const numerator = definition.numerator(metrics);
  const denominator = definition.denominator ? definition.denominator(metrics) : null;
  return {
    name: definition.name,
    label: definition.label,
    recordKind: definition.recordKind,
    kind: definition.kind,
    numerator,
    denominator,
    value: denominator === null ? numerator : ratio(numerator, denominator),
  };
}

/** The indicators of the given record kinds (all by default), each from its kind's metric sums. */
export function computeIndicators(
  metricsByKind: Partial<Record<RecordTable, Metrics>>,
  kinds: readonly RecordTable[] = ['hotline_ticket', 'case_report', 'enforcement_record'],
): IndicatorValue[] {
  return INDICATORS.filter((definition) => kinds.includes(definition.recordKind)).map(
    (definition) => indicatorValue(definition, metricsByKind[definition.recordKind] ?? {}),
  );
}
