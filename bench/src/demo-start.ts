import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMachine } from './harness/machine.js';

/**
 * Cold and warm start of `pnpm start` (the demo federation), measured from a
 * separate process: wall time until the "ready" line, and the resident memory of
 * the whole process tree once ready. Cold = empty data folder (initdb + migrations
 * + demo tickets); warm = the same folder again.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const runs = Number(process.argv[2] ?? 3);
// `pnpm bench demo` runs this file as a child and says how it was started.
const command = process.env['BENCH_COMMAND'] ?? `pnpm --filter @city-ops/bench demo-start ${runs}`;
const resultsDirectory = process.env['BENCH_RESULTS_DIR'] || join(root, 'bench/results');

function residentKilobytes(pid: number): number {
  // Sum VmRSS over the process and all its descendants (pnpm → tsx → node).
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // ended
    }
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

async function startOnce(dataDir: string): Promise<{ seconds: number; residentMb: number }> {
  const began = performance.now();
  const child = spawn('pnpm', ['start'], {
    cwd: root,
    env: { ...process.env, DEMO_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('demo federation ready')) {
        clearTimeout(timer);
        resolve(true);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', () => resolve(false));
  });
  const seconds = (performance.now() - began) / 1000;
  // Let the first requests' lazy work settle before reading memory.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const residentMb = residentKilobytes(child.pid!) / 1024;
  process.kill(-child.pid!, 'SIGINT');
  await new Promise((resolve) => child.once('exit', resolve));
  if (!ready) throw new Error(`the demo did not become ready:\n${output}`);
  return { seconds, residentMb };
}

const results: { kind: 'cold' | 'warm'; seconds: number; residentMb: number }[] = [];
for (let run = 0; run < runs; run += 1) {
  const dataDir = mkdtempSync(join(tmpdir(), 'city-ops-demo-bench-'));
  try {
    results.push({ kind: 'cold', ...(await startOnce(dataDir)) });
    results.push({ kind: 'warm', ...(await startOnce(dataDir)) });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const summary = (kind: 'cold' | 'warm') => {
  const rows = results.filter((result) => result.kind === kind);
  const median = (values: number[]) =>
    values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return {
    medianSeconds: Number(median(rows.map((row) => row.seconds)).toFixed(1)),
    maxResidentMb: Math.round(Math.max(...rows.map((row) => row.residentMb))),
  };
};
const report = {
  scenario: 'demo',
  date: new Date().toISOString(),
  command,
  machine: describeMachine(),
  runs: results.map((result) => ({
    ...result,
    seconds: Number(result.seconds.toFixed(2)),
    residentMb: Math.round(result.residentMb),
  })),
  cold: summary('cold'),
  warm: summary('warm'),
  budget: { seconds: 30, residentMb: 2560 },
};
writeFileSync(join(resultsDirectory, 'demo.json'), `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(
  `demo start over ${runs} runs: cold ${report.cold.medianSeconds} s (median), warm ${report.warm.medianSeconds} s; ` +
    `resident memory at most ${report.cold.maxResidentMb} MB cold, ${report.warm.maxResidentMb} MB warm (budget 30 s, 2.5 GB)\n`,
);
