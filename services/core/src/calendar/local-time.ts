/**
 * Civil dates and wall-clock times in an IANA zone, on top of Intl only. Instants
 * are UTC `Date`s everywhere in the code base; a local date ('YYYY-MM-DD') or a
 * minute of the local day exists only inside working-time arithmetic, because
 * whether a moment is "during working hours" is a question about the local clock.
 */

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Formatting is the only zone-aware primitive Intl offers; formatters are costly, so keep one per zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  return formatters.get(timeZone) ?? newFormatter(timeZone);
}

function newFormatter(timeZone: string): Intl.DateTimeFormat {
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  formatters.set(timeZone, formatter);
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockOf(instant: Date, timeZone: string): WallClock {
  // The separators ('/', ', ', ':') come as parts of type 'literal': kept like the others, never read.
  const parts: Record<string, number> = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts['year'] ?? NaN,
    month: parts['month'] ?? NaN,
    day: parts['day'] ?? NaN,
    hour: parts['hour'] ?? NaN,
    minute: parts['minute'] ?? NaN,
    second: parts['second'] ?? NaN,
  };
}

/**
 * Offsets already computed, per zone and exact instant. Deadline arithmetic asks for
 * the same few instants on every request (the bounds of the working periods of the
 * next working days), and formatToParts is the most expensive step of a createTicket.
 * Keyed by the exact instant, so no assumption about when a zone changes its offset;
 * bounded by dropping everything when full.
 */
const offsetCache = new Map<string, Map<number, number>>();
const OFFSET_CACHE_LIMIT = 4096;

/** How far the zone's wall clock is ahead of UTC at `epochMs` (Asia/Shanghai: +8 h). */
function offsetMs(epochMs: number, timeZone: string): number {
  let byInstant = offsetCache.get(timeZone);
  const cached = byInstant?.get(epochMs);
  if (cached !== undefined) return cached;
  const wall = wallClockOf(new Date(epochMs), timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const offset = asUtc - (epochMs - (((epochMs % 1000) + 1000) % 1000));
  if (!byInstant || byInstant.size >= OFFSET_CACHE_LIMIT) {
    byInstant = new Map();
    offsetCache.set(timeZone, byInstant);
  }
  byInstant.set(epochMs, offset);
  return offset;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function formatLocalDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Epoch ms of the date's midnight as if it were UTC: date arithmetic without any zone. */
function dateEpoch(localDate: string): number {
  const match = LOCAL_DATE.exec(localDate);
  if (!match) throw new RangeError(`"${localDate}" is not a YYYY-MM-DD date`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const epoch = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
  if (formatLocalDate(year, month, day) !== new Date(epoch).toISOString().slice(0, 10)) {
    throw new RangeError(`"${localDate}" is not a calendar date`);
  }
  return epoch;
}

/** Whether `value` is a real calendar date written YYYY-MM-DD (no 2026-02-30). */
export function isLocalDate(value: string): boolean {
  try {
    dateEpoch(value);
    return true;
  } catch {
    return false;
  }
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export function weekdayOf(localDate: string): number {
  return new Date(dateEpoch(localDate)).getUTCDay();
}

/** The date `days` later (earlier when negative). */
export function addLocalDays(localDate: string, days: number): string {
  return new Date(dateEpoch(localDate) + days * DAY_MS).toISOString().slice(0, 10);
}

const QUARTER_HOUR_MS = 900_000;

/**
 * The offset at `epochMs` from the (cached) offsets at the quarter hours around it:
 * when both are the same, no change of offset lies between them (zones change theirs
 * months apart), so it holds at `epochMs` too. Otherwise ask Intl at the instant itself.
 */
function offsetNear(epochMs: number, timeZone: string): number {
  const start = Math.floor(epochMs / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
  const before = offsetMs(start, timeZone);
  return before === offsetMs(start + QUARTER_HOUR_MS, timeZone)
    ? before
    : offsetMs(epochMs, timeZone);
}

/** The local date of an instant in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): string {
  const epochMs = instant.getTime();
  // An invalid Date needs no check here: Intl refuses it (RangeError 'Invalid time value'),
  // and no offset is ever cached for NaN.
  const local = new Date(epochMs + offsetNear(epochMs, timeZone));
  return formatLocalDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

/**
 * The instant at which the wall clock in `timeZone` shows `minuteOfDay` minutes
 * after midnight of `localDate` (1440 = the next midnight). Found by subtracting the
 * zone's offset at a first guess and again at the instant that gives, so a change of
 * offset that day (daylight saving) is honoured. A wall time skipped by a forward
 * change is moved on by the length of the gap (02:30 in a gap from 02:00 to 03:00 is
 * 03:30).
 */
export function instantAt(localDate: string, minuteOfDay: number, timeZone: string): Date {
  const wall = dateEpoch(localDate) + minuteOfDay * 60_000;
  // The wall time read as UTC lies hours away from the instant sought. When a change of
  // offset falls between the two, the first guess is off by the change; the second,
  // taken with the offset at the first, is right whenever the wall time exists.
  const first = wall - offsetMs(wall, timeZone);
  const second = wall - offsetMs(first, timeZone);
  if (second + offsetMs(second, timeZone) === wall) return new Date(second);
  // No instant shows the wall time: it lies in a gap. Of the two guesses, the later one
  // reads it with the offset before the change, which moves it on by the gap's length.
  return new Date(Math.max(first, second));
}
