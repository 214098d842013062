import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One graphql instance for workspace code and dependencies, as in vitest.config.ts.
const graphqlEntry = createRequire(new URL('./schema/package.json', import.meta.url)).resolve(
  'graphql',
);

/**
 * `pnpm test:browser`: the console in a real browser (Debian's chromium driven by
 * playwright-core) against a federation in this process, on PGlite. Kept out of `pnpm test`:
 * it needs the built console and a browser, which .ci/run provides before running it.
 */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    name: 'browser',
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/support/pglite-global-setup.ts'],
    provide: { databaseEngine: 'pglite' },
    // One journey at a time: each runs a federation and a browser, and two cores shared by
    // several of them make a click wait longer than a user ever would.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
