import { describe, expect, it } from 'vitest';
import type { EnforcementRecordRow } from '../database/tables.js';
import { enforcementKind } from './enforcement/enforcement-kind.js';
import { HANDLING_LIMIT } from './handling-limit.js';
import { dueInstantOf, isOverdue, overdueLimits } from './overdue-rule.js';

const bj = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);

/** A ticket or case row as the overdue rule reads it. */
const handled = (due_at: Date | string | null, closed_at: Date | null = null) => ({
  due_at,
  closed_at,
});

describe('overdue: a ticket or case past its handling limit while open', () => {
  const due = bj('2026-02-25 17:30');

  it('is on time at the due instant itself and late one millisecond after', () => {
    expect(isOverdue(HANDLING_LIMIT, handled(due), due)).toBe(false);
    expect(isOverdue(HANDLING_LIMIT, handled(due), new Date(due.getTime() + 1))).toBe(true);
    expect(overdueLimits(HANDLING_LIMIT, handled(due), bj('2026-02-26 09:00'))).toEqual([
      'handling',
    ]);
    expect(overdueLimits(HANDLING_LIMIT, handled(due), bj('2026-02-25 17:00'))).toEqual([]);
  });

  it('reads a due time passed up as an ISO string (a province replica) like a Date', () => {
    const row = handled('2026-02-25T09:30:00.000Z');
    expect(isOverdue(HANDLING_LIMIT, row, bj('2026-02-25 17:30'))).toBe(false);
    expect(isOverdue(HANDLING_LIMIT, row, bj('2026-02-25 17:31'))).toBe(true);
  });

  it('is never overdue once closed, however late, nor without a due time', () => {
    const later = bj('2026-03-31 10:00');
    expect(isOverdue(HANDLING_LIMIT, handled(due, bj('2026-02-27 10:00')), later)).toBe(false);
    expect(isOverdue(HANDLING_LIMIT, handled(null), later)).toBe(false);
    // A row that does not carry closed_at at all is open.
    expect(isOverdue(HANDLING_LIMIT, { due_at: due }, later)).toBe(true);
  });
});

describe('the due instant of a limit, as both the overdue and the due-soon rule read it', () => {
  const [handling] = HANDLING_LIMIT.overdue;

  it('is the due time in ms, stored as a Date or passed up as an ISO string', () => {
    const due = bj('2026-02-25 17:30');
    expect(dueInstantOf(handling, handled(due))).toBe(due.getTime());
    expect(dueInstantOf(handling, handled('2026-02-25T09:30:00.000Z'))).toBe(due.getTime());
  });

  it('is none (not NaN) for a record without a due time, or a row without the column', () => {
    expect(dueInstantOf(handling, handled(null))).toBeUndefined();
    const withoutColumn: { closed_at: null; due_at?: Date } = { closed_at: null };
    expect(dueInstantOf(handling, withoutColumn)).toBeUndefined();
  });
});

describe('overdue: the statutory limits of an enforcement record, each in its own states', () => {
  // Only the columns the limits read.
  const row = (status: string) =>
    ({
      status,
      closed_at: null,
      decision_due_at: bj('2026-11-03 00:00'),
      service_due_at: bj('2026-11-26 00:00'),
      payment_due_at: bj('2026-12-02 00:00'),
    }) as EnforcementRecordRow;
  const monthsLater = bj('2026-12-10 10:00');

  it('runs the 90-day decision limit only before the decision', () => {
    for (const status of ['FILED', 'INVESTIGATING', 'NOTIFIED', 'HEARING', 'LEGAL_REVIEW']) {
      expect(overdueLimits(enforcementKind, row(status), monthsLater), status).toEqual([
        'decision',
      ]);
    }
  });

  it('runs the service limit once decided, and the payment limit once served', () => {
    expect(overdueLimits(enforcementKind, row('DECIDED'), monthsLater)).toEqual(['service']);
    expect(overdueLimits(enforcementKind, row('SERVED'), monthsLater)).toEqual(['payment']);
    expect(overdueLimits(enforcementKind, row('SERVED'), bj('2026-12-01 23:59'))).toEqual([]);
    expect(overdueLimits(enforcementKind, row('PAID'), monthsLater)).toEqual([]);
    expect(overdueLimits(enforcementKind, row('CLOSED'), monthsLater)).toEqual([]);
  });
});
