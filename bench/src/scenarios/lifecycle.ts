import { AUDIT_SEAL_INTERVAL_MS, openDatabase, verifyAuditChain } from '@city-ops/core';
import { withEnvironment } from '../harness/environment.js';
import type { RunStep } from '../harness/flow-load.js';
import { graphQLFlowStep } from '../harness/graphql-flow.js';
import { runLoad } from '../harness/load.js';
import type { GraphQLFlowLoadSpec, PgLifecycleLoadSpec, RawActor } from '../harness/load-spec.js';
import { logResult, variantOf } from '../harness/measure.js';
import type { BenchOptions } from '../harness/options.js';
import { rawLifecycleStep } from '../harness/raw-lifecycle.js';
import { fixed, ratio } from '../harness/result.js';
import type { Comparison, ScenarioResult, VariantResult } from '../harness/result.js';
import { verifiedPrincipal } from '../harness/seed.js';
import { ticketInput } from '../harness/ticket-inputs.js';
import {
  lifecycleFlowSteps,
  lifecycleUsers,
  ticketLifecycle,
} from '../harness/ticket-lifecycle.js';
import type { LifecycleActor } from '../harness/ticket-lifecycle.js';
import pg from 'pg';

const CITY = '320100';
/** core's openDatabase gives every node a pool of 10; the raw reference gets the same. */
const POOL_SIZE = 10;

interface RowCounts {
  tickets: number;
  closedTickets: number;
  recordHistory: number;
  /** change_log rows of the tickets and of their history entries. */
  ticketChanges: number;
  historyChanges: number;
  auditLog: number;
  /** The product's own check (auditChain's), after sealing what was committed. */
  auditChainIntact: boolean;
}

/** What a database holds after the run, and whether its audit chain verifies. */
async function countRows(url: string): Promise<RowCounts> {
  // The product's own verification (what auditChain runs), which seals what is committed first.
  const database = await openDatabase({ url, maxConnections: 1 });
  let auditChainIntact: boolean;
  try {
    auditChainIntact = (await verifyAuditChain(database.db)).intact;
  } finally {
    await database.close();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, string>>(
      `SELECT (SELECT count(*) FROM hotline_ticket) AS tickets,
              (SELECT count(*) FROM hotline_ticket WHERE status = 'CLOSED') AS closed,
              (SELECT count(*) FROM record_history) AS history,
              (SELECT count(*) FROM change_log WHERE entity = 'hotline_ticket') AS ticket_changes,
              (SELECT count(*) FROM change_log WHERE entity = 'record_history') AS history_changes,
              (SELECT count(*) FROM audit_log) AS audits`,
    );
    const count = (key: string) => Number(rows[0]?.[key] ?? 0);
    return {
      tickets: count('tickets'),
      closedTickets: count('closed'),
      recordHistory: count('history'),
      ticketChanges: count('ticket_changes'),
      historyChanges: count('history_changes'),
      auditLog: count('audits'),
      auditChainIntact,
    };
  } finally {
    await client.end();
  }
}

/** One lifecycle before any load: a path that fails a step must not produce numbers. */
async function probe<C>(label: string, steps: readonly string[], runStep: RunStep<C>) {
  let carried: C | undefined;
  for (const [index, name] of steps.entries()) {
    try {
      carried = await runStep(index, carried, 0);
    } catch (error) {
      throw new Error(
        `${label}: step ${name} failed before load: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}

/**
 * The full 12345 ticket lifecycle (受理 → 派单 → 签收 → 办理 → 反馈 → 审核 → 回访 → 办结), each step
 * by the demo user who does it, through the gateway and at the city node directly, against the
 * same rows (ticket, history, change log, audit) written through a pg pool by the same number of
 * virtual users, in one run. Every variant is driven by virtual users in a separate process.
 */
export async function runLifecycle(options: BenchOptions): Promise<ScenarioResult> {
  return withEnvironment(
    [{ tier: 'city', division: CITY }],
    async ({ federation, postgres, machine }) => {
      const gateway = await federation.startGateway([CITY]);
      const ticket = ticketInput(CITY, 1);
      const lifecycle = ticketLifecycle(CITY, ticket);
      const stepNames = lifecycle.map((step) => step.name);
      const users = lifecycleUsers(CITY);
      const tokens: Record<LifecycleActor, string> = {
        agent: federation.token(users.agent),
        dispatcher: federation.token(users.dispatcher),
        unit: federation.token(users.unit),
      };
      const actors: Record<string, RawActor> = {};
      for (const [actor, token] of Object.entries(tokens)) {
        const principal = await verifiedPrincipal(federation, token);
        actors[actor] = {
          subject: principal.subject,
          username: principal.username,
          roles: [...principal.roles],
          division: principal.division,
        };
      }
      const rawDatabase = await postgres.createNodeDatabase(`raw_lifecycle_${CITY}`);
      const connections = options.connections;
      const timing = {
        connections,
        warmupSeconds: options.warmupSeconds,
        durationSeconds: options.durationSeconds,
      };
      const variants: VariantResult[] = [];

      const rawSpec: PgLifecycleLoadSpec = {
        kind: 'pg-lifecycle',
        databaseUrl: rawDatabase,
        poolSize: POOL_SIZE,
        city: CITY,
        ticket,
        actors,
        auditSealIntervalMs: AUDIT_SEAL_INTERVAL_MS,
        ...timing,
      };
      const probePool = new pg.Pool({ connectionString: rawDatabase, max: 1 });
      try {
        await probe('raw lifecycle', stepNames, rawLifecycleStep(rawSpec, probePool));
      } finally {
        await probePool.end();
      }
      const rawLabel = 'raw lifecycle rows through a pg pool (no GraphQL)';
      options.log(
        `lifecycle: ${rawLabel} @ ${connections} virtual users: ${options.warmupSeconds} s warm-up + ${options.durationSeconds} s …`,
      );
      const raw = await runLoad(
        rawSpec,
        `raw@${connections} ${rawLabel}`,
        options.quietWaitSeconds,
      );
      logFlow(options, rawLabel, raw);
      variants.push({
        id: `raw@${connections}`,
        label: rawLabel,
        path: `pg.Pool(${POOL_SIZE}) → PostgreSQL`,
        connections,
        ...raw,
      });

      const graphQLPaths = [
        {
          id: `gateway@${connections}`,
          label: 'lifecycle through the gateway',
          path: `client → gateway → city ${CITY} → PostgreSQL`,
          url: gateway.graphqlUrl,
        },
        {
          id: `direct@${connections}`,
          label: `lifecycle at city node ${CITY} direct`,
          path: `client → city ${CITY} → PostgreSQL`,
          url: federation.node(CITY).graphqlUrl,
        },
      ];
      const flowSteps = lifecycleFlowSteps(lifecycle);
      for (const { id, label, path, url } of graphQLPaths) {
        const spec: GraphQLFlowLoadSpec = {
          kind: 'graphql-flow',
          url,
          tokens,
          steps: flowSteps,
          ...timing,
        };
        await probe(label, stepNames, graphQLFlowStep(spec));
        options.log(
          `  ${label} @ ${connections} virtual users: ${options.warmupSeconds} s warm-up + ${options.durationSeconds} s …`,
        );
        const result = await runLoad(spec, `${id} ${label}`, options.quietWaitSeconds);
        logFlow(options, label, result);
        variants.push({ id, label, path, connections, ...result });
      }

      const reference = variantOf(variants, `raw@${connections}`);
      const through = variantOf(variants, `gateway@${connections}`);
      const direct = variantOf(variants, `direct@${connections}`);
      const lifecyclesOf = (variant: VariantResult) => variant.flow?.iterationsPerSecond ?? NaN;
      const share = ratio(lifecyclesOf(through), lifecyclesOf(reference));
      const comparison = (
        name: string,
        subject: VariantResult,
        base: VariantResult,
        value: (variant: VariantResult) => number,
      ): Comparison => ({
        name,
        unit: 'ratio',
        value: ratio(value(subject), value(base)),
        subject: subject.id,
        reference: base.id,
      });
      const comparisons: Comparison[] = [
        comparison('lifecycles/s gateway / raw pooled writes', through, reference, lifecyclesOf),
        comparison('lifecycles/s direct / raw pooled writes', direct, reference, lifecyclesOf),
        comparison('lifecycles/s gateway / direct', through, direct, lifecyclesOf),
        comparison(
          'lifecycle p95 gateway / raw pooled writes',
          through,
          reference,
          (variant) => variant.flow?.iterationMs.p95 ?? NaN,
        ),
        comparison(
          'mutation p95 gateway / raw pooled writes',
          through,
          reference,
          (variant) => variant.latencyMs.p95,
        ),
      ];

      return {
        scenario: 'lifecycle',
        description:
          'One 12345 ticket taken through its whole closed loop (受理 → 派单 → 签收 → 办理 → 反馈 → 审核 → 回访 → 办结, eight mutations) through the gateway at one city node, vs the same rows written straight into PostgreSQL through a pg pool, same run, same concurrency.',
        date: new Date().toISOString(),
        command: options.command,
        machine,
        postgres: postgres.info,
        load: {
          tool: 'virtual users in a separate process: keep-alive fetch (GraphQL) or a pg.Pool (raw), each looping the lifecycle with one request in flight',
          warmupSeconds: options.warmupSeconds,
          durationSeconds: options.durationSeconds,
          connections: [connections],
        },
        setup: {
          city: CITY,
          poolSize: POOL_SIZE,
          steps: lifecycle.map((step) => ({
            name: step.name,
            label: step.label,
            mutation: step.mutation,
            user: users[step.actor],
            from: step.from,
            to: step.to,
          })),
          queries: flowSteps.map((step) => step.query),
          ticket,
          rawTransactions: {
            intake: [
              "BEGIN; SELECT nextval('hotline_ticket_number_seq')",
              'INSERT INTO hotline_ticket … RETURNING *',
              'INSERT INTO record_history … RETURNING *',
              'INSERT INTO change_log … (ticket), (history entry); INSERT INTO audit_log …; COMMIT',
            ],
            transition: [
              'BEGIN; UPDATE hotline_ticket SET status, updated_at, version = version + 1, <the action’s columns> WHERE id = … AND version = … RETURNING *',
              'INSERT INTO record_history … RETURNING *',
              'INSERT INTO change_log … (ticket), (history entry); INSERT INTO audit_log …; COMMIT',
            ],
            auditSealing: `SELECT audit_log_seal(5000) every ${AUDIT_SEAL_INTERVAL_MS} ms through the same pool, as a node's sealer`,
          },
          rowsAfter: {
            node: await countRows(federation.databaseUrl(CITY)),
            raw: await countRows(rawDatabase),
          },
        },
        variants,
        comparisons,
        targets: [],
        missing: [],
        notes: [
          `Through the gateway, a full lifecycle runs at ${fixed(share)}× the raw pooled-write rate (${fixed(lifecyclesOf(through), 1)} vs ${fixed(lifecyclesOf(reference), 1)} lifecycles/s).`,
          `Every path has ${connections} virtual users (one request or transaction in flight each) and a pool of ${POOL_SIZE} PostgreSQL connections; a lifecycle counts when its last step finishes inside the measured window, a failed step abandons its lifecycle.`,
          'The raw reference runs as the tables’ owner (a superuser): no SET LOCAL ROLE, no row-level security, no read of the ticket or its units before acting, and at most four round trips per step (statements sent several to a string, as the node’s coalescing pool does); the rows are the product’s — the versioned ticket update, one record_history row, two change_log rows (the masked ticket and the history entry) and one audit_log row per step — and the audit chain is sealed every second through the same pool, as a node does. Raw rows go to a database of their own cloned from the same template.',
          'Warm-up lifecycles leave their rows too; “rowsAfter” in the saved result counts each database’s rows and verifies its audit chain with the product’s own check.',
        ],
      };
    },
  );
}

function logFlow(
  options: BenchOptions,
  label: string,
  result: Omit<VariantResult, 'id' | 'label' | 'path' | 'connections'>,
): void {
  logResult(options, `${label} (per mutation)`, result);
  if (!result.flow) return;
  options.log(
    `    ${fixed(result.flow.iterationsPerSecond, 1)} lifecycles/s, lifecycle p50 ${result.flow.iterationMs.p50} ms, p95 ${result.flow.iterationMs.p95} ms; steps p95: ${result.flow.steps.map((step) => `${step.name} ${step.latencyMs.p95}`).join(', ')}`,
  );
  for (const sample of result.flow.failureSamples) options.log(`    failure: ${sample}`);
}
