import { describe, expect, it } from 'vitest';
import { InputProblems, errorCodeOf } from '@city-ops/kernel';
import { WorkingCalendar } from '../calendar/working-calendar.js';
import { DEFAULT_WORKING_HOURS } from '../calendar/working-hours.js';
import { approvedExtension, extensionRequest } from './handling-extension.js';

/** The 2026 Spring Festival as in the State Council notice: make-up Saturdays 02-14 and 02-28. */
const calendar = new WorkingCalendar([
  { day: '2026-02-14', kind: 'workday' },
  ...Array.from({ length: 9 }, (_, index) => ({
    day: `2026-02-${String(15 + index).padStart(2, '0')}`,
    kind: 'holiday' as const,
  })),
  { day: '2026-02-28', kind: 'workday' },
]);

const bj = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);

/** The problems a request leaves, as `field: message` lines. */
function problemsOf(workingDays: number, reason: string): string[] {
  const problems = new InputProblems();
  extensionRequest({ id: 'x', version: 1, workingDays, reason }, problems);
  try {
    problems.throwIfAny();
    return [];
  } catch (error) {
    expect(errorCodeOf(error)).toBe('BAD_USER_INPUT');
    return (error as Error).message.split(/ (?=input\.)/);
  }
}

describe('延期申请: a request to extend the handling limit', () => {
  it('takes 1 to 30 working days and a reason, kept on the record until decided', () => {
    const problems = new InputProblems();
    const request = extensionRequest(
      { id: 'x', version: 1, workingDays: 30, reason: '  需协调多个部门  ' },
      problems,
    );
    expect(problems.isEmpty).toBe(true);
    expect(request).toEqual({
      set: { extension_days: 30, extension_reason: '需协调多个部门' },
      comment: '需协调多个部门',
      detail: { workingDays: 30 },
    });
    expect(problemsOf(1, '等待')).toEqual([]);
  });

  it.each([0, 31, 1.5, -2])('refuses %s working days, naming the field and the range', (days) => {
    expect(problemsOf(days, '需协调多个部门')).toEqual([
      'input.workingDays: must be a whole number of working days from 1 to 30.',
    ]);
  });

  it('refuses a reason shorter than 2 characters or longer than 1000', () => {
    expect(problemsOf(5, '等')).toEqual(['input.reason: must be at least 2 characters.']);
    expect(problemsOf(5, '等'.repeat(1001))).toEqual([
      'input.reason: must be at most 1000 characters (got 1001).',
    ]);
    // A reason may run over several lines.
    expect(problemsOf(5, '第一，等待答复\n第二，协调')).toEqual([]);
  });
});

describe('延期批准: an approved extension moves the due time in working days', () => {
  const beijing = {
    node: { workingTime: { timeZone: 'Asia/Shanghai', workingHours: DEFAULT_WORKING_HOURS } },
  };
  const clock = { calendar, timeZone: 'Asia/Shanghai', now: bj('2026-02-12 10:00') };

  it('counts from the old due time, over the Spring Festival and its make-up Saturday', () => {
    // Due Fri 02-13 17:30, extended by 3: Sat 02-14 (1), Tue 02-24 (2), Wed 02-25 (3).
    const { dueAt, detail } = approvedExtension(
      { due_at: bj('2026-02-13 17:30'), extension_days: 3 },
      beijing,
      clock,
    );
    expect(dueAt).toEqual(bj('2026-02-25 17:30'));
    expect(detail).toEqual({ workingDays: 3, dueAt: '2026-02-25T09:30:00.000Z' });
  });

  it('counts from now when the record had no due time', () => {
    // Now Thu 02-12 10:00, extended by 2: Fri 02-13 (1), Sat 02-14 (2).
    const { dueAt } = approvedExtension({ due_at: null, extension_days: 2 }, beijing, clock);
    expect(dueAt).toEqual(bj('2026-02-14 17:30'));
  });

  it('refuses to run without a pending request (the machines never let one through)', () => {
    expect(() =>
      approvedExtension({ due_at: bj('2026-02-13 17:30'), extension_days: null }, beijing, clock),
    ).toThrow('approvedExtension called without a pending extension request');
  });
});
