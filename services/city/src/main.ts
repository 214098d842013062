import { parseNodeEnvironment } from '@city-ops/core';
import { runService } from '@city-ops/kernel';
import { startCityNode } from './city-node.js';

runService('city node', () =>
  startCityNode({ config: parseNodeEnvironment({ NODE_TIER: 'city', ...process.env }) }),
);
