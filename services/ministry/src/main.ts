import { parseNodeEnvironment } from '@city-ops/core';
import { runService } from '@city-ops/kernel';
import { startMinistryNode } from './ministry-node.js';

runService('ministry node', () =>
  startMinistryNode({ config: parseNodeEnvironment({ NODE_TIER: 'ministry', ...process.env }) }),
);
