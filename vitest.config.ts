import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Workspace code and dependencies must share one graphql instance, or `instanceof
// GraphQLError` fails and every coded error is masked: resolve `graphql`
// to the same CommonJS entry Node gives the dependencies.
const graphqlEntry = createRequire(new URL('./schema/package.json', import.meta.url)).resolve(
  'graphql',
);

/** Database-touching tests: `*.db.test.ts` beside the code and the federation tests in test/. */
const databaseTests = [
  'services/*/src/**/*.db.test.ts',
  '{gateway,schema,migrations}/src/**/*.db.test.ts',
  'test/federation/**/*.test.ts',
];

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    reporters: ['default', './test/support/database-legs-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            '{services/*,gateway,schema,migrations,bench}/src/**/*.test.ts',
            'test/support/**/*.test.ts',
            'console/src/**/*.test.ts',
            'mutation/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', '**/*.db.test.ts'],
        },
      },
      // Every database test runs twice: on embedded PGlite and on a real PostgreSQL server.
      {
        extends: true,
        test: {
          name: 'pglite',
          include: databaseTests,
          globalSetup: ['test/support/pglite-global-setup.ts'],
          provide: { databaseEngine: 'pglite' },
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: databaseTests,
          globalSetup: ['test/support/postgres-global-setup.ts'],
          provide: { databaseEngine: 'postgres' },
        },
      },
    ],
  },
});
