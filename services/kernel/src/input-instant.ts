/**
 * Instants and years a client may send (DateTime arguments, list cursors, periods,
 * calendar days). Wide enough for any record, deadline or report this federation
 * keeps, narrow enough that a typo (20266, year 0) is refused as the client's mistake
 * rather than reaching PostgreSQL, which has no year 0 and refuses a statement with it.
 */

import type { Bilingual } from './language/bilingual.js';

export const SUPPORTED_YEARS = { min: 2000, max: 2100 } as const;

export const SUPPORTED_YEARS_TEXT = `${SUPPORTED_YEARS.min}–${SUPPORTED_YEARS.max}`;

export const isSupportedYear = (year: number) =>
  Number.isInteger(year) && year >= SUPPORTED_YEARS.min && year <= SUPPORTED_YEARS.max;

const EARLIEST = Date.UTC(SUPPORTED_YEARS.min, 0, 1);
const AFTER_LATEST = Date.UTC(SUPPORTED_YEARS.max + 1, 0, 1);

/** Whether `instant` falls in the supported years (in UTC). */
export const isSupportedInstant = (instant: Date) =>
  instant.getTime() >= EARLIEST && instant.getTime() < AFTER_LATEST;

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Days of a month (1–12) of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const lastDay = new Date(0);
  // Day 0 of the next month is this month's last; setUTCFullYear, unlike Date.UTC, keeps years below 100.
  lastDay.setUTCFullYear(year, month, 0);
  return lastDay.getUTCDate();
}

export type ParsedInstant =
  { instant: Date; problem?: never } | { instant?: never; problem: Bilingual };

/**
 * An ISO 8601 instant with its zone (Z or ±hh:mm), as a client writes it, checked field
 * by field: JavaScript's own parser rolls 2030-02-30 over to 2030-03-02 and takes year
 * 0, so it is not asked. The problem says what is wrong with the text.
 */
export function parseInputInstant(text: string): ParsedInstant {
  const match = ISO_INSTANT.exec(text);
  if (!match) {
    return {
      problem: {
        zh: `${JSON.stringify(text)} 不是带时区的 ISO 8601 时间，例如 2026-11-21T08:30:00Z。`,
        en: `${JSON.stringify(text)} is not an ISO 8601 instant with a time zone, e.g. 2026-11-21T08:30:00Z.`,
      },
    };
  }
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const millisecond = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  if (month < 1 || month > 12) {
    return {
      problem: {
        zh: `${JSON.stringify(text)} 的月份 ${month} 不存在：月份为 01–12。`,
        en: `${JSON.stringify(text)} has no month ${month}: months run 01–12.`,
      },
    };
  }
  const monthDays = daysInMonth(year, month);
  if (day < 1 || day > monthDays) {
    return {
      problem: {
        zh: `${JSON.stringify(text)} 不是有效日期：${year} 年 ${month} 月只有 01–${monthDays} 日。`,
        en: `${JSON.stringify(text)} is not a date: ${MONTHS[month - 1]} ${year} has days 01–${monthDays}.`,
      },
    };
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return {
      problem: {
        zh: `${JSON.stringify(text)} 不是有效时刻：小时为 00–23，分和秒为 00–59。`,
        en: `${JSON.stringify(text)} is not a time of day: hours run 00–23, minutes and seconds 00–59.`,
      },
    };
  }
  const offsetHours = Number(match[9] ?? 0);
  const offsetMinutes = Number(match[10] ?? 0);
  if (offsetHours > 14 || offsetMinutes > 59) {
    return {
      problem: {
        zh: `${JSON.stringify(text)} 的 UTC 偏移不存在：偏移范围为 -14:00 到 +14:00。`,
        en: `${JSON.stringify(text)} has no such UTC offset: offsets run from -14:00 to +14:00.`,
      },
    };
  }
  const sign = match[8] === '-' ? -1 : 1;
  const local = new Date(0);
  local.setUTCFullYear(year, month - 1, day);
  local.setUTCHours(hour, minute, second, millisecond);
  const instant = new Date(local.getTime() - sign * (offsetHours * 60 + offsetMinutes) * 60_000);
  if (!isSupportedInstant(instant)) {
    return {
      problem: {
        zh: `${JSON.stringify(text)} 超出本服务接受的年份范围 ${SUPPORTED_YEARS_TEXT}。`,
        en: `${JSON.stringify(text)} is outside the years ${SUPPORTED_YEARS_TEXT} this service accepts.`,
      },
    };
  }
  return { instant };
}
