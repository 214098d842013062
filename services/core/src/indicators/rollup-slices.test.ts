import { describe, expect, it } from 'vitest';
import { rollupSlices } from './rollup-slices.js';

describe('rollupSlices', () => {
  it('reads a year by month from twelve monthly rows and no days', () => {
    const spans = Array.from({ length: 12 }, (_, index) => {
      const month = ((10 + index) % 12) + 1;
      const year = month >= 11 ? 2025 : 2026;
      const start = `${year}-${String(month).padStart(2, '0')}-01`;
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      return { start, end: `${start.slice(0, 8)}${last}` };
    });
    expect(rollupSlices(spans)).toEqual({
      months: spans.map((span) => span.start),
      days: [],
    });
  });

  it('keeps a quarter whole and counts February of a leap year to its 29th', () => {
    expect(rollupSlices([{ start: '2028-01-01', end: '2028-03-31' }])).toEqual({
      months: ['2028-01-01', '2028-02-01', '2028-03-01'],
      days: [],
    });
    expect(rollupSlices([{ start: '2028-02-01', end: '2028-02-28' }]).months).toEqual([]);
  });

  it('reads a week across a month boundary day by day', () => {
    expect(rollupSlices([{ start: '2026-09-28', end: '2026-10-04' }])).toEqual({
      months: [],
      days: [
        '2026-09-28',
        '2026-09-29',
        '2026-09-30',
        '2026-10-01',
        '2026-10-02',
        '2026-10-03',
        '2026-10-04',
      ],
    });
  });

  it('reads the partial months at both edges of a span by day and the middle by month', () => {
    const { months, days } = rollupSlices([{ start: '2026-11-29', end: '2027-01-02' }]);
    expect(months).toEqual(['2026-12-01']);
    expect(days).toEqual(['2026-11-29', '2026-11-30', '2027-01-01', '2027-01-02']);
  });

  it('covers every day of the spans exactly once', () => {
    const spans = [
      { start: '2026-01-15', end: '2026-03-31' },
      { start: '2026-04-01', end: '2026-04-30' },
      { start: '2026-05-01', end: '2026-05-10' },
    ];
    const { months, days } = rollupSlices(spans);
    const covered = [
      ...days,
      ...months.flatMap((first) => {
        const year = Number(first.slice(0, 4));
        const month = Number(first.slice(5, 7));
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        return Array.from(
          { length: last },
          (_, index) => `${first.slice(0, 8)}${String(index + 1).padStart(2, '0')}`,
        );
      }),
    ].sort();
    expect(new Set(covered).size).toBe(covered.length);
    expect(covered[0]).toBe('2026-01-15');
    expect(covered.at(-1)).toBe('2026-05-10');
    expect(covered).toHaveLength(17 + 28 + 31 + 30 + 10);
    expect(months).toEqual(['2026-02-01', '2026-03-01', '2026-04-01']);
  });
});
