import { describe, expect, it } from 'vitest';
import { currentMonthIn, isReportMonth, reportMonths } from './report-months';

describe('the months of the monthly report', () => {
  it('are counted in the node zone: 2026-11-30 20:00 UTC is December in Shanghai', () => {
    const instant = new Date('2026-11-30T20:00:00Z');
    expect(currentMonthIn('Asia/Shanghai', instant)).toBe('2026-12');
    expect(currentMonthIn('UTC', instant)).toBe('2026-11');
  });

  it('run from the current month back to 2025-01, across the year', () => {
    const months = reportMonths('2026-02');
    expect(months.slice(0, 3)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(months.at(-1)).toBe('2025-01');
    expect(months).toHaveLength(14);
  });

  it('refuse a month out of range or malformed', () => {
    expect(isReportMonth('2026-02', '2026-02')).toBe(true);
    expect(isReportMonth('2026-03', '2026-02')).toBe(false);
    expect(isReportMonth('2024-12', '2026-02')).toBe(false);
    expect(isReportMonth('2026-13', '2026-12')).toBe(false);
    expect(isReportMonth('latest', '2026-12')).toBe(false);
  });
});
