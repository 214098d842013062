import { describe, expect, it } from 'vitest';
import type { LatencySummary } from '../harness/result.js';
import { summarizeLag } from '../harness/sync-lag.js';
import type { SyncScenarioResult } from '../harness/sync-lag.js';
import { renderReport } from '../report.js';

describe('the sync report', () => {
  it('renders the lag per hop, the consumers and the drain against its reference', () => {
    const latency: LatencySummary = { p50: 100, p95: 200, p99: 300, mean: 120, max: 400 };
    const lag = summarizeLag([800, 1_000, 1_200]);
    const result: SyncScenarioResult = {
      scenario: 'sync',
      description: 'Tier sync.',
      date: '2026-11-21T00:00:00.000Z',
      command: 'pnpm bench sync',
      machine: { cores: 2, cpuModel: 'cpu', memoryGb: 8, os: 'linux', node: 'v22' },
      load: { tool: 'autocannon', warmupSeconds: 3, durationSeconds: 15, connections: [10] },
      setup: {},
      variants: [
        {
          id: 'city-320100@100/s',
          label: 'createTicket at 320100 南京市, paced 100/s',
          path: 'autocannon → city 320100 → PostgreSQL',
          connections: 10,
          requests: 900,
          seconds: 15,
          throughput: 60,
          latencyMs: latency,
          errors: 0,
          timeouts: 0,
          non2xx: 0,
          graphqlErrors: 0,
        },
      ],
      comparisons: [
        {
          name: 'drain changes/s / batched insert rows/s (1 in flight)',
          unit: 'ratio',
          value: 0.05,
          subject: 'drain',
          reference: 'batch-insert@1',
        },
      ],
      targets: [],
      missing: [],
      notes: ['A note.'],
      sync: {
        lag: {
          cities: ['320100'],
          ratePerCity: 100,
          window: { from: 0, to: 15_000 },
          sampleIntervalMs: summarizeLag([50, 60]),
          hops: [
            { hop: 'city → province', city: 'all', staleness: lag, delivery: lag, unseen: 0 },
            { hop: 'city → ministry', city: 'all', staleness: lag, delivery: lag, unseen: 0 },
          ],
          timeline: [{ second: 1, worst: { 'city → province': 1_250, 'city → ministry': 2_000 } }],
          cadence: [
            {
              node: '320000',
              source: '320100',
              batches: 20,
              changesPerBatch: summarizeLag([40, 60]),
              intervalMs: summarizeLag([700, 800]),
            },
          ],
          sealHorizonMs: { all: summarizeLag([0, 30]), byTier: { city: summarizeLag([0, 30]) } },
          convergedAfterSeconds: 2.5,
          finalCounts: { '320100': { city: 1_000, province: 1_000, ministry: 1_000 } },
          sources: [],
        },
        drain: {
          city: '320100',
          province: '320000',
          changes: 100_008,
          tickets: 50_004,
          seconds: 125,
          changesPerSecond: 800,
          firstBatchSeconds: 2.1,
          steadyChangesPerSecond: 815,
          batchSize: 500,
          rollupChanges: 800,
          feedRead: { seconds: 20, changesPerSecond: 5_000 },
          backlog: { transactions: 100, seconds: 30 },
        },
        staleDrains: [
          {
            id: 'drain-stale-unsealed',
            statistics: 'stale-unsealed',
            city: '320100',
            province: '320000',
            changes: 100_008,
            tickets: 50_004,
            seconds: 60,
            changesPerSecond: 1_667,
            firstBatchSeconds: 0.4,
            steadyChangesPerSecond: 1_680,
            perSecond: { p50: 1_700, min: 1_200, seconds: 58 },
            batchSize: 500,
            rollupChanges: 800,
            backlog: { transactions: 100, seconds: 30 },
          },
        ],
        references: [
          {
            id: 'batch-insert@1',
            label: 'multi-row INSERT of 500 rows, 1 in flight',
            inFlight: 1,
            rows: 100_008,
            seconds: 6.2,
            rowsPerSecond: 16_130,
            batchMs: { p50: 30, p95: 45 },
          },
        ],
      },
    };
    const text = renderReport(new Map([['sync', result]]));
    expect(text).toContain('## Tier sync: lag and backlog drain');
    expect(text).toContain('| city → ministry | **all** | 1000.00 / 1200.00 / 1200.00 | 3 |');
    expect(text).toContain('city → province 1.3; city → ministry 2.0');
    expect(text).toContain('| 320000 ← 320100 | 20 | 50.0 / 60 | 700.00 / 800.00 |');
    expect(text).toContain('| 100008 | 125.0 | 800 |');
    expect(text).toContain('| 100008 | 6.2 | 16130 |');
    expect(text).toContain('| 100008 | 20.0 | 5000 | – |');
    expect(text).toContain('0.05×');
    expect(text).toContain(
      'statistics stale, backlog unsealed at the start (batches of 500; first batch after 0.4 s, then 1680/s, each second p50 1700 / slowest 1200) | 100008 | 60.0 | 1667 |',
    );
  });
});
