import { narrowerScope } from '@city-ops/schema';
import type { RowScope } from '../database/scoped-transaction.js';
import type { NodeRuntime } from '../node-context.js';
import type { Access } from '@city-ops/kernel';

/**
 * The rows an access reaches at this node: its division narrowed to the node's,
 * with the unit or grid restriction of a unit- or grid-scoped grant. Undefined when
 * the node holds nothing of it (a sibling city's node, for instance).
 */
export function rowScopeAt(
  node: Pick<NodeRuntime, 'division'>,
  access: Access,
  requested?: string,
): RowScope | undefined {
  let division = narrowerScope(access.division, node.division);
  if (division && requested) division = narrowerScope(division, requested);
  if (!division) return undefined;
  return { division, unit: access.unit, grid: access.grid };
}
