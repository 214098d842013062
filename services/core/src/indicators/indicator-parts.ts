import type { RecordTable } from '../records/record-kind.js';
import { ROLLUP_METRICS } from './indicator-definitions.js';
import type { IndicatorName } from './indicator-definitions.js';

/**
 * The records one side of an indicator is made of: those contributing `metric` to
 * the cell, less those contributing `excluding` (超期件数 = due − closed on time).
 * `divisor` turns the metric's sum into the indicator's unit (seconds → hours, fen →
 * yuan); the records and their amounts are the metric's.
 */
export interface RecordSelector {
  recordKind: RecordTable;
  metric: string;
  excluding?: string;
  divisor?: number;
}

export type IndicatorPart = 'NUMERATOR' | 'DENOMINATOR';

const parts = (
  recordKind: RecordTable,
  numerator: Omit<RecordSelector, 'recordKind'>,
  denominator?: string,
) => ({
  NUMERATOR: { recordKind, ...numerator },
  ...(denominator ? { DENOMINATOR: { recordKind, metric: denominator } } : {}),
});

/**
 * Each indicator's numerator and denominator as metrics, for drill-down. The
 * definitions (indicator-definitions.ts) compute values and stay the one source of
 * the numbers; indicator-parts.test.ts checks that these selectors add up to exactly
 * what the definitions compute, so the two cannot drift apart.
 */
export const INDICATOR_PARTS: Record<
  IndicatorName,
  { NUMERATOR: RecordSelector; DENOMINATOR?: RecordSelector }
> = {
  TICKET_ON_TIME_CLOSURE_RATE: parts('hotline_ticket', { metric: 'closed_on_time' }, 'due'),
  TICKET_RESOLUTION_RATE: parts('hotline_ticket', { metric: 'resolved' }, 'called_back'),
  TICKET_SATISFACTION_RATE: parts('hotline_ticket', { metric: 'satisfied' }, 'rated'),
  TICKET_CALLBACK_RATE: parts('hotline_ticket', { metric: 'called_back' }, 'closed'),
  TICKET_FIRST_CALL_RESOLUTION_RATE: parts('hotline_ticket', { metric: 'direct' }, 'created'),
  TICKET_AVERAGE_HANDLING_HOURS: parts(
    'hotline_ticket',
    { metric: 'handling_seconds', divisor: 3600 },
    'closed',
  ),
  TICKET_OVERDUE_COUNT: parts('hotline_ticket', { metric: 'due', excluding: 'closed_on_time' }),
  CASE_CLOSURE_RATE: parts('case_report', { metric: 'closed' }, 'filed'),
  CASE_ON_TIME_CLOSURE_RATE: parts('case_report', { metric: 'closed_on_time' }, 'due'),
  CASE_ON_TIME_HANDLING_RATE: parts('case_report', { metric: 'handled_on_time' }, 'due'),
  CASE_REWORK_RATE: parts('case_report', { metric: 'closed_reworked' }, 'closed'),
  CASE_PARKED_COUNT: parts('case_report', { metric: 'parked' }),
  ENFORCEMENT_FILED_COUNT: parts('enforcement_record', { metric: 'filed' }),
  ENFORCEMENT_ON_TIME_DECISION_RATE: parts(
    'enforcement_record',
    { metric: 'decided_on_time' },
    'decided',
  ),
  ENFORCEMENT_AVERAGE_DECISION_DAYS: parts(
    'enforcement_record',
    { metric: 'decision_days' },
    'decided',
  ),
  ENFORCEMENT_FINES_IMPOSED: parts('enforcement_record', {
    metric: 'fines_imposed_fen',
    divisor: 100,
  }),
  ENFORCEMENT_FINES_COLLECTED: parts('enforcement_record', {
    metric: 'fines_collected_fen',
    divisor: 100,
  }),
  ENFORCEMENT_HEARINGS_REQUESTED: parts('enforcement_record', { metric: 'hearings_requested' }),
};

/** The value a selector gives over metric sums: what the definition's side computes. */
export function selectorValue(
  selector: RecordSelector,
  metrics: Readonly<Record<string, number>>,
): number {
  const sum =
    (metrics[selector.metric] ?? 0) - (selector.excluding ? (metrics[selector.excluding] ?? 0) : 0);
  return sum / (selector.divisor ?? 1);
}

/** The record kinds a metric name belongs to. */
export function kindsOfMetric(metric: string): RecordTable[] {
  return (Object.keys(ROLLUP_METRICS) as RecordTable[]).filter((kind) =>
    (ROLLUP_METRICS[kind] as readonly string[]).includes(metric),
  );
}

/** Whether `name` is an indicator with records behind it (not COMPOSITE_SCORE). */
export function isRecordIndicator(name: string): name is IndicatorName {
  return name in INDICATOR_PARTS;
}
