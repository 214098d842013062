import { describe, expect, it } from 'vitest';
import type { LatencySummary, ScenarioResult, VariantResult } from '../harness/result.js';
import { ticketInput } from '../harness/ticket-inputs.js';
import { lifecycleFlowSteps, ticketLifecycle } from '../harness/ticket-lifecycle.js';
import { renderReport } from '../report.js';

describe('the ticket lifecycle', () => {
  const steps = ticketLifecycle('320100', ticketInput('320100', 1));

  it('walks the main path of the ticket machine, each step from where the last one left it', () => {
    expect(steps.map((step) => step.mutation)).toEqual([
      'createTicket',
      'dispatchTicket',
      'signForTicket',
      'startHandlingTicket',
      'replyToTicket',
      'approveTicketReply',
      'callBackTicket',
      'closeTicket',
    ]);
    steps.slice(1).forEach((step, index) => expect(step.from).toBe(steps[index]?.to));
    expect(steps.at(-1)?.to).toBe('CLOSED');
    const flow = lifecycleFlowSteps(steps);
    expect(flow[1]?.query).toBe(
      'mutation($input: DispatchTicketInput!) { dispatchTicket(input: $input) { id version status } }',
    );
    expect(flow.map((step) => step.expectStatus)).toEqual(steps.map((step) => step.to));
  });

  it('renders a lifecycle result as lifecycles/s and per-step latencies', () => {
    const latency: LatencySummary = { p50: 1, p95: 2, p99: 3, mean: 1.5, max: 4 };
    const variant = (id: string, lifecycles: number): VariantResult => ({
      id,
      label: id,
      path: id,
      connections: 10,
      requests: lifecycles * 80,
      seconds: 10,
      throughput: lifecycles * 8,
      latencyMs: latency,
      errors: 0,
      timeouts: 0,
      non2xx: 0,
      graphqlErrors: 0,
      flow: {
        iterations: lifecycles * 10,
        iterationsPerSecond: lifecycles,
        iterationMs: { ...latency, p50: 40 },
        steps: steps.map((step) => ({
          name: step.name,
          requests: lifecycles * 10,
          latencyMs: latency,
          failures: step.name === 'sign' && id === 'gateway@10' ? 2 : 0,
        })),
        failureSamples: id === 'gateway@10' ? ['sign: CONFLICT stale'] : [],
      },
    });
    const result: ScenarioResult = {
      scenario: 'lifecycle',
      description: 'The lifecycle.',
      date: '2026-11-21T00:00:00.000Z',
      command: 'pnpm bench lifecycle',
      machine: {
        cores: 2,
        cpuModel: 'test',
        memoryGb: 4,
        os: 'linux',
        node: 'v20',
        postgres: '15',
      },
      load: { tool: 'virtual users', warmupSeconds: 3, durationSeconds: 10, connections: [10] },
      setup: {
        steps: steps.map((step) => ({
          name: step.name,
          label: step.label,
          mutation: step.mutation,
          user: 'someone',
        })),
      },
      variants: [variant('raw@10', 200), variant('gateway@10', 20)],
      comparisons: [
        {
          name: 'lifecycles/s gateway / raw pooled writes',
          unit: 'ratio',
          value: 0.1,
          subject: 'gateway@10',
          reference: 'raw@10',
        },
      ],
      targets: [],
      missing: [],
      notes: [],
    };
    const report = renderReport(new Map([['lifecycle', result]]));
    const section = report.slice(report.indexOf('## Full ticket lifecycle'));
    expect(section).toContain('How to read it');
    expect(section).toContain(
      '| `gateway@10` gateway@10 | gateway@10 | 10 | 20.0 | 160 | 40.00 / 2.00 / 3.00 |',
    );
    expect(section).toContain(
      '| sign 签收 (`signForTicket`, someone) | 1.00 / 2.00 / 3.00 | 1.00 / 2.00 / 3.00 (2 failed) |',
    );
    expect(section).toContain('- `gateway@10` sign: CONFLICT stale');
    expect(section).toContain('| lifecycles/s gateway / raw pooled writes | 0.10× |');
    expect(section).not.toContain('| target |');
  });
});
