import type { NodeEnvironment } from '../environment.js';
import { addLocalDays, instantAt, localDateOf } from './local-time.js';
import type { WorkingCalendar } from './working-calendar.js';
import { DEFAULT_WORKING_HOURS } from './working-hours.js';
import type { WorkingHours } from './working-hours.js';

/**
 * Time limits count working time: working days of the node's calendar, and within
 * them only the working periods (docs/WORKING-TIME.md). Instants in and out are UTC
 * `Date`s; days and periods are decided on the local clock of `timeZone`.
 */
export interface WorkingTimeOptions {
  /** IANA zone of the node's local calendar; Asia/Shanghai when omitted. */
  timeZone?: string;
  /** The periods of a working day; 09:00–12:00 and 13:00–17:30 when omitted. */
  workingHours?: WorkingHours;
}

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** The options a node runs with, from its parsed environment (TIME_ZONE, WORKING_HOURS). */
export function workingTimeOptionsOf(
  config: Pick<NodeEnvironment, 'TIME_ZONE' | 'WORKING_HOURS'>,
): Required<WorkingTimeOptions> {
  return {
    timeZone: config.TIME_ZONE,
    workingHours: config.WORKING_HOURS ?? DEFAULT_WORKING_HOURS,
  };
}

const HOUR_MS = 3_600_000;

/**
 * A calendar with no working day in ten years is a data error (someone marked
 * years as holidays); stop rather than loop for ever.
 */
const MAX_DAYS_SCANNED = 3660;

interface Period {
  start: number;
  end: number;
}

function settings(options: WorkingTimeOptions) {
  return {
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
    workingHours: options.workingHours ?? DEFAULT_WORKING_HOURS,
  };
}

/** The working periods of one local date as epoch-ms intervals; none on a day off. */
function periodsOn(
  localDate: string,
  calendar: WorkingCalendar,
  timeZone: string,
  workingHours: WorkingHours,
): Period[] {
  if (!calendar.isWorkingDay(localDate)) return [];
  return workingHours.map((period) => ({
    start: instantAt(localDate, period.start, timeZone).getTime(),
    end: instantAt(localDate, period.end, timeZone).getTime(),
  }));
}

function scanLimitExceeded(from: string): never {
  throw new RangeError(
    `No working day within ${MAX_DAYS_SCANNED} days after ${from}: check the working calendar`,
  );
}

/** The first working date after `localDate`. */
function nextWorkingDate(localDate: string, calendar: WorkingCalendar): string {
  let date = localDate;
  for (let scanned = 0; scanned < MAX_DAYS_SCANNED; scanned++) {
    date = addLocalDays(date, 1);
    if (calendar.isWorkingDay(date)) return date;
  }
  return scanLimitExceeded(localDate);
}

function assertInstant(value: Date, name: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`${name} must be a valid Date`);
  }
}

/**
 * The end of working hours of the `days`-th working day after the local day of
 * `start`. The intake day itself never counts, whatever the hour: 1 working day
 * from a Friday (any time) is the next working day's close of business.
 * `days = 0` means "the same day": the close of business of the start's own day
 * when that is a working day and its working hours have not ended yet, else of the
 * next working day.
 */
export function addWorkingDays(
  start: Date,
  days: number,
  calendar: WorkingCalendar,
  options: WorkingTimeOptions = {},
): Date {
  assertInstant(start, 'start');
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`days must be a whole number ≥ 0, got ${days}`);
  }
  const { timeZone, workingHours } = settings(options);
  const startDay = localDateOf(start, timeZone);
  const closeOfBusiness = (date: string) =>
    periodsOn(date, calendar, timeZone, workingHours).at(-1)?.end;

  if (days === 0) {
    // A day off has no close of business, so none is still ahead of the start.
    const close = closeOfBusiness(startDay) ?? Number.NEGATIVE_INFINITY;
    if (start.getTime() < close) return new Date(close);
  }
  let date = startDay;
  for (let counted = 0; counted < Math.max(days, 1); counted++) {
    date = nextWorkingDate(date, calendar);
  }
  const close = closeOfBusiness(date);
  // nextWorkingDate only returns working dates, and working hours are never empty.
  if (close === undefined) throw new Error(`${date} is a working day without working hours`);
  return new Date(close);
}

/**
 * The instant at which `hours` of working time have passed since `start`, counting
 * only the working periods of working days (a lunch break, evenings, weekends and
 * holidays do not count). A start outside working hours begins counting at the
 * next period. The result may be the very end of a period (17:30), never the next
 * period's start for the same amount of time. 0 hours is `start` itself.
 */
export function addWorkingHours(
  start: Date,
  hours: number,
  calendar: WorkingCalendar,
  options: WorkingTimeOptions = {},
): Date {
  assertInstant(start, 'start');
  if (!Number.isFinite(hours) || hours < 0) {
    throw new RangeError(`hours must be a number ≥ 0, got ${hours}`);
  }
  const { timeZone, workingHours } = settings(options);
  let remaining = Math.round(hours * HOUR_MS);
  if (remaining === 0) return new Date(start);
  const from = start.getTime();
  let date = localDateOf(start, timeZone);
  for (let scanned = 0; scanned < MAX_DAYS_SCANNED; scanned++) {
    for (const period of periodsOn(date, calendar, timeZone, workingHours)) {
      const begin = Math.max(period.start, from);
      // A period that ended before the start has nothing left to count.
      const available = Math.max(0, period.end - begin);
      if (remaining <= available) return new Date(begin + remaining);
      remaining -= available;
    }
    date = addLocalDays(date, 1);
  }
  return scanLimitExceeded(localDateOf(start, timeZone));
}

/**
 * Milliseconds of working time between two instants (negative when `to` is before
 * `from`): what "time remaining" and "average handling time" are measured in.
 */
export function workingTimeBetween(
  from: Date,
  to: Date,
  calendar: WorkingCalendar,
  options: WorkingTimeOptions = {},
): number {
  assertInstant(from, 'from');
  assertInstant(to, 'to');
  if (to.getTime() < from.getTime()) {
    const ahead = workingTimeBetween(to, from, calendar, options);
    return ahead === 0 ? 0 : -ahead; // never -0: callers compare and serialise it
  }
  const { timeZone, workingHours } = settings(options);
  const [begin, end] = [from.getTime(), to.getTime()];
  const lastDay = localDateOf(to, timeZone);
  let total = 0;
  for (let date = localDateOf(from, timeZone); date <= lastDay; date = addLocalDays(date, 1)) {
    for (const period of periodsOn(date, calendar, timeZone, workingHours)) {
      // A period outside the interval overlaps it by nothing, not by a negative amount.
      total += Math.max(0, Math.min(period.end, end) - Math.max(period.start, begin));
    }
  }
  return total;
}
