import { describe, expect, it } from 'vitest';
import { deriveClosureType } from './case-closure.js';

const due = new Date('2026-11-20T09:30:00.000Z');
const before = new Date('2026-11-20T09:00:00.000Z');
const after = new Date('2026-11-20T10:00:00.000Z');

describe('the closure type (结案类型)', () => {
  it('is NORMAL when closed by the due time, OVERDUE after it', () => {
    const facts = { everParked: false, approvedReturns: 0, dueAt: due };
    expect(deriveClosureType({ ...facts, closedAt: before })).toBe('NORMAL');
    expect(deriveClosureType({ ...facts, closedAt: due })).toBe('NORMAL');
    expect(deriveClosureType({ ...facts, closedAt: after })).toBe('OVERDUE');
  });

  it('is NORMAL without a due time (never dispatched with one)', () => {
    expect(
      deriveClosureType({ everParked: false, approvedReturns: 0, dueAt: null, closedAt: after }),
    ).toBe('NORMAL');
  });

  it('is ERROR after an approved return, even when late', () => {
    expect(
      deriveClosureType({ everParked: false, approvedReturns: 1, dueAt: due, closedAt: after }),
    ).toBe('ERROR');
  });

  it('is SPECIAL once parked, before everything else', () => {
    expect(
      deriveClosureType({ everParked: true, approvedReturns: 2, dueAt: due, closedAt: after }),
    ).toBe('SPECIAL');
  });
});
