import { parseNodeEnvironment, runService } from '@city-ops/core';
import { startCityNode } from './city-node.js';

runService('city node', () =>
  startCityNode({ config: parseNodeEnvironment({ NODE_TIER: 'city', ...process.env }) }),
);
