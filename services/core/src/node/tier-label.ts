import type { TierName } from '@city-ops/kernel';

const TIER_NODE_ZH: Readonly<Record<TierName, string>> = {
  city: '市级节点',
  province: '省级节点',
  ministry: '部级节点',
};

/** A node's tier as a Chinese message names it (`the city node` is `市级节点`). */
export const tierNodeZh = (tier: TierName): string => TIER_NODE_ZH[tier];
