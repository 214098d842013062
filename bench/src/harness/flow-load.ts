import { setTimeout as sleep } from 'node:timers/promises';
import { summarizeLatencies } from './result.js';
import type { LoadResult } from './result.js';

/** How a step failed, in LoadResult's terms (`failed`: GraphQL errors or a failed transaction). */
export type StepFailureKind = 'error' | 'timeout' | 'non2xx' | 'failed';

/** Thrown by a step to say how it failed; anything else thrown counts as `failed`. */
export class StepFailure extends Error {
  constructor(
    readonly kind: StepFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'StepFailure';
  }
}

/**
 * Runs step `step` of iteration `iteration`, given what the previous step returned (undefined
 * for the first), and returns what the next step needs (e.g. the record's id and version).
 */
export type RunStep<C> = (step: number, carried: C | undefined, iteration: number) => Promise<C>;

export interface FlowLoadOptions {
  /** Step names, in order. */
  steps: readonly string[];
  /** Virtual users, each with one step in flight. */
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** Called once when the measured window opens. */
  onMeasure?: () => void;
}

const MAX_FAILURE_SAMPLES = 5;

/**
 * The virtual-user loop of a flow load: each user runs iteration after iteration, the steps in
 * order, until the window closes; a failed step abandons its iteration (the next one starts
 * after 10 ms, as the pooled-insert loop does). Warm-up and measurement are one continuous run,
 * so the window sees steady state: a step or iteration counts when it *finishes* inside the
 * window, and rates are those counts over the window's length. No step starts after the window
 * closes, so the load stops within one step's time.
 */
export async function runFlowLoad<C>(
  options: FlowLoadOptions,
  runStep: RunStep<C>,
): Promise<LoadResult> {
  const stepCount = options.steps.length;
  const stepLatencies: number[][] = options.steps.map(() => []);
  const stepFailures: number[] = options.steps.map(() => 0);
  const iterationLatencies: number[] = [];
  const counts: Record<StepFailureKind, number> = { error: 0, timeout: 0, non2xx: 0, failed: 0 };
  const samples = new Set<string>();
  const start = performance.now();
  const measureFrom = start + options.warmupSeconds * 1000;
  const end = measureFrom + options.durationSeconds * 1000;
  const inWindow = (instant: number) => instant >= measureFrom && instant <= end;
  const announce = setTimeout(() => options.onMeasure?.(), options.warmupSeconds * 1000);
  let nextIteration = 0;

  const user = async () => {
    while (performance.now() < end) {
      const iteration = nextIteration++;
      const began = performance.now();
      let carried: C | undefined;
      let completed = true;
      for (let step = 0; step < stepCount; step += 1) {
        if (performance.now() >= end) {
          completed = false;
          break;
        }
        const stepBegan = performance.now();
        try {
          carried = await runStep(step, carried, iteration);
        } catch (error) {
          if (inWindow(performance.now())) {
            const kind = error instanceof StepFailure ? error.kind : 'failed';
            counts[kind] += 1;
            stepFailures[step] = (stepFailures[step] ?? 0) + 1;
            if (samples.size < MAX_FAILURE_SAMPLES) {
              samples.add(
                `${options.steps[step]}: ${error instanceof Error ? error.message : String(error)}`,
              );
            }
          }
          completed = false;
          await sleep(10);
          break;
        }
        const finished = performance.now();
        if (inWindow(finished)) stepLatencies[step]?.push(finished - stepBegan);
      }
      const finished = performance.now();
      if (completed && inWindow(finished)) iterationLatencies.push(finished - began);
    }
  };
  try {
    await Promise.all(Array.from({ length: options.connections }, user));
  } finally {
    clearTimeout(announce);
  }

  const seconds = options.durationSeconds;
  const perSecond = (count: number) => Math.round((count / seconds) * 10) / 10;
  const all = stepLatencies.flat();
  return {
    requests: all.length,
    seconds,
    throughput: perSecond(all.length),
    latencyMs: summarizeLatencies(all),
    // As autocannon counts them: a timeout is also a connection error.
    errors: counts.error + counts.timeout,
    timeouts: counts.timeout,
    non2xx: counts.non2xx,
    graphqlErrors: counts.failed,
    flow: {
      iterations: iterationLatencies.length,
      iterationsPerSecond: perSecond(iterationLatencies.length),
      iterationMs: summarizeLatencies(iterationLatencies),
      steps: options.steps.map((name, index) => ({
        name,
        requests: stepLatencies[index]?.length ?? 0,
        latencyMs: summarizeLatencies(stepLatencies[index] ?? []),
        failures: stepFailures[index] ?? 0,
      })),
      failureSamples: [...samples],
    },
  };
}
