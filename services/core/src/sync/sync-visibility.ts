import { divisionContains } from '@city-ops/schema';
import type { TierName } from '@city-ops/kernel';
import { feedParentOf } from './feed-peers.js';

/**
 * Whether a caller of `viewerDivision` may see how a node is doing with one of its sources
 * (`syncStatus`, `/metrics`). A source's state, lag and last error tell about that
 * source's division, so each is shown only inside its own scope:
 *
 * - a child source (a city at its province, a province at the ministry) to callers whose
 *   division contains it — a provincial supervisor sees their cities at the province and
 *   their own province at the ministry, never a sibling's;
 * - the node's parent, which feeds the node only what concerns the node itself (orders and
 *   directives addressed to it), to callers whose division contains the node — a city
 *   supervisor sees how their own city node hears from its province.
 *
 * The ministry (000000) contains everything and sees every source. The node's own feed
 * (its epoch and head) is shown to every caller the node serves at all: their division
 * and the node's overlap, or the request is refused before it gets here.
 */
export function isSourceVisibleTo(
  viewerDivision: string,
  node: { tier: TierName; division: string },
  source: string,
): boolean {
  if (divisionContains(viewerDivision, source)) return true;
  return (
    feedParentOf(node.tier, node.division) === source &&
    divisionContains(viewerDivision, node.division)
  );
}
