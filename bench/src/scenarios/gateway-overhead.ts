import { withEnvironment } from '../harness/environment.js';
import { measureGraphQL, variantOf } from '../harness/measure.js';
import type { BenchOptions } from '../harness/options.js';
import { difference, fixed, ratio } from '../harness/result.js';
import type { ScenarioResult, TargetCheck, VariantResult } from '../harness/result.js';
import { seedTickets } from '../harness/seed.js';
import { TICKET_LIST, expectTicketCount } from './queries.js';

const CITY = '320100';
/** The target: the gateway adds at most this much at p50 to the 20-row list. */
const ADDED_P50_BUDGET_MS = 1;

/**
 * The 20-ticket list of one city as agent.320100, straight to the city node and through the
 * gateway, alternating so drift over the run hits both paths alike.
 */
export async function runGatewayOverhead(options: BenchOptions): Promise<ScenarioResult> {
  return withEnvironment(
    [{ tier: 'city', division: CITY }],
    async ({ federation, postgres, machine }) => {
      options.log(`gateway-overhead: seeding ${options.seedTickets} tickets into ${CITY} …`);
      await seedTickets(federation, CITY, options.seedTickets);
      const gateway = await federation.startGateway([CITY]);
      const token = federation.token(`agent.${CITY}`);
      const levels = [...new Set([1, options.connections])];
      const variants: VariantResult[] = [];
      for (const connections of levels) {
        variants.push(
          await measureGraphQL(
            {
              id: `direct@${connections}`,
              label: `city node ${CITY} direct`,
              path: `client → city ${CITY}`,
              url: federation.node(CITY).graphqlUrl,
              token,
              query: TICKET_LIST,
              connections,
              check: expectTicketCount(20),
            },
            options,
          ),
          await measureGraphQL(
            {
              id: `gateway@${connections}`,
              label: 'through the gateway',
              path: `client → gateway → city ${CITY}`,
              url: gateway.graphqlUrl,
              token,
              query: TICKET_LIST,
              connections,
              check: expectTicketCount(20),
            },
            options,
          ),
        );
      }

      const comparisons = levels.flatMap((connections) => {
        const direct = variantOf(variants, `direct@${connections}`);
        const through = variantOf(variants, `gateway@${connections}`);
        const pair = { subject: through.id, reference: direct.id };
        return [
          {
            name: `added latency p50 @ ${connections}`,
            unit: 'ms' as const,
            value: difference(through.latencyMs.p50, direct.latencyMs.p50),
            ...pair,
          },
          {
            name: `added latency p95 @ ${connections}`,
            unit: 'ms' as const,
            value: difference(through.latencyMs.p95, direct.latencyMs.p95),
            ...pair,
          },
          {
            name: `throughput ratio gateway/direct @ ${connections}`,
            unit: 'ratio' as const,
            value: ratio(through.throughput, direct.throughput),
            ...pair,
          },
        ];
      });

      const unloaded = comparisons.find((entry) => entry.name === 'added latency p50 @ 1')?.value;
      const loaded = comparisons.find(
        (entry) => entry.name === `added latency p50 @ ${options.connections}`,
      )?.value;
      const targets: TargetCheck[] = [
        {
          target: `the gateway adds ≤ ${ADDED_P50_BUDGET_MS} ms at p50 over the direct node (20-row list)`,
          measured: `+${fixed(unloaded)} ms at 1 connection; +${fixed(loaded)} ms at ${options.connections} connections`,
          met: unloaded === null || unloaded === undefined ? null : unloaded <= ADDED_P50_BUDGET_MS,
          ...(unloaded !== null && unloaded !== undefined && unloaded > ADDED_P50_BUDGET_MS
            ? {
                shortfall: `${fixed(unloaded - ADDED_P50_BUDGET_MS)} ms over the budget (${fixed(unloaded / ADDED_P50_BUDGET_MS, 1)}× it)`,
              }
            : {}),
        },
      ];

      return {
        scenario: 'gateway-overhead',
        description:
          'The 20-ticket list of one city as agent.320100, straight to the city node vs through the gateway.',
        date: new Date().toISOString(),
        command: options.command,
        machine,
        postgres: postgres.info,
        load: {
          tool: 'autocannon 9.0.0 in a separate process',
          warmupSeconds: options.warmupSeconds,
          durationSeconds: options.durationSeconds,
          connections: levels,
        },
        setup: {
          city: CITY,
          seededTickets: options.seedTickets,
          user: `agent.${CITY}`,
          query: TICKET_LIST,
          gatewayNodes: [CITY],
        },
        variants,
        comparisons,
        targets,
        missing: [],
        notes: [
          'The target is judged at 1 connection (no queueing); at the loaded level the difference also holds queueing behind the gateway’s extra CPU work.',
          'agent.320100 sees callers unmasked, so every list request also appends one personal-data.read audit row at the node, on both paths.',
          'Identity issuer, city node and gateway share one Node.js process (one event loop); the load generator and PostgreSQL are separate processes on the same 2 cores.',
        ],
      };
    },
  );
}
