import { describe, expect, it } from 'vitest';
import { instantAt, localDateOf } from './local-time.js';

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
    expect(() => localDateOf(new Date(Number.NaN), 'Asia/Shanghai')).toThrow(RangeError);
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
});
