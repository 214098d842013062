/**
 * The periods of a working day on the local clock, e.g. 09:00–12:00 and
 * 13:00–17:30 (a lunch break between). Hours differ by city and by season in some
 * places (docs/DOMAIN.md "Record kinds": time limits are local), so they are configuration
 * (`WORKING_HOURS`), not code.
 */
export interface WorkingPeriod {
  /** Minutes after local midnight at which the period starts. */
  start: number;
  /** Minutes after local midnight at which it ends (1440 = midnight at the end of the day). */
  end: number;
}

/** Ascending, non-overlapping, within one day, at least one. */
export type WorkingHours = readonly WorkingPeriod[];

export const DEFAULT_WORKING_HOURS_TEXT = '09:00-12:00,13:00-17:30';

const PERIOD = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;

function minutes(hour: string | undefined, minute: string | undefined, text: string): number {
  const value = Number(hour) * 60 + Number(minute);
  if (Number(minute) > 59 || value > 1440) throw new RangeError(`"${text}" is not a time of day`);
  return value;
}

/**
 * Parses "09:00-12:00,13:00-17:30" (24-hour clock, 24:00 allowed as an end).
 * Throws a RangeError saying what is wrong, for the environment check to report.
 */
export function parseWorkingHours(text: string): WorkingHours {
  const periods = text
    .split(',')
    .map((item) => item.trim())
    .map((item): WorkingPeriod => {
      const match = PERIOD.exec(item);
      if (!match) {
        throw new RangeError(
          `"${item}" is not a period HH:MM-HH:MM (write e.g. ${DEFAULT_WORKING_HOURS_TEXT})`,
        );
      }
      const period = {
        start: minutes(match[1], match[2], item),
        end: minutes(match[3], match[4], item),
      };
      if (period.end <= period.start) throw new RangeError(`"${item}" ends before it starts`);
      return period;
    });
  // Each period starts no earlier than the one before it ends (minutes are never negative).
  let previousEnd = -1;
  for (const period of periods) {
    if (period.start < previousEnd) {
      throw new RangeError(
        'periods must be in ascending order and must not overlap (e.g. 09:00-12:00,13:00-17:30)',
      );
    }
    previousEnd = period.end;
  }
  return periods;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = parseWorkingHours(DEFAULT_WORKING_HOURS_TEXT);

/** Working minutes in one working day (7.5 h = 450 with the defaults). */
export function workingMinutesPerDay(hours: WorkingHours): number {
  return hours.reduce((total, period) => total + period.end - period.start, 0);
}

/** "09:00-12:00,13:00-17:30", the inverse of parseWorkingHours. */
export function formatWorkingHours(hours: WorkingHours): string {
  const clock = (value: number) =>
    `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`;
  return hours.map((period) => `${clock(period.start)}-${clock(period.end)}`).join(',');
}
