import { describe, expect, it } from 'vitest';
import { formatInstant } from './format-instant';
import { instantOfLocal } from './local-instant';

describe('reading a picked local time in the node’s zone', () => {
  it('reads Asia/Shanghai wall time as UTC, across midnight', () => {
    expect(instantOfLocal('2026-11-21 16:30', 'Asia/Shanghai')).toBe('2026-11-21T08:30:00.000Z');
    expect(instantOfLocal('2026-11-22 01:05', 'Asia/Shanghai')).toBe('2026-11-21T17:05:00.000Z');
  });

  it('is the inverse of formatInstant in a zone with summer time', () => {
    for (const iso of ['2026-01-15T12:00:00.000Z', '2026-07-15T12:00:00.000Z']) {
      expect(instantOfLocal(formatInstant(iso, 'Europe/Berlin'), 'Europe/Berlin')).toBe(iso);
    }
  });

  it('refuses what is not a local time', () => {
    expect(() => instantOfLocal('tomorrow', 'Asia/Shanghai')).toThrow();
  });
});
