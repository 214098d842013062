import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { WORKING_CALENDAR_SEED } from './20261121120000_working-calendar.js';

/** chinese-days' per-year file: date → "English name,中文名,days". */
interface ChineseDaysYear {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
  inLieuDays: Record<string, string>;
}

const require = createRequire(import.meta.url);

function chineseDaysYear(year: number): ChineseDaysYear {
  const file = require.resolve(`chinese-days/dist/years/${year}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as ChineseDaysYear;
}

const chineseName = (value: string) => value.split(',')[1] ?? value;

/** The seed the migration should hold, derived the way it was generated. */
function expectedSeed(years: number[]): [string, string, string][] {
  const rows: [string, string, string][] = [];
  for (const year of years) {
    const data = chineseDaysYear(year);
    for (const [day, value] of Object.entries(data.holidays)) {
      rows.push([day, 'holiday', chineseName(value)]);
    }
    for (const [day, value] of Object.entries(data.workdays)) {
      rows.push([day, 'workday', `${chineseName(value)}调休上班`]);
    }
  }
  return rows.sort((a, b) => a[0].localeCompare(b[0]));
}

const seeded = (kind: 'holiday' | 'workday', year: string) =>
  WORKING_CALENDAR_SEED.filter(([day, rowKind]) => rowKind === kind && day.startsWith(year)).map(
    ([day]) => day,
  );

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

describe('the working calendar seed', () => {
  it('equals what chinese-days says for 2025 and 2026 (a drift in either is caught here)', () => {
    expect(WORKING_CALENDAR_SEED.map((row) => [...row])).toEqual(expectedSeed([2025, 2026]));
  });

  it('lists every in-lieu day as a holiday (they are days off, already in `holidays`)', () => {
    const holidays = new Set(seeded('holiday', ''));
    for (const year of [2025, 2026]) {
      for (const day of Object.keys(chineseDaysYear(year).inLieuDays)) {
        expect(holidays.has(day), day).toBe(true);
      }
    }
  });

  it('has no day twice and puts every make-up workday on a weekend', () => {
    const days = WORKING_CALENDAR_SEED.map(([day]) => day);
    expect(new Set(days).size).toBe(days.length);
    for (const day of seeded('workday', '')) expect([0, 6], day).toContain(weekday(day));
  });

  it('matches the State Council notices for Spring Festival and National Day (golden facts)', () => {
    const range = (from: string, to: string) =>
      seeded('holiday', from.slice(0, 4)).filter((day) => day >= from && day <= to);
    // 2025: 春节 1/28–2/4 off, 1/26 (Sun) and 2/8 (Sat) worked; 国庆 10/1–10/8 off, 9/28 (Sun) and 10/11 (Sat) worked.
    expect(range('2025-01-20', '2025-02-10')).toEqual([
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-02-03',
      '2025-02-04',
    ]);
    expect(range('2025-09-25', '2025-10-15')).toHaveLength(8);
    expect(range('2025-09-25', '2025-10-15')[7]).toBe('2025-10-08');
    expect(seeded('workday', '2025')).toEqual(
      expect.arrayContaining(['2025-01-26', '2025-02-08', '2025-09-28', '2025-10-11']),
    );
    // 2026: 春节 2/15–2/23 off, 2/14 (Sat) and 2/28 (Sat) worked; 国庆 10/1–10/7 off, 9/20 (Sun) and 10/10 (Sat) worked.
    expect(range('2026-02-10', '2026-03-01')).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ]);
    expect(range('2026-09-28', '2026-10-15')).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ]);
    expect(seeded('workday', '2026')).toEqual(
      expect.arrayContaining(['2026-02-14', '2026-02-28', '2026-09-20', '2026-10-10']),
    );
  });
});
