import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CpuShare } from './cpu-watch.js';
import type { MachineInfo } from './machine.js';
import type { PostgresInfo } from './postgres.js';

/** Milliseconds; exact percentiles over every response of the measured window (nearest rank). */
export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

/** What one load run measured, after its warm-up. */
export interface LoadResult {
  /** Completed requests (or transactions) inside the measured window. */
  requests: number;
  seconds: number;
  /** Requests per second over the measured window. */
  throughput: number;
  latencyMs: LatencySummary;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** HTTP 2xx answers whose body carried GraphQL `errors` (or failed transactions). */
  graphqlErrors: number;
  /** CPU use during warm-up and measurement, to tell a quiet machine from a shared one. */
  cpu?: CpuShare;
  /**
   * Only for a flow load (a sequence of requests per iteration, see flow-load.ts): then
   * `requests`, `throughput` and `latencyMs` count the single requests of every step.
   */
  flow?: FlowResult;
  /** Only for a load of several endpoints at once (http-paced): each endpoint's own numbers. */
  perTarget?: TargetLoadResult[];
}

/** One endpoint of a several-endpoint load. */
export type TargetLoadResult = { id: string } & Omit<LoadResult, 'cpu' | 'flow' | 'perTarget'>;

/** One step of a flow, over the measured window. */
export interface FlowStepResult {
  name: string;
  /** Completed inside the measured window. */
  requests: number;
  latencyMs: LatencySummary;
  /** Failed attempts of this step (each abandons its iteration). */
  failures: number;
}

/** What a flow load measured: whole iterations (e.g. ticket lifecycles) and each step. */
export interface FlowResult {
  /** Iterations whose last step finished inside the measured window. */
  iterations: number;
  iterationsPerSecond: number;
  /** An iteration's wall time, its first request sent to its last answer. */
  iterationMs: LatencySummary;
  steps: FlowStepResult[];
  /** Up to five distinct failure messages, for diagnosis. */
  failureSamples: string[];
}

export interface VariantResult extends LoadResult {
  /** Stable key, e.g. `gateway@10`. */
  id: string;
  label: string;
  connections: number;
  /** What was hit, e.g. `gateway → city 320100`. */
  path: string;
}

/** A ratio or difference between two variants of the same run. */
export interface Comparison {
  name: string;
  value: number | null;
  unit: 'ratio' | 'ms';
  /** `subject` and `reference` are variant ids. */
  subject: string;
  reference: string;
}

export interface TargetCheck {
  /** The target in words. */
  target: string;
  measured: string;
  /** null: could not be measured in this run (see `missing`). */
  met: boolean | null;
  /** How far off a missed target is, in words and numbers. */
  shortfall?: string;
}

export interface LoadSettings {
  tool: string;
  warmupSeconds: number;
  durationSeconds: number;
  /** The fixed connection counts this scenario runs each variant at. */
  connections: number[];
}

export interface ScenarioResult {
  scenario: string;
  description: string;
  date: string;
  command: string;
  machine: MachineInfo;
  postgres?: PostgresInfo;
  load: LoadSettings;
  setup: Record<string, unknown>;
  variants: VariantResult[];
  comparisons: Comparison[];
  targets: TargetCheck[];
  /** Points that could not be measured, and why. */
  missing: string[];
  notes: string[];
}

export const defaultResultsDirectory = fileURLToPath(new URL('../../results/', import.meta.url));

export async function saveResult(
  result: { scenario: string },
  directory = defaultResultsDirectory,
): Promise<string> {
  await mkdir(directory, { recursive: true });
  const file = path.join(directory, `${result.scenario}.json`);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

/** Every saved result, keyed by scenario; unreadable files are skipped rather than fatal. */
export async function loadResults(
  directory = defaultResultsDirectory,
): Promise<Map<string, unknown>> {
  const results = new Map<string, unknown>();
  let files: string[];
  try {
    files = await readdir(directory);
  } catch {
    return results;
  }
  for (const file of files.filter((name) => name.endsWith('.json')).sort()) {
    try {
      results.set(
        file.slice(0, -'.json'.length),
        JSON.parse(await readFile(path.join(directory, file), 'utf8')),
      );
    } catch {
      // A half-written file from an interrupted run: the report says it is absent.
    }
  }
  return results;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarizeLatencies(values: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(values).sort();
  const sum = sorted.reduce((total, value) => total + value, 0);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    mean: round(sorted.length ? sum / sorted.length : Number.NaN),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}

export function ratio(subject: number, reference: number): number | null {
  return reference > 0 && Number.isFinite(subject)
    ? Math.round((subject / reference) * 1000) / 1000
    : null;
}

export function difference(subject: number, reference: number): number | null {
  return Number.isFinite(subject) && Number.isFinite(reference)
    ? Math.round((subject - reference) * 1000) / 1000
    : null;
}

/** For sentences: a number with fixed decimals, `?` when it could not be computed. */
export function fixed(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? '?'
    : value.toFixed(digits);
}
