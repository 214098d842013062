import { describe, expect, it } from 'vitest';
import type { IndicatorSetup } from '../harness/indicator-setup.js';
import type { LatencySummary, ScenarioResult, VariantResult } from '../harness/result.js';
import { renderReport } from '../report.js';
import {
  expectDrillDown,
  expectMonthlyReport,
  expectOverview,
  expectRanking,
} from './indicator-queries.js';
import { indicatorSizes, sizeLabel } from './indicators.js';

describe('the indicators scenario', () => {
  it('grows ×10: 1 M then the target, or a tenth of a small target then all of it', () => {
    expect(indicatorSizes(10_000_000)).toEqual([1_000_000, 10_000_000]);
    expect(indicatorSizes(5_000_000)).toEqual([1_000_000, 5_000_000]);
    expect(indicatorSizes(20_000)).toEqual([2_000, 20_000]);
    expect(() => indicatorSizes(5)).toThrow();
    expect([1_000_000, 10_000_000, 2_500_000, 20_000, 950].map(sizeLabel)).toEqual([
      '1M',
      '10M',
      '2.5M',
      '20k',
      '950',
    ]);
  });

  it('checks each probe’s answer against the data set', () => {
    const metrics = (created: number) => [
      { recordKind: 'HOTLINE_TICKET', name: 'created', value: created },
      { recordKind: 'CASE_REPORT', name: 'created', value: 99 },
    ];
    const overview = (created: number) => ({
      indicators: {
        source: 'ROLLUPS',
        currentTo: '2026-11-21T00:00:00.000Z',
        periods: Array.from({ length: 12 }, () => ({
          total: { metrics: metrics(created) },
          categories: [{}],
        })),
      },
    });
    expect(expectOverview(120)(overview(10))).toBeUndefined();
    expect(expectOverview(121)(overview(10))).toBe('created 120, expected 121');

    const entry = (code: string, rank: number | null) => ({ rank, division: { code } });
    expect(
      expectRanking(['320100', '320200'])({
        indicatorRanking: { entries: [entry('320200', 1), entry('320100', 2)] },
      }),
    ).toBeUndefined();
    expect(
      expectRanking(['320100', '320200'])({
        indicatorRanking: { entries: [entry('320200', 1), entry('320100', null)] },
      }),
    ).toMatch(/expected 320100, 320200 ranked/);

    const edge = (masked: boolean) => ({
      amount: 1,
      node: { __typename: 'HotlineTicket', caller: { masked } },
    });
    const page = (masked: boolean) => ({
      indicatorRecords: {
        edges: Array.from({ length: 20 }, () => edge(masked)),
        pageInfo: { hasNextPage: true },
      },
    });
    expect(expectDrillDown(20)(page(true))).toBeUndefined();
    expect(expectDrillDown(20)(page(false))).toBe('an unmasked caller');

    const report = (denominator: number) => ({
      monthlyReport: {
        national: {
          indicators: [{ name: 'TICKET_FIRST_CALL_RESOLUTION_RATE', current: { denominator } }],
        },
        cities: [
          { division: { code: '320100' }, compositeScore: { current: 80 } },
          { division: { code: '320200' }, compositeScore: { current: 75 } },
          { division: { code: '330100' }, compositeScore: { current: null } },
        ],
      },
    });
    expect(expectMonthlyReport(500, ['320100', '320200'])(report(500))).toBeUndefined();
    expect(expectMonthlyReport(500, ['320100'])(report(499))).toMatch(/expected 500/);
  });

  it('renders how the data was built, the plans and the growth per query', () => {
    const latency = (p95: number): LatencySummary => ({
      p50: p95 / 2,
      p95,
      p99: p95,
      mean: p95 / 2,
      max: p95,
    });
    const variant = (id: string, p95: number): VariantResult => ({
      id,
      label: id,
      path: 'client → province 320000',
      connections: 1,
      requests: 10,
      seconds: 8,
      throughput: 1.2,
      latencyMs: latency(p95),
      errors: 0,
      timeouts: 0,
      non2xx: 0,
      graphqlErrors: 0,
    });
    const size = (label: string, tickets: number): IndicatorSetup['sizes'][number] => ({
      label,
      tickets,
      timings: {
        generate: 10,
        indexes: 9,
        vacuum: 1,
        rollups: 5,
        verify: 1,
        ministry: 1,
        total: 28,
      },
      facts: {
        tickets,
        createdByMonth: { '2026-10': tickets / 12 },
        rollupRows: 22_469,
        ticketTableBytes: 2 ** 29,
        ticketIndexBytes: 2 ** 29,
        rollupTableBytes: 2 ** 23,
        verified: { days: ['2026-10-31'], tickets: 4_000, cells: 60 },
      },
      explain: [
        {
          label: 'drill-down: the first batch',
          plan: [],
          summary: {
            executionMs: 629.5,
            scans: [
              { node: 'Bitmap Index Scan on hotline_ticket_division_created', rows: 5, loops: 1 },
            ],
            sorts: true,
            spills: false,
            jitMs: 80,
          },
          plainMs: [600.2],
        },
      ],
    });
    const setup: IndicatorSetup = {
      province: '320000',
      cities: ['320100', '320200'],
      ministry: '000000',
      generation: 'Set-based SQL.',
      sizes: [size('1M', 1_000_000), size('10M', 10_000_000)],
    };
    const result: ScenarioResult = {
      scenario: 'indicators',
      description: 'Issue #6.',
      date: '2026-11-21T00:00:00.000Z',
      command: 'pnpm bench indicators',
      machine: { cores: 2, cpuModel: 'cpu', memoryGb: 8, os: 'linux', node: 'v22' },
      load: { tool: 'autocannon', warmupSeconds: 3, durationSeconds: 8, connections: [1] },
      setup,
      variants: [variant('1M/drill-down@1', 700), variant('10M/drill-down@1', 7000)],
      comparisons: [],
      targets: [
        {
          target: 'drill-down: p95 ≤ 500 ms',
          measured: 'p95 7000 ms',
          met: false,
          shortfall: '6500 ms over',
        },
      ],
      missing: [],
      notes: [],
    };
    const report = renderReport(new Map([['indicators', result]]));
    expect(report).toContain(
      '## Indicators, drill-down and monthly report at 1 M and 10 M tickets',
    );
    expect(report).toContain('| 10M (10,000,000) | 22,469 | 0.50 + 0.50 | 10 | 9 |');
    expect(report).toContain(
      '| tickets | statement (as the node runs it, unless marked reference) | EXPLAIN ANALYZE ms | plain ms | largest scans (rows × loops), notes |',
    );
    expect(report).toContain(
      '| 1M | drill-down: the first batch | 629.5 | 600.2 | Bitmap Index Scan on hotline_ticket_division_created: 5; all sorted before the LIMIT; JIT 80 ms |',
    );
    expect(report).toContain('| drill-down@1 | 350.00 / 700.00 | 3500.00 / 7000.00 | 10.00× |');
    expect(report).toContain(
      '| Indicators, drill-down and monthly report at 1 M and 10 M tickets | drill-down: p95 ≤ 500 ms | p95 7000 ms | missed | 6500 ms over |',
    );
  });
});
