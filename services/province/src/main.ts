import { parseNodeEnvironment } from '@city-ops/core';
import { runService } from '@city-ops/kernel';
import { startProvinceNode } from './province-node.js';

runService('province node', () =>
  startProvinceNode({ config: parseNodeEnvironment({ NODE_TIER: 'province', ...process.env }) }),
);
