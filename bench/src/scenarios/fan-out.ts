import { childDivisions } from '@city-ops/schema';
import { withEnvironment } from '../harness/environment.js';
import { measureGraphQL, variantOf } from '../harness/measure.js';
import type { BenchOptions } from '../harness/options.js';
import { fixed, ratio } from '../harness/result.js';
import type { Comparison, ScenarioResult, TargetCheck, VariantResult } from '../harness/result.js';
import { planNodeProcesses } from '../harness/node-processes.js';
import { agentToken, seedTicketsOverHttp } from '../harness/seed.js';
import { TICKET_LIST, expectTicketCount } from './queries.js';

const NODE_COUNTS = [1, 2, 4, 8];
/** The target: a list across 8 cities costs at most this multiple of one city's p95. */
const P95_GROWTH_BUDGET = 2;

/** The first eight of Jiangsu's prefecture-level cities in the registry, in code order. */
const JIANGSU_CITIES = childDivisions('320000')
  .map((entry) => entry.code)
  .slice(0, Math.max(...NODE_COUNTS));

const USER = 'supervisor.320000';

/**
 * A provincial list (supervisor.320000) across 1, 2, 4 and 8 Jiangsu city nodes through the
 * gateway, one gateway per node count over the first n cities, each city seeded alike. The
 * city nodes run as deployed, each its own process (`services/city/src/main.ts`); the gateway
 * runs in the harness.
 */
export async function runFanOut(options: BenchOptions): Promise<ScenarioResult> {
  if (JIANGSU_CITIES.length < Math.max(...NODE_COUNTS)) {
    throw new Error(
      `the division registry has ${JIANGSU_CITIES.length} Jiangsu cities; the scenario needs ${Math.max(...NODE_COUNTS)}`,
    );
  }
  return withEnvironment([], async ({ federation, postgres, machine }) => {
    const nodes = await planNodeProcesses(
      postgres,
      federation.identity.url,
      JIANGSU_CITIES.map((division) => ({ tier: 'city' as const, division })),
    );
    try {
      options.log(`fan-out: starting ${JIANGSU_CITIES.length} city node processes …`);
      await nodes.start(JIANGSU_CITIES);
      for (const city of JIANGSU_CITIES) {
        options.log(`fan-out: seeding ${options.seedTickets} tickets into ${city} …`);
        await seedTicketsOverHttp(
          nodes.graphqlUrl(city),
          agentToken(federation, city),
          city,
          options.seedTickets,
        );
      }
      const levels = [...new Set([1, options.connections])];
      const variants: VariantResult[] = [];
      const comparisons: Comparison[] = [];
      const token = federation.token(USER);
      const gateways = new Map<number, string>();
      for (const count of NODE_COUNTS) {
        const gateway = await federation.startGatewayOver(
          JIANGSU_CITIES.slice(0, count).map((division) => ({
            tier: 'city' as const,
            division,
            url: nodes.graphqlUrl(division),
          })),
        );
        gateways.set(count, gateway.graphqlUrl);
      }
      for (const connections of levels) {
        for (const [count, url] of gateways) {
          variants.push(
            await measureGraphQL(
              {
                id: `jiangsu-${count}@${connections}`,
                label: `${USER}, ${count} city node${count > 1 ? 's' : ''}`,
                path: `client → gateway → ${JIANGSU_CITIES.slice(0, count).join(', ')} (processes)`,
                url,
                token,
                query: TICKET_LIST,
                connections,
                check: expectTicketCount(20),
              },
              options,
            ),
          );
        }
        const one = variantOf(variants, `jiangsu-1@${connections}`);
        for (const count of NODE_COUNTS.filter((count) => count > 1)) {
          const many = variantOf(variants, `jiangsu-${count}@${connections}`);
          comparisons.push(
            {
              name: `jiangsu: p95 ${count} nodes / 1 node @ ${connections}`,
              unit: 'ratio',
              value: ratio(many.latencyMs.p95, one.latencyMs.p95),
              subject: many.id,
              reference: one.id,
            },
            {
              name: `jiangsu: p50 ${count} nodes / 1 node @ ${connections}`,
              unit: 'ratio',
              value: ratio(many.latencyMs.p50, one.latencyMs.p50),
              subject: many.id,
              reference: one.id,
            },
            {
              name: `jiangsu: throughput ${count} nodes / 1 node @ ${connections}`,
              unit: 'ratio',
              value: ratio(many.throughput, one.throughput),
              subject: many.id,
              reference: one.id,
            },
          );
        }
      }

      const eight = (connections: number) =>
        comparisons.find((entry) => entry.name === `jiangsu: p95 8 nodes / 1 node @ ${connections}`)
          ?.value ?? Number.NaN;
      const at1 = eight(1);
      const targets: TargetCheck[] = [
        {
          target: `a list across 8 cities has ≤ ${P95_GROWTH_BUDGET}× the p95 of one city`,
          measured: `${fixed(at1)}× at 1 connection, ${fixed(eight(options.connections))}× at ${options.connections}`,
          met: at1 <= P95_GROWTH_BUDGET,
          ...(at1 > P95_GROWTH_BUDGET
            ? { shortfall: `${fixed(at1)}× instead of ≤ ${P95_GROWTH_BUDGET}×` }
            : {}),
        },
      ];

      return {
        scenario: 'fan-out',
        description:
          'tickets(first: 20) through the gateway across 1, 2, 4 and 8 Jiangsu city nodes, each its own process; p95 growth against 1 node.',
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
          seededTicketsPerCity: options.seedTickets,
          query: TICKET_LIST,
          user: USER,
          cities: [...JIANGSU_CITIES],
          nodes:
            'each city node its own process (services/city/src/main.ts), the gateway in the harness',
        },
        variants,
        comparisons,
        targets,
        missing: [],
        notes: [
          'One gateway per node count, each over the first n cities; every city holds the same number of tickets, so each node returns a full page and the gateway merges n × 20 rows down to 20.',
          'One city is forwarded whole; several are fanned out (forwarded-fan-out.ts): the same operation to every node at once, the pages merged by cursor.',
          `Every node does a full 20-row list per request, so 8 nodes do 8 times one node's work (CPU in the node processes and PostgreSQL) on the same ${machine.cores} cores: past ${machine.cores} nodes the list cannot stay as fast as one node's here, however little the gateway adds; on machines of their own the nodes would answer side by side.`,
          'supervisor.320000 sees callers masked: no audit rows are written by these reads.',
        ],
      };
    } finally {
      await nodes.close();
    }
  });
}
