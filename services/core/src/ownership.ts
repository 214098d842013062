import { divisionLabel, owningCityFor, notOwner } from '@city-ops/kernel';
import type { NodeRuntime } from './node-context.js';
import { ownsRecordsOf } from './owns-records.js';
import { tierNodeZh } from './node/tier-label.js';

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
    {
      zh: `${divisionLabel(division)} 的记录归市级节点 ${divisionLabel(owner)} 所有，不归本${tierNodeZh(node.tier)} ${divisionLabel(node.division)}；请将写入发往该节点（网关按行政区划自动转发）。`,
      en: `Records of ${divisionLabel(division)} are owned by the city node ${divisionLabel(owner)}, not by this ${node.tier} node ${divisionLabel(node.division)}; send the write there (the gateway routes it by division).`,
    },
    owner,
  );
}
