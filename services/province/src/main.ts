import { parseNodeEnvironment, runService } from '@city-ops/core';
import { startProvinceNode } from './province-node.js';

runService('province node', () =>
  startProvinceNode({ config: parseNodeEnvironment({ NODE_TIER: 'province', ...process.env }) }),
);
