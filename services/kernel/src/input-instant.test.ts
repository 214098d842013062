import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  isSupportedInstant,
  isSupportedYear,
  parseInputInstant,
  SUPPORTED_YEARS,
} from './input-instant.js';

const instantOf = (text: string) => parseInputInstant(text).instant?.toISOString();

describe('parseInputInstant', () => {
  it('reads an instant in UTC or with an offset, to the millisecond', () => {
    expect(instantOf('2026-11-21T08:30:00Z')).toBe('2026-11-21T08:30:00.000Z');
    expect(instantOf('2026-11-21T16:30:00+08:00')).toBe('2026-11-21T08:30:00.000Z');
    expect(instantOf('2026-11-21T08:30Z')).toBe('2026-11-21T08:30:00.000Z');
    expect(instantOf('2026-11-21T08:30:00.5Z')).toBe('2026-11-21T08:30:00.500Z');
    expect(instantOf('2026-11-21T08:30:00.123456-05:30')).toBe('2026-11-21T14:00:00.123Z');
    expect(instantOf('2028-02-29T00:00:00Z')).toBe('2028-02-29T00:00:00.000Z');
  });

  it('refuses a day the month does not have instead of rolling it over', () => {
    expect(parseInputInstant('2030-02-30T00:00:00Z').problem).toEqual({
      zh: '"2030-02-30T00:00:00Z" 不是有效日期：2030 年 2 月只有 01–28 日。',
      en: '"2030-02-30T00:00:00Z" is not a date: February 2030 has days 01–28.',
    });
    expect(parseInputInstant('2027-02-29T00:00:00Z').problem?.en).toMatch(
      /February 2027 has days 01–28/,
    );
    expect(parseInputInstant('2026-04-31T00:00:00Z').problem?.en).toMatch(
      /April 2026 has days 01–30/,
    );
    expect(parseInputInstant('2026-00-10T00:00:00Z').problem?.en).toMatch(/no month 0/);
    expect(parseInputInstant('2026-13-10T00:00:00Z').problem?.en).toMatch(/no month 13/);
    expect(parseInputInstant('2026-01-00T00:00:00Z').problem?.en).toMatch(/is not a date/);
  });

  it('refuses an impossible time of day or offset', () => {
    expect(parseInputInstant('2026-01-01T24:00:00Z').problem?.en).toMatch(/not a time of day/);
    expect(parseInputInstant('2026-01-01T10:60:00Z').problem?.en).toMatch(/not a time of day/);
    expect(parseInputInstant('2026-01-01T10:00:60Z').problem?.en).toMatch(/not a time of day/);
    expect(parseInputInstant('2026-01-01T10:00:00+15:00').problem?.en).toMatch(
      /no such UTC offset/,
    );
  });

  it('refuses instants outside the supported years, year 0 and 9999 included', () => {
    for (const text of [
      '0000-01-01T00:00:00Z',
      '1999-12-31T23:59:59Z',
      '9999-12-31T00:00:00Z',
      '2101-01-01T00:00:00Z',
    ]) {
      expect(parseInputInstant(text).problem?.en).toBe(
        `${JSON.stringify(text)} is outside the years 2000–2100 this service accepts.`,
      );
    }
    // The bounds are instants in UTC: the first moment of 2000 and the last of 2100.
    expect(instantOf('2000-01-01T00:00:00Z')).toBe('2000-01-01T00:00:00.000Z');
    expect(instantOf('2100-12-31T23:59:59.999Z')).toBe('2100-12-31T23:59:59.999Z');
    expect(parseInputInstant('2000-01-01T07:00:00+08:00').problem?.en).toMatch(/outside the years/);
  });

  it('refuses text that is not an instant with a zone', () => {
    for (const text of [
      '2026-11-21',
      '2026-11-21T08:30:00',
      '2026-11-21 08:30:00Z',
      '+020266-01-01T00:00:00Z',
      'now',
    ]) {
      expect(parseInputInstant(text).problem?.en).toBe(
        `${JSON.stringify(text)} is not an ISO 8601 instant with a time zone, e.g. 2026-11-21T08:30:00Z.`,
      );
    }
  });
});

describe('the supported years', () => {
  it('are 2000 to 2100, for years and instants alike', () => {
    expect(SUPPORTED_YEARS).toEqual({ min: 2000, max: 2100 });
    expect([1999, 2000, 2100, 2101, 2026.5].map(isSupportedYear)).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
    expect(isSupportedInstant(new Date('2100-12-31T23:59:59.999Z'))).toBe(true);
    expect(isSupportedInstant(new Date('2101-01-01T00:00:00.000Z'))).toBe(false);
  });
});

describe('daysInMonth', () => {
  it('follows the Gregorian leap years, small years included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(4, 2)).toBe(29);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});
