import process from 'node:process';

// Common options of every mutation run. `pnpm mutation` (scripts/mutation.ts) runs Stryker
// once per module group and names the group in MUTATION_MODULE and its files in
// MUTATION_FILES; mutation/vitest.config.ts picks the group's tests from the same name.
const name = process.env.MUTATION_MODULE;
if (!name || !process.env.MUTATION_FILES) {
  throw new Error('Run mutation testing with `pnpm mutation [module ...]`.');
}

export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'mutation/vitest.config.ts', related: false },
  mutate: JSON.parse(process.env.MUTATION_FILES),
  coverageAnalysis: 'perTest',
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  timeoutMS: 20_000,
  // Each group keeps its own record of the last run (committed: docs/MUTATION.md is written
  // from it), so a run retests only mutants whose code or covering tests changed since.
  incremental: true,
  incrementalFile: `mutation/incremental/${name}.json`,
  thresholds: { high: 90, low: 85, break: 85 },
  // The HTML report (not committed) shows each surviving mutant in its code.
  reporters: ['progress', 'clear-text', 'html'],
  htmlReporter: { fileName: `mutation/html/${name}.html` },
  clearTextReporter: { allowColor: false, logTests: false },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
