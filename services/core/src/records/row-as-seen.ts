import { canSeePersonalData } from '../permissions/personal-data.js';
import type { RecordReader } from '../permissions/personal-data.js';
import { maskPersonalColumns } from './personal-columns.js';
import type { RecordKind, RecordRow, RecordTable } from './record-kind.js';

/**
 * A record as `reader` may see it at the node answering: as stored when the personal-data
 * rule lets them and the node holds it unmasked (`unmasked`), else with its kind's personal
 * columns masked — here, or already before the row reached a province's or the ministry's
 * replica, which `unmasked: false` says too. A kind without a personal-data holder has
 * nothing to hide.
 */
export function rowAsSeenBy<T extends RecordTable, Subject>(
  kind: RecordKind<T, Subject>,
  row: RecordRow<T>,
  reader: RecordReader,
): { shown: RecordRow<T>; unmasked: boolean } {
  const unmasked = !kind.personalHolder || canSeePersonalData(reader, kind.personalHolder(row));
  return { shown: unmasked ? row : maskPersonalColumns(kind, row), unmasked };
}
