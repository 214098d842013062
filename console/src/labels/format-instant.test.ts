import { describe, expect, it } from 'vitest';
import { formatInstant, formatTimeOfDay } from './format-instant';

describe('showing an API instant in the node’s zone', () => {
  it('shows UTC in Asia/Shanghai, across midnight', () => {
    expect(formatInstant('2026-11-21T08:30:00.000Z', 'Asia/Shanghai')).toBe('2026-11-21 16:30');
    expect(formatInstant('2026-11-21T17:05:00.000Z', 'Asia/Shanghai')).toBe('2026-11-22 01:05');
  });

  it('shows seconds when asked (a screen refreshed every few seconds)', () => {
    expect(formatInstant('2026-11-21T17:05:09.600Z', 'Asia/Shanghai', { seconds: true })).toBe(
      '2026-11-22 01:05:09',
    );
  });

  it('shows the time of day to the second in the node’s zone', () => {
    expect(formatTimeOfDay('2026-11-21T17:05:09.000Z', 'Asia/Shanghai')).toBe('01:05:09');
  });
});
