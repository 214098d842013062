import { describe, expect, it } from 'vitest';
import { changeArrow, changeUnitOf, periodChange } from './period-change';

describe('change against the previous period', () => {
  it('counts a rate in points, a score in points, the rest relatively', () => {
    expect(changeUnitOf('RATE')).toBe('PERCENTAGE_POINTS');
    expect(changeUnitOf('SCORE')).toBe('POINTS');
    expect(changeUnitOf('COUNT')).toBe('RELATIVE');
    expect(periodChange('RATE', 0.8, 0.75)).toBeCloseTo(5);
    expect(periodChange('SCORE', 90, 87.5)).toBe(2.5);
    expect(periodChange('COUNT', 5, 4)).toBe(0.25);
    expect(periodChange('AVERAGE', 3, 4)).toBe(-0.25);
  });

  it('has no change without both values, nor a relative one from 0', () => {
    expect(periodChange('RATE', null, 0.5)).toBeNull();
    expect(periodChange('RATE', 0.5, null)).toBeNull();
    expect(periodChange('COUNT', 3, 0)).toBeNull();
    expect(periodChange('RATE', 0.5, 0)).toBe(50);
  });

  it('shows the direction as an arrow', () => {
    expect(changeArrow(2)).toBe('↑');
    expect(changeArrow(-0.1)).toBe('↓');
    expect(changeArrow(0)).toBe('→');
    expect(changeArrow(null)).toBe('');
  });
});
