import { localDateOf } from '../../calendar/local-time.js';

/**
 * 加处罚款 (行政处罚法 2021 art. 72(1); 行政强制法 art. 45): a fine not paid by its
 * due date grows by 3 % of the fine for every day after it, and the addition never
 * exceeds the fine itself. The days are calendar days: art. 85 turns only the 2-,
 * 3-, 5- and 7-day limits into working days, and art. 72 counts "每日".
 *
 * Amounts are integer fen (分) here, so nothing is lost to floating point; the
 * database holds numeric(12, 2) and the API shows yuan.
 */

const DAY_MS = 86_400_000;
const RATE_PERCENT_PER_DAY = 3;

/** "200.01" or 200.01 → 20001. Undefined when the value is not a whole number of fen. */
export function toFen(yuan: string | number): number | undefined {
  const text = typeof yuan === 'number' ? String(yuan) : yuan.trim();
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return undefined;
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : undefined;
}

/** 20001 → 200.01 (yuan, for the API). */
export function fenToYuan(fen: number): number {
  return fen / 100;
}

/** 20001 → "200.01" (for numeric columns, exact). */
export function fenToDecimal(fen: number): string {
  return `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

function localDayNumber(localDate: string): number {
  return Date.parse(`${localDate}T00:00:00Z`) / DAY_MS;
}

/**
 * Whole calendar days from the last day of the payment period to the local date of
 * `at`. `paymentDueAt` is the instant the period runs out (midnight at the end of
 * its last day), so paying at any time on the last day is 0 days late and paying
 * on the next day is 1. Days are dates on the node's local calendar (`timeZone`).
 */
export function daysLate(paymentDueAt: Date, at: Date, timeZone: string): number {
  const days =
    localDayNumber(localDateOf(at, timeZone)) - localDayNumber(lastDayOf(paymentDueAt, timeZone));
  return Math.max(0, days);
}

/**
 * The late penalty in fen for `days` days late: 3 % of the fine per day, rounded
 * to the fen (half up) once over the whole period, capped at the fine.
 */
export function latePaymentPenaltyFen(fineFen: number, days: number): number {
  if (!Number.isSafeInteger(fineFen) || fineFen < 0) {
    throw new RangeError(`fine must be a whole number of fen ≥ 0, got ${fineFen}`);
  }
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`days must be a whole number ≥ 0, got ${days}`);
  }
  const penalty = Math.round((fineFen * RATE_PERCENT_PER_DAY * days) / 100);
  return Math.min(penalty, fineFen);
}

/** The first day on which the penalty has reached the fine (34: 34 × 3 % ≥ 100 %). */
export const DAYS_TO_PENALTY_CAP = Math.ceil(100 / RATE_PERCENT_PER_DAY);

/** The local date of the period's last day, for messages ("due by 2026-12-08"). */
export function lastDayOf(dueAt: Date, timeZone: string): string {
  return localDateOf(new Date(dueAt.getTime() - 1), timeZone);
}
