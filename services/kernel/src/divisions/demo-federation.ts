import type { TierName } from '../environment.js';

export interface DemoNode {
  tier: TierName;
  division: string;
  /** The port `pnpm start` serves it on. */
  port: number;
}

/**
 * The nodes of the demo federation (`pnpm start`): 1 ministry, 2 provinces, 4 cities.
 * Data, so the demo and the gateway's routing tests read the same list: a city added
 * here is started by the demo and covered by every routing test at once.
 */
export const DEMO_FEDERATION: readonly DemoNode[] = [
  { tier: 'ministry', division: '000000', port: 4100 },
  { tier: 'province', division: '320000', port: 4101 },
  { tier: 'province', division: '330000', port: 4102 },
  { tier: 'city', division: '320100', port: 4111 },
  { tier: 'city', division: '320200', port: 4112 },
  { tier: 'city', division: '330100', port: 4121 },
  { tier: 'city', division: '330200', port: 4122 },
];
