import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * Runs the bench's smoke test on its own (`pnpm --filter @city-ops/bench test`) until the root
 * config's `unit` project includes bench/src. The same graphql alias as the root config: one
 * graphql instance for workspace code and dependencies, or coded errors get masked.
 */
const graphqlEntry = createRequire(new URL('../../schema/package.json', import.meta.url)).resolve(
  'graphql',
);

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['**/*.test.ts'],
    testTimeout: 120_000,
  },
});
