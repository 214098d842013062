import { runService } from '@city-ops/kernel';
import { parseGatewayEnvironment } from './environment.js';
import { startGateway } from './create-gateway.js';

runService('gateway', () => startGateway(parseGatewayEnvironment(process.env)));
