import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_RULES } from '../calendar/deadline-rules.js';
import { deadlineStateOf, dueSoonRule } from './deadline-status.js';
import { HANDLING_LIMIT } from './handling-limit.js';

const bj = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);

/** A ticket as the rule reads it, checked on a Friday mid-morning. */
const now = bj('2026-02-13 10:00');
const ticket = { table: 'hotline_ticket', ...HANDLING_LIMIT } as const;
const open = (due_at: Date | string | null) => ({ due_at, closed_at: null });

describe('the warning rule of a time limit', () => {
  it('is the one the deadline rules set for that limit of that kind', () => {
    expect(dueSoonRule(DEFAULT_DEADLINE_RULES, 'hotline_ticket', 'handling')).toBe(
      DEFAULT_DEADLINE_RULES.dueSoon.tickets.handling,
    );
    expect(dueSoonRule(DEFAULT_DEADLINE_RULES, 'case_report', 'handling')).toBe(
      DEFAULT_DEADLINE_RULES.dueSoon.cases.handling,
    );
    expect(dueSoonRule(DEFAULT_DEADLINE_RULES, 'enforcement_record', 'payment')).toBe(
      DEFAULT_DEADLINE_RULES.dueSoon.enforcement.payment,
    );
  });

  it('is missing for a limit the kind does not have: a programming error naming both', () => {
    expect(() => dueSoonRule(DEFAULT_DEADLINE_RULES, 'hotline_ticket', 'payment')).toThrow(
      new Error('no dueSoon rule for the payment limit of hotline_ticket'),
    );
  });
});

describe('the deadline status of a record', () => {
  const horizon = { handling: bj('2026-02-13 17:30') };

  it('is DUE_SOON up to the horizon, read from a Date or an ISO string alike', () => {
    expect(deadlineStateOf(ticket, open(bj('2026-02-13 17:30')), now, horizon)).toBe('DUE_SOON');
    expect(deadlineStateOf(ticket, open('2026-02-13T09:30:00.000Z'), now, horizon)).toBe(
      'DUE_SOON',
    );
    expect(deadlineStateOf(ticket, open(bj('2026-02-13 17:31')), now, horizon)).toBe('NORMAL');
  });

  it('is OVERDUE past the due instant, though that is before the horizon too', () => {
    expect(deadlineStateOf(ticket, open(bj('2026-02-13 09:59')), now, horizon)).toBe('OVERDUE');
  });

  it('is NORMAL without a due time, and once closed', () => {
    expect(deadlineStateOf(ticket, open(null), now, horizon)).toBe('NORMAL');
    const closed = { due_at: bj('2026-02-13 12:00'), closed_at: now };
    expect(deadlineStateOf(ticket, closed, now, horizon)).toBe('NORMAL');
  });

  it('is never DUE_SOON under a limit the horizon names no instant for', () => {
    expect(deadlineStateOf(ticket, open(bj('2026-02-13 12:00')), now, {})).toBe('NORMAL');
    expect(deadlineStateOf(ticket, open(bj('2026-02-13 09:00')), now, {})).toBe('OVERDUE');
  });
});
