import { owningCityOf } from '@city-ops/schema';

/** What says whether a node holds records as their owner: its tier's spoke and its division. */
export interface RecordHoldingNode {
  spoke: { ownsRecords: boolean };
  division: string;
}

/**
 * Whether this node is the system of record for `division`'s records (its own city's).
 * A module of its own, apart from ownership.ts, so the personal-data rule can ask it
 * without depending on the node's runtime.
 */
export function ownsRecordsOf(node: RecordHoldingNode, division: string) {
  return node.spoke.ownsRecords && owningCityOf(division) === node.division;
}
