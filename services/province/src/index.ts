export { provinceSpoke, startProvinceNode } from './province-node.js';
