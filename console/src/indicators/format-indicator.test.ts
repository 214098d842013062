import { describe, expect, it } from 'vitest';
import { formatChange, formatIndicatorValue, formatScore } from './format-indicator';

describe('indicator formats', () => {
  it('writes each kind as the spreadsheet does', () => {
    expect(formatIndicatorValue('RATE', 0.8765)).toBe('87.7%');
    expect(formatIndicatorValue('RATE', 1)).toBe('100.0%');
    expect(formatIndicatorValue('AVERAGE', 1234.567)).toBe('1,234.57');
    expect(formatIndicatorValue('COUNT', 12345)).toBe('12,345');
    expect(formatIndicatorValue('AMOUNT', 2500)).toBe('¥2,500.00');
  });

  it('shows no value as a dash, never as 0', () => {
    expect(formatIndicatorValue('RATE', null)).toBe('—');
    expect(formatScore(null)).toBe('—');
    expect(formatChange('RELATIVE', null)).toBe('—');
  });

  it('signs a change and counts it in its unit', () => {
    expect(formatChange('PERCENTAGE_POINTS', 5)).toBe('+5.0');
    expect(formatChange('PERCENTAGE_POINTS', -2.25)).toBe('-2.3');
    expect(formatChange('POINTS', 0)).toBe('0.0');
    expect(formatChange('RELATIVE', 0.25)).toBe('+25.0%');
    expect(formatChange('RELATIVE', -0.5)).toBe('-50.0%');
    expect(formatScore(87.25)).toBe('87.3');
  });
});
