import { describe, expect, it } from 'vitest';
import { indicatorCellOf, indicatorRecordsPath, overviewPath } from './indicator-paths';

describe('indicator paths', () => {
  it('a cell survives its address', () => {
    const cell = {
      division: '320000',
      unit: 'MONTH',
      start: '2026-11-01',
      indicator: 'TICKET_OVERDUE_COUNT',
      part: 'NUMERATOR',
      category: '0101',
    };
    const path = indicatorRecordsPath(cell);
    expect(path.startsWith('/indicators/records?')).toBe(true);
    expect(indicatorCellOf(new URL(path, 'http://console').searchParams)).toEqual(cell);
  });

  it('leaves out what the cell does not say', () => {
    expect(
      indicatorRecordsPath({ division: '320100', unit: 'DAY', start: '2026-12-01', metric: 'due' }),
    ).toBe('/indicators/records?division=320100&unit=DAY&start=2026-12-01&metric=due');
  });

  it('an address without a division, period or indicator names no cell', () => {
    expect(indicatorCellOf(new URLSearchParams('division=320100&unit=DAY'))).toBeUndefined();
    expect(
      indicatorCellOf(new URLSearchParams('division=320100&unit=DAY&start=2026-12-01')),
    ).toBeUndefined();
  });

  it('a division overview', () => {
    expect(overviewPath('000000')).toBe('/overview/000000');
  });
});
