import { runService } from '@city-ops/core';
import { parseGatewayEnvironment } from './environment.js';
import { startGateway } from './create-gateway.js';

runService('gateway', () => startGateway(parseGatewayEnvironment(process.env)));
