import { divisionLevel, NATIONAL_CODE, provinceOf } from '@city-ops/schema';
import type { TierName } from '@city-ops/kernel';

/**
 * The node a node reports to: a city to its province (a municipality, being its own
 * province, straight to the ministry), a province to the ministry.
 */
export function feedParentOf(tier: TierName, division: string): string | undefined {
  if (tier === 'ministry') return undefined;
  if (tier === 'province') return NATIONAL_CODE;
  const province = provinceOf(division);
  return province === division ? NATIONAL_CODE : province;
}

/** Whether a node of `division` at this tier is a direct child of the node `parent`. */
export function isFeedChild(parent: { tier: TierName; division: string }, division: string) {
  if (parent.tier === 'city') return false;
  if (parent.tier === 'ministry') return divisionLevel(division) === 'PROVINCE';
  return divisionLevel(division) === 'CITY' && provinceOf(division) === parent.division;
}
