import type { PersonalColumn } from './record-kind.js';

/**
 * A row with its kind's personal columns masked: what every reader outside the owning
 * city sees, what every change payload carries, and what a replica stores on arrival
 * whatever its source sent (masking is idempotent, so a masked row masks to itself).
 */
export function maskPersonalColumns<Row extends object>(
  kind: { personalColumns: readonly PersonalColumn<Row>[] },
  row: Row,
): Row {
  if (kind.personalColumns.length === 0) return row;
  const masked = { ...row } as Record<string, unknown>;
  for (const { column, mask, when } of kind.personalColumns) {
    if (when && !when(row)) continue;
    const value = masked[column];
    masked[column] = typeof value === 'string' || value === null ? mask(value) : value;
  }
  return masked as Row;
}

/** A row as a change-log payload: personal columns masked, instants as ISO strings. */
export function recordChangePayload<Row extends object>(
  kind: { personalColumns: readonly PersonalColumn<Row>[] },
  row: Row,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(maskPersonalColumns(kind, row)).map(([column, value]) => [
      column,
      value instanceof Date ? value.toISOString() : value,
    ]),
  );
}
