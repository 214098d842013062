import { divisionContains } from '@city-ops/schema';
import { indicatorHolders } from '@city-ops/kernel';
import type { IndicatorQuery } from '@city-ops/kernel';
import type { NodeRegistry, RegisteredNode } from './node-registry.js';

/**
 * The nodes that may answer a caller's request for `division`'s indicators, in the
 * order to ask them: the nodes holding the data (indicator-request.ts), narrowest
 * first, that sit at or above the caller's own division. A provincial supervisor
 * asking for 南京 is answered by 江苏's node, a ministry analyst by the ministry: each
 * reads at the lowest tier that holds the data *for them*, so everything one caller
 * compares comes from one node's snapshot.
 */
export function indicatorNodesFor(
  registry: NodeRegistry,
  callerDivision: string,
  division: string,
  query: IndicatorQuery,
): RegisteredNode[] {
  return indicatorHolders(division, query)
    .filter((holder) => divisionContains(holder.division, callerDivision))
    .flatMap(
      (holder) =>
        registry.nodes.find(
          (node) => node.tier === holder.tier && node.division === holder.division,
        ) ?? [],
    );
}
