import { describe, expect, it } from 'vitest';
import {
  DAYS_TO_PENALTY_CAP,
  daysLate,
  fenToDecimal,
  fenToYuan,
  latePaymentPenaltyFen,
  lastDayOf,
  toFen,
} from './late-payment-penalty.js';

const ZONE = 'Asia/Shanghai';
/** Payment due by the end of 2026-12-08 (Beijing): the period runs out at local midnight. */
const DUE = new Date('2026-12-08T16:00:00.000Z');

describe('daysLate (calendar days after the last day of the period)', () => {
  it('is 0 on any moment of the last day, including its last millisecond', () => {
    expect(daysLate(DUE, new Date('2026-12-07T16:00:00.000Z'), ZONE)).toBe(0); // 00:00 on the 8th
    expect(daysLate(DUE, new Date('2026-12-08T15:59:59.999Z'), ZONE)).toBe(0); // 23:59:59.999
  });

  it('is 0 before the last day', () => {
    expect(daysLate(DUE, new Date('2026-11-25T02:00:00.000Z'), ZONE)).toBe(0);
  });

  it('is 1 from the first moment of the next day, and counts calendar days (weekends too)', () => {
    expect(daysLate(DUE, DUE, ZONE)).toBe(1); // 00:00 on the 9th
    expect(daysLate(DUE, new Date('2026-12-09T15:59:59.999Z'), ZONE)).toBe(1);
    expect(daysLate(DUE, new Date('2026-12-09T16:00:00.000Z'), ZONE)).toBe(2);
    // 12-12 and 12-13 are a weekend: every day counts.
    expect(daysLate(DUE, new Date('2026-12-15T04:00:00.000Z'), ZONE)).toBe(7);
  });

  it('counts on the local calendar, not in UTC', () => {
    // 2026-12-09 07:00 in Beijing is still 2026-12-08 in UTC.
    expect(daysLate(DUE, new Date('2026-12-08T23:00:00.000Z'), ZONE)).toBe(1);
  });
});

describe('lastDayOf (the date a message names)', () => {
  it('is the local date before the midnight the period runs out at', () => {
    expect(lastDayOf(DUE, ZONE)).toBe('2026-12-08');
    expect(lastDayOf(new Date(DUE.getTime() + 1), ZONE)).toBe('2026-12-09');
  });
});

describe('latePaymentPenaltyFen (3 % of the fine a day, at most the fine)', () => {
  it('is nothing on day 0', () => {
    expect(latePaymentPenaltyFen(20_000, 0)).toBe(0);
  });

  it('is nothing on a fine of 0 (a decision without a fine)', () => {
    expect(latePaymentPenaltyFen(0, 10)).toBe(0);
  });

  it('is 3 % of the fine on day 1', () => {
    expect(latePaymentPenaltyFen(20_000, 1)).toBe(600); // 200 元 → 6 元
    expect(latePaymentPenaltyFen(300_000, 1)).toBe(9_000); // 3000 元 → 90 元
  });

  it('grows by 3 % a day up to the cap, which it reaches on day 34 and never passes', () => {
    expect(DAYS_TO_PENALTY_CAP).toBe(34);
    expect(latePaymentPenaltyFen(20_000, 33)).toBe(19_800); // 99 %
    expect(latePaymentPenaltyFen(20_000, 34)).toBe(20_000); // 102 % capped at 100 %
    expect(latePaymentPenaltyFen(20_000, 35)).toBe(20_000);
    expect(latePaymentPenaltyFen(20_000, 3650)).toBe(20_000);
  });

  it('rounds to the fen once over the whole period, half up', () => {
    // 333.33 元 × 3 % = 9.9999 元 → 10.00 元; two days 19.9998 → 20.00.
    expect(latePaymentPenaltyFen(33_333, 1)).toBe(1_000);
    expect(latePaymentPenaltyFen(33_333, 2)).toBe(2_000);
    // 0.50 元 × 3 % = 0.015 元 → 0.02 元.
    expect(latePaymentPenaltyFen(50, 1)).toBe(2);
  });

  it('refuses amounts and days that are not whole numbers', () => {
    expect(() => latePaymentPenaltyFen(100.5, 1)).toThrow(
      'fine must be a whole number of fen ≥ 0, got 100.5',
    );
    expect(() => latePaymentPenaltyFen(-100, 1)).toThrow(
      'fine must be a whole number of fen ≥ 0, got -100',
    );
    expect(() => latePaymentPenaltyFen(100, -1)).toThrow('days must be a whole number ≥ 0, got -1');
    expect(() => latePaymentPenaltyFen(100, -1)).toThrow(RangeError);
    expect(() => latePaymentPenaltyFen(100, 1.5)).toThrow(RangeError);
  });
});

describe('toFen and fenToDecimal (exact money)', () => {
  it('reads yuan with up to two decimals exactly', () => {
    expect(toFen('200.00')).toBe(20_000);
    expect(toFen('200.01')).toBe(20_001);
    expect(toFen(200.01)).toBe(20_001);
    expect(toFen(3000)).toBe(300_000);
    expect(toFen(0.1)).toBe(10);
    // One decimal is tenths of a yuan; white space around a typed amount is ignored.
    expect(toFen('200.1')).toBe(20_010);
    expect(toFen(' 200.01 ')).toBe(20_001);
  });

  it('refuses fractions of a fen and non-numbers', () => {
    expect(toFen(200.001)).toBeUndefined();
    expect(toFen(0.1 + 0.2)).toBeUndefined();
    expect(toFen('-5')).toBeUndefined();
    expect(toFen('1e3')).toBeUndefined();
    expect(toFen('abc')).toBeUndefined();
    expect(toFen('200.')).toBeUndefined();
    expect(toFen('.5')).toBeUndefined();
    expect(toFen('200.123')).toBeUndefined();
    expect(toFen('2 00')).toBeUndefined();
    expect(toFen('')).toBeUndefined();
  });

  it('refuses an amount too large to count in fen exactly', () => {
    expect(toFen('90071992547409.91')).toBe(Number.MAX_SAFE_INTEGER);
    expect(toFen('90071992547409.92')).toBeUndefined();
  });

  it('writes fen as a numeric literal', () => {
    expect(fenToDecimal(20_001)).toBe('200.01');
    expect(fenToDecimal(5)).toBe('0.05');
    expect(fenToDecimal(300_000)).toBe('3000.00');
  });

  it('shows fen as yuan for the API', () => {
    expect(fenToYuan(20_001)).toBe(200.01);
    expect(fenToYuan(5)).toBe(0.05);
  });
});
