import { describe, expect, it, vi } from 'vitest';
import { addLocalDays, instantAt, isLocalDate, localDateOf, weekdayOf } from './local-time.js';

/** Intl's own answer, without any of local-time.ts's caching. */
const intlFormatters = new Map<string, Intl.DateTimeFormat>();
function intlDate(instant: Date, timeZone: string): string {
  let formatter = intlFormatters.get(timeZone);
  if (!formatter) {
    // en-CA formats as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    intlFormatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}

/** The local date and minute of the day an instant shows in `timeZone`, by Intl itself. */
function intlWallClock(instant: Date, timeZone: string): { day: string; minute: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  const minute = Number(part('hour')) * 60 + Number(part('minute'));
  const day = `${part('year')}-${part('month')}-${part('day')}`;
  return { day, minute };
}

const ZONES = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'UTC'];

describe('localDateOf', () => {
  it('agrees with Intl around midnights and changes of offset', () => {
    // Every 7 minutes through the spring and autumn changes of 2026 in each zone.
    const windows = [
      Date.UTC(2026, 2, 7),
      Date.UTC(2026, 2, 28),
      Date.UTC(2026, 9, 3),
      Date.UTC(2026, 9, 31),
    ];
    for (const timeZone of ZONES) {
      for (const from of windows) {
        for (let at = from; at < from + 3 * 86_400_000; at += 7 * 60_000 + 13_000) {
          const instant = new Date(at);
          expect(localDateOf(instant, timeZone), `${instant.toISOString()} ${timeZone}`).toBe(
            intlDate(instant, timeZone),
          );
        }
      }
    }
  });

  it('follows a change of offset between quarter hours, to the millisecond', () => {
    // Shanghai kept local mean time (+8:05:43) until 1901-01-01 00:00 LMT = 1900-12-31T15:54:17Z,
    // then +8: the clock went back from midnight to 23:54:17 on 12-31.
    const change = Date.UTC(1900, 11, 31, 15, 54, 17);
    expect(localDateOf(new Date(change - 1), 'Asia/Shanghai')).toBe('1900-12-31'); // 23:59:59.999 LMT
    expect(localDateOf(new Date(change + 342_999), 'Asia/Shanghai')).toBe('1900-12-31'); // 23:59:59.999 at +8
    expect(localDateOf(new Date(Date.UTC(1900, 11, 31, 16)), 'Asia/Shanghai')).toBe('1901-01-01');
    for (let at = change - 15 * 60_000; at < change + 15 * 60_000; at += 7_013) {
      const instant = new Date(at);
      expect(localDateOf(instant, 'Asia/Shanghai'), instant.toISOString()).toBe(
        intlDate(instant, 'Asia/Shanghai'),
      );
    }
  });

  it('refuses an invalid date', () => {
    expect(() => localDateOf(new Date(Number.NaN), 'Asia/Shanghai')).toThrow(
      new RangeError('Invalid time value'),
    );
  });

  it('reuses the offsets it found within a quarter hour, keeps at most 4096 per zone, and stays right past that', () => {
    // Asia/Kathmandu (+5:45) is used by no other test here, so its offsets start uncached.
    const timeZone = 'Asia/Kathmandu';
    const quarterHour = 900_000;
    const from = Date.UTC(2026, 0, 1); // 05:45 on 2026-01-01 in Kathmandu
    const intl = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    try {
      // A date asks for the offsets at the quarter hours around it: these 4095 quarter hours
      // need 4096 offsets, exactly what the cache keeps.
      for (let quarter = 0; quarter < 4095; quarter++) {
        localDateOf(new Date(from + quarter * quarterHour), timeZone);
      }
      intl.mockClear();
      // Another instant of the first quarter hour (05:52:10) is answered from the cache.
      expect(localDateOf(new Date(from + 7 * 60_000 + 10_000), timeZone)).toBe('2026-01-01');
      expect(intl).not.toHaveBeenCalled();
      // The next quarter hour needs a 4097th offset: the cache starts over …
      expect(localDateOf(new Date(from + 4095 * quarterHour), timeZone)).toBe('2026-02-12');
      intl.mockClear();
      // … so the first quarter hour is asked of Intl again, with the same answer.
      expect(localDateOf(new Date(from), timeZone)).toBe('2026-01-01');
      expect(intl).toHaveBeenCalled();
    } finally {
      intl.mockRestore();
    }
  });
});

describe('local dates (YYYY-MM-DD)', () => {
  it('accepts a real calendar date, 29 February only in a leap year', () => {
    for (const day of ['2026-01-01', '2026-12-31', '2024-02-29', '2000-02-29']) {
      expect(isLocalDate(day), day).toBe(true);
    }
    for (const day of ['2026-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10']) {
      expect(isLocalDate(day), day).toBe(false);
    }
  });

  it('accepts nothing but the date itself: no other spelling, no time, nothing around it', () => {
    for (const text of [
      '2026-1-05',
      '26-01-05',
      '2026/01/05',
      '2026-01-05T00:00',
      '2026-01-055',
      '12026-01-05',
      ' 2026-01-05',
      '2026-01-05 ',
      '',
    ]) {
      expect(isLocalDate(text), JSON.stringify(text)).toBe(false);
    }
  });

  it('refuses a malformed or impossible date in date arithmetic, naming it', () => {
    expect(() => addLocalDays('2026-1-05', 1)).toThrow(
      new RangeError('"2026-1-05" is not a YYYY-MM-DD date'),
    );
    expect(() => weekdayOf('2026-02-30')).toThrow(
      new RangeError('"2026-02-30" is not a calendar date'),
    );
  });

  it('counts days across month and year ends', () => {
    expect(addLocalDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addLocalDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(weekdayOf('2026-10-01')).toBe(4); // Thursday
  });
});

describe('instantAt', () => {
  it('finds the wall-clock time in the zone, on days with and without a change of offset', () => {
    expect(instantAt('2026-11-23', 9 * 60, 'Asia/Shanghai').toISOString()).toBe(
      '2026-11-23T01:00:00.000Z',
    );
    expect(instantAt('2026-03-08', 12 * 60, 'America/New_York').toISOString()).toBe(
      '2026-03-08T16:00:00.000Z',
    );
    expect(instantAt('2026-03-07', 12 * 60, 'America/New_York').toISOString()).toBe(
      '2026-03-07T17:00:00.000Z',
    );
  });

  it('is exact to the millisecond for a fractional minute', () => {
    // 540.125 minutes after midnight is 09:00:07.500.
    expect(instantAt('2026-11-23', 540.125, 'Asia/Shanghai').toISOString()).toBe(
      '2026-11-23T01:00:07.500Z',
    );
  });

  it('finds every wall time of a day with a change of offset, either side of UTC', () => {
    // [zone, a day it changes its offset in 2026, minutes a forward change skips]
    const changes = [
      ['America/New_York', '2026-03-08', 60], // 02:00 EST → 03:00 EDT
      ['America/New_York', '2026-11-01', 0], // 02:00 EDT → 01:00 EST
      ['Europe/Berlin', '2026-03-29', 60], // 02:00 CET → 03:00 CEST
      ['Europe/Berlin', '2026-10-25', 0], // 03:00 CEST → 02:00 CET
      ['Australia/Sydney', '2026-04-05', 0], // 03:00 AEDT → 02:00 AEST
      ['Australia/Sydney', '2026-10-04', 60], // 02:00 AEST → 03:00 AEDT
      ['Australia/Lord_Howe', '2026-10-04', 30], // 02:00 +10:30 → 02:30 +11
      ['Asia/Shanghai', '2026-03-08', 0], // none
    ] as const;
    for (const [timeZone, day, gap] of changes) {
      for (let minute = 0; minute < 1440; minute += 10) {
        const shown = intlWallClock(instantAt(day, minute, timeZone), timeZone);
        const at = `${timeZone} ${day} +${minute} min`;
        if (shown.day === day && shown.minute === minute) continue;
        // Only a wall time the change skipped may be missing, and it is moved on by the gap.
        expect(gap, at).toBeGreaterThan(0);
        expect(shown, at).toEqual({ day, minute: minute + gap });
      }
    }
  });

  it('moves a wall time skipped by a forward change on by the length of the gap', () => {
    // New York skips 02:00–03:00 EST on 2026-03-08: 02:00 is 03:00 EDT, 02:30 is 03:30 EDT.
    expect(instantAt('2026-03-08', 2 * 60, 'America/New_York').toISOString()).toBe(
      '2026-03-08T07:00:00.000Z',
    );
    expect(instantAt('2026-03-08', 2 * 60 + 30, 'America/New_York').toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
    // Berlin, east of UTC, skips 02:00–03:00 CET on 2026-03-29: 02:30 is 03:30 CEST.
    expect(instantAt('2026-03-29', 2 * 60 + 30, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('is not thrown off by a change of offset between the wall time read as UTC and the instant', () => {
    // 04:00 EDT in New York on the day it springs forward (read as UTC, 04:00Z is still EST).
    expect(instantAt('2026-03-08', 4 * 60, 'America/New_York').toISOString()).toBe(
      '2026-03-08T08:00:00.000Z',
    );
    // 01:30 CEST in Berlin on the day it falls back (read as UTC, 01:30Z is already CET).
    expect(instantAt('2026-10-25', 90, 'Europe/Berlin').toISOString()).toBe(
      '2026-10-24T23:30:00.000Z',
    );
    // Midnight in Sydney on the day it falls back is 00:00 AEDT.
    expect(instantAt('2026-04-05', 0, 'Australia/Sydney').toISOString()).toBe(
      '2026-04-04T13:00:00.000Z',
    );
  });
});
