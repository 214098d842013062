// The test infrastructure other packages use: database tests beside the code and the benchmarks.
// The federation tests in test/federation import their helpers directly, from inside this package.
export { createTestNodeDatabase } from './node-database.js';
export type { TestNodeDatabase } from './node-database.js';
export { startPostgresServer } from './postgres-server.js';
export type { PostgresServer } from './postgres-server.js';
export {
  createDatabase,
  createTemplateDatabase,
  postgresTarget,
  uniqueDatabaseName,
} from './postgres-databases.js';
export { capturedLog } from './captured-log.js';
export type { LogLine } from './captured-log.js';
export { openSubscription } from './sse-subscription.js';
export type { SseSubscription } from './sse-subscription.js';
export { graphiqlOfflineProblems } from './graphiql-page.js';
