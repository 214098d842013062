import pg from 'pg';
import { withEnvironment } from '../harness/environment.js';
import { runLoad } from '../harness/load.js';
import { logResult, measureGraphQL, variantOf } from '../harness/measure.js';
import type { BenchOptions } from '../harness/options.js';
import { fixed, ratio } from '../harness/result.js';
import type { ScenarioResult, TargetCheck, VariantResult } from '../harness/result.js';
import { agentToken, verifiedPrincipal } from '../harness/seed.js';
import { ticketInput } from '../harness/ticket-inputs.js';
import { CREATE_TICKET, expectCreated } from './queries.js';

const CITY = '320100';
/** The targets for one city node. */
const MIN_RATE = 1000;
const MAX_P95_MS = 50;
const MIN_SHARE_OF_RAW = 0.25;
/** core's openDatabase gives every node a pool of 10; the raw reference gets the same. */
const POOL_SIZE = 10;

async function countRows(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tickets: string; changes: string; audits: string }>(
      `SELECT (SELECT count(*) FROM hotline_ticket) AS tickets,
              (SELECT count(*) FROM change_log) AS changes,
              (SELECT count(*) FROM audit_log) AS audits`,
    );
    const row = rows[0];
    return {
      tickets: Number(row?.tickets ?? 0),
      changeLog: Number(row?.changes ?? 0),
      auditLog: Number(row?.audits ?? 0),
    };
  } finally {
    await client.end();
  }
}

/**
 * createTicket through the gateway at one city node against the same rows inserted straight
 * into PostgreSQL through a pg pool (same columns, same one-transaction shape), in one run.
 * The node's own createTicket without the gateway is measured too, to split the cost.
 */
export async function runIntake(options: BenchOptions): Promise<ScenarioResult> {
  return withEnvironment(
    [{ tier: 'city', division: CITY }],
    async ({ federation, postgres, machine }) => {
      const gateway = await federation.startGateway([CITY]);
      const token = agentToken(federation, CITY);
      const principal = await verifiedPrincipal(federation, token);
      const rawDatabase = await postgres.createNodeDatabase(`raw_intake_${CITY}`);
      const connections = options.connections;
      const variants: VariantResult[] = [];

      options.log(
        `intake: raw pooled insert @ ${connections} in flight: ${options.warmupSeconds} s warm-up + ${options.durationSeconds} s …`,
      );
      // The reference, and the same without triggers: the audit hash chain's share of the cost.
      const rawVariants = [
        {
          id: `raw@${connections}`,
          label: 'raw pooled insert (pg, no GraphQL)',
          withoutTriggers: false,
        },
        {
          id: `raw-no-triggers@${connections}`,
          label: 'raw pooled insert, triggers off (no audit hash chain)',
          withoutTriggers: true,
        },
      ];
      for (const { id, label, withoutTriggers } of rawVariants) {
        const database = withoutTriggers
          ? await postgres.createNodeDatabase(`raw_intake_plain_${CITY}`)
          : rawDatabase;
        const raw = await runLoad(
          {
            kind: 'pg-intake',
            databaseUrl: database,
            poolSize: POOL_SIZE,
            connections,
            warmupSeconds: options.warmupSeconds,
            durationSeconds: options.durationSeconds,
            city: CITY,
            withoutTriggers,
            actor: {
              subject: principal.subject,
              username: principal.username,
              roles: [...principal.roles],
              division: principal.division,
            },
          },
          `${id} ${label}`,
          options.quietWaitSeconds,
        );
        logResult(options, label, raw);
        variants.push({
          id,
          label,
          path: `pg.Pool(${POOL_SIZE}) → PostgreSQL${withoutTriggers ? ' (session_replication_role = replica)' : ''}`,
          connections,
          ...raw,
        });
      }

      const variables = { input: ticketInput(CITY, 0) };
      variants.push(
        await measureGraphQL(
          {
            id: `gateway@${connections}`,
            label: 'createTicket through the gateway',
            path: `client → gateway → city ${CITY} → PostgreSQL`,
            url: gateway.graphqlUrl,
            token,
            query: CREATE_TICKET,
            variables,
            connections,
            check: expectCreated,
          },
          options,
        ),
        await measureGraphQL(
          {
            id: `direct@${connections}`,
            label: `createTicket at city node ${CITY} direct`,
            path: `client → city ${CITY} → PostgreSQL`,
            url: federation.node(CITY).graphqlUrl,
            token,
            query: CREATE_TICKET,
            variables,
            connections,
            check: expectCreated,
          },
          options,
        ),
      );

      const reference = variantOf(variants, `raw@${connections}`);
      const through = variantOf(variants, `gateway@${connections}`);
      const direct = variantOf(variants, `direct@${connections}`);
      const share = ratio(through.throughput, reference.throughput);
      const comparisons = [
        {
          name: 'records/s gateway createTicket / raw pooled insert',
          unit: 'ratio' as const,
          value: share,
          subject: through.id,
          reference: reference.id,
        },
        {
          name: 'records/s direct createTicket / raw pooled insert',
          unit: 'ratio' as const,
          value: ratio(direct.throughput, reference.throughput),
          subject: direct.id,
          reference: reference.id,
        },
        {
          name: 'p95 gateway createTicket / raw pooled insert',
          unit: 'ratio' as const,
          value: ratio(through.latencyMs.p95, reference.latencyMs.p95),
          subject: through.id,
          reference: reference.id,
        },
        {
          name: 'records/s raw with triggers / raw without (audit hash chain cost)',
          unit: 'ratio' as const,
          value: ratio(
            reference.throughput,
            variantOf(variants, `raw-no-triggers@${connections}`).throughput,
          ),
          subject: reference.id,
          reference: `raw-no-triggers@${connections}`,
        },
        {
          name: 'records/s gateway / direct createTicket',
          unit: 'ratio' as const,
          value: ratio(through.throughput, direct.throughput),
          subject: through.id,
          reference: direct.id,
        },
      ];
      const rate = through.throughput;
      const p95 = through.latencyMs.p95;
      const targets: TargetCheck[] = [
        {
          target: `≥ ${MIN_RATE} createTicket/s per city node (through the gateway)`,
          measured: `${fixed(rate, 0)} createTicket/s`,
          met: rate >= MIN_RATE,
          ...(rate < MIN_RATE
            ? {
                shortfall: `${Math.round(MIN_RATE - rate)}/s short (${Math.round((rate / MIN_RATE) * 100)}% of the target; needs ${Math.round((MIN_RATE / rate) * 10) / 10}×)`,
              }
            : {}),
        },
        {
          target: `createTicket p95 ≤ ${MAX_P95_MS} ms`,
          measured: `${fixed(p95)} ms at ${connections} connections`,
          met: p95 <= MAX_P95_MS,
          ...(p95 > MAX_P95_MS
            ? { shortfall: `${Math.round((p95 - MAX_P95_MS) * 10) / 10} ms over` }
            : {}),
        },
        {
          target: `createTicket reaches ≥ 1/4 of the raw pooled-insert rate`,
          measured: `${fixed(share)} of ${fixed(reference.throughput, 0)}/s`,
          met: share === null ? null : share >= MIN_SHARE_OF_RAW,
          ...(share !== null && share < MIN_SHARE_OF_RAW
            ? {
                shortfall: `${fixed(share)} instead of ≥ ${MIN_SHARE_OF_RAW} (needs ${fixed(MIN_SHARE_OF_RAW / share, 1)}×)`,
              }
            : {}),
        },
      ];

      return {
        scenario: 'intake',
        description:
          'createTicket through the gateway at one city node vs the same rows inserted straight into PostgreSQL through a pg pool.',
        date: new Date().toISOString(),
        command: options.command,
        machine,
        postgres: postgres.info,
        load: {
          tool: 'autocannon 9.0.0 in a separate process (GraphQL); a pg.Pool load process (raw)',
          warmupSeconds: options.warmupSeconds,
          durationSeconds: options.durationSeconds,
          connections: [connections],
        },
        setup: {
          city: CITY,
          user: `agent.${CITY}`,
          poolSize: POOL_SIZE,
          mutation: CREATE_TICKET,
          input: variables.input,
          rawTransaction:
            'BEGIN; SELECT nextval(…); INSERT hotline_ticket … RETURNING *; INSERT change_log; INSERT audit_log; COMMIT',
          rowsAfter: {
            node: await countRows(federation.databaseUrl(CITY)),
            raw: await countRows(rawDatabase),
          },
        },
        variants,
        comparisons,
        targets,
        missing: [],
        notes: [
          `Every path has ${connections} requests in flight and a pool of ${POOL_SIZE} PostgreSQL connections; the raw reference runs in its own load process, the GraphQL paths are driven by autocannon.`,
          'Raw rows go to databases of their own cloned from the same template; the GraphQL rows go to the city node’s database.',
          'The raw reference runs as the tables’ owner (a superuser): no SET LOCAL ROLE, no row-level security, but the audit_log hash-chain trigger (a global advisory lock held to commit) fires as it does for createTicket. The triggers-off variant shows what the chain costs; it is not judged against a target.',
        ],
      };
    },
  );
}
