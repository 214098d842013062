import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parseReportMonth } from './report-month.js';

function refusal(month: string, today = '2026-11-21'): GraphQLError {
  try {
    parseReportMonth(month, today);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error(`expected ${month} to be refused`);
}

describe('parseReportMonth', () => {
  it('reads a month and the month before as indicator periods', () => {
    expect(parseReportMonth('2026-03', '2026-11-21')).toEqual({
      month: '2026-03',
      current: { unit: 'MONTH', start: '2026-03-01', end: '2026-03-31', label: '2026-03' },
      previous: { unit: 'MONTH', start: '2026-02-01', end: '2026-02-28', label: '2026-02' },
    });
  });

  it('compares January with December of the year before, and a leap February', () => {
    expect(parseReportMonth('2026-01', '2026-11-21').previous).toMatchObject({
      start: '2025-12-01',
      end: '2025-12-31',
      label: '2025-12',
    });
    expect(parseReportMonth('2028-03', '2028-03-01').previous.end).toBe('2028-02-29');
    expect(parseReportMonth('2025-01', '2026-11-21').previous.label).toBe('2024-12');
  });

  it('allows the current month (partial), not the next', () => {
    expect(parseReportMonth('2026-11', '2026-11-01').current.end).toBe('2026-11-30');
    expect(refusal('2026-12', '2026-11-30').message).toContain('in the future');
    expect(refusal('2027-01', '2026-12-31').extensions['field']).toBe('month');
  });

  it.each(['2026-13', '2026-00', '2026-1', '202611', '2026-11-01', 'November', '', ' 2026-11'])(
    'refuses %j as BAD_USER_INPUT naming month',
    (month) => {
      const error = refusal(month);
      expect(error.extensions['code']).toBe('BAD_USER_INPUT');
      expect(error.extensions['field']).toBe('month');
      expect(error.message).toMatch(/^month: /);
    },
  );

  it('refuses a month before 2025-01', () => {
    const error = refusal('2024-12');
    expect(error.extensions['field']).toBe('month');
    expect(error.message).toContain('2025-01');
  });
});
