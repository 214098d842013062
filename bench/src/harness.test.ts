import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchOptions } from './harness/options.js';
import { loadResults, saveResult } from './harness/result.js';
import type { ScenarioResult } from './harness/result.js';
import { writeReport } from './report.js';
import { runGatewayOverhead } from './scenarios/gateway-overhead.js';

/**
 * Smoke test of the harness: one scenario end to end (PostgreSQL, issuer, node, gateway, a load
 * process) for about a second per variant. Checks the result's shape, never its speed.
 */
describe('bench harness', () => {
  let directory: string | undefined;

  afterAll(async () => {
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('runs gateway-overhead briefly and saves a well-formed result with its ratios', async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'city-ops-bench-smoke-'));
    const options: BenchOptions = {
      durationSeconds: 1,
      warmupSeconds: 0.3,
      connections: 2,
      seedTickets: 25,
      quietWaitSeconds: 0,
      resultsDirectory: directory,
      command: 'vitest bench/src/harness.test.ts',
      log: () => undefined,
    };
    const result: ScenarioResult = await runGatewayOverhead(options);

    expect(result.scenario).toBe('gateway-overhead');
    expect(result.machine.cores).toBeGreaterThan(0);
    expect(result.machine.postgres).toMatch(/^\d+/);
    expect(result.postgres?.settings['fsync']).toBe('off');
    expect(result.variants.map((variant) => variant.id)).toEqual([
      'direct@1',
      'gateway@1',
      'direct@2',
      'gateway@2',
    ]);
    for (const variant of result.variants) {
      expect(variant.requests, variant.id).toBeGreaterThan(0);
      expect(variant.throughput, variant.id).toBeGreaterThan(0);
      for (const value of Object.values(variant.latencyMs)) {
        expect(Number.isFinite(value), variant.id).toBe(true);
      }
      expect(variant.latencyMs.p50).toBeLessThanOrEqual(variant.latencyMs.p95);
      expect(variant.latencyMs.p95).toBeLessThanOrEqual(variant.latencyMs.p99);
      expect(variant.errors + variant.non2xx + variant.graphqlErrors, variant.id).toBe(0);
    }
    expect(result.comparisons.length).toBeGreaterThan(0);
    for (const comparison of result.comparisons) {
      expect(comparison.value, comparison.name).toEqual(expect.any(Number));
    }
    expect(
      result.comparisons.find((entry) => entry.name === 'throughput ratio gateway/direct @ 2')
        ?.unit,
    ).toBe('ratio');
    expect(result.targets[0]?.met).toEqual(expect.any(Boolean));

    // Saved and rendered: the report is written next to these results, not over docs/.
    await saveResult(result, directory);
    expect((await loadResults(directory)).get('gateway-overhead')).toEqual(result);
    const report = await readFile(await writeReport(directory), 'utf8');
    expect(report).toContain('## Gateway overhead');
    expect(report).toContain('| `gateway@2`');
    // It starts a PostgreSQL server, nodes and a load process: allow for a busy CI machine.
  }, 180_000);
});
