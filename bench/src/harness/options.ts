import { defaultResultsDirectory } from './result.js';

/** Knobs every scenario reads; the defaults keep one variant at ~13 s (3 s warm-up + 10 s). */
export interface BenchOptions {
  durationSeconds: number;
  warmupSeconds: number;
  /** The loaded level; scenarios that look at latency alone also run at 1 connection. */
  connections: number;
  /** Tickets logged into each city node before anything is measured. */
  seedTickets: number;
  /** Longest wait for other processes to quieten before a variant starts; 0 skips the check. */
  quietWaitSeconds: number;
  /** The indicators scenario's largest data set: replicated tickets at the province (BENCH_INDICATOR_ROWS). */
  indicatorRows?: number;
  /** The sync scenario's backlog: changes written while the consumer is away (BENCH_SYNC_BACKLOG). */
  syncBacklogChanges?: number;
  /** The lookups scenario's tickets in its one city (BENCH_LOOKUP_ROWS). */
  lookupRows?: number;
  resultsDirectory: string;
  /** How this run was started, written into the result. */
  command: string;
  log(line: string): void;
}

function positive(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
  }
  return value;
}

export function optionsFromEnvironment(
  env: Record<string, string | undefined>,
  command: string,
): BenchOptions {
  return {
    durationSeconds: positive(env, 'BENCH_DURATION', 10),
    warmupSeconds: env['BENCH_WARMUP'] === '0' ? 0 : positive(env, 'BENCH_WARMUP', 3),
    connections: Math.round(positive(env, 'BENCH_CONNECTIONS', 10)),
    seedTickets: Math.round(positive(env, 'BENCH_SEED', 1000)),
    quietWaitSeconds: env['BENCH_QUIET_WAIT'] === '0' ? 0 : positive(env, 'BENCH_QUIET_WAIT', 15),
    indicatorRows: Math.round(positive(env, 'BENCH_INDICATOR_ROWS', 10_000_000)),
    syncBacklogChanges: Math.round(positive(env, 'BENCH_SYNC_BACKLOG', 100_000)),
    lookupRows: Math.round(positive(env, 'BENCH_LOOKUP_ROWS', 200_000)),
    resultsDirectory: env['BENCH_RESULTS_DIR'] || defaultResultsDirectory,
    command,
    log: (line) => process.stderr.write(`${line}\n`),
  };
}

/** The command line as a user would retype it, with the knobs that were set. */
export function describeCommand(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): string {
  const knobs = [
    'BENCH_DURATION',
    'BENCH_WARMUP',
    'BENCH_CONNECTIONS',
    'BENCH_SEED',
    'BENCH_QUIET_WAIT',
    'BENCH_DEMO_RUNS',
    'BENCH_INDICATOR_ROWS',
    'BENCH_SYNC_BACKLOG',
    'BENCH_LOOKUP_ROWS',
    'BENCH_RESULTS_DIR',
  ]
    .filter((name) => env[name])
    .map((name) => `${name}=${env[name]}`);
  return [...knobs, 'pnpm bench', ...argv].join(' ');
}
