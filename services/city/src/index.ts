export { citySpoke, startCityNode } from './city-node.js';
