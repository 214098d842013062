import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from './working-calendar.js';

/** 2026 National Day: off Thu 10-01 … Wed 10-07 (weekend days inside listed too), make-up Sun 09-20 and Sat 10-10. */
const calendar = new WorkingCalendar([
  ...Array.from({ length: 7 }, (_, index) => ({
    day: `2026-10-0${index + 1}`,
    kind: 'holiday' as const,
    name: '国庆节',
  })),
  { day: '2026-09-20', kind: 'workday', name: '国庆节调休上班' },
  { day: '2026-10-10', kind: 'workday', name: '国庆节调休上班' },
]);

describe('WorkingCalendar', () => {
  it('works Monday to Friday and rests on an ordinary weekend', () => {
    // Mon 2026-11-16 … Fri 11-20 work; Sat 11-21 and Sun 11-22 do not.
    for (const day of ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20']) {
      expect(calendar.isWorkingDay(day), day).toBe(true);
    }
    expect(calendar.isWorkingDay('2026-11-21')).toBe(false);
    expect(calendar.isWorkingDay('2026-11-22')).toBe(false);
  });

  it('rests on a listed holiday that falls on a weekday', () => {
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false); // Thursday
    expect(calendar.isWorkingDay('2026-10-07')).toBe(false); // Wednesday
    expect(calendar.isWorkingDay('2026-10-08')).toBe(true); // Thursday after the holiday
  });

  it('works on a listed make-up Saturday or Sunday (调休上班)', () => {
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true); // Sunday
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true); // Saturday
    expect(calendar.isWorkingDay('2026-10-11')).toBe(false); // the Sunday after is a plain weekend day
  });

  it('names the holiday or make-up day of a date, and nothing for an ordinary one', () => {
    expect(calendar.exceptionOn('2026-10-01')).toEqual({
      day: '2026-10-01',
      kind: 'holiday',
      name: '国庆节',
    });
    expect(calendar.exceptionOn('2026-10-10')?.name).toBe('国庆节调休上班');
    expect(calendar.exceptionOn('2026-11-16')).toBeUndefined();
  });

  it('without exceptions is a plain Monday–Friday year', () => {
    expect(WorkingCalendar.weekdaysOnly.isWorkingDay('2026-10-01')).toBe(true);
    expect(WorkingCalendar.weekdaysOnly.isWorkingDay('2026-10-10')).toBe(false);
  });
});
