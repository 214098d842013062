import { maskEnforcementRow } from '@city-ops/core';
import type { EnforcementRecordRow } from '@city-ops/core';

/**
 * The change-log payload of an enforcement record: the row with the party's
 * personal data masked (sync payloads never carry it) and instants as ISO strings.
 */
export function enforcementChangePayload(row: EnforcementRecordRow): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(maskEnforcementRow(row)).map(([column, value]) => [
      column,
      value instanceof Date ? value.toISOString() : value,
    ]),
  );
}
