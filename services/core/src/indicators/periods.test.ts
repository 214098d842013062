import { describe, expect, it } from 'vitest';
import { errorCodeOf } from '@city-ops/kernel';
import {
  isoWeekOf,
  nextPeriodStart,
  parsePeriods,
  periodContaining,
  periodStartOf,
} from './periods.js';
import type { PeriodInput } from './periods.js';

/** The BAD_USER_INPUT problems a request raises, as "field: message" lines. */
function problemsOf(input: PeriodInput): { field: string; message: string }[] {
  try {
    parsePeriods(input);
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
});
