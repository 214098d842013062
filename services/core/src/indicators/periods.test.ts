import { describe, expect, it } from 'vitest';
import { chineseWordingOf, errorCodeOf, InputProblems } from '@city-ops/kernel';
import {
  isoWeekOf,
  nextPeriodStart,
  parsePeriods,
  periodContaining,
  periodStartOf,
  readPeriods,
} from './periods.js';
import type { PeriodInput } from './periods.js';

/** The BAD_USER_INPUT problems a request raises, as "field: message" lines. */
function problemsOf(input: PeriodInput, field?: string): { field: string; message: string }[] {
  try {
    parsePeriods(input, field);
  } catch (error) {
    expect(errorCodeOf(error)).toBe('BAD_USER_INPUT');
    return (error as { extensions: { problems: { field: string; message: string }[] } }).extensions
      .problems;
  }
  throw new Error(`${JSON.stringify(input)} was accepted`);
}

describe('periods', () => {
  it('numbers ISO weeks across the year end (Monday first; week 1 holds the first Thursday)', () => {
    // 2026 starts on a Thursday: it has 53 weeks, and its week 1 began on Mon 2025-12-29.
    expect(isoWeekOf('2025-12-29')).toEqual({ year: 2026, week: 1 });
    expect(isoWeekOf('2025-12-28')).toEqual({ year: 2025, week: 52 });
    expect(isoWeekOf('2026-12-31')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2027-01-03')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2027-01-04')).toEqual({ year: 2027, week: 1 });
    expect(periodContaining('2027-01-01', 'WEEK')).toEqual({
      unit: 'WEEK',
      start: '2026-12-28',
      end: '2027-01-03',
      label: '2026-W53',
    });
    // A Sunday belongs to the week that began six days before.
    expect(periodStartOf('2026-11-22', 'WEEK')).toBe('2026-11-16');
  });

  it('knows months, quarters and years, leap days included', () => {
    expect(periodContaining('2028-02-15', 'MONTH')).toEqual({
      unit: 'MONTH',
      start: '2028-02-01',
      end: '2028-02-29',
      label: '2028-02',
    });
    expect(periodContaining('2026-11-21', 'QUARTER')).toEqual({
      unit: 'QUARTER',
      start: '2026-10-01',
      end: '2026-12-31',
      label: '2026-Q4',
    });
    expect(periodContaining('2026-03-31', 'QUARTER').label).toBe('2026-Q1');
    expect(periodContaining('2026-06-30', 'YEAR')).toMatchObject({
      start: '2026-01-01',
      end: '2026-12-31',
    });
    expect(nextPeriodStart('2026-10-01', 'QUARTER')).toBe('2027-01-01');
    expect(nextPeriodStart('2026-12-01', 'MONTH')).toBe('2027-01-01');
    expect(periodContaining('2026-11-21', 'DAY')).toMatchObject({
      start: '2026-11-21',
      end: '2026-11-21',
    });
  });

  it('gives consecutive periods from the start, by count or up to an end', () => {
    expect(
      parsePeriods({ unit: 'QUARTER', start: '2026-07-01', count: 3 }).map((p) => p.label),
    ).toEqual(['2026-Q3', '2026-Q4', '2027-Q1']);
    expect(
      parsePeriods({ unit: 'WEEK', start: '2026-12-21', end: '2027-01-04' }).map((p) => p.label),
    ).toEqual(['2026-W52', '2026-W53', '2027-W01']);
    expect(parsePeriods({ unit: 'MONTH', start: '2026-11-01' })).toHaveLength(1);
    expect(parsePeriods({ unit: 'MONTH', start: '2025-01-01', count: 24 }).at(-1)?.end).toBe(
      '2026-12-31',
    );
  });

  it('refuses a start that is not the first day of its period, naming the field', () => {
    expect(problemsOf({ unit: 'WEEK', start: '2026-11-21' })).toEqual([
      {
        field: 'period.start',
        message: expect.stringContaining('a WEEK starts on a Monday') as string,
      },
    ]);
    expect(problemsOf({ unit: 'QUARTER', start: '2026-02-01' })[0]?.message).toContain(
      '2026-01-01',
    );
    expect(problemsOf({ unit: 'MONTH', start: '2026-02-30' })[0]).toMatchObject({
      field: 'period.start',
      message: expect.stringContaining('YYYY-MM-DD') as string,
    });
  });

  it('refuses counts out of range, inverted or too long ranges, and count with end', () => {
    for (const count of [0, -1, 25, 1.5]) {
      expect(problemsOf({ unit: 'DAY', start: '2026-11-01', count })[0]?.field).toBe(
        'period.count',
      );
    }
    expect(problemsOf({ unit: 'MONTH', start: '2026-11-01', end: '2026-10-01' })).toEqual([
      { field: 'period.end', message: expect.stringContaining('inverted') as string },
    ]);
    expect(problemsOf({ unit: 'DAY', start: '2026-11-01', end: '2026-11-25' })[0]?.message).toMatch(
      /more than 24 periods/,
    );
    expect(
      problemsOf({ unit: 'DAY', start: '2026-11-01', count: 2, end: '2026-11-02' })[0]?.field,
    ).toBe('period.end');
    // Every problem at once.
    expect(
      problemsOf({ unit: 'YEAR', start: '2026-02-01', count: 30 }).map((p) => p.field),
    ).toEqual(['period.start', 'period.count']);
  });

  it('labels days by their date, years by their number, and every period ends the day before the next', () => {
    expect(periodContaining('2026-11-21', 'DAY')).toEqual({
      unit: 'DAY',
      start: '2026-11-21',
      end: '2026-11-21',
      label: '2026-11-21',
    });
    expect(periodContaining('2028-12-31', 'YEAR')).toEqual({
      unit: 'YEAR',
      start: '2028-01-01',
      end: '2028-12-31',
      label: '2028',
    });
    expect(nextPeriodStart('2026-12-31', 'DAY')).toBe('2027-01-01');
    expect(nextPeriodStart('2026-12-28', 'WEEK')).toBe('2027-01-04');
    expect(nextPeriodStart('2026-01-01', 'YEAR')).toBe('2027-01-01');
    expect(periodStartOf('2026-12-31', 'YEAR')).toBe('2026-01-01');
    expect(periodStartOf('2026-12-31', 'MONTH')).toBe('2026-12-01');
  });

  it('says what first day each unit needs', () => {
    expect(problemsOf({ unit: 'MONTH', start: '2026-11-15' })).toEqual([
      {
        field: 'period.start',
        message:
          '2026-11-15 is not the first day of a MONTH: a MONTH starts on the 1st of a month (this one on 2026-11-01).',
      },
    ]);
    expect(problemsOf({ unit: 'YEAR', start: '2026-07-01' })[0]?.message).toBe(
      '2026-07-01 is not the first day of a YEAR: a YEAR starts on the 1st of January (this one on 2026-01-01).',
    );
    expect(problemsOf({ unit: 'QUARTER', start: '2026-11-01' })[0]?.message).toBe(
      '2026-11-01 is not the first day of a QUARTER: a QUARTER starts on the 1st of January, April, July or October (this one on 2026-10-01).',
    );
    expect(problemsOf({ unit: 'MONTH', start: 'November' })).toEqual([
      { field: 'period.start', message: '"November" is not a date written YYYY-MM-DD.' },
    ]);
    // In Chinese, which a client reads unless it asks for English.
    let refusal: unknown;
    try {
      parsePeriods({ unit: 'QUARTER', start: '2026-11-01' });
    } catch (error) {
      refusal = error;
    }
    expect(chineseWordingOf(refusal)?.problems).toEqual([
      {
        field: 'period.start',
        message:
          '2026-11-01 不是一个 QUARTER 周期的第一天：QUARTER 周期从每年 1 月、4 月、7 月或 10 月的 1 日开始（这一周期从 2026-10-01 开始）。',
      },
    ]);
  });

  it('refuses a start outside the years indicators cover', () => {
    expect(problemsOf({ unit: 'YEAR', start: '1999-01-01' })).toEqual([
      {
        field: 'period.start',
        message: '1999-01-01 is outside the years 2000–2100 indicators cover.',
      },
    ]);
    expect(parsePeriods({ unit: 'YEAR', start: '2000-01-01' })[0]?.label).toBe('2000');
  });

  it('takes count 1 and 24, and an end equal to the start as one period', () => {
    expect(parsePeriods({ unit: 'DAY', start: '2026-11-01', count: 1 })).toHaveLength(1);
    expect(parsePeriods({ unit: 'MONTH', start: '2026-11-01', end: '2026-11-01' })).toEqual([
      { unit: 'MONTH', start: '2026-11-01', end: '2026-11-30', label: '2026-11' },
    ]);
    const days = parsePeriods({ unit: 'DAY', start: '2026-11-01', end: '2026-11-24' });
    expect(days).toHaveLength(24);
    expect(days.at(-1)?.label).toBe('2026-11-24');
  });

  it('says exactly what is wrong with a count or an end', () => {
    expect(problemsOf({ unit: 'DAY', start: '2026-11-01', count: 25 })).toEqual([
      {
        field: 'period.count',
        message: 'must be a whole number of periods from 1 to 24 (got 25).',
      },
    ]);
    expect(problemsOf({ unit: 'DAY', start: '2026-11-01', count: 2, end: '2026-11-02' })).toEqual([
      { field: 'period.end', message: 'give either count or end, not both.' },
    ]);
    expect(problemsOf({ unit: 'MONTH', start: '2026-11-01', end: '2026-10-01' })).toEqual([
      {
        field: 'period.end',
        message: '2026-10-01 is before period.start 2026-11-01: the range is inverted.',
      },
    ]);
    expect(problemsOf({ unit: 'DAY', start: '2026-11-01', end: '2026-11-25' })).toEqual([
      {
        field: 'period.end',
        message: 'spans more than 24 periods of DAY; ask for at most 24.',
      },
    ]);
    // An end that is not the first day of its period is named as the end.
    expect(problemsOf({ unit: 'MONTH', start: '2026-11-01', end: '2026-12-15' })).toEqual([
      {
        field: 'period.end',
        message: expect.stringContaining('2026-12-15 is not the first day of a MONTH') as string,
      },
    ]);
  });

  it('names the problems after the field the periods came in, and gives no periods then', () => {
    expect(
      problemsOf({ unit: 'MONTH', start: '2026-11-01', end: '2026-10-01' }, 'compare'),
    ).toEqual([{ field: 'compare.end', message: expect.stringContaining('before compare.start') }]);
    // Problems of other fields collected alongside do not stop good periods.
    const problems = new InputProblems();
    problems.add('division', { zh: '未知', en: 'unknown' });
    expect(readPeriods(problems, { unit: 'DAY', start: '2026-11-01', count: 2 })).toHaveLength(2);
    for (const input of [
      { unit: 'DAY', start: '2026-11-01', count: 30 },
      { unit: 'DAY', start: '2026-11-01', count: 1.5 },
      { unit: 'DAY', start: '2026-11-01', count: -1 },
      { unit: 'DAY', start: '2026-11-01', end: '2026-12-31' },
      { unit: 'DAY', start: '2026-11-01', end: '2026-10-31' },
      { unit: 'DAY', start: '2026-11-01', end: 'soon' },
    ] as const) {
      expect(readPeriods(new InputProblems(), input), JSON.stringify(input)).toBeUndefined();
    }
  });

  it('names the problems after "period" when a request reads them alongside its other fields', () => {
    const problems = new InputProblems();
    expect(readPeriods(problems, { unit: 'DAY', start: '2026-11-01', count: 0 })).toBeUndefined();
    expect(() => problems.throwIfAny()).toThrow('period.count: must be a whole number');
  });

  it('reads a null count or end as not given, as GraphQL passes an omitted argument', () => {
    expect(
      parsePeriods({ unit: 'DAY', start: '2026-11-01', count: null, end: '2026-11-03' }),
    ).toHaveLength(3);
    expect(parsePeriods({ unit: 'DAY', start: '2026-11-01', count: 2, end: null })).toHaveLength(2);
    expect(parsePeriods({ unit: 'DAY', start: '2026-11-01', count: null, end: null })).toHaveLength(
      1,
    );
  });
});
