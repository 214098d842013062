export { ministrySpoke, startMinistryNode } from './ministry-node.js';
export { csvNumber } from './reports/report-csv.js';
