import { divisionLabel, owningCityFor, notOwner } from '@city-ops/kernel';
import type { NodeRuntime } from './node-context.js';
import { ownsRecordsOf } from './owns-records.js';

// Where every caller has always found it.
export { ownsRecordsOf } from './owns-records.js';

/**
 * Single owner per record (docs/ARCHITECTURE.md "Ownership"): only the city node of a division writes its
 * records. Anything else gets NOT_OWNER naming the owner, so the caller knows where
 * the write belongs.
 */
export function assertOwner(node: NodeRuntime, division: string, field: string): void {
  const owner = owningCityFor(division, field);
  if (ownsRecordsOf(node, owner)) return;
  throw notOwner(
    `Records of ${divisionLabel(division)} are owned by the city node ${divisionLabel(owner)}, not by this ${node.tier} node ${divisionLabel(node.division)}; send the write there (the gateway routes it by division).`,
    owner,
  );
}
