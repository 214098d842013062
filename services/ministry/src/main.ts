import { parseNodeEnvironment, runService } from '@city-ops/core';
import { startMinistryNode } from './ministry-node.js';

runService('ministry node', () =>
  startMinistryNode({ config: parseNodeEnvironment({ NODE_TIER: 'ministry', ...process.env }) }),
);
