import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mutationModules } from '../mutation/mutation-modules.js';
import { readMutationReports, renderMutationDoc } from '../mutation/mutation-doc.js';

/**
 * `pnpm mutation [module ...]`: runs Stryker on each named module group (all when none is
 * named), one after the other, then rewrites docs/MUTATION.md from the latest report of
 * every group. `pnpm mutation --doc` only rewrites the doc. `--force` tests every mutant
 * again: an incremental run keeps the last result of a mutant in top-level code (a rule
 * table) even when a new test would now detect it.
 */
const args = process.argv.slice(2);
const docOnly = args.includes('--doc');
const force = args.includes('--force');
const names = args.filter((arg) => !arg.startsWith('--'));
const unknown = names.filter((name) => !mutationModules.some((module) => module.name === name));
if (unknown.length > 0) {
  process.stderr.write(
    `Unknown module ${unknown.join(', ')}; choose from ${mutationModules.map((m) => m.name).join(', ')}.\n`,
  );
  process.exit(2);
}

// Tests run shuffled, so a test that leans on rows an earlier one wrote fails the dry run
// instead of failing beside a mutant it does not cover and counting as a false kill.
const seed = process.env.MUTATION_SEED ?? String(Math.floor(Math.random() * 1_000_000));

const chosen = docOnly
  ? []
  : mutationModules.filter((module) => names.length === 0 || names.includes(module.name));
const belowThreshold: string[] = [];
for (const module of chosen) {
  process.stdout.write(
    `\n== mutation testing: ${module.title} (${module.name}); tests shuffled with MUTATION_SEED=${seed}\n`,
  );
  const run = spawnSync(
    'pnpm',
    ['exec', 'stryker', 'run', 'mutation/stryker.config.mjs', ...(force ? ['--force'] : [])],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        MUTATION_MODULE: module.name,
        MUTATION_SEED: seed,
        MUTATION_FILES: JSON.stringify(module.mutate),
      },
    },
  );
  if (run.status !== 0) belowThreshold.push(module.name);
}

const doc = renderMutationDoc(mutationModules, readMutationReports(mutationModules));
writeFileSync(new URL('../docs/MUTATION.md', import.meta.url), doc);
process.stdout.write('docs/MUTATION.md written\n');
if (belowThreshold.length > 0) {
  process.stderr.write(`Below the break threshold or failed: ${belowThreshold.join(', ')}\n`);
  process.exit(1);
}
