import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../calendar/working-calendar.js';
import {
  decisionDueAt,
  hearingRequestDueAt,
  paymentDueAt,
  serviceDueAt,
} from './enforcement-deadlines.js';

const ZONE = 'Asia/Shanghai';
/** Midnight at the end of a local date in Beijing. */
const endOfDay = (localDate: string) =>
  new Date(Date.parse(`${localDate}T00:00:00+08:00`) + 86_400_000);
const at = (local: string) => new Date(`${local}+08:00`);

/** The 2026 National Day holiday and its make-up day 10-10, as in the seeded calendar. */
const calendar = new WorkingCalendar([
  ...[
    '2026-10-01',
    '2026-10-02',
    '2026-10-03',
    '2026-10-04',
    '2026-10-05',
    '2026-10-06',
    '2026-10-07',
  ].map((day) => ({ day, kind: 'holiday' as const })),
  { day: '2026-10-10', kind: 'workday' as const },
]);

describe('the hearing-request window: 5 working days after the notice (art. 64(1), art. 85)', () => {
  it('does not count the notice day, and ends at midnight of the 5th working day', () => {
    // Notice on Monday 2026-11-16 at 10:00 → Tue, Wed, Thu, Fri, Mon → ends with 2026-11-23.
    const due = hearingRequestDueAt(at('2026-11-16T10:00:00'), calendar, ZONE);
    expect(due).toEqual(endOfDay('2026-11-23'));
    expect(due.toISOString()).toBe('2026-11-23T16:00:00.000Z');
  });

  it('skips a weekend', () => {
    // Notice on Friday 2026-11-20 (late evening) → Mon 23 … Fri 27.
    expect(hearingRequestDueAt(at('2026-11-20T23:30:00'), calendar, ZONE)).toEqual(
      endOfDay('2026-11-27'),
    );
  });

  it('skips a holiday and counts its make-up working day', () => {
    // Notice on Wed 2026-09-30 → holiday 10-01…10-07, then Thu 8, Fri 9, Sat 10 (make-up), Mon 12, Tue 13.
    expect(hearingRequestDueAt(at('2026-09-30T15:00:00'), calendar, ZONE)).toEqual(
      endOfDay('2026-10-13'),
    );
  });

  it('counts from the local date of the notice, not the UTC one', () => {
    // 2026-11-16 07:00 in Beijing is 2026-11-15 in UTC: still a Monday notice.
    expect(hearingRequestDueAt(at('2026-11-16T07:00:00'), calendar, ZONE)).toEqual(
      endOfDay('2026-11-23'),
    );
  });
});

describe('the service limit: 7 working days after the decision (art. 61, art. 85)', () => {
  it('ends at midnight of the 7th working day', () => {
    // Decision on Monday 2026-11-16 → 17, 18, 19, 20, 23, 24, 25.
    expect(serviceDueAt(at('2026-11-16T09:00:00'), calendar, ZONE)).toEqual(endOfDay('2026-11-25'));
  });
});

describe('the decision limit: 90 calendar days after filing (art. 60)', () => {
  it('ends at midnight of the 90th day', () => {
    // Filed Monday 2026-08-03 → day 90 is Sunday 11-01 → a day off: the next working day, Mon 11-02.
    expect(decisionDueAt(at('2026-08-03T10:00:00'), 0, calendar, ZONE)).toEqual(
      endOfDay('2026-11-02'),
    );
    // Filed Wednesday 2026-08-05 → day 90 is Tuesday 11-03, a working day.
    expect(decisionDueAt(at('2026-08-05T10:00:00'), 0, calendar, ZONE)).toEqual(
      endOfDay('2026-11-03'),
    );
  });

  it('moves by an approved extension, in calendar days', () => {
    expect(decisionDueAt(at('2026-08-05T10:00:00'), 30, calendar, ZONE)).toEqual(
      endOfDay('2026-12-03'),
    );
  });
});

describe('the payment limit: 15 calendar days after service (art. 67)', () => {
  it('ends at midnight of the 15th day', () => {
    // Served Monday 2026-11-16 → day 15 is Tuesday 12-01.
    expect(paymentDueAt(at('2026-11-16T11:00:00'), calendar, ZONE)).toEqual(endOfDay('2026-12-01'));
  });

  it('runs to the next working day when the 15th day is a day off (weekend or holiday)', () => {
    // Served Saturday 2026-11-14 → day 15 is Sunday 11-29 → Monday 11-30.
    expect(paymentDueAt(at('2026-11-14T11:00:00'), calendar, ZONE)).toEqual(endOfDay('2026-11-30'));
    // Served 2026-09-17 → day 15 is 10-02 (National Day) → the next working day, Thursday 10-08.
    expect(paymentDueAt(at('2026-09-17T11:00:00'), calendar, ZONE)).toEqual(endOfDay('2026-10-08'));
  });
});

describe('a calendar with no working day for ten years (a data error)', () => {
  const off = (from: string, count: number) =>
    Array.from({ length: count }, (_, index) => ({
      day: new Date(Date.parse(`${from}T00:00:00Z`) + index * 86_400_000)
        .toISOString()
        .slice(0, 10),
      kind: 'holiday' as const,
    }));
  // A notice on Tue 2026-11-17: the search for the first working day starts on Wed 11-18.
  const notice = at('2026-11-17T10:00:00');

  it('is searched 3660 dates ahead, counting the first, and no further', () => {
    // 11-18 … 2036-11-23 off (3659 dates): Mon 2036-11-24, the 3660th, is found, then 25 … 28.
    const lastChance = new WorkingCalendar(off('2026-11-18', 3659));
    expect(hearingRequestDueAt(notice, lastChance, ZONE)).toEqual(endOfDay('2036-11-28'));
    // With 2036-11-24 off too, the next working day (the 3661st date) is beyond the search.
    const none = new WorkingCalendar(off('2026-11-18', 3660));
    expect(() => hearingRequestDueAt(notice, none, ZONE)).toThrow(
      'No working day within 3660 days of 2026-11-18: check the working calendar',
    );
  });
});
