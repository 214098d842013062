import { describe, expect, it } from 'vitest';
import { METRIC_INSTANTS } from './rollup-contributions.js';
import { INDICATORS, ROLLUP_METRICS } from './indicator-definitions.js';
import {
  INDICATOR_PARTS,
  isRecordIndicator,
  kindsOfMetric,
  selectorValue,
} from './indicator-parts.js';

describe('the drill-down parts of each indicator', () => {
  it('add up to exactly what the definitions compute, over any metric sums', () => {
    for (const definition of INDICATORS) {
      const parts = INDICATOR_PARTS[definition.name];
      expect(parts.NUMERATOR.recordKind, definition.name).toBe(definition.recordKind);
      expect(parts.DENOMINATOR !== undefined, definition.name).toBe(
        definition.denominator !== undefined,
      );
      for (const selector of [parts.NUMERATOR, parts.DENOMINATOR]) {
        if (!selector) continue;
        const known = ROLLUP_METRICS[definition.recordKind] as readonly string[];
        expect(known, definition.name).toContain(selector.metric);
        if (selector.excluding) {
          expect(known, definition.name).toContain(selector.excluding);
          // A drill-down walks the records in the order of the metric's instant
          // (indicator-records.ts): what it excludes must be dated by the same one.
          expect(
            METRIC_INSTANTS[definition.recordKind][selector.excluding],
            definition.name,
          ).toEqual(METRIC_INSTANTS[definition.recordKind][selector.metric]);
        }
      }
      for (let draw = 0; draw < 20; draw += 1) {
        const metrics = Object.fromEntries(
          ROLLUP_METRICS[definition.recordKind].map((name) => [
            name,
            Math.floor(Math.random() * 1_000_000),
          ]),
        );
        expect(selectorValue(parts.NUMERATOR, metrics), definition.name).toBeCloseTo(
          definition.numerator(metrics),
          9,
        );
        if (parts.DENOMINATOR && definition.denominator) {
          expect(selectorValue(parts.DENOMINATOR, metrics), definition.name).toBe(
            definition.denominator(metrics),
          );
        }
      }
    }
  });

  it('knows which record kinds a metric name belongs to', () => {
    expect(kindsOfMetric('due')).toEqual(['hotline_ticket', 'case_report']);
    expect(kindsOfMetric('satisfied')).toEqual(['hotline_ticket']);
    expect(kindsOfMetric('fines_imposed_fen')).toEqual(['enforcement_record']);
    expect(kindsOfMetric('nonsense')).toEqual([]);
  });

  it('lists 超期件数 as the due records less those closed on time, in the metric’s own amounts', () => {
    const overdue = INDICATOR_PARTS.TICKET_OVERDUE_COUNT.NUMERATOR;
    expect(overdue).toEqual({
      recordKind: 'hotline_ticket',
      metric: 'due',
      excluding: 'closed_on_time',
    });
    expect(selectorValue(overdue, { due: 5, closed_on_time: 2 })).toBe(3);
    expect(selectorValue(overdue, { due: 5 })).toBe(5);
    expect(INDICATOR_PARTS.TICKET_OVERDUE_COUNT.DENOMINATOR).toBeUndefined();
    // Handling time is listed in seconds, shown in hours.
    const handling = INDICATOR_PARTS.TICKET_AVERAGE_HANDLING_HOURS;
    expect(selectorValue(handling.NUMERATOR, { handling_seconds: 5400 })).toBe(1.5);
    expect(handling.DENOMINATOR).toEqual({ recordKind: 'hotline_ticket', metric: 'closed' });
    expect(selectorValue(handling.DENOMINATOR!, {})).toBe(0);
  });

  it('has records behind every indicator but the composite score', () => {
    expect(isRecordIndicator('TICKET_OVERDUE_COUNT')).toBe(true);
    expect(isRecordIndicator('ENFORCEMENT_FINES_COLLECTED')).toBe(true);
    expect(isRecordIndicator('COMPOSITE_SCORE')).toBe(false);
    expect(isRecordIndicator('due')).toBe(false);
  });
});
