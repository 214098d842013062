export { startGateway } from './create-gateway.js';
export type { RunningGateway } from './create-gateway.js';
export { parseGatewayEnvironment, gatewayEnvironmentShape } from './environment.js';
export type { GatewayEnvironment } from './environment.js';
export { parseNodeRegistry, readNodeRegistry, NodeRegistry } from './node-registry.js';
export type { RegisteredNode } from './node-registry.js';
