import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_RULES } from '../../calendar/deadline-rules.js';
import type { DeadlineRules } from '../../calendar/deadline-rules.js';
import { WorkingCalendar } from '../../calendar/working-calendar.js';
import { DEFAULT_WORKING_HOURS, parseWorkingHours } from '../../calendar/working-hours.js';
import { reopenedDueAt, ticketDueAt } from './ticket-deadlines.js';

/** The 2026 Spring Festival as in the State Council notice: make-up Saturdays 02-14 and 02-28. */
const calendar = new WorkingCalendar([
  { day: '2026-02-14', kind: 'workday' },
  ...Array.from({ length: 9 }, (_, index) => ({
    day: `2026-02-${String(15 + index).padStart(2, '0')}`,
    kind: 'holiday' as const,
  })),
  { day: '2026-02-28', kind: 'workday' },
]);

/** A Beijing wall-clock time as the UTC instant it is. */
const bj = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);

const beijing = {
  deadlineRules: DEFAULT_DEADLINE_RULES,
  workingTime: { timeZone: 'Asia/Shanghai', workingHours: DEFAULT_WORKING_HOURS },
};

describe('受理: when a 12345 ticket falls due', () => {
  // Taken Friday 2026-02-13 15:00, the last working Friday before the Spring Festival.
  const takenAt = bj('2026-02-13 15:00');

  it('runs the class × urgency tier of the city rules over the holiday calendar', () => {
    // A complaint, 5 working days: Sat 02-14 (make-up), Tue 02-24 … Fri 02-27.
    expect(ticketDueAt(beijing, calendar, 'COMPLAINT', 'NORMAL', takenAt)).toEqual(
      bj('2026-02-27 17:30'),
    );
    // A consultation, 1 working day: the make-up Saturday.
    expect(ticketDueAt(beijing, calendar, 'CONSULTATION', 'NORMAL', takenAt)).toEqual(
      bj('2026-02-14 17:30'),
    );
    // A suggestion, 15 working days: 02-14, 02-24…02-27, 02-28 (make-up), 03-02…03-06, 03-09…03-12.
    expect(ticketDueAt(beijing, calendar, 'SUGGESTION', 'NORMAL', takenAt)).toEqual(
      bj('2026-03-12 17:30'),
    );
    // Urgent, 1 working day, whatever the class; an emergency the same working day.
    expect(ticketDueAt(beijing, calendar, 'SUGGESTION', 'URGENT', takenAt)).toEqual(
      bj('2026-02-14 17:30'),
    );
    expect(ticketDueAt(beijing, calendar, 'REPORT', 'EMERGENCY', takenAt)).toEqual(
      bj('2026-02-13 17:30'),
    );
  });

  it("uses the node's own rules file and working hours, not the defaults", () => {
    const rules: DeadlineRules = {
      ...DEFAULT_DEADLINE_RULES,
      tickets: {
        default: {
          NORMAL: { workingDays: 3 },
          URGENT: { workingDays: 1 },
          EMERGENCY: { workingHours: 4 },
        },
        byIntakeClass: {},
      },
    };
    const city = {
      deadlineRules: rules,
      workingTime: {
        timeZone: 'Asia/Shanghai',
        workingHours: parseWorkingHours('08:30-12:00,14:30-18:00'),
      },
    };
    // Emergency, 4 working hours from Fri 15:00: 3 h to 18:00, then Sat 02-14 08:30 + 1 h.
    expect(ticketDueAt(city, calendar, 'COMPLAINT', 'EMERGENCY', takenAt)).toEqual(
      bj('2026-02-14 09:30'),
    );
    // Without a class entry a consultation takes the default 3 working days, closing at 18:00.
    expect(ticketDueAt(city, calendar, 'CONSULTATION', 'NORMAL', takenAt)).toEqual(
      bj('2026-02-25 18:00'),
    );
  });
});

describe('重办: when a reopened ticket falls due', () => {
  it('counts the rule of its class and urgency again from the reopening, whatever its old due time', () => {
    // Logged and due long ago; reopened Thu 2026-02-12 15:00, just before the Spring Festival.
    const ticket = { intake_class: 'COMPLAINT', urgency: 'NORMAL' };
    const reopenedAt = bj('2026-02-12 15:00');
    // 5 working days: Fri 02-13, Sat 02-14 (make-up), then Tue 02-24 … Thu 02-26.
    expect(reopenedDueAt(beijing, { calendar, now: reopenedAt }, ticket)).toEqual(
      bj('2026-02-26 17:30'),
    );
    expect(
      reopenedDueAt(beijing, { calendar, now: reopenedAt }, { ...ticket, urgency: 'URGENT' }),
    ).toEqual(bj('2026-02-13 17:30'));
    // The same rule as at 受理: a reopening and an intake at the same instant fall due together.
    expect(reopenedDueAt(beijing, { calendar, now: reopenedAt }, ticket)).toEqual(
      ticketDueAt(beijing, calendar, 'COMPLAINT', 'NORMAL', reopenedAt),
    );
  });
});
