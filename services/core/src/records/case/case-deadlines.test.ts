import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_RULES } from '../../calendar/deadline-rules.js';
import { WorkingCalendar } from '../../calendar/working-calendar.js';
import { DEFAULT_WORKING_HOURS } from '../../calendar/working-hours.js';
import { handlingDueAt } from './case-deadlines.js';

/** 2026 National Day: off Thu 10-01 … Wed 10-07, make-up working Saturday 10-10. */
const calendar = new WorkingCalendar([
  ...Array.from({ length: 7 }, (_, index) => ({
    day: `2026-10-0${index + 1}`,
    kind: 'holiday' as const,
  })),
  { day: '2026-10-10', kind: 'workday' },
]);

const bj = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);

const beijing = {
  deadlineRules: DEFAULT_DEADLINE_RULES,
  workingTime: { timeZone: 'Asia/Shanghai', workingHours: DEFAULT_WORKING_HOURS },
};

describe('派遣: when a dispatched city operations case falls due', () => {
  // Dispatched Wednesday 2026-09-30 16:30, the afternoon before National Day.
  const dispatchedAt = bj('2026-09-30 16:30');

  it('runs its minor category limit in working time, the case type deciding which 0101', () => {
    // 暴露垃圾 (EVENT 0101), 1 working day: after the holiday, Thu 10-08.
    expect(
      handlingDueAt(beijing, calendar, { minor_code: '0101', case_type: 'EVENT' }, dispatchedAt),
    ).toEqual(bj('2026-10-08 17:30'));
    // 井盖 (COMPONENT 0101), 2 working hours: 1 h to 17:30, then Thu 10-08 09:00 + 1 h.
    expect(
      handlingDueAt(
        beijing,
        calendar,
        { minor_code: '0101', case_type: 'COMPONENT' },
        dispatchedAt,
      ),
    ).toEqual(bj('2026-10-08 10:00'));
    // Any other category, 3 working days: Thu 10-08, Fri 10-09, Sat 10-10 (make-up).
    expect(
      handlingDueAt(beijing, calendar, { minor_code: '0999', case_type: 'EVENT' }, dispatchedAt),
    ).toEqual(bj('2026-10-10 17:30'));
  });
});
