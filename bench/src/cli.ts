/**
 * `pnpm bench [scenario …]`: runs the named scenarios (default: every one), saves each result
 * to bench/results/<scenario>.json, then rewrites docs/BENCHMARKS.md from the saved results.
 * `pnpm bench report` only rewrites the document.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describeCommand, optionsFromEnvironment } from './harness/options.js';
import type { BenchOptions } from './harness/options.js';
import { saveProfileSupport } from './harness/profile-windows.js';
import { saveResult } from './harness/result.js';
import { renderSummaries, summarizeProfileDirectory } from './profile-summary.js';
import type { ScenarioResult } from './harness/result.js';
import { writeReport } from './report.js';
import { runDemo } from './scenarios/demo.js';
import { runFanOut } from './scenarios/fan-out.js';
import { runGatewayOverhead } from './scenarios/gateway-overhead.js';
import { runIndicators } from './scenarios/indicators.js';
import { runIntake } from './scenarios/intake.js';
import { runLifecycle } from './scenarios/lifecycle.js';
import { runLiveUpdates } from './scenarios/live-updates.js';
import { runLookups } from './scenarios/lookups.js';
import { runPeer } from './scenarios/peer.js';
import { runPolicyCost } from './scenarios/policy-cost.js';
import { runSync } from './scenarios/sync.js';

/** A scenario returns its result to save, or nothing when it saved its own (demo). */
type Scenario = (options: BenchOptions) => Promise<ScenarioResult | void>;

export const scenarios: Record<string, Scenario> = {
  'gateway-overhead': runGatewayOverhead,
  'fan-out': runFanOut,
  intake: runIntake,
  lifecycle: runLifecycle,
  peer: runPeer,
  'policy-cost': runPolicyCost,
  sync: runSync,
  indicators: runIndicators,
  lookups: runLookups,
  'live-updates': runLiveUpdates,
  demo: runDemo,
};

/**
 * `pnpm bench profile [scenario …]` (default gateway-overhead and intake): reruns each scenario
 * under `node --cpu-prof` into a scratch folder (profiling slows it, so its numbers are not
 * saved as results) and writes the hot spots of every measured window to
 * bench/results/profiles/<scenario>.md, next to the .cpuprofile for DevTools.
 */
async function profile(names: string[], options: BenchOptions): Promise<void> {
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const profiles = path.join(options.resultsDirectory, 'profiles');
  await mkdir(profiles, { recursive: true });
  for (const name of names.length > 0 ? names : ['gateway-overhead', 'intake']) {
    if (!(name in scenarios) || name === 'demo') throw new Error(`cannot profile ${name}`);
    const scratch = await mkdtemp(path.join(tmpdir(), `city-ops-profile-${name}-`));
    const args = [
      '--cpu-prof',
      `--cpu-prof-dir=${scratch}`,
      '--import',
      tsxLoader,
      fileURLToPath(import.meta.url),
      name,
    ];
    options.log(`== profiling ${name}: node ${args.join(' ')}`);
    const child = spawn(process.execPath, args, {
      env: { ...process.env, BENCH_RESULTS_DIR: scratch, BENCH_PROFILE_DIR: scratch },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', resolve);
    });
    if (code !== 0) throw new Error(`the profiled run of ${name} exited with code ${code}`);
    const summaries = await summarizeProfileDirectory(scratch);
    const text = renderSummaries(name, `${options.command} (node --cpu-prof)`, summaries);
    await writeFile(path.join(profiles, `${name}.md`), text);
    const cpuProfile = (await readdir(scratch)).find((file) => file.endsWith('.cpuprofile'));
    if (cpuProfile)
      await copyFile(path.join(scratch, cpuProfile), path.join(profiles, `${name}.cpuprofile`));
    process.stdout.write(text);
    options.log(`wrote ${path.join(profiles, `${name}.md`)} (raw profile in ${scratch})`);
  }
}

async function main(argv: string[]): Promise<void> {
  const options = optionsFromEnvironment(process.env, describeCommand(argv, process.env));
  if (argv[0] === 'profile') return profile(argv.slice(1), options);
  if (argv[0] === 'profile-summary') {
    // Re-reads a folder a profiled run left behind (the path `profile` prints).
    const directory = argv[1];
    if (!directory)
      throw new Error('usage: pnpm bench profile-summary <folder of a profiled run> [top]');
    const summaries = await summarizeProfileDirectory(directory, Number(argv[2] ?? 10));
    process.stdout.write(renderSummaries(path.basename(directory), options.command, summaries));
    return;
  }
  const names = argv.filter((name) => name !== 'report');
  const unknown = names.filter((name) => !(name in scenarios));
  if (unknown.length > 0) {
    throw new Error(
      `unknown scenario ${unknown.join(', ')}; known: ${Object.keys(scenarios).join(', ')}, report`,
    );
  }
  const toRun = argv.length === 0 ? Object.keys(scenarios) : names;
  for (const name of toRun) {
    options.log(`== ${name}`);
    const result = await scenarios[name]?.(options);
    if (result) options.log(`saved ${await saveResult(result, options.resultsDirectory)}`);
  }
  options.log(`wrote ${await writeReport(options.resultsDirectory)}`);
  // Under `pnpm bench profile`: the windows and source maps the summary needs.
  saveProfileSupport();
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
