import { describe, expect, it } from 'vitest';
import { errorCodeOf } from '@city-ops/kernel';
import { InputProblems } from '@city-ops/kernel';
import {
  compositeScore,
  DEFAULT_INDICATOR_WEIGHTS,
  MAX_INDICATOR_WEIGHT,
  parseWeights,
  readWeights,
} from './composite-score.js';
import {
  computeIndicators,
  indicatorDefinition,
  INDICATORS,
  ratio,
} from './indicator-definitions.js';
import type { IndicatorName, IndicatorValue } from './indicator-definitions.js';
import { categoryAt, categoryName, MetricTable } from './metric-table.js';

/** The BAD_USER_INPUT problems `parseWeights` raises. */
function weightProblems(input: { name: string; weight: number }[]) {
  try {
    parseWeights(input);
  } catch (error) {
    expect(errorCodeOf(error)).toBe('BAD_USER_INPUT');
    return (error as { extensions: { problems: { field: string; message: string }[] } }).extensions
      .problems;
  }
  throw new Error(`${JSON.stringify(input)} was accepted`);
}

const valueOf = (values: IndicatorValue[], name: string) =>
  values.find((value) => value.name === name);

describe('indicator definitions', () => {
  it('shows an empty denominator as null, never 0 % or NaN', () => {
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(0, 4)).toBe(0);
    expect(ratio(0, 0)).toBeNull();
    const values = computeIndicators({});
    for (const value of values) {
      if (value.kind === 'RATE' || value.kind === 'AVERAGE') {
        expect(value, value.name).toMatchObject({ numerator: 0, denominator: 0, value: null });
      } else {
        expect(value, value.name).toMatchObject({ numerator: 0, denominator: null, value: 0 });
      }
    }
  });

  it('computes each indicator from its metrics', () => {
    const values = computeIndicators({
      hotline_ticket: {
        created: 10,
        direct: 2,
        due: 8,
        closed_on_time: 6,
        closed: 5,
        handling_seconds: 5 * 3600 * 7,
        called_back: 4,
        resolved: 3,
        rated: 4,
        satisfied: 2,
      },
      case_report: {
        filed: 4,
        closed: 2,
        due: 4,
        closed_on_time: 1,
        handled_on_time: 3,
        closed_reworked: 1,
        parked: 2,
      },
      enforcement_record: {
        filed: 3,
        decided: 2,
        decided_on_time: 1,
        decision_days: 21,
        fines_imposed_fen: 12345,
        fines_collected_fen: 20000,
        hearings_requested: 1,
      },
    });
    const expected: Record<string, number> = {
      TICKET_ON_TIME_CLOSURE_RATE: 6 / 8,
      TICKET_RESOLUTION_RATE: 3 / 4,
      TICKET_SATISFACTION_RATE: 2 / 4,
      TICKET_CALLBACK_RATE: 4 / 5,
      TICKET_FIRST_CALL_RESOLUTION_RATE: 2 / 10,
      TICKET_AVERAGE_HANDLING_HOURS: 7,
      TICKET_OVERDUE_COUNT: 2,
      CASE_CLOSURE_RATE: 2 / 4,
      CASE_ON_TIME_CLOSURE_RATE: 1 / 4,
      CASE_ON_TIME_HANDLING_RATE: 3 / 4,
      CASE_REWORK_RATE: 1 / 2,
      CASE_PARKED_COUNT: 2,
      ENFORCEMENT_FILED_COUNT: 3,
      ENFORCEMENT_ON_TIME_DECISION_RATE: 1 / 2,
      ENFORCEMENT_AVERAGE_DECISION_DAYS: 10.5,
      ENFORCEMENT_FINES_IMPOSED: 123.45,
      ENFORCEMENT_FINES_COLLECTED: 200,
      ENFORCEMENT_HEARINGS_REQUESTED: 1,
    };
    expect(Object.fromEntries(values.map((value) => [value.name, value.value]))).toEqual(expected);
    expect(valueOf(values, 'TICKET_AVERAGE_HANDLING_HOURS')).toMatchObject({
      numerator: 35,
      denominator: 5,
    });
    expect(INDICATORS.map((definition) => definition.name).sort()).toEqual(
      Object.keys(expected).sort(),
    );
  });
  it('finds each definition by name, and refuses a name it does not know', () => {
    expect(indicatorDefinition('CASE_REWORK_RATE')).toMatchObject({
      label: '返工率',
      recordKind: 'case_report',
      kind: 'RATE',
      better: 'LOWER',
    });
    expect(indicatorDefinition('ENFORCEMENT_FINES_COLLECTED')).toMatchObject({
      recordKind: 'enforcement_record',
      kind: 'AMOUNT',
      better: 'HIGHER',
    });
    expect(() => indicatorDefinition('TICKET_BACKLOG' as IndicatorName)).toThrow(
      'no indicator TICKET_BACKLOG',
    );
  });

  it('counts overdue tickets as due less closed on time, none closed on time meaning all overdue', () => {
    const values = computeIndicators({ hotline_ticket: { due: 3 } }, ['hotline_ticket']);
    expect(valueOf(values, 'TICKET_OVERDUE_COUNT')).toMatchObject({
      numerator: 3,
      denominator: null,
      value: 3,
    });
    expect(valueOf(values, 'TICKET_ON_TIME_CLOSURE_RATE')).toMatchObject({
      numerator: 0,
      denominator: 3,
      value: 0,
    });
  });

  it('computes only the indicators of the record kinds asked for', () => {
    expect(computeIndicators({}, ['case_report']).map((value) => value.name)).toEqual([
      'CASE_CLOSURE_RATE',
      'CASE_ON_TIME_CLOSURE_RATE',
      'CASE_ON_TIME_HANDLING_RATE',
      'CASE_REWORK_RATE',
      'CASE_PARKED_COUNT',
    ]);
  });
});

describe('the composite score', () => {
  const rate = (name: string, value: number | null): IndicatorValue =>
    ({ name, value }) as IndicatorValue;

  it('weighs the rates, counting 返工率 the other way round, out of 100', () => {
    const values = [
      rate('TICKET_ON_TIME_CLOSURE_RATE', 0.9),
      rate('TICKET_SATISFACTION_RATE', 0.8),
      rate('TICKET_RESOLUTION_RATE', 0.7),
      rate('CASE_ON_TIME_CLOSURE_RATE', 0.6),
      rate('CASE_ON_TIME_HANDLING_RATE', 0.5),
      rate('CASE_REWORK_RATE', 0.2),
      rate('ENFORCEMENT_ON_TIME_DECISION_RATE', 1),
    ];
    // 0.25·0.9 + 0.2·0.8 + 0.15·0.7 + 0.15·0.6 + 0.1·0.5 + 0.1·(1 − 0.2) + 0.05·1 = 0.76
    expect(compositeScore(values, DEFAULT_INDICATOR_WEIGHTS)).toBeCloseTo(76, 10);
  });

  it('shares the weights out over the rates that have a value; null when none has', () => {
    const values = [
      rate('TICKET_ON_TIME_CLOSURE_RATE', 1),
      rate('TICKET_SATISFACTION_RATE', 0.5),
      rate('CASE_REWORK_RATE', null),
    ];
    // (0.25·1 + 0.2·0.5) / 0.45
    expect(compositeScore(values, DEFAULT_INDICATOR_WEIGHTS)).toBeCloseTo((100 * 0.35) / 0.45, 10);
    expect(compositeScore([rate('CASE_REWORK_RATE', null)], DEFAULT_INDICATOR_WEIGHTS)).toBeNull();
    expect(
      compositeScore(values, [
        { name: 'TICKET_SATISFACTION_RATE', weight: 1 },
        { name: 'TICKET_ON_TIME_CLOSURE_RATE', weight: 0 },
      ]),
    ).toBe(50);
  });

  it('ignores a weight given to anything but a rate', () => {
    const overdue = { name: 'TICKET_OVERDUE_COUNT', value: 5 } as IndicatorValue;
    expect(
      compositeScore(
        [overdue, rate('TICKET_SATISFACTION_RATE', 0.5)],
        [
          { name: 'TICKET_OVERDUE_COUNT', weight: 1 },
          { name: 'TICKET_SATISFACTION_RATE', weight: 1 },
        ],
      ),
    ).toBe(50);
    expect(compositeScore([], DEFAULT_INDICATOR_WEIGHTS)).toBeNull();
  });

  it('accepts weights from 0 to 100 and refuses anything else, saying what is allowed', () => {
    expect(parseWeights(undefined)).toBe(DEFAULT_INDICATOR_WEIGHTS);
    expect(MAX_INDICATOR_WEIGHT).toBe(100);
    expect(
      parseWeights([
        { name: 'CASE_CLOSURE_RATE', weight: 0 },
        { name: 'TICKET_SATISFACTION_RATE', weight: 100 },
      ]),
    ).toEqual([
      { name: 'CASE_CLOSURE_RATE', weight: 0 },
      { name: 'TICKET_SATISFACTION_RATE', weight: 100 },
    ]);
    expect(
      weightProblems([
        { name: 'TICKET_SATISFACTION_RATE', weight: 100.5 },
        { name: 'CASE_CLOSURE_RATE', weight: Number.NaN },
        { name: 'CASE_REWORK_RATE', weight: Number.POSITIVE_INFINITY },
        { name: 'TICKET_RESOLUTION_RATE', weight: 1 },
      ]),
    ).toEqual([
      { field: 'weights.0.weight', message: 'must be a number from 0 to 100 (got 100.5).' },
      { field: 'weights.1.weight', message: 'must be a number from 0 to 100 (got NaN).' },
      { field: 'weights.2.weight', message: 'must be a number from 0 to 100 (got Infinity).' },
    ]);
  });

  it('tells the caller which names are not rates, which are listed twice, and that one must count', () => {
    expect(
      weightProblems([
        { name: 'TICKET_OVERDUE_COUNT', weight: 0 },
        { name: 'CASE_CLOSURE_RATE', weight: 0 },
        { name: 'CASE_CLOSURE_RATE', weight: 0 },
      ]),
    ).toEqual([
      {
        field: 'weights.0.name',
        message:
          'TICKET_OVERDUE_COUNT is not a rate: only rates (a fraction from 0 to 1) combine into the score.',
      },
      { field: 'weights.2.name', message: 'CASE_CLOSURE_RATE is listed twice.' },
      { field: 'weights', message: 'at least one weight must be above 0.' },
    ]);
    expect(weightProblems([])).toEqual([
      { field: 'weights', message: 'at least one weight must be above 0.' },
    ]);
  });

  it('names the problems after the field the weights came in', () => {
    const problems = new InputProblems();
    const weights = readWeights(problems, [{ name: 'CASE_PARKED_COUNT', weight: 1 }], 'compare');
    expect(weights).toEqual([{ name: 'CASE_PARKED_COUNT', weight: 1 }]);
    expect(() => problems.throwIfAny()).toThrow('compare.0.name: CASE_PARKED_COUNT is not a rate');
    // A request reads them alongside its other fields, as `weights`.
    const inRequest = new InputProblems();
    readWeights(inRequest, [{ name: 'CASE_PARKED_COUNT', weight: 1 }]);
    expect(() => inRequest.throwIfAny()).toThrow('weights.0.name: CASE_PARKED_COUNT is not a rate');
  });

  it('takes a caller’s weights for rates only, each checked', () => {
    expect(parseWeights(null)).toBe(DEFAULT_INDICATOR_WEIGHTS);
    expect(parseWeights([{ name: 'CASE_CLOSURE_RATE', weight: 2 }])).toEqual([
      { name: 'CASE_CLOSURE_RATE', weight: 2 },
    ]);
    try {
      parseWeights([
        { name: 'TICKET_OVERDUE_COUNT', weight: 0 },
        { name: 'CASE_CLOSURE_RATE', weight: -1 },
        { name: 'CASE_CLOSURE_RATE', weight: 0 },
      ]);
      throw new Error('accepted');
    } catch (error) {
      expect(errorCodeOf(error)).toBe('BAD_USER_INPUT');
      expect(
        (error as { extensions: { problems: { field: string }[] } }).extensions.problems.map(
          (problem) => problem.field,
        ),
      ).toEqual(['weights.0.name', 'weights.1.weight', 'weights.2.name', 'weights']);
    }
  });
});

describe('categories', () => {
  it('cuts ticket codes to two digits per level and cases to major class or minor code', () => {
    expect([1, 2, 3].map((level) => categoryAt('hotline_ticket', '010203', level))).toEqual([
      '01',
      '0102',
      '010203',
    ]);
    expect([1, 2, 3].map((level) => categoryAt('case_report', 'COMPONENT:0203', level))).toEqual([
      'COMPONENT:02',
      'COMPONENT:0203',
      'COMPONENT:0203',
    ]);
    expect(categoryAt('enforcement_record', '第十四条', 1)).toBe('第十四条');
  });

  it('names ticket categories from the category tree, and nothing else', () => {
    expect(categoryName('hotline_ticket', '01')).toBe('城市管理');
    expect(categoryName('hotline_ticket', '010101')).toBe('占道经营');
    expect(categoryName('hotline_ticket', '99')).toBeNull();
    expect(categoryName('case_report', 'EVENT:01')).toBeNull();
    // An article written like a ticket code is still no ticket category.
    expect(categoryName('enforcement_record', '01')).toBeNull();
  });

  it('lists categories by record kind, then code, whatever order they came in', () => {
    const table = new MetricTable(3);
    table.add('2026-11-01', 'enforcement_record', '第十四条', 'filed', 1);
    table.add('2026-11-01', 'case_report', 'EVENT:0102', 'created', 1);
    table.add('2026-11-01', 'hotline_ticket', '020101', 'created', 1);
    table.add('2026-11-01', 'case_report', 'COMPONENT:0203', 'created', 1);
    table.add('2026-11-01', 'hotline_ticket', '010203', 'created', 1);
    table.add('2026-11-01', 'hotline_ticket', '010101', 'created', 1);
    table.add('2026-11-01', 'enforcement_record', '第三条', 'filed', 1);
    table.add('2026-11-01', 'enforcement_record', '01', 'filed', 1);
    expect(table.categories('2026-11-01')).toEqual([
      { kind: 'hotline_ticket', code: '010101' },
      { kind: 'hotline_ticket', code: '010203' },
      { kind: 'hotline_ticket', code: '020101' },
      { kind: 'case_report', code: 'COMPONENT:0203' },
      { kind: 'case_report', code: 'EVENT:0102' },
      // Kinds first: an article that sorts before every ticket code still comes last.
      { kind: 'enforcement_record', code: '01' },
      { kind: 'enforcement_record', code: '第三条' },
      { kind: 'enforcement_record', code: '第十四条' },
    ]);
    expect(table.categories('2026-12-01')).toEqual([]);
  });

  it('keeps a category with an empty code apart from the total', () => {
    const table = new MetricTable(1);
    table.add('2026-11-01', 'enforcement_record', '', 'filed', 1);
    table.add('2026-11-01', 'enforcement_record', '第三条', 'filed', 2);
    expect(table.metrics('2026-11-01', 'enforcement_record')).toEqual({ filed: 3 });
    expect(table.metrics('2026-11-01', 'enforcement_record', '')).toEqual({ filed: 1 });
    expect(table.metrics('2026-11-01', 'hotline_ticket')).toEqual({});
  });

  it('adds every amount to its period total and, when asked, to its category', () => {
    const table = new MetricTable(1);
    table.add('2026-11-01', 'hotline_ticket', '010101', 'created', 1);
    table.add('2026-11-01', 'hotline_ticket', '010203', 'created', 1);
    table.add('2026-11-01', 'hotline_ticket', '020101', 'created', 1);
    table.add('2026-11-01', 'case_report', 'EVENT:0101', 'created', 1);
    expect(table.metrics('2026-11-01', 'hotline_ticket')).toEqual({ created: 3 });
    expect(table.metrics('2026-11-01', 'hotline_ticket', '01')).toEqual({ created: 2 });
    expect(table.categories('2026-11-01')).toEqual([
      { kind: 'hotline_ticket', code: '01' },
      { kind: 'hotline_ticket', code: '02' },
      { kind: 'case_report', code: 'EVENT:01' },
    ]);
    const totalsOnly = new MetricTable(null);
    totalsOnly.add('2026-11-01', 'hotline_ticket', '010101', 'created', 1);
    expect(totalsOnly.categories('2026-11-01')).toEqual([]);
  });
});
