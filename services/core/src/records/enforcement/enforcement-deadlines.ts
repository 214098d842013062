import { addLocalDays, instantAt, localDateOf } from '../../calendar/local-time.js';
import type { WorkingCalendar } from '../../calendar/working-calendar.js';

/**
 * The statutory time limits of an enforcement case (行政处罚法 2021). How each is
 * counted matters as much as its length:
 * - art. 85 makes the 2-, 3-, 5- and 7-day limits of the law working days (工作日,
 *   不含法定节假日): the party's 5 days to ask for a hearing (art. 64(1)) and the
 *   agency's 7 days to serve a decision (art. 61);
 * - the others are calendar days: 90 days from filing to decision (art. 60) and
 *   15 days from service to payment (art. 67);
 * - as for every statutory period (民法典 art. 201–203, applied to administrative
 *   periods), the day the period starts on does not count, a period ends at midnight
 *   (24:00) of its last day, and a calendar-day period whose last day is a day off
 *   ends on the next working day instead.
 * Days are dates on the node's local calendar (TIME_ZONE); working days come from
 * its working calendar (calendar_day), so holidays and make-up days count right.
 * Each function returns the instant the period runs out: a step taken before it is
 * on time.
 */
export const ENFORCEMENT_LIMITS = {
  decision: { calendarDays: 90, basis: '行政处罚法 art. 60' },
  hearingRequest: { workingDays: 5, basis: '行政处罚法 art. 64(1), art. 85' },
  service: { workingDays: 7, basis: '行政处罚法 art. 61, art. 85' },
  payment: { calendarDays: 15, basis: '行政处罚法 art. 67' },
} as const;

/** The longest a decision limit may be extended by in one approval, in calendar days. */
export const MAX_DECISION_EXTENSION_DAYS = 90;

/** A calendar with no working day in ten years is a data error; stop rather than loop. */
const MAX_DAYS_SCANNED = 3660;

function nextWorkingDateFrom(localDate: string, calendar: WorkingCalendar): string {
  let date = localDate;
  for (let scanned = 0; scanned < MAX_DAYS_SCANNED; scanned++) {
    if (calendar.isWorkingDay(date)) return date;
    date = addLocalDays(date, 1);
  }
  throw new RangeError(
    `No working day within ${MAX_DAYS_SCANNED} days of ${localDate}: check the working calendar`,
  );
}

const endOf = (localDate: string, timeZone: string) => instantAt(localDate, 1440, timeZone);

/**
 * The end of the `days`-th calendar day after the local day of `start`, moved to
 * the end of the next working day when that day is a day off.
 */
export function calendarDaysDueAt(
  start: Date,
  days: number,
  calendar: WorkingCalendar,
  timeZone: string,
): Date {
  const last = addLocalDays(localDateOf(start, timeZone), days);
  return endOf(nextWorkingDateFrom(last, calendar), timeZone);
}

/** The end of the `days`-th working day after the local day of `start` (that day itself never counts). */
export function workingDaysDueAt(
  start: Date,
  days: number,
  calendar: WorkingCalendar,
  timeZone: string,
): Date {
  let date = localDateOf(start, timeZone);
  for (let counted = 0; counted < days; counted++) {
    date = nextWorkingDateFrom(addLocalDays(date, 1), calendar);
  }
  return endOf(date, timeZone);
}

/** 决定: 90 days after filing, plus approved extensions (art. 60). */
export function decisionDueAt(
  filedAt: Date,
  extensionDays: number,
  calendar: WorkingCalendar,
  timeZone: string,
): Date {
  return calendarDaysDueAt(
    filedAt,
    ENFORCEMENT_LIMITS.decision.calendarDays + extensionDays,
    calendar,
    timeZone,
  );
}

/** 听证申请: 5 working days after the notice (art. 64(1), art. 85). */
export function hearingRequestDueAt(
  noticeServedAt: Date,
  calendar: WorkingCalendar,
  timeZone: string,
): Date {
  return workingDaysDueAt(
    noticeServedAt,
    ENFORCEMENT_LIMITS.hearingRequest.workingDays,
    calendar,
    timeZone,
  );
}

/** 送达: 7 working days after the decision (art. 61, art. 85). */
export function serviceDueAt(decidedAt: Date, calendar: WorkingCalendar, timeZone: string): Date {
  return workingDaysDueAt(decidedAt, ENFORCEMENT_LIMITS.service.workingDays, calendar, timeZone);
}

/** 缴款: 15 days after the party received the decision (art. 67). */
export function paymentDueAt(servedAt: Date, calendar: WorkingCalendar, timeZone: string): Date {
  return calendarDaysDueAt(servedAt, ENFORCEMENT_LIMITS.payment.calendarDays, calendar, timeZone);
}
