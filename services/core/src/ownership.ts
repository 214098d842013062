import { owningCityOf } from '@city-ops/schema';
import { divisionLabel, owningCityFor, notOwner } from '@city-ops/kernel';
import type { NodeRuntime, TierSpoke } from './node-context.js';

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

/** Whether this node is the system of record for `division`'s records (its own city's). */
export function ownsRecordsOf(
  node: { spoke: Pick<TierSpoke, 'ownsRecords'>; division: string },
  division: string,
) {
  return node.spoke.ownsRecords && owningCityOf(division) === node.division;
}
