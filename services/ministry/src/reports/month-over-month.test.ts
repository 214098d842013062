import { describe, expect, it } from 'vitest';
import { changeUnitOf, monthOverMonth, rankByValue } from './month-over-month.js';

describe('monthOverMonth', () => {
  it('gives a rate’s change in percentage points', () => {
    expect(changeUnitOf('RATE')).toBe('PERCENTAGE_POINTS');
    expect(monthOverMonth('RATE', 0.8, 0.75)).toBeCloseTo(5, 12);
    expect(monthOverMonth('RATE', 0.5, 1)).toBeCloseTo(-50, 12);
    expect(monthOverMonth('RATE', 0, 0)).toBe(0);
  });

  it('gives counts, amounts and averages a relative change, and none from 0', () => {
    expect(changeUnitOf('COUNT')).toBe('RELATIVE');
    expect(monthOverMonth('COUNT', 5, 4)).toBe(0.25);
    expect(monthOverMonth('AMOUNT', 150.5, 301)).toBe(-0.5);
    expect(monthOverMonth('AVERAGE', 36, 48)).toBe(-0.25);
    expect(monthOverMonth('COUNT', 3, 0)).toBeNull();
    expect(monthOverMonth('COUNT', 0, 0)).toBeNull();
    expect(monthOverMonth('COUNT', 0, 7)).toBe(-1);
  });

  it('gives the composite score’s change in score points', () => {
    expect(changeUnitOf('SCORE')).toBe('POINTS');
    expect(monthOverMonth('SCORE', 82.5, 80)).toBe(2.5);
  });

  it('has no change when either month has no value (an empty denominator)', () => {
    expect(monthOverMonth('RATE', null, 0.5)).toBeNull();
    expect(monthOverMonth('RATE', 0.5, null)).toBeNull();
    expect(monthOverMonth('AVERAGE', null, null)).toBeNull();
    expect(monthOverMonth('SCORE', 70, null)).toBeNull();
  });
});

describe('rankByValue', () => {
  const entries = [
    { code: '320200', value: 0.5 },
    { code: '330100', value: null },
    { code: '320100', value: 0.9 },
    { code: '330200', value: 0.5 },
    { code: '320300', value: null },
    { code: '320400', value: 0.2 },
  ];
  const rank = (better: 'HIGHER' | 'LOWER') =>
    rankByValue(
      entries,
      (entry) => entry.value,
      (entry) => entry.code,
      better,
    ).map(({ rank, entry }) => [rank, entry.code]);

  it('ranks best first, equal values sharing a rank, the valueless last and unranked', () => {
    expect(rank('HIGHER')).toEqual([
      [1, '320100'],
      [2, '320200'],
      [2, '330200'],
      [4, '320400'],
      [null, '320300'],
      [null, '330100'],
    ]);
  });

  it('ranks the lowest first where lower is better', () => {
    expect(rank('LOWER')).toEqual([
      [1, '320400'],
      [2, '320200'],
      [2, '330200'],
      [4, '320100'],
      [null, '320300'],
      [null, '330100'],
    ]);
  });
});
