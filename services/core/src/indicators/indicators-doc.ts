import { fillGeneratedSections } from '../docs/generated-sections.js';
import { markdownTable } from '../docs/markdown-table.js';
import type { RecordTable } from '../records/record-kind.js';
import { DEFAULT_INDICATOR_WEIGHTS } from './composite-score.js';
import { INDICATORS, ROLLUP_METRICS, indicatorDefinition } from './indicator-definitions.js';
import type { IndicatorDefinition } from './indicator-definitions.js';
import { INDICATOR_PARTS } from './indicator-parts.js';
import type { RecordSelector } from './indicator-parts.js';
import { METRIC_INSTANTS, METRIC_RULES } from './rollup-contributions.js';
import type { RollupInstant } from './rollup-contributions.js';

const code = (text: string) => `\`${text}\``;

const instantText = (instant: RollupInstant) =>
  instant.status ? `${code(instant.column)} while ${code(instant.status)}` : code(instant.column);

/** A side of an indicator as arithmetic over metrics: `due` − `closed_on_time`, `handling_seconds` / 3600. */
function selectorText(selector: RecordSelector): string {
  const difference = selector.excluding
    ? `${code(selector.metric)} − ${code(selector.excluding)}`
    : code(selector.metric);
  if (!selector.divisor) return difference;
  return `${selector.excluding ? `(${difference})` : difference} / ${selector.divisor}`;
}

/** The instant whose local day a side's metrics are counted on. */
function dayOf(selector: RecordSelector): string {
  const instants = METRIC_INSTANTS[selector.recordKind];
  const days = new Set(
    [selector.metric, selector.excluding]
      .filter((metric): metric is string => metric !== undefined)
      .map((metric) => {
        const instant = instants[metric];
        if (!instant) throw new Error(`no instant for the metric ${metric}`);
        return instantText(instant);
      }),
  );
  return [...days].join(', ');
}

function indicatorRow(definition: IndicatorDefinition): string[] {
  const parts = INDICATOR_PARTS[definition.name];
  const numeratorDay = dayOf(parts.NUMERATOR);
  const denominatorDay = parts.DENOMINATOR ? dayOf(parts.DENOMINATOR) : numeratorDay;
  return [
    `${definition.label} ${code(definition.name)}`,
    definition.kind,
    definition.better.toLowerCase(),
    selectorText(parts.NUMERATOR),
    parts.DENOMINATOR ? selectorText(parts.DENOMINATOR) : '—',
    numeratorDay === denominatorDay
      ? numeratorDay
      : `numerator ${numeratorDay}, denominator ${denominatorDay}`,
  ];
}

function indicatorTable(recordKind: RecordTable): string {
  return markdownTable(
    [
      'indicator (`IndicatorName`)',
      'kind',
      'better',
      'numerator',
      'denominator',
      'counted on the local day of',
    ],
    INDICATORS.filter((definition) => definition.recordKind === recordKind).map(indicatorRow),
  );
}

function metricTable(): string {
  const rows = (Object.keys(ROLLUP_METRICS) as RecordTable[]).flatMap((kind) => {
    const rules: Readonly<Record<string, string>> = METRIC_RULES[kind];
    return ROLLUP_METRICS[kind].map((metric, index) => {
      const instant = METRIC_INSTANTS[kind][metric];
      if (!instant) throw new Error(`no instant for the metric ${kind}.${metric}`);
      return [
        index === 0 ? code(kind) : '',
        code(metric),
        instantText(instant),
        rules[metric] ?? '',
      ];
    });
  });
  return markdownTable(['kind', 'metric', 'counted on the local day of', 'rule'], rows);
}

function weightsTable(): string {
  return markdownTable(
    ['rate', 'weight'],
    DEFAULT_INDICATOR_WEIGHTS.map(({ name, weight }) => {
      const definition = indicatorDefinition(name);
      const lowerIsBetter = definition.better === 'LOWER' ? ' (as 1 − rate)' : '';
      return [`${definition.label} ${code(name)}${lowerIsBetter}`, String(weight)];
    }),
  );
}

/**
 * docs/INDICATORS.md with its tables rendered from the code they describe: the indicators
 * of each record kind (definitions and their parts), the default composite weights and the
 * rollup metric rules. The prose around them is kept as `current` has it.
 */
export function renderIndicatorsDoc(current: string): string {
  return fillGeneratedSections(current, {
    'hotline-ticket-indicators': indicatorTable('hotline_ticket'),
    'case-report-indicators': indicatorTable('case_report'),
    'enforcement-record-indicators': indicatorTable('enforcement_record'),
    'composite-weights': weightsTable(),
    'rollup-metrics': metricTable(),
  });
}
