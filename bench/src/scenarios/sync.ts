import {
  feedParentOf,
  isFeedChild,
  parseNodeEnvironment,
  pullChanges,
  serviceTokenSource,
  SyncConsumer,
} from '@city-ops/core';
import { findDivision } from '@city-ops/schema';
import { waitForQuietMachine, watchCpu } from '../harness/cpu-watch.js';
import { withEnvironment } from '../harness/environment.js';
import { planNodeProcesses } from '../harness/node-processes.js';
import type { ProcessPlan } from '../harness/node-processes.js';
import { runLoad } from '../harness/load.js';
import { logResult } from '../harness/measure.js';
import type { BenchOptions } from '../harness/options.js';
import { fixed, ratio } from '../harness/result.js';
import type { Comparison, LoadResult, VariantResult } from '../harness/result.js';
import { agentToken, verifiedPrincipal } from '../harness/seed.js';
import { writeTicketBacklog } from '../harness/sync-backlog.js';
import {
  applyCadence,
  hopLags,
  sampleIntervals,
  sealHorizon,
  stalenessTimeline,
} from '../harness/sync-lag.js';
import type {
  DrainReference,
  DrainResult,
  DrainStatistics,
  HopLag,
  SyncDetails,
  SyncScenarioResult,
} from '../harness/sync-lag.js';
import { startSyncSampler } from '../harness/sync-sampler.js';
import { ticketInput } from '../harness/ticket-inputs.js';
import { CREATE_TICKET, expectCreated } from './queries.js';
import pg from 'pg';

const MINISTRY = '000000';
/**
 * Two provinces of two cities each: the registry has only two cities in 江苏 (320100 南京,
 * 320200 无锡), so 浙江's two (330100 杭州, 330200 宁波) make the four, under their own province.
 */
const PROVINCES: Record<string, readonly string[]> = {
  '320000': ['320100', '320200'],
  '330000': ['330100', '330200'],
};
const CITIES = Object.values(PROVINCES).flat();
/** The load: tickets per second at each city. */
const RATE_PER_CITY = 100;
const SAMPLE_INTERVAL_MS = 50;
/** Longest wait, after the load, for every replica and rollup to match the cities. */
const CONVERGE_LIMIT_MS = 180_000;
/** Part B: tickets for `changes` backlog changes, as createTicket writes two per ticket. */
const backlogTickets = (options: BenchOptions) =>
  Math.max(1, Math.round((options.syncBacklogChanges ?? 100_000) / 2));
const BACKLOG_PER_TRANSACTION = 500;
const DRAIN_PROVINCE = '320000';
const DRAIN_CITY = '320100';
const DRAIN_LIMIT_MS = 30 * 60_000;
const REFERENCE_BATCH = 500;
/** core's openDatabase gives every node a pool of 10; the reference gets the same. */
const POOL_SIZE = 10;

const label = (code: string) => `${code} ${findDivision(code)?.name ?? ''}`.trim();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every node pulls from its parent and its children, as `pnpm start` wires them. */
function productPlan(): ProcessPlan[] {
  const nodes: ProcessPlan[] = [
    ...CITIES.map((division) => ({ tier: 'city' as const, division })),
    ...Object.keys(PROVINCES).map((division) => ({ tier: 'province' as const, division })),
    { tier: 'ministry', division: MINISTRY },
  ];
  return nodes.map((node) => ({
    ...node,
    syncSources: nodes
      .filter(
        (other) =>
          isFeedChild(node, other.division) ||
          feedParentOf(node.tier, node.division) === other.division,
      )
      .map((other) => other.division),
  }));
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function count(url: string, query: string, values: unknown[] = []): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ n: string | null }>(query, values);
    return Number(rows[0]?.n ?? 0);
  });
}

interface SourceRow {
  node: string;
  source: string;
  state: string;
  resyncs: number;
  applied: string;
  head: string;
}

type DatabaseUrlOf = (division: string) => string;

async function sourceRows(databaseUrl: DatabaseUrlOf, nodes: string[]): Promise<SourceRow[]> {
  const rows: SourceRow[] = [];
  for (const node of nodes) {
    await withClient(databaseUrl(node), async (client) => {
      const result = await client.query<Omit<SourceRow, 'node'>>(
        'SELECT source, state, resyncs, applied::text, head::text FROM sync_source ORDER BY source',
      );
      rows.push(...result.rows.map((row) => ({ node, ...row })));
    });
  }
  return rows;
}

/**
 * Until every consumer of the plan says CAUGHT_UP: the nodes start together, so a consumer
 * whose source was not listening yet backs off first, as it would in production.
 */
async function waitForCaughtUp(databaseUrl: DatabaseUrlOf, plan: ProcessPlan[]): Promise<void> {
  const receivers = plan.filter((node) => node.syncSources?.length).map((node) => node.division);
  const expected = plan.reduce((total, node) => total + (node.syncSources?.length ?? 0), 0);
  const deadline = Date.now() + 90_000;
  for (;;) {
    const rows = await sourceRows(databaseUrl, receivers);
    const paused = rows.find((row) => row.state === 'PAUSED');
    if (paused) throw new Error(`sync source ${paused.source} at ${paused.node} is PAUSED`);
    if (rows.length === expected && rows.every((row) => row.state === 'CAUGHT_UP')) return;
    if (Date.now() > deadline) {
      throw new Error(
        `the consumers did not catch up before the load: ${JSON.stringify(rows.filter((row) => row.state !== 'CAUGHT_UP'))}`,
      );
    }
    await sleep(250);
  }
}

/** A city's ticket count once no request is in flight any more (two equal reads 0.5 s apart). */
async function settledTicketCount(url: string): Promise<number> {
  let previous = -1;
  for (;;) {
    const current = await count(url, 'SELECT count(*) AS n FROM hotline_ticket');
    if (current === previous) return current;
    previous = current;
    await sleep(500);
  }
}

async function probeCity(url: string, token: string, city: string, index = 0): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: CREATE_TICKET, variables: { input: ticketInput(city, index) } }),
  });
  const answer = (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: { message: string }[];
  };
  const problem = answer.errors?.length
    ? answer.errors.map((error) => error.message).join('; ')
    : answer.data
      ? expectCreated(answer.data)
      : `HTTP ${response.status}, no data`;
  if (problem) throw new Error(`createTicket at ${label(city)} answered wrongly: ${problem}`);
}

interface LagPart {
  lag: SyncDetails['lag'];
  load: LoadResult;
  machine: SyncScenarioResult['machine'];
  postgres: SyncScenarioResult['postgres'];
}

/**
 * Part A: the whole federation with the product's consumers, createTicket paced at every city
 * from a separate process, and the receivers sampled from their databases meanwhile.
 */
async function measureLag(options: BenchOptions): Promise<LagPart> {
  const plan = productPlan();
  return withEnvironment([], async ({ federation, postgres, machine }) => {
    const nodes = await planNodeProcesses(postgres, federation.identity.url, plan);
    try {
      options.log(
        `sync: starting ${plan.length} node processes, every consumer pulling its parent and children …`,
      );
      await nodes.start(plan.map((node) => node.division));
      await waitForCaughtUp(nodes.databaseUrl, plan);
      const tokens = Object.fromEntries(CITIES.map((city) => [city, agentToken(federation, city)]));
      for (const city of CITIES) {
        await probeCity(nodes.graphqlUrl(city), tokens[city] as string, city);
      }
      const sampler = await startSyncSampler({
        provinces: Object.entries(PROVINCES).map(([province, cities]) => ({
          division: province,
          url: nodes.databaseUrl(province),
          cities,
        })),
        ministryUrl: nodes.databaseUrl(MINISTRY),
        cities: CITIES,
        intervalMs: SAMPLE_INTERVAL_MS,
      });
      let from = Number.NaN;
      let load: LoadResult;
      let loadEnded: number;
      try {
        options.log(
          `  createTicket at ${CITIES.length} city nodes, ${RATE_PER_CITY}/s each (≤ ${options.connections} in flight per city): ${options.warmupSeconds} s warm-up + ${options.durationSeconds} s …`,
        );
        load = await runLoad(
          {
            kind: 'http-paced',
            targets: CITIES.map((city) => ({
              id: city,
              url: nodes.graphqlUrl(city),
              headers: {
                'content-type': 'application/json',
                accept: 'application/graphql-response+json, application/json',
                authorization: `Bearer ${tokens[city]}`,
              },
              // The four bench tickets in turn: different counties, categories, channels.
              bodies: [0, 1, 2, 3].map((index) =>
                JSON.stringify({
                  query: CREATE_TICKET,
                  variables: { input: ticketInput(city, index) },
                }),
              ),
            })),
            ratePerTarget: RATE_PER_CITY,
            connections: options.connections,
            warmupSeconds: options.warmupSeconds,
            durationSeconds: options.durationSeconds,
          },
          'sync lag: createTicket paced at 4 cities',
          options.quietWaitSeconds,
          () => {
            from = Date.now();
          },
        );
        loadEnded = Date.now();
        logResult(options, `createTicket at ${CITIES.length} cities together`, load);

        // Convergence: every city's tickets replicated at its province and counted at the ministry.
        const cityCounts = Object.fromEntries(
          await Promise.all(
            CITIES.map(
              async (city) => [city, await settledTicketCount(nodes.databaseUrl(city))] as const,
            ),
          ),
        );
        const converged = () => {
          const ministry = sampler.ministrySamples.at(-1);
          return CITIES.every((city) => {
            const province = sampler.provinceSamples.findLast((sample) => city in sample.replicas);
            return (
              province?.replicas[city] === cityCounts[city] &&
              ministry?.created[city] === cityCounts[city]
            );
          });
        };
        while (!converged() && Date.now() - loadEnded < CONVERGE_LIMIT_MS) await sleep(100);
        const convergedAt = Date.now();
        // One more round, taken after convergence, so the last tickets have a sample that counts them.
        const last = await sampler.sampleNow();
        sampler.provinceSamples.push(...last.provinces);
        sampler.ministrySamples.push(last.ministry);
        await sampler.stop();

        const finalCounts = Object.fromEntries(
          CITIES.map((city) => [
            city,
            {
              city: cityCounts[city] ?? 0,
              province:
                last.provinces.find((sample) => city in sample.replicas)?.replicas[city] ?? 0,
              ministry: last.ministry.created[city] ?? 0,
            },
          ]),
        );
        const mismatched = Object.entries(finalCounts).filter(
          ([, counts]) => counts.province !== counts.city || counts.ministry !== counts.city,
        );
        if (mismatched.length > 0) {
          throw new Error(
            `sync did not converge within ${CONVERGE_LIMIT_MS / 1000} s after the load: ${JSON.stringify(Object.fromEntries(mismatched))}`,
          );
        }
        const sources = await sourceRows(
          nodes.databaseUrl,
          plan.filter((node) => node.syncSources?.length).map((node) => node.division),
        );
        const troubled = sources.filter((row) => row.state === 'PAUSED' || row.resyncs > 0);
        if (troubled.length > 0) {
          throw new Error(`sync sources paused or resynchronised: ${JSON.stringify(troubled)}`);
        }

        const createdAt: Record<string, number[]> = {};
        for (const city of CITIES) {
          createdAt[city] = await withClient(nodes.databaseUrl(city), async (client) => {
            const { rows } = await client.query<{ at: string }>(
              'SELECT extract(epoch FROM created_at) * 1000 AS at FROM hotline_ticket ORDER BY created_at',
            );
            return rows.map((row) => Number(row.at));
          });
        }
        const window = {
          from,
          to: Math.min(from + options.durationSeconds * 1000, loadEnded),
        };
        const lagInput = {
          cities: CITIES,
          window,
          createdAt,
          provinceSamples: sampler.provinceSamples,
          ministrySamples: sampler.ministrySamples,
        };
        const hops = hopLags(lagInput);
        const cadence = [
          ...Object.entries(PROVINCES).flatMap(([province, cities]) =>
            cities.map((city) =>
              applyCadence(
                province,
                city,
                sampler.provinceSamples
                  .filter((sample) => city in sample.applied)
                  .map((sample) => ({ at: sample.at, applied: sample.applied[city] ?? 0 })),
                window,
              ),
            ),
          ),
          ...Object.keys(PROVINCES).map((province) =>
            applyCadence(
              MINISTRY,
              province,
              sampler.ministrySamples.map((sample) => ({
                at: sample.at,
                applied: sample.applied[province] ?? 0,
              })),
              window,
            ),
          ),
        ];
        const unseen = hops.filter((hop) => hop.city === 'all' && hop.unseen > 0);
        if (unseen.length > 0) {
          throw new Error(`tickets of the window no sample counted: ${JSON.stringify(unseen)}`);
        }
        return {
          load,
          machine,
          postgres: postgres.info,
          lag: {
            cities: CITIES,
            ratePerCity: RATE_PER_CITY,
            window,
            sampleIntervalMs: sampleIntervals(
              sampler.ministrySamples
                .map((sample) => sample.at)
                .filter((at) => at >= window.from && at <= window.to),
            ),
            hops,
            timeline: stalenessTimeline(lagInput),
            cadence,
            sealHorizonMs: sealHorizon(sampler.ministrySamples, window),
            convergedAfterSeconds: Math.round((convergedAt - loadEnded) / 100) / 10,
            finalCounts,
            sources: sources.map(({ node, source, state, resyncs }) => ({
              node,
              source,
              state,
              resyncs,
            })),
          },
        };
      } finally {
        await sampler.stop().catch(() => undefined);
      }
    } finally {
      await nodes.close();
    }
  });
}

interface DrainPart {
  drain: DrainResult;
  references: DrainReference[];
}

const DRAIN_STATISTICS: Record<DrainStatistics, string> = {
  fresh: 'statistics fresh (VACUUM ANALYZE before the consumer starts)',
  stale: 'statistics stale (autovacuum off on change_log, last ANALYZE while every row was sealed)',
  'stale-unsealed':
    'statistics stale, and the whole backlog still to seal when the consumer starts (a transaction open since before the backlog commits as it starts)',
};

/** Changes applied in each whole second after the first batch, from the cursor samples. */
function perSecondRates(
  samples: readonly { at: number; applied: number }[],
  from: number,
): DrainResult['perSecond'] {
  const rates: number[] = [];
  let index = 0;
  for (let second = from; ; second += 1000) {
    const end = second + 1000;
    const last = samples.at(-1);
    if (!last || last.at < end) break;
    while (index < samples.length - 1 && (samples[index + 1]?.at ?? Infinity) <= second) index += 1;
    const start = samples[index]?.applied ?? 0;
    const after = samples.findLast((sample) => sample.at <= end)?.applied ?? start;
    rates.push(after - start);
  }
  if (rates.length === 0) return undefined;
  const sorted = [...rates].sort((a, b) => a - b);
  return {
    p50: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0,
    min: sorted[0] ?? 0,
    seconds: rates.length,
  };
}

/**
 * Part B: a province whose consumer of one city was down while 100 000 changes piled up in the
 * city's feed; the consumer (the product's, with the product's defaults) is started and timed
 * until caught up, with the city's planner statistics as `statistics` says. With
 * `withReferences`, the same masked rows are then written into fresh databases by batched
 * inserts, and the feed is read again with nothing applied.
 */
async function measureDrain(
  options: BenchOptions,
  statistics: DrainStatistics,
  withReferences: boolean,
): Promise<DrainPart> {
  const backlogSize = backlogTickets(options);
  // The province in this process (its consumer is timed from its start), the city its own.
  return withEnvironment(
    [{ tier: 'province', division: DRAIN_PROVINCE }],
    async ({ federation, postgres }) => {
      const nodes = await planNodeProcesses(postgres, federation.identity.url, [
        { tier: 'city', division: DRAIN_CITY },
      ]);
      // stale-unsealed: a transaction holding the seal horizon while the backlog is written.
      let horizon: pg.Client | undefined;
      try {
        await nodes.start([DRAIN_CITY]);
        const cityUrl = nodes.databaseUrl(DRAIN_CITY);
        const provinceUrl = federation.databaseUrl(DRAIN_PROVINCE);
        const province = federation.node(DRAIN_PROVINCE);
        const token = agentToken(federation, DRAIN_CITY);
        // Four tickets through the product's own createTicket, one per bench template: their
        // due instants (by intake class) are what the backlog's tickets get.
        for (const index of [0, 1, 2, 3]) {
          await probeCity(nodes.graphqlUrl(DRAIN_CITY), token, DRAIN_CITY, index);
        }
        const dueAt = await withClient(cityUrl, async (client) => {
          const { rows } = await client.query<{ intake_class: string; due_at: Date }>(
            'SELECT DISTINCT ON (intake_class) intake_class, due_at FROM hotline_ticket ORDER BY intake_class, created_at',
          );
          return Object.fromEntries(rows.map((row) => [row.intake_class, row.due_at]));
        });
        const principal = await verifiedPrincipal(federation, token);
        const syncToken = serviceTokenSource({
          keycloakUrl: federation.identity.url,
          realm: federation.identity.realm,
          clientId: `node-${DRAIN_PROVINCE}`,
          clientSecret: `node-${DRAIN_PROVINCE}-secret`,
        });
        // A province that was reading the feed until the outage: what it read is sealed, and
        // the statistics last taken say so (no row waiting to be sealed).
        await pullChanges({
          url: nodes.graphqlUrl(DRAIN_CITY),
          token: await syncToken(),
          after: '0',
          limit: 1000,
          waitSeconds: 0,
        });
        if (statistics !== 'fresh') {
          await withClient(cityUrl, async (client) => {
            await client.query(
              'ALTER TABLE change_log SET (autovacuum_enabled = off, toast.autovacuum_enabled = off)',
            );
            await client.query('ANALYZE change_log');
          });
        }
        if (statistics === 'stale-unsealed') {
          horizon = new pg.Client({ connectionString: cityUrl });
          await horizon.connect();
          await horizon.query('BEGIN');
          await horizon.query('SELECT pg_current_xact_id()');
        }
        options.log(
          `sync drain (${statistics}): writing ${backlogSize} tickets (${backlogSize * 2} changes) into ${label(DRAIN_CITY)}'s feed …`,
        );
        const backlog = await writeTicketBacklog({
          databaseUrl: cityUrl,
          city: DRAIN_CITY,
          tickets: backlogSize,
          perTransaction: BACKLOG_PER_TRANSACTION,
          actor: {
            subject: principal.subject,
            username: principal.username,
            roles: [...principal.roles],
            division: principal.division,
          },
          dueAt,
          timeZone: province.runtime.timeZone,
        });
        const changes = await count(cityUrl, 'SELECT count(*) AS n FROM change_log');
        const tickets = await count(cityUrl, 'SELECT count(*) AS n FROM hotline_ticket');
        if (statistics === 'fresh') {
          await withClient(cityUrl, (client) => client.query('VACUUM ANALYZE'));
        }

        // What a province node would run with SYNC_SOURCES set and nothing else changed.
        const defaults = parseNodeEnvironment({
          NODE_TIER: 'province',
          NODE_DIVISION: DRAIN_PROVINCE,
          KEYCLOAK_URL: federation.identity.url,
        });
        const consumer = new SyncConsumer({
          node: province.runtime,
          sources: [{ division: DRAIN_CITY, url: nodes.graphqlUrl(DRAIN_CITY) }],
          token: syncToken,
          waitSeconds: defaults.SYNC_WAIT_SECONDS,
          batchSize: defaults.SYNC_BATCH_SIZE,
        });
        if (options.quietWaitSeconds > 0) await waitForQuietMachine(options.quietWaitSeconds);
        options.log(
          `  draining ${changes} changes into ${label(DRAIN_PROVINCE)} (batches of ${defaults.SYNC_BATCH_SIZE}) …`,
        );
        const cpu = watchCpu();
        const began = performance.now();
        let firstBatch: { at: number; applied: number } | undefined;
        let applied = 0;
        const samples: { at: number; applied: number }[] = [];
        await horizon?.query('COMMIT');
        await horizon?.end();
        horizon = undefined;
        await consumer.start();
        try {
          await withClient(provinceUrl, async (client) => {
            for (;;) {
              const { rows } = await client.query<{ applied: string; state: string }>(
                'SELECT applied::text, state FROM sync_source WHERE source = $1',
                [DRAIN_CITY],
              );
              const row = rows[0];
              applied = Number(row?.applied ?? 0);
              const at = performance.now();
              samples.push({ at, applied });
              if (applied > 0 && !firstBatch) firstBatch = { at, applied };
              if (row?.state === 'PAUSED')
                throw new Error(`the drain paused: ${JSON.stringify(row)}`);
              if (applied >= changes && row?.state === 'CAUGHT_UP') return;
              if (performance.now() - began > DRAIN_LIMIT_MS) {
                throw new Error(`the drain did not finish in ${DRAIN_LIMIT_MS / 60_000} min`);
              }
              await sleep(SAMPLE_INTERVAL_MS);
            }
          });
        } finally {
          await consumer.stop();
        }
        const ended = performance.now();
        const share = cpu.stop();
        const seconds = (ended - began) / 1000;
        const first = firstBatch ?? { at: ended, applied };

        // The same feed pulled again with the same requests, nothing applied: the source's and
        // the wire's share of the drain (everything is sealed by now).
        let feedRead: DrainResult['feedRead'] = undefined;
        if (withReferences) {
          const feedBegan = performance.now();
          let feedPulled = 0;
          for (let after = '0'; ;) {
            const batch = await pullChanges({
              url: nodes.graphqlUrl(DRAIN_CITY),
              token: await syncToken(),
              after,
              limit: defaults.SYNC_BATCH_SIZE,
              waitSeconds: 0,
            });
            feedPulled += batch.changes.length;
            if (BigInt(batch.reached) >= BigInt(batch.head)) break;
            after = batch.reached;
          }
          const feedSeconds = (performance.now() - feedBegan) / 1000;
          if (feedPulled !== changes) {
            throw new Error(`the feed read again gave ${feedPulled} changes, not ${changes}`);
          }
          feedRead = {
            seconds: Math.round(feedSeconds * 100) / 100,
            changesPerSecond: Math.round(changes / feedSeconds),
          };
        }

        const held = await withClient(provinceUrl, async (client) => {
          const { rows } = await client.query<Record<string, string | null>>(
            `SELECT (SELECT count(*) FROM hotline_ticket) AS tickets,
                  (SELECT count(*) FROM record_history WHERE origin_id IS NOT NULL) AS history,
                  (SELECT sum((counts->>'created')::bigint) FROM daily_rollup
                    WHERE division = $1 AND record_kind = 'hotline_ticket') AS created,
                  (SELECT count(*) FROM change_log WHERE entity = 'daily_rollup') AS rollups`,
            [DRAIN_CITY],
          );
          const row = rows[0] ?? {};
          return {
            tickets: Number(row['tickets'] ?? 0),
            history: Number(row['history'] ?? 0),
            created: Number(row['created'] ?? 0),
            rollups: Number(row['rollups'] ?? 0),
          };
        });
        if (
          held.tickets !== tickets ||
          held.history !== tickets ||
          held.created !== tickets ||
          tickets * 2 !== changes
        ) {
          throw new Error(
            `after the drain the province holds ${JSON.stringify(held)} for ${tickets} tickets and ${changes} changes at the city`,
          );
        }
        const perSecond = perSecondRates(samples, first.at);
        const drain: DrainResult = {
          id: statistics === 'fresh' ? 'drain' : `drain-${statistics}`,
          statistics,
          city: DRAIN_CITY,
          province: DRAIN_PROVINCE,
          changes,
          tickets,
          seconds: Math.round(seconds * 100) / 100,
          changesPerSecond: Math.round(changes / seconds),
          firstBatchSeconds: Math.round((first.at - began) / 10) / 100,
          steadyChangesPerSecond: Math.round(
            (changes - first.applied) / Math.max(0.001, (ended - first.at) / 1000),
          ),
          ...(perSecond ? { perSecond } : {}),
          batchSize: defaults.SYNC_BATCH_SIZE,
          rollupChanges: held.rollups,
          ...(feedRead ? { feedRead } : {}),
          backlog,
          ...(share ? { cpu: share } : {}),
        };
        options.log(
          `    ${drain.id}: ${changes} changes in ${fixed(seconds, 1)} s = ${drain.changesPerSecond} changes/s (first batch after ${drain.firstBatchSeconds} s, then ${drain.steadyChangesPerSecond}/s${perSecond ? `, per second p50 ${perSecond.p50} / min ${perSecond.min}` : ''}${feedRead ? `; the feed alone reads at ${feedRead.changesPerSecond}/s` : ''})${share ? `; CPU ours ${share.ownPercent}%, others ${share.otherPercent}%` : ''}`,
        );

        const references: DrainReference[] = [];
        for (const inFlight of withReferences ? [...new Set([1, options.connections])] : []) {
          const target = await postgres.createNodeDatabase(`sync_reference_${inFlight}`);
          const id = `batch-insert@${inFlight}`;
          const result = await runLoad(
            {
              kind: 'pg-batch-insert',
              sourceUrl: provinceUrl,
              targetUrl: target,
              tables: ['hotline_ticket', 'record_history'],
              batchSize: REFERENCE_BATCH,
              poolSize: POOL_SIZE,
              connections: inFlight,
            },
            `${id} batched insert of the drained rows`,
            options.quietWaitSeconds,
          );
          const written = await count(
            target,
            'SELECT (SELECT count(*) FROM hotline_ticket) + (SELECT count(*) FROM record_history) AS n',
          );
          if (written !== tickets * 2 || result.requests !== written) {
            throw new Error(`${id} wrote ${written} rows, expected ${tickets * 2}`);
          }
          references.push({
            id,
            label: `multi-row INSERT of ${REFERENCE_BATCH} rows, ${inFlight} in flight`,
            inFlight,
            rows: result.requests,
            seconds: result.seconds,
            rowsPerSecond: result.throughput,
            batchMs: { p50: result.latencyMs.p50, p95: result.latencyMs.p95 },
            ...(result.cpu ? { cpu: result.cpu } : {}),
          });
          options.log(
            `    ${id}: ${result.requests} rows in ${fixed(result.seconds, 1)} s = ${fixed(result.throughput, 0)} rows/s (batch p50 ${fixed(result.latencyMs.p50, 1)} ms)`,
          );
        }
        return { drain, references };
      } finally {
        await horizon?.end().catch(() => undefined);
        await nodes.close();
      }
    },
  );
}

function comparisonsOf(drain: DrainResult, references: DrainReference[]): Comparison[] {
  return references.map((reference) => ({
    name: `drain changes/s / batched insert rows/s (${reference.inFlight} in flight)`,
    unit: 'ratio' as const,
    value: ratio(drain.changesPerSecond, reference.rowsPerSecond),
    subject: 'drain',
    reference: reference.id,
  }));
}

const summary = (hop: HopLag) =>
  `${hop.hop}: staleness p50 ${fixed(hop.staleness.p50, 0)} / p95 ${fixed(hop.staleness.p95, 0)} / max ${fixed(hop.staleness.max, 0)} ms; per-ticket p50 ${fixed(hop.delivery.p50, 0)} / p95 ${fixed(hop.delivery.p95, 0)} ms`;

/**
 * Issue #5's sync benchmarks: (A) how far a province and the ministry trail four cities that
 * each take 100 tickets/s, (B) how fast a province drains a 100 000-change backlog of one city,
 * next to a plain batched insert of the same rows.
 */
export async function runSync(options: BenchOptions): Promise<SyncScenarioResult> {
  const lagPart = await measureLag(options);
  for (const hop of lagPart.lag.hops.filter((entry) => entry.city === 'all')) {
    options.log(`    ${summary(hop)}`);
  }
  const horizon = lagPart.lag.sealHorizonMs;
  options.log(
    `    oldest open write transaction on the server: p50 ${fixed(horizon.all.p50, 0)} / p95 ${fixed(horizon.all.p95, 0)} / max ${fixed(horizon.all.max, 0)} ms (${Object.entries(
      horizon.byTier,
    )
      .map(([tier, summary]) => `${tier} p95 ${fixed(summary.p95, 0)} ms`)
      .join(', ')})`,
  );
  for (const entry of lagPart.lag.cadence) {
    options.log(
      `    ${entry.node} ← ${entry.source}: ${entry.batches} batches, ${fixed(entry.changesPerBatch.mean, 0)} changes each on average, one every ${fixed(entry.intervalMs.p50, 0)} ms (p50)`,
    );
  }
  const { drain, references } = await measureDrain(options, 'fresh', true);
  const staleDrains = [
    (await measureDrain(options, 'stale', false)).drain,
    (await measureDrain(options, 'stale-unsealed', false)).drain,
  ];
  const variants: VariantResult[] = (lagPart.load.perTarget ?? []).map((target) => ({
    ...target,
    id: `city-${target.id}@${RATE_PER_CITY}/s`,
    label: `createTicket at ${label(target.id)}, paced ${RATE_PER_CITY}/s`,
    path: `autocannon → city ${target.id} → PostgreSQL`,
    connections: options.connections,
    ...(lagPart.load.cpu ? { cpu: lagPart.load.cpu } : {}),
  }));
  const sync: SyncDetails = { lag: lagPart.lag, drain, staleDrains, references };
  return {
    scenario: 'sync',
    description: `Tier sync. A: the lag city → province and city → ministry while ${CITIES.length} cities (${CITIES.map(label).join(', ')}; two per province, 320000 and 330000, both feeding the ministry) each take ${RATE_PER_CITY} createTicket/s. B: how fast province ${label(DRAIN_PROVINCE)} drains a ${drain.changes}-change backlog of ${label(DRAIN_CITY)} after an outage, next to a plain batched insert of the same rows.`,
    date: new Date().toISOString(),
    command: options.command,
    machine: lagPart.machine,
    ...(lagPart.postgres ? { postgres: lagPart.postgres } : {}),
    load: {
      tool: `autocannon 9.0.0 in a separate process, ${RATE_PER_CITY} requests/s per city (overallRate); a pg.Pool load process for the batched insert`,
      warmupSeconds: options.warmupSeconds,
      durationSeconds: options.durationSeconds,
      connections: [options.connections],
    },
    setup: {
      topology: productPlan().map((node) => ({
        node: `${node.tier} ${label(node.division)}`,
        syncSources: node.syncSources ?? [],
      })),
      consumers:
        'started by each node from SYNC_SOURCES with SYNC_CLIENT_SECRET (realm account node-<division>), SYNC_WAIT_SECONDS and SYNC_BATCH_SIZE at their defaults',
      mutation: CREATE_TICKET,
      ratePerCity: RATE_PER_CITY,
      sampleIntervalMs: SAMPLE_INTERVAL_MS,
      drain: {
        backlog: `${backlogTickets(options)} tickets written into ${label(DRAIN_CITY)}'s database in transactions of ${BACKLOG_PER_TRANSACTION}, each ticket as createTicket leaves it (ticket, creation history entry, change-log entries of both with the product's payloads), no audit entries`,
        consumer: `a SyncConsumer for ${label(DRAIN_CITY)} at ${label(DRAIN_PROVINCE)} with the node's defaults, started after the backlog was written`,
        statistics: DRAIN_STATISTICS,
        reference: `the province's ${drain.tickets} masked ticket replicas and ${drain.tickets} history rows, read back after the drain and written into fresh databases cloned from the same template by multi-row INSERTs of ${REFERENCE_BATCH} rows through a pg.Pool(${POOL_SIZE})`,
      },
    },
    variants,
    comparisons: comparisonsOf(drain, references),
    targets: [],
    missing: [],
    notes: [
      `Staleness is sampled every ~${SAMPLE_INTERVAL_MS} ms during the measured window from the receivers' databases (measured interval p50 ${fixed(lagPart.lag.sampleIntervalMs.p50, 0)} ms, max ${fixed(lagPart.lag.sampleIntervalMs.max, 0)} ms); a per-ticket delay is late by at most one interval.`,
      `Part A: seven node processes, one PostgreSQL server holding every node's database, the load process and the harness (identity issuer, sampler) share the machine's ${lagPart.machine.cores} cores; the cities take what the machine can serve (req/s above), not the ${RATE_PER_CITY}/s asked, so the lag is that of a saturated machine.`,
      `After the load stopped, every replica count and every ministry total matched its city within ${lagPart.lag.convergedAfterSeconds} s (the run fails otherwise); no source paused or resynchronised.`,
      `Part B: the city runs as its own process, the province in the harness process with the consumer built as the node builds it (SYNC_WAIT_SECONDS, SYNC_BATCH_SIZE at their defaults); only this one source, no ministry (the province's ${drain.rollupChanges} rollup changes wait in its own feed). For \`drain\` the backlog's city database was vacuumed and analysed before the drain, as autovacuum would have done during an outage; \`drain-stale\` and \`drain-stale-unsealed\` start from fresh databases where the planner's statistics of the change log were taken while every row was sealed and autovacuum is off on it, and in \`drain-stale-unsealed\` a transaction opened before the backlog and committed as the consumer starts keeps the whole backlog unsealed until then. A drain's time includes the consumer's first pull and whatever sealing the feed still has to do. \`feed-read\` pulls the same feed again afterwards with the same token and batch size and applies nothing: what is left of the drain's time is the province applying.`,
      'The batched-insert reference writes the rows with none of the work of applying them (no version check, no rollups, no flag check, no cursor), so the ratio is an upper bound on what a set-based apply could reach, not a target.',
    ],
    sync,
  };
}
