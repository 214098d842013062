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
  const masked = { ...row } as Record<string, unknown>;
  for (const { column, mask, when } of kind.personalColumns) {
    if (when && !when(row)) continue;
    const value: unknown = masked[column];
    if (value == null) continue;
    // A personal column holds text, but a sync payload is whatever JSON its source sent, and
    // the replica stores a number or a list in a text column as its text: 13812345678 sent
    // as a number would land unmasked. So any other value is masked as that text.
    masked[column] = mask(typeof value === 'string' ? value : JSON.stringify(value));
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
