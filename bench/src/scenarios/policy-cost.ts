import pg from 'pg';
import { withEnvironment } from '../harness/environment.js';
import { measureGraphQL, variantOf } from '../harness/measure.js';
import type { BenchOptions } from '../harness/options.js';
import { fixed, ratio } from '../harness/result.js';
import type { ScenarioResult, VariantResult } from '../harness/result.js';
import { seedTickets } from '../harness/seed.js';
import { ticketInput } from '../harness/ticket-inputs.js';
import { CREATE_TICKET, TICKET_LIST, expectCreated, expectTicketCount } from './queries.js';

const CITY = '320100';

/** Switches row-level security off for the request role (cluster-wide), the only difference between the two legs. */
async function setBypass(serverUrl: string, bypass: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`ALTER ROLE city_ops_app ${bypass ? 'BYPASSRLS' : 'NOBYPASSRLS'}`);
  } finally {
    await client.end();
  }
}

/**
 * The cost of the permission model's database layer: the 20-ticket list and
 * createTicket at the city node with row-level security enforced, and again with the
 * request role allowed to bypass it (ALTER ROLE … BYPASSRLS), in one run. Everything
 * else — the per-transaction role switch and settings, the service-layer checks, the
 * audit rows — is the same on both legs, so the ratio isolates the policies themselves.
 */
export async function runPolicyCost(options: BenchOptions): Promise<ScenarioResult> {
  return withEnvironment(
    [{ tier: 'city', division: CITY }],
    async ({ federation, postgres, machine }) => {
      options.log(`policy-cost: seeding ${options.seedTickets} tickets into ${CITY} …`);
      await seedTickets(federation, CITY, options.seedTickets);
      const token = federation.token(`agent.${CITY}`);
      const url = federation.node(CITY).graphqlUrl;
      const connections = options.connections;
      const variants: VariantResult[] = [];
      const measureBoth = async (leg: 'rls' | 'bypass') => {
        variants.push(
          await measureGraphQL(
            {
              id: `list-${leg}@${connections}`,
              label: `20-ticket list, ${leg === 'rls' ? 'row-level security on' : 'row-level security bypassed'}`,
              path: `client → city ${CITY} → PostgreSQL`,
              url,
              token,
              query: TICKET_LIST,
              connections,
              check: expectTicketCount(20),
            },
            options,
          ),
          await measureGraphQL(
            {
              id: `intake-${leg}@${connections}`,
              label: `createTicket, ${leg === 'rls' ? 'row-level security on' : 'row-level security bypassed'}`,
              path: `client → city ${CITY} → PostgreSQL`,
              url,
              token,
              query: CREATE_TICKET,
              variables: { input: ticketInput(CITY, 0) },
              connections,
              check: expectCreated,
            },
            options,
          ),
        );
      };
      await measureBoth('rls');
      await setBypass(postgres.server.url, true);
      try {
        await measureBoth('bypass');
      } finally {
        await setBypass(postgres.server.url, false);
      }

      const comparisons = (['list', 'intake'] as const).flatMap((kind) => {
        const on = variantOf(variants, `${kind}-rls@${connections}`);
        const off = variantOf(variants, `${kind}-bypass@${connections}`);
        const pair = { subject: on.id, reference: off.id };
        return [
          {
            name: `${kind}: throughput RLS on / bypassed`,
            unit: 'ratio' as const,
            value: ratio(on.throughput, off.throughput),
            ...pair,
          },
          {
            name: `${kind}: p50 RLS on / bypassed`,
            unit: 'ratio' as const,
            value: ratio(on.latencyMs.p50, off.latencyMs.p50),
            ...pair,
          },
          {
            name: `${kind}: p95 RLS on / bypassed`,
            unit: 'ratio' as const,
            value: ratio(on.latencyMs.p95, off.latencyMs.p95),
            ...pair,
          },
        ];
      });
      const listRatio =
        comparisons.find((entry) => entry.name === 'list: throughput RLS on / bypassed')?.value ??
        null;
      const intakeRatio =
        comparisons.find((entry) => entry.name === 'intake: throughput RLS on / bypassed')?.value ??
        null;

      return {
        scenario: 'policy-cost',
        description:
          'The 20-ticket list and createTicket at one city node, row-level security on vs bypassed, same run.',
        date: new Date().toISOString(),
        command: options.command,
        machine,
        postgres: postgres.info,
        load: {
          tool: 'autocannon 9.0.0 in a separate process',
          warmupSeconds: options.warmupSeconds,
          durationSeconds: options.durationSeconds,
          connections: [connections],
        },
        setup: {
          city: CITY,
          seededTickets: options.seedTickets,
          user: `agent.${CITY}`,
          list: TICKET_LIST,
          intake: CREATE_TICKET,
        },
        variants,
        comparisons,
        targets: [],
        missing: [],
        notes: [
          `Throughput with row-level security on is ${fixed(listRatio)}× the bypassed rate for the list and ${fixed(intakeRatio)}× for intake (1.00 = free).`,
          'Both legs switch role and set the scope settings per transaction; only the policies differ (BYPASSRLS on the request role).',
        ],
      };
    },
  );
}
