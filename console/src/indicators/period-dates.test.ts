import { describe, expect, it } from 'vitest';
import { periodName, periodStartOf, recentPeriods, shiftPeriod, todayIn } from './period-dates';

describe('period dates', () => {
  it('finds the first day of the period containing a day', () => {
    // 2026-12-05 is a Saturday.
    expect(periodStartOf('2026-12-05', 'DAY')).toBe('2026-12-05');
    expect(periodStartOf('2026-12-05', 'WEEK')).toBe('2026-11-30');
    expect(periodStartOf('2026-11-30', 'WEEK')).toBe('2026-11-30');
    expect(periodStartOf('2026-12-06', 'WEEK')).toBe('2026-11-30');
    expect(periodStartOf('2027-01-01', 'WEEK')).toBe('2026-12-28');
    expect(periodStartOf('2026-12-05', 'MONTH')).toBe('2026-12-01');
    expect(periodStartOf('2026-12-05', 'QUARTER')).toBe('2026-10-01');
    expect(periodStartOf('2026-03-31', 'QUARTER')).toBe('2026-01-01');
    expect(periodStartOf('2026-12-05', 'YEAR')).toBe('2026-01-01');
  });

  it('steps periods back and forth across months and years', () => {
    expect(shiftPeriod('2026-03-01', 'DAY', -1)).toBe('2026-02-28');
    expect(shiftPeriod('2024-03-01', 'DAY', -1)).toBe('2024-02-29');
    expect(shiftPeriod('2026-01-05', 'WEEK', -1)).toBe('2025-12-29');
    expect(shiftPeriod('2026-01-01', 'MONTH', -1)).toBe('2025-12-01');
    expect(shiftPeriod('2026-12-01', 'MONTH', -11)).toBe('2026-01-01');
    expect(shiftPeriod('2026-01-01', 'QUARTER', -1)).toBe('2025-10-01');
    expect(shiftPeriod('2026-10-01', 'QUARTER', 1)).toBe('2027-01-01');
    expect(shiftPeriod('2026-01-01', 'YEAR', -1)).toBe('2025-01-01');
  });

  it('reads today on the node’s calendar, not the browser’s', () => {
    const lateUtc = new Date('2026-12-31T17:30:00Z');
    expect(todayIn('Asia/Shanghai', lateUtc)).toBe('2027-01-01');
    expect(todayIn('UTC', lateUtc)).toBe('2026-12-31');
  });

  it('names periods and lists the recent ones newest first', () => {
    expect(periodName('2026-12-01', 'MONTH')).toBe('2026年12月');
    expect(periodName('2026-10-01', 'QUARTER')).toBe('2026年第4季度');
    expect(periodName('2026-01-01', 'YEAR')).toBe('2026年');
    expect(periodName('2026-11-30', 'WEEK')).toBe('2026-11-30 起一周');
    expect(recentPeriods('2026-02-14', 'MONTH', 3)).toEqual([
      '2026-02-01',
      '2026-01-01',
      '2025-12-01',
    ]);
    expect(recentPeriods('2026-12-05', 'WEEK', 2)).toEqual(['2026-11-30', '2026-11-23']);
  });
});
