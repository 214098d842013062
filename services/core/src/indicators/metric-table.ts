import { findCategory } from '@city-ops/schema';
import { RECORD_TABLES } from '../records/record-kind.js';
import type { RecordTable } from '../records/record-kind.js';
import type { Metrics } from './indicator-definitions.js';

/** The category levels a report may be broken down by. */
export const CATEGORY_LEVELS = [1, 2, 3] as const;

/**
 * A rollup category at `level`: ticket categories are two digits per level (010101
 * → 01, 0101, 010101); a case's category is its type and minor code (EVENT:0101),
 * whose first two digits are the major class of that type (level 1: EVENT:01);
 * enforcement records are grouped by violated article at every level.
 */
export function categoryAt(kind: RecordTable, category: string, level: number): string {
  switch (kind) {
    case 'hotline_ticket':
      return category.slice(0, 2 * level);
    case 'case_report': {
      if (level >= 2) return category;
      const colon = category.indexOf(':');
      return category.slice(0, colon + 3);
    }
    case 'enforcement_record':
      return category;
  }
}

/** A category's name where its code names one (the ticket category tree). */
export function categoryName(kind: RecordTable, code: string): string | null {
  return kind === 'hotline_ticket' ? (findCategory(code)?.name ?? null) : null;
}

// Stryker disable next-line StringLiteral: a sentinel key for the all-categories row; category keys all start with '=', so any string without it keys the row alike
const TOTAL = '';
const keyOf = (period: string, kind: RecordTable, category: string) =>
  `${period}\u0000${kind}\u0000${category}`;

/**
 * Metric sums per period (its first day), record kind and — when a report asks for
 * categories — category at the report's level. Every amount is added to the period's
 * total too. Both sources (a city's records, the rollups) fill one of these, and the
 * indicators are computed from it the same way.
 */
export class MetricTable {
  private readonly cells = new Map<string, Record<string, number>>();
  private readonly categoryKeys = new Map<
    string,
    Map<string, { kind: RecordTable; code: string }>
  >();

  constructor(readonly categoryLevel: number | null) {}

  add(period: string, kind: RecordTable, category: string, metric: string, amount: number): void {
    this.addTo(keyOf(period, kind, TOTAL), metric, amount);
    if (this.categoryLevel === null) return;
    const code = categoryAt(kind, category, this.categoryLevel);
    const key = keyOf(period, kind, `=${code}`);
    this.addTo(key, metric, amount);
    let keys = this.categoryKeys.get(period);
    if (!keys) {
      keys = new Map();
      this.categoryKeys.set(period, keys);
    }
    keys.set(key, { kind, code });
  }

  /** The period's sums of one record kind, in total or of one category. */
  metrics(period: string, kind: RecordTable, category?: string): Metrics {
    return (
      this.cells.get(keyOf(period, kind, category === undefined ? TOTAL : `=${category}`)) ?? {}
    );
  }

  /** The categories the period has amounts in, by record kind and code. */
  categories(period: string): { kind: RecordTable; code: string }[] {
    // By kind (its place in RECORD_TABLES, one digit), then code: keys sort by UTF-16 code
    // unit, as `<` compares the codes.
    const byOrder = new Map(
      [...(this.categoryKeys.get(period)?.values() ?? [])].map((category) => [
        `${RECORD_TABLES.indexOf(category.kind)}\u0000${category.code}`,
        category,
      ]),
    );
    return [...byOrder.keys()].sort().map((key) => byOrder.get(key)!);
  }

  private addTo(key: string, metric: string, amount: number): void {
    let cell = this.cells.get(key);
    if (!cell) {
      cell = {};
      this.cells.set(key, cell);
    }
    cell[metric] = (cell[metric] ?? 0) + amount;
  }
}
