import type { Principal } from '@city-ops/kernel';
import { canSeePersonalData } from '../permissions/personal-data.js';
import { maskPersonalColumns } from './personal-columns.js';
import type { RecordKind, RecordRow, RecordTable } from './record-kind.js';

/**
 * A record as `viewer` may see it: as stored when the personal-data rule lets them
 * (`unmasked`), else with its kind's personal columns masked. A kind without a
 * personal-data holder has nothing to hide.
 */
export function rowAsSeenBy<T extends RecordTable, Subject>(
  kind: RecordKind<T, Subject>,
  row: RecordRow<T>,
  viewer: Principal,
): { shown: RecordRow<T>; unmasked: boolean } {
  const unmasked = !kind.personalHolder || canSeePersonalData(viewer, kind.personalHolder(row));
  return { shown: unmasked ? row : maskPersonalColumns(kind, row), unmasked };
}
