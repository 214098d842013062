import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration';

describe('formatDuration', () => {
  it('reads a lag in its two largest whole units', () => {
    expect(formatDuration(0)).toBe('0 秒');
    expect(formatDuration(3.7)).toBe('3 秒');
    expect(formatDuration(59.9)).toBe('59 秒');
    expect(formatDuration(120)).toBe('2 分钟');
    expect(formatDuration(125)).toBe('2 分钟 5 秒');
    expect(formatDuration(3_600 + 5 * 60 + 9)).toBe('1 小时 5 分钟');
    expect(formatDuration(3_600 + 9)).toBe('1 小时');
    expect(formatDuration(2 * 86_400 + 3 * 3_600)).toBe('2 天 3 小时');
  });

  it('never shows a negative span', () => {
    expect(formatDuration(-4)).toBe('0 秒');
  });
});
