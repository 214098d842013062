export { startMinistryNode } from './ministry-node.js';
