import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rateLimitedWarn } from './rate-limited-warn.js';

describe('rateLimitedWarn', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const capture = () => {
    const lines: { fields: Record<string, unknown>; message: string }[] = [];
    const logger = {
      warn: (fields: Record<string, unknown>, message: string) => lines.push({ fields, message }),
    };
    return { lines, warn: rateLimitedWarn(logger as never, { intervalMs: 10_000 }) };
  };

  it('logs the first of a key at once and the rest as one line with their count when the interval ends', () => {
    const { lines, warn } = capture();
    for (let index = 0; index < 50; index += 1) warn('city-320100', { cause: `c${index}` }, 'down');
    expect(lines).toEqual([{ fields: { cause: 'c0', suppressed: 0 }, message: 'down' }]);
    vi.advanceTimersByTime(10_000);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toEqual({
      fields: { cause: 'c49', suppressed: 49 },
      message: 'down (49 like it in the last 10 s)',
    });
    // The summary opened a new interval: more of the same are held back again.
    warn('city-320100', { cause: 'c50' }, 'down');
    expect(lines).toHaveLength(2);
    vi.advanceTimersByTime(10_000);
    expect(lines[2]?.fields).toEqual({ cause: 'c50', suppressed: 1 });
  });

  it('keeps keys apart and logs a key that stayed quiet for an interval at once', () => {
    const { lines, warn } = capture();
    warn('city-320100', {}, 'a');
    warn('city-320200', {}, 'b');
    expect(lines.map((line) => line.message)).toEqual(['a', 'b']);
    vi.advanceTimersByTime(10_000);
    // Nothing was suppressed: no summary line.
    expect(lines).toHaveLength(2);
    warn('city-320100', {}, 'a again');
    expect(lines.at(-1)).toEqual({ fields: { suppressed: 0 }, message: 'a again' });
  });
});
