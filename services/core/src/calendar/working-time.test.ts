import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from './working-calendar.js';
import type { CalendarException } from './working-calendar.js';
import { DEFAULT_WORKING_HOURS, parseWorkingHours } from './working-hours.js';
import {
  addWorkingDays,
  addWorkingHours,
  workingTimeBetween,
  workingTimeOptionsOf,
} from './working-time.js';

/**
 * Golden cases, each worked out by hand against the State Council notices
 * (typed in below, independently of the migration's seed) and the default working
 * hours 09:00–12:00 and 13:00–17:30 in Asia/Shanghai (UTC+8, no daylight saving).
 */
const range = (from: string, to: string, name: string): CalendarException[] => {
  const days: CalendarException[] = [];
  for (let day = from; day <= to;) {
    days.push({ day, kind: 'holiday', name });
    day = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  }
  return days;
};
const workday = (day: string, name: string): CalendarException => ({ day, kind: 'workday', name });

const calendar = new WorkingCalendar([
  // 2025 春节: off Tue 01-28 … Tue 02-04; worked Sun 01-26 and Sat 02-08.
  ...range('2025-01-28', '2025-02-04', '春节'),
  workday('2025-01-26', '春节调休上班'),
  workday('2025-02-08', '春节调休上班'),
  // 2025 国庆 + 中秋: off Wed 10-01 … Wed 10-08; worked Sun 09-28 and Sat 10-11.
  ...range('2025-10-01', '2025-10-08', '国庆节'),
  workday('2025-09-28', '国庆节调休上班'),
  workday('2025-10-11', '国庆节调休上班'),
  // 2026 春节: off Sun 02-15 … Mon 02-23; worked Sat 02-14 and Sat 02-28.
  ...range('2026-02-15', '2026-02-23', '春节'),
  workday('2026-02-14', '春节调休上班'),
  workday('2026-02-28', '春节调休上班'),
  // 2026 中秋: off Fri 09-25 … Sun 09-27. 国庆: off Thu 10-01 … Wed 10-07; worked Sun 09-20 and Sat 10-10.
  ...range('2026-09-25', '2026-09-27', '中秋'),
  ...range('2026-10-01', '2026-10-07', '国庆节'),
  workday('2026-09-20', '国庆节调休上班'),
  workday('2026-10-10', '国庆节调休上班'),
]);

/** A Beijing wall-clock time as the UTC instant it is (the +08:00 is spelled out, not computed). */
const bj = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);

const days = (start: string, count: number) => addWorkingDays(bj(start), count, calendar);
const hours = (start: string, count: number) => addWorkingHours(bj(start), count, calendar);
const HOUR = 3_600_000;

describe('addWorkingDays', () => {
  it('counts the 2026 Spring Festival make-up Saturday and skips the holiday', () => {
    // Taken Fri 02-13 15:00. The intake day does not count. Sat 02-14 is a make-up workday (1),
    // Sun 02-15 … Mon 02-23 are off, Tue 02-24 (2), Wed 02-25 (3): due Wed 02-25 17:30.
    // (Without the make-up Saturday it would be Thu 02-26; the Saturday is what brings it forward.)
    const due = days('2026-02-13 15:00', 3);
    expect(due).toEqual(bj('2026-02-25 17:30'));
    // Stored as UTC: 17:30 in Beijing is 09:30Z.
    expect(due.toISOString()).toBe('2026-02-25T09:30:00.000Z');
  });

  it('lands on the 2026 make-up Saturdays when they are the next working day', () => {
    // Thu 02-12 → Fri 02-13 is the first working day after it.
    expect(days('2026-02-12 10:00', 1)).toEqual(bj('2026-02-13 17:30'));
    // Fri 02-13 → Sat 02-14 (1), then nothing until Tue 02-24 (2).
    expect(days('2026-02-13 10:00', 2)).toEqual(bj('2026-02-24 17:30'));
    // Fri 02-27 → Sat 02-28 is a make-up workday (1); Sun off; Mon 03-02 (2).
    expect(days('2026-02-27 16:00', 1)).toEqual(bj('2026-02-28 17:30'));
    expect(days('2026-02-27 16:00', 2)).toEqual(bj('2026-03-02 17:30'));
  });

  it('treats 0 days as the same working day, or the next one from a holiday', () => {
    // Sat 02-14 is a working day: the same day's close of business.
    expect(days('2026-02-14 10:00', 0)).toEqual(bj('2026-02-14 17:30'));
    // Sun 02-15 is a holiday: the next working day is Tue 02-24.
    expect(days('2026-02-15 10:00', 0)).toEqual(bj('2026-02-24 17:30'));
  });

  it('crosses the 2025 Spring Festival and its make-up Sunday and Saturday', () => {
    // Fri 01-24 → Sat 01-25 is an ordinary weekend day, Sun 01-26 a make-up workday (1).
    expect(days('2025-01-24 09:00', 1)).toEqual(bj('2025-01-26 17:30'));
    // Mon 01-27 → off Tue 01-28 … Tue 02-04; Wed 02-05 (1).
    expect(days('2025-01-27 14:00', 1)).toEqual(bj('2025-02-05 17:30'));
    // Mon 01-27 → Wed 02-05 (1), Thu 02-06 (2), Fri 02-07 (3), Sat 02-08 make-up (4), Mon 02-10 (5).
    expect(days('2025-01-27 14:00', 5)).toEqual(bj('2025-02-10 17:30'));
  });

  it('crosses National Day 2025 (eight days off) and its make-up days', () => {
    // Fri 09-26 → Sat 09-27 off, Sun 09-28 make-up (1).
    expect(days('2025-09-26 11:00', 1)).toEqual(bj('2025-09-28 17:30'));
    // Tue 09-30 → off Wed 10-01 … Wed 10-08; Thu 10-09 (1), Fri 10-10 (2), Sat 10-11 make-up (3).
    expect(days('2025-09-30 10:00', 1)).toEqual(bj('2025-10-09 17:30'));
    expect(days('2025-09-30 10:00', 3)).toEqual(bj('2025-10-11 17:30'));
  });

  it('crosses Mid-Autumn and National Day 2026 and their make-up days', () => {
    // Fri 09-18 → Sat 09-19 off, Sun 09-20 make-up (1).
    expect(days('2026-09-18 10:00', 1)).toEqual(bj('2026-09-20 17:30'));
    // Thu 09-24 → 中秋 Fri 09-25 … Sun 09-27 off; Mon 09-28 (1).
    expect(days('2026-09-24 10:00', 1)).toEqual(bj('2026-09-28 17:30'));
    // Wed 09-30 → off Thu 10-01 … Wed 10-07; Thu 10-08 (1), Fri 10-09 (2), Sat 10-10 make-up (3).
    expect(days('2026-09-30 10:00', 1)).toEqual(bj('2026-10-08 17:30'));
    expect(days('2026-09-30 10:00', 3)).toEqual(bj('2026-10-10 17:30'));
    // 15 working days (a suggestion) from Fri 09-18: 09-20 (1), 09-21…09-24 (2–5), 09-28…09-30 (6–8),
    // 10-08, 10-09, 10-10 (9–11), 10-12…10-15 (12–15): Thu 10-15.
    expect(days('2026-09-18 10:00', 15)).toEqual(bj('2026-10-15 17:30'));
  });

  it('skips ordinary weekends, from a Friday or from the weekend itself', () => {
    // Fri 2026-03-06 → Mon 03-09; a Saturday intake counts from Monday too.
    expect(days('2026-03-06 10:00', 1)).toEqual(bj('2026-03-09 17:30'));
    expect(days('2026-03-07 10:00', 1)).toEqual(bj('2026-03-09 17:30'));
    expect(days('2026-03-07 10:00', 0)).toEqual(bj('2026-03-09 17:30'));
  });

  it('handles starts before hours, in the lunch break and after hours', () => {
    // Thu 2026-03-05: before opening or at lunch, 0 days is the same day's close.
    expect(days('2026-03-05 07:00', 0)).toEqual(bj('2026-03-05 17:30'));
    expect(days('2026-03-05 12:30', 0)).toEqual(bj('2026-03-05 17:30'));
    // At or after close, 0 days moves to the next working day.
    expect(days('2026-03-05 17:30', 0)).toEqual(bj('2026-03-06 17:30'));
    expect(days('2026-03-05 18:00', 0)).toEqual(bj('2026-03-06 17:30'));
    // The intake day never counts, however late: 1 day from Thu evening is still Fri.
    expect(days('2026-03-05 18:00', 1)).toEqual(bj('2026-03-06 17:30'));
    expect(days('2026-03-05 08:00', 1)).toEqual(bj('2026-03-06 17:30'));
  });

  it('refuses a negative or fractional number of days', () => {
    expect(() => days('2026-03-05 10:00', -1)).toThrow(RangeError);
    expect(() => days('2026-03-05 10:00', 1.5)).toThrow(/whole number/);
  });
});

describe('addWorkingHours', () => {
  it('skips the lunch break', () => {
    // Thu 2026-03-05 10:00 + 4 h: 10:00–12:00 (2 h), 13:00–15:00 (2 h).
    expect(hours('2026-03-05 10:00', 4)).toEqual(bj('2026-03-05 15:00'));
    // Starting in the lunch break counts from 13:00.
    expect(hours('2026-03-05 12:15', 1)).toEqual(bj('2026-03-05 14:00'));
    // 15 minutes from 11:50: 10 before lunch, 5 after.
    expect(hours('2026-03-05 11:50', 0.25)).toEqual(bj('2026-03-05 13:05'));
  });

  it('carries over to the next working day, and ends a period rather than opening the next', () => {
    // 16:00 + 4 h: 1.5 h to 17:30, then Fri 09:00 + 2.5 h = 11:30.
    expect(hours('2026-03-05 16:00', 4)).toEqual(bj('2026-03-06 11:30'));
    // Exactly the time left in the day: 17:30 today, not 09:00 tomorrow.
    expect(hours('2026-03-05 16:30', 1)).toEqual(bj('2026-03-05 17:30'));
    // After hours: counting starts at the next opening.
    expect(hours('2026-03-05 20:00', 2)).toEqual(bj('2026-03-06 11:00'));
    // 0 hours is the start itself, after hours, before opening or on a day off alike.
    expect(hours('2026-03-05 20:00', 0)).toEqual(bj('2026-03-05 20:00'));
    expect(hours('2026-03-05 07:00', 0)).toEqual(bj('2026-03-05 07:00'));
    expect(hours('2026-03-07 10:00', 0)).toEqual(bj('2026-03-07 10:00'));
  });

  it('uses make-up workdays and skips holidays (a missing manhole cover, 2 working hours)', () => {
    // Fri 2026-02-13 16:30: 1 h to 17:30, then Sat 02-14 (make-up) 09:00 + 1 h.
    expect(hours('2026-02-13 16:30', 2)).toEqual(bj('2026-02-14 10:00'));
    // Sat 02-14 17:00: 0.5 h, then the holiday until Tue 02-24 09:00 + 1.5 h.
    expect(hours('2026-02-14 17:00', 2)).toEqual(bj('2026-02-24 10:30'));
    // 2025: Mon 01-27 17:00: 0.5 h, then Wed 02-05 09:00 + 0.5 h.
    expect(hours('2025-01-27 17:00', 1)).toEqual(bj('2025-02-05 09:30'));
    // 2025: Tue 09-30 16:00 + 4 h: 1.5 h, then Thu 10-09 09:00 + 2.5 h.
    expect(hours('2025-09-30 16:00', 4)).toEqual(bj('2025-10-09 11:30'));
    // A whole working day on the make-up Saturday 2025-10-11, starting before opening.
    expect(hours('2025-10-11 08:00', 7.5)).toEqual(bj('2025-10-11 17:30'));
  });
});

describe('workingTimeBetween', () => {
  const between = (from: string, to: string) => workingTimeBetween(bj(from), bj(to), calendar);

  it('measures only working periods', () => {
    expect(between('2026-03-05 09:00', '2026-03-05 17:30')).toBe(7.5 * HOUR);
    expect(between('2026-03-05 11:30', '2026-03-05 13:30')).toBe(1 * HOUR);
    // Thu 10:00 → Fri 10:00: 2 + 4.5 + 1 h.
    expect(between('2026-03-05 10:00', '2026-03-06 10:00')).toBe(7.5 * HOUR);
    // A weekend alone holds no working time.
    expect(between('2026-03-07 10:00', '2026-03-08 18:00')).toBe(0);
  });

  it('counts the make-up Saturday and nothing of the 2026 Spring Festival', () => {
    // Fri 02-13 17:30 → Tue 02-24 09:00: only Sat 02-14, a full day.
    expect(between('2026-02-13 17:30', '2026-02-24 09:00')).toBe(7.5 * HOUR);
  });

  it('is negative when the end is before the start, and never -0', () => {
    expect(between('2026-03-06 10:00', '2026-03-05 10:00')).toBe(-7.5 * HOUR);
    expect(Object.is(between('2026-03-08 10:00', '2026-03-07 10:00'), 0)).toBe(true);
  });

  it('is the inverse of addWorkingHours', () => {
    for (const [start, amount] of [
      ['2026-02-13 16:30', 2],
      ['2026-02-13 15:00', 37.5],
      ['2025-09-30 12:10', 11.25],
      ['2026-09-24 20:00', 3],
    ] as const) {
      const end = hours(start, amount);
      expect(workingTimeBetween(bj(start), end, calendar), start).toBe(amount * HOUR);
    }
  });
});

describe('time zones', () => {
  it('decides the local day in the node zone, not in UTC', () => {
    // 2026-03-05T16:30Z is Fri 03-06 00:30 in Beijing but still Thu 03-05 in UTC.
    const start = new Date('2026-03-05T16:30:00Z');
    expect(addWorkingDays(start, 0, calendar)).toEqual(new Date('2026-03-06T09:30:00Z'));
    expect(addWorkingDays(start, 0, calendar, { timeZone: 'UTC' })).toEqual(
      new Date('2026-03-05T17:30:00Z'),
    );
    // 2026-02-13T17:00Z is Sat 02-14 01:00 in Beijing, a make-up workday.
    expect(addWorkingHours(new Date('2026-02-13T17:00:00Z'), 1, calendar)).toEqual(
      bj('2026-02-14 10:00'),
    );
  });

  it('computes in any IANA zone (Asia/Urumqi, UTC+6)', () => {
    const due = addWorkingDays(new Date('2026-03-05T04:00:00Z'), 1, calendar, {
      timeZone: 'Asia/Urumqi',
    });
    expect(due.toISOString()).toBe('2026-03-06T11:30:00.000Z');
  });

  it('follows a daylight-saving change (America/New_York springs forward on 2026-03-08)', () => {
    const options = { timeZone: 'America/New_York' };
    // Fri 03-06 17:00 EST (22:00Z) → Mon 03-09 09:30 EDT (13:30Z): 30 + 30 minutes.
    expect(
      workingTimeBetween(
        new Date('2026-03-06T22:00:00Z'),
        new Date('2026-03-09T13:30:00Z'),
        WorkingCalendar.weekdaysOnly,
        options,
      ),
    ).toBe(1 * HOUR);
    // 1 working day from Fri: Mon 17:30 EDT = 21:30Z (EST would be 22:30Z).
    expect(
      addWorkingDays(new Date('2026-03-06T15:00:00Z'), 1, WorkingCalendar.weekdaysOnly, options),
    ).toEqual(new Date('2026-03-09T21:30:00Z'));
  });

  it('uses configured working hours', () => {
    const workingHours = parseWorkingHours('08:30-12:00,14:30-18:00');
    // Thu 11:00 + 2 h: 1 h to 12:00, then 14:30 + 1 h.
    expect(addWorkingHours(bj('2026-03-05 11:00'), 2, calendar, { workingHours })).toEqual(
      bj('2026-03-05 15:30'),
    );
    expect(addWorkingDays(bj('2026-03-05 11:00'), 1, calendar, { workingHours })).toEqual(
      bj('2026-03-06 18:00'),
    );
  });
});

describe('close of business with other working hours', () => {
  it('is the end of the last period, however many periods a day has', () => {
    // Thu 2026-03-05 11:00, 1 working day: Fri 03-06 at the end of its last period.
    const start = bj('2026-03-05 11:00');
    const closeWith = (text: string) =>
      addWorkingDays(start, 1, calendar, { workingHours: parseWorkingHours(text) });
    expect(closeWith('08:30-17:00')).toEqual(bj('2026-03-06 17:00'));
    expect(closeWith('08:00-11:30,13:30-17:00,19:00-21:00')).toEqual(bj('2026-03-06 21:00'));
    // The same day, from before the end of the only period.
    expect(
      addWorkingDays(start, 0, calendar, { workingHours: parseWorkingHours('08:30-17:00') }),
    ).toEqual(bj('2026-03-05 17:00'));
  });
});

describe('refusals', () => {
  const invalid = new Date(Number.NaN);

  it('refuses an invalid instant, naming the argument', () => {
    expect(() => addWorkingDays(invalid, 1, calendar)).toThrow('start must be a valid Date');
    expect(() => addWorkingHours(invalid, 1, calendar)).toThrow('start must be a valid Date');
    expect(() => workingTimeBetween(invalid, bj('2026-03-05 10:00'), calendar)).toThrow(
      'from must be a valid Date',
    );
    expect(() => workingTimeBetween(bj('2026-03-05 10:00'), invalid, calendar)).toThrow(
      'to must be a valid Date',
    );
  });

  it('refuses a negative, infinite or non-numeric number of hours', () => {
    for (const amount of [-0.5, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(() => hours('2026-03-05 10:00', amount)).toThrow(
        `hours must be a number ≥ 0, got ${amount}`,
      );
    }
  });

  it('refuses working hours with no period at all', () => {
    expect(() => addWorkingDays(bj('2026-03-05 10:00'), 1, calendar, { workingHours: [] })).toThrow(
      '2026-03-06 is a working day without working hours',
    );
  });
});

describe('a calendar with no working day for ten years (a data error)', () => {
  // From Thu 2026-03-05, each of the next 3659 days is marked a holiday.
  const tenYearsOff = range('2026-03-06', '2036-03-11', '误录');
  const start = bj('2026-03-05 20:00');

  it('is searched 3660 days ahead and no further', () => {
    // Wed 2036-03-12 (day 3660) is a working day: a day limit still finds it …
    const lastChance = new WorkingCalendar(tenYearsOff);
    expect(addWorkingDays(start, 1, lastChance)).toEqual(bj('2036-03-12 17:30'));
    // … but working hours, counted from the start's own day, stop at day 3659.
    expect(() => addWorkingHours(start, 1, lastChance)).toThrow(
      'No working day within 3660 days after 2026-03-05: check the working calendar',
    );
    // With 2036-03-12 off too, the next working day (3661) is beyond the search.
    const none = new WorkingCalendar([
      ...tenYearsOff,
      ...range('2036-03-12', '2036-03-12', '误录'),
    ]);
    expect(() => addWorkingDays(start, 1, none)).toThrow(
      'No working day within 3660 days after 2026-03-05: check the working calendar',
    );
  });
});

describe('workingTimeBetween of one instant', () => {
  it('is 0, inside or outside working hours', () => {
    expect(workingTimeBetween(bj('2026-03-05 10:00'), bj('2026-03-05 10:00'), calendar)).toBe(0);
    expect(workingTimeBetween(bj('2026-03-07 10:00'), bj('2026-03-07 10:00'), calendar)).toBe(0);
  });
});

describe('workingTimeOptionsOf (the node environment)', () => {
  it('takes TIME_ZONE and WORKING_HOURS, the default periods when none are set', () => {
    const workingHours = parseWorkingHours('08:00-16:00');
    expect(workingTimeOptionsOf({ TIME_ZONE: 'Asia/Urumqi', WORKING_HOURS: workingHours })).toEqual(
      { timeZone: 'Asia/Urumqi', workingHours },
    );
    expect(workingTimeOptionsOf({ TIME_ZONE: 'Asia/Shanghai', WORKING_HOURS: undefined })).toEqual({
      timeZone: 'Asia/Shanghai',
      workingHours: DEFAULT_WORKING_HOURS,
    });
  });
});
