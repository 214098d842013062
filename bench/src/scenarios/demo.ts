import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchOptions } from '../harness/options.js';

const script = fileURLToPath(new URL('../demo-start.ts', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * `pnpm bench demo`: the existing demo start benchmark (demo-start.ts), run as its own process
 * because it is a script that reads its run count from argv and saves bench/results/demo.json.
 */
export async function runDemo(options: BenchOptions, env = process.env): Promise<void> {
  const runs = env['BENCH_DEMO_RUNS'] || '3';
  options.log(`demo: ${runs} cold + warm starts of pnpm start …`);
  const child = spawn(process.execPath, ['--import', tsxLoader, script, runs], {
    env: {
      ...env,
      BENCH_COMMAND: options.command,
      BENCH_RESULTS_DIR: options.resultsDirectory,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`demo-start.ts exited with code ${code}`);
}
