import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import base from '../vitest.config.js';
import { mutationModules } from './mutation-modules.js';

// A mutation run tests one module group with its named tests: the unit project for plain
// tests and the PGlite leg for database tests. The real-PostgreSQL leg runs the same tests
// on another engine and would double the time without killing more mutants.
const group = mutationModules.find((module) => module.name === process.env.MUTATION_MODULE);
if (!group)
  throw new Error(
    `MUTATION_MODULE must name one of: ${mutationModules.map((m) => m.name).join(', ')}`,
  );
// A glob of `*.test.ts` beside the code stands for both the unit tests there and the
// `*.db.test.ts` ones, which run on PGlite; a federation test (test/federation/) always needs
// a database.
const needsDatabase = (glob: string): boolean =>
  glob.startsWith('test/federation/') || glob.endsWith('.db.test.ts');
const unitTests = group.tests.filter((glob) => !needsDatabase(glob));
const databaseTests = group.tests.map((glob) =>
  needsDatabase(glob) ? glob : glob.replace(/\.test\.ts$/, '.db.test.ts'),
);
// Stryker runs in a sandbox copy whose node_modules are links into the worktree, so a test
// importing `@city-ops/core` by name would load the worktree's unmutated sources and could
// kill no mutant (test/federation/ imports everything by name). Our packages resolve to this
// tree's sources instead: in the sandbox, the mutated ones.
const workspacePackages = [
  'services/core',
  'services/city',
  'services/province',
  'services/ministry',
  'services/identity',
  'services/kernel',
  'gateway',
  'schema',
  'migrations',
  'test',
];
const packageAliases = workspacePackages.map((dir) => {
  const folder = new URL(`../${dir}/`, import.meta.url);
  const manifest = JSON.parse(readFileSync(new URL('package.json', folder), 'utf8')) as {
    name: string;
    exports: Record<string, string>;
  };
  const entry = manifest.exports['.'];
  if (!entry) throw new Error(`${dir}/package.json exports no "."`);
  return {
    find: new RegExp(`^${manifest.name}$`),
    replacement: fileURLToPath(new URL(entry, folder)),
  };
});
const baseAliases = base.resolve?.alias;
if (!Array.isArray(baseAliases))
  throw new Error('vitest.config.ts must list its aliases as an array');

// Shuffled, in the order `pnpm mutation` chose (MUTATION_SEED repeats it): a test must
// stand alone, because Stryker runs only the tests that cover a mutant.
const shuffled = {
  shuffle: { files: false, tests: true },
  seed: Number(process.env.MUTATION_SEED ?? 1),
};

const projects = (base.test?.projects ?? []).flatMap((project) => {
  if (typeof project !== 'object' || !('test' in project)) return [];
  const name = project.test?.name;
  // Unit tests first: a run stops at the first failure, so a mutant a unit test detects
  // never pays for starting PGlite.
  if (name === 'unit') {
    return [
      {
        ...project,
        test: { ...project.test, include: unitTests, sequence: { groupOrder: 0 } },
      },
    ];
  }
  if (name === 'pglite') {
    return [
      {
        ...project,
        test: { ...project.test, include: databaseTests, sequence: { groupOrder: 1 } },
      },
    ];
  }
  return [];
});

// Test locations let Stryker's incremental mode tell which tests in a changed file changed,
// so that an edit to one test does not throw away every result the file's other tests gave.
export default defineConfig({
  ...base,
  resolve: { ...base.resolve, alias: [...baseAliases, ...packageAliases] },
  test: {
    ...base.test,
    reporters: ['default', './mutation/load-failure-reporter.ts'],
    includeTaskLocation: true,
    sequence: shuffled,
    projects,
  },
});
