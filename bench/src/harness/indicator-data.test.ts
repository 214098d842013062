import { isLeafCategory } from '@city-ops/schema';
import {
  apportion,
  DATA_MONTHS,
  daysInMonth,
  growthBatches,
  leafCategories,
  splitBatches,
  ticketGenerationSql,
  weightedSlots,
} from './indicator-data.js';
import { describe, expect, it } from 'vitest';

const count = <T>(values: readonly T[], value: T) => values.filter((v) => v === value).length;

describe('weightedSlots', () => {
  it('fills the slots in proportion to the weights', () => {
    const slots = weightedSlots(
      [
        ['a', 62],
        ['b', 20],
        ['c', 7],
        ['d', 11],
      ],
      100,
    );
    expect(slots).toHaveLength(100);
    expect([count(slots, 'a'), count(slots, 'b'), count(slots, 'c'), count(slots, 'd')]).toEqual([
      62, 20, 7, 11,
    ]);
  });

  it('gives every positive weight a slot and leaves out zero weights', () => {
    const slots = weightedSlots(
      [
        ['big', 1000],
        ['tiny', 1],
        ['none', 0],
      ],
      10,
    );
    expect(slots).toHaveLength(10);
    expect(count(slots, 'tiny')).toBe(1);
    expect(count(slots, 'big')).toBe(9);
    expect(slots).not.toContain('none');
  });

  it('refuses what cannot be drawn from', () => {
    expect(() => weightedSlots([['a', 0]])).toThrow();
    expect(() =>
      weightedSlots(
        [
          ['a', 1],
          ['b', 1],
        ],
        1,
      ),
    ).toThrow();
  });
});

describe('apportion', () => {
  it('splits a total exactly, by largest remainder', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(1_000_000, [0.95, 0.9, 0.75]).reduce((a, b) => a + b, 0)).toBe(1_000_000);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
  });
});

describe('growthBatches', () => {
  it('covers new ticket numbers once, month by month, in the months’ proportions', () => {
    const first = growthBatches(0, 1_000);
    const second = growthBatches(1_000, 10_000);
    const all = [...first, ...second];
    const numbers = all.flatMap((batch) =>
      Array.from({ length: batch.end - batch.first }, (_, i) => batch.first + i),
    );
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 10_000 }, (_, i) => i));
    // Built in two steps, each month holds what one step to 10 000 would have given it.
    const perMonth = (batches: typeof all) =>
      DATA_MONTHS.map((month) =>
        batches
          .filter((batch) => batch.month === month)
          .reduce((sum, batch) => sum + batch.end - batch.first, 0),
      );
    expect(perMonth(all)).toEqual(perMonth(growthBatches(0, 10_000)));
    expect(() => growthBatches(10, 5)).toThrow();
  });

  it('splits batches into bounded pieces without losing a number', () => {
    const pieces = splitBatches([{ month: '2026-01', first: 5, end: 30 }], 10);
    expect(pieces).toEqual([
      { month: '2026-01', first: 5, end: 15 },
      { month: '2026-01', first: 15, end: 25 },
      { month: '2026-01', first: 25, end: 30 },
    ]);
  });
});

describe('the ticket generator', () => {
  it('knows month lengths and the category leaves', () => {
    expect(daysInMonth('2026-02')).toBe(28);
    expect(daysInMonth('2025-12')).toBe(31);
    const leaves = leafCategories();
    expect(leaves.length).toBeGreaterThan(20);
    expect(leaves.every((leaf) => isLeafCategory(leaf.code))).toBe(true);
  });

  it('is one INSERT over the five parameters, every constant filled in', () => {
    const sql = ticketGenerationSql();
    expect(sql.trimStart().startsWith('INSERT INTO hotline_ticket')).toBe(true);
    for (const parameter of ['$1', '$2', '$3', '$4', '$5']) expect(sql).toContain(parameter);
    expect(sql).not.toMatch(/\$6|undefined|NaN|\[object/);
    // Both cities' districts, and the personal fields only ever masked.
    expect(sql).toContain("'320106'");
    expect(sql).toContain("'320211'");
    expect(sql).toContain("|| '****' ||");
  });
});
