import { divisionLevel, NATIONAL_CODE, provinceOf } from '@city-ops/schema';
import type { TierName } from '@city-ops/kernel';

/**
 * Who feeds whom, by tier: a city reports to its province (a municipality, being its
 * own province, straight to the ministry) and has no children; a province reports to
 * the ministry and is fed by the cities inside it; the ministry is fed by the provinces.
 */
const TOPOLOGY: Record<
  TierName,
  { parentOf(division: string): string | undefined; feeds(node: string, child: string): boolean }
> = {
  city: {
    parentOf: (division) => {
      const province = provinceOf(division);
      return province === division ? NATIONAL_CODE : province;
    },
    feeds: () => false,
  },
  province: {
    parentOf: () => NATIONAL_CODE,
    feeds: (node, child) => divisionLevel(child) === 'CITY' && provinceOf(child) === node,
  },
  ministry: {
    parentOf: () => undefined,
    feeds: (_node, child) => divisionLevel(child) === 'PROVINCE',
  },
};

/** The node a node reports to (undefined for the ministry). */
export function feedParentOf(tier: TierName, division: string): string | undefined {
  return TOPOLOGY[tier].parentOf(division);
}

/** Whether a node of `division` is a direct child of the node `parent`. */
export function isFeedChild(parent: { tier: TierName; division: string }, division: string) {
  return TOPOLOGY[parent.tier].feeds(parent.division, division);
}
