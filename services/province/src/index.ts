export { startProvinceNode } from './province-node.js';
