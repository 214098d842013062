import { cpus } from 'node:os';
import pg from 'pg';
import {
  addLocalDays,
  instantAt,
  RECORD_PAGE_SWITCHES_OFF,
  recordsTouchingQuery,
  metricSumsQuery,
  METRIC_INSTANTS,
} from '@city-ops/core';
import { withEnvironment } from '../harness/environment.js';
import { describePlan, explainInScope, summarizePlan } from '../harness/explain.js';
import type { ExplainedStatement, ExplainScope } from '../harness/explain.js';
import { DATA_MONTHS, daysInMonth, TICKET_MIX } from '../harness/indicator-data.js';
import { IndicatorDataBuilder, SAMPLE_DAYS } from '../harness/indicator-setup.js';
import type { IndicatorSetup } from '../harness/indicator-setup.js';
import { watchCpu } from '../harness/cpu-watch.js';
import { logResult, measureGraphQL, variantOf } from '../harness/measure.js';
import type { BenchOptions } from '../harness/options.js';
import { difference, fixed, ratio, summarizeLatencies } from '../harness/result.js';
import type { Comparison, ScenarioResult, TargetCheck, VariantResult } from '../harness/result.js';
import {
  DRILL_DOWN,
  expectDrillDown,
  expectMonthlyReport,
  expectOverview,
  expectRanking,
  MONTHLY_REPORT,
  OVERVIEW,
  RANKING,
} from './indicator-queries.js';
// Not part of core's public surface: imported for the exact statement a drill-down page runs.

const PROVINCE = '320000';
const CITIES = ['320100', '320200'] as const;
const MINISTRY = '000000';
/** The first month of the data's year: the overview is this year's trend. */
const YEAR_START = `${DATA_MONTHS[0]}-01`;
/** The last month of data: the ranking's, the drill-down's and the report's month. */
const LAST_MONTH = DATA_MONTHS[DATA_MONTHS.length - 1]!;
const DRILL_CITY = '320100';
const DRILL_PAGE = 20;
/** The targets, p95 in ms. */
const BUDGET_MS = { overview: 200, ranking: 200, drillDown: 500, report: 500 } as const;
/** Longest wait for the server to finish what an overloaded variant left running. */
const IDLE_LIMIT_MS = 180_000;
/** autocannon's per-request timeout in load-worker.ts: a slower answer is counted as an error. */
const LOAD_TIMEOUT_MS = 10_000;
/** Answers wanted at 1 connection: a slow variant's window is lengthened to hold about this many. */
const MIN_SAMPLES = 8;
/** Answers timed one after another when a single one is slower than the load generator allows. */
const SEQUENTIAL_SAMPLES = 6;
/** Longest measured window of a slow variant. */
const MAX_WINDOW_SECONDS = 40;

/**
 * The data set sizes, smallest first: 1 M then the target when it is at least 2 M (the targets'
 * 1 M → 10 M), otherwise a tenth of it then all of it, so a small smoke run grows ×10 too.
 */
export function indicatorSizes(total: number): number[] {
  if (!Number.isInteger(total) || total < 10) throw new Error(`cannot build ${total} tickets`);
  return total >= 2_000_000 ? [1_000_000, total] : [Math.round(total / 10), total];
}

/** 1M, 2.5M, 20k, 950. */
export function sizeLabel(tickets: number): string {
  const trim = (value: number) => String(Math.round(value * 10) / 10);
  if (tickets >= 1_000_000) return `${trim(tickets / 1_000_000)}M`;
  if (tickets >= 1_000) return `${trim(tickets / 1_000)}k`;
  return String(tickets);
}

const monthEnd = (month: string) => `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;

async function explainStatements(
  provinceUrl: string,
  ministryUrl: string,
  provinceDb: Parameters<ReturnType<typeof recordsTouchingQuery>['compile']>[0],
  timeZone: string,
): Promise<ExplainedStatement[]> {
  const explained: ExplainedStatement[] = [];
  const add = async (
    label: string,
    url: string,
    scope: ExplainScope | null,
    sql: string,
    parameters: unknown[],
  ) => {
    // Timed again without EXPLAIN: three times, once when a run takes seconds.
    const { plan, plainMs } = await explainInScope(url, scope, sql, parameters, (ms) =>
      (ms ?? 0) > 2_000 ? 1 : 3,
    );
    explained.push({ label, plan, summary: summarizePlan(plan), plainMs });
  };
  const asPeriod = (month: string) => ({ start: `${month}-01`, end: monthEnd(month) });
  const overview = metricSumsQuery(PROVINCE, DATA_MONTHS.map(asPeriod), true).compile(provinceDb);
  await add(
    'overview: metric sums of the year per month and category at the province (rollup-metrics.ts metricSumsQuery: twelve whole months from monthly_rollup)',
    provinceUrl,
    { low: '32', high: '32:' },
    overview.sql,
    [...overview.parameters],
  );
  const first = `${LAST_MONTH}-01`;
  const last = monthEnd(LAST_MONTH);
  const page = recordsTouchingQuery(
    'hotline_ticket',
    instantAt(first, 0, timeZone),
    instantAt(addLocalDays(last, 1), 0, timeZone),
    {
      datedBy: METRIC_INSTANTS.hotline_ticket['due']!,
      limit: 200,
      scope: { division: DRILL_CITY },
    },
  ).compile(provinceDb);
  await add(
    `drill-down: the first batch of ${DRILL_CITY}'s tickets due in ${LAST_MONTH}, by due time (record-metrics.ts recordsTouchingQuery, 200 rows, ${RECORD_PAGE_SWITCHES_OFF.join(' and ')} off)`,
    provinceUrl,
    { low: '3201', high: '3201:', switchesOff: RECORD_PAGE_SWITCHES_OFF },
    page.sql,
    [...page.parameters],
  );
  await add(
    'reference: the same drill-down statement with the planner left to choose (the row-level-security bounds invisible to it)',
    provinceUrl,
    { low: '3201', high: '3201:' },
    page.sql,
    [...page.parameters],
  );
  const previous = DATA_MONTHS[DATA_MONTHS.length - 2]!;
  const report = metricSumsQuery(
    MINISTRY,
    [asPeriod(previous), asPeriod(LAST_MONTH)],
    false,
  ).compile(provinceDb);
  await add(
    `report: the national metric sums of ${previous} and ${LAST_MONTH} at the ministry, one of the report's nine such statements`,
    ministryUrl,
    { low: '', high: ':' },
    report.sql,
    [...report.parameters],
  );
  return explained;
}

/** Waits until no statement runs on the server: a saturated variant leaves work queued behind it. */
async function waitForIdleServer(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const deadline = Date.now() + IDLE_LIMIT_MS;
    for (;;) {
      const { rows } = await client.query<{ active: string }>(
        `SELECT count(*)::text AS active FROM pg_stat_activity
         WHERE state = 'active' AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      );
      if (rows[0]?.active === '0' || Date.now() > deadline) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await client.end();
  }
}

/** One request, timed end to end; throws on anything but a 200 without GraphQL errors. */
async function timedRequest(plan: VariantPlan): Promise<number> {
  const began = performance.now();
  const response = await fetch(plan.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${plan.token}` },
    body: JSON.stringify({ query: plan.query, variables: plan.variables }),
  });
  const text = await response.text();
  const elapsedMs = performance.now() - began;
  if (response.status !== 200 || text.includes('"errors":')) {
    throw new Error(`${plan.label} (${plan.url}) answered wrongly: ${text.slice(0, 2000)}`);
  }
  return elapsedMs;
}

/**
 * A variant whose single answer comes near the load generator's timeout: timed one
 * request after another from here instead (nothing else runs meanwhile), so it still has a
 * latency rather than only timeouts.
 */
async function sequentialVariant(
  plan: VariantPlan,
  id: string,
  label: string,
  samples: number,
  firstMs: number,
  options: BenchOptions,
): Promise<VariantResult> {
  options.log(
    `  ${label}: the first answer took ${fixed(firstMs / 1000, 1)} s (the load generator gives up at ${LOAD_TIMEOUT_MS / 1000} s) — timing ${samples} in a row …`,
  );
  const cpu = watchCpu();
  const began = performance.now();
  const latencies: number[] = [];
  for (let index = 0; index < samples; index += 1) latencies.push(await timedRequest(plan));
  const seconds = Math.round((performance.now() - began) / 100) / 10;
  const share = cpu.stop();
  const result = {
    requests: latencies.length,
    seconds,
    throughput: Math.round((latencies.length / seconds) * 10) / 10,
    latencyMs: summarizeLatencies(latencies),
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    graphqlErrors: 0,
    ...(share ? { cpu: share } : {}),
  };
  logResult(options, label, result);
  return {
    id,
    label,
    path: `${plan.path} (sequential requests from the harness process)`,
    connections: 1,
    ...result,
  };
}

interface VariantPlan {
  name: 'overview-province' | 'overview-gateway' | 'ranking' | 'drill-down' | 'report';
  label: string;
  path: string;
  url: string;
  token: string;
  query: string;
  variables: Record<string, unknown>;
  check: (data: Record<string, unknown>) => string | undefined;
}

/**
 * Issue #6's measurements on a province holding its cities' replicated tickets: built at
 * 1 M, measured, grown to BENCH_INDICATOR_ROWS (10 M) and measured again in the same run.
 */
export async function runIndicators(options: BenchOptions): Promise<ScenarioResult> {
  const sizes = indicatorSizes(options.indicatorRows ?? 10_000_000);
  return withEnvironment(
    [
      { tier: 'province', division: PROVINCE },
      { tier: 'ministry', division: MINISTRY },
    ],
    async ({ federation, postgres, machine }) => {
      const gateway = await federation.startGateway([PROVINCE, MINISTRY]);
      const province = federation.node(PROVINCE);
      const timeZone = province.runtime.timeZone;
      const builder = new IndicatorDataBuilder(
        {
          province: PROVINCE,
          cities: CITIES,
          ministry: MINISTRY,
          provinceUrl: federation.databaseUrl(PROVINCE),
          ministryUrl: federation.databaseUrl(MINISTRY),
          timeZone,
          connections: Math.max(1, Math.min(4, cpus().length)),
        },
        options.log,
      );
      const supervisor = federation.token(`supervisor.${PROVINCE}`);
      const analyst = federation.token(`analyst.${MINISTRY}`);
      const levels = [...new Set([1, options.connections])];
      const setupSizes: IndicatorSetup['sizes'] = [];
      const variants: VariantResult[] = [];
      const missing: string[] = [];

      for (const tickets of sizes) {
        const label = sizeLabel(tickets);
        options.log(`indicators: the province's replicas grow to ${label} tickets …`);
        const { timings, facts } = await builder.growTo(tickets);
        options.log(
          `  ${label} ready in ${timings.total} s (${facts.rollupRows.toLocaleString('en')} rollup rows; tickets ${(facts.ticketTableBytes / 2 ** 30).toFixed(2)} GiB + indexes ${(facts.ticketIndexBytes / 2 ** 30).toFixed(2)} GiB)`,
        );
        const explain = await explainStatements(
          federation.databaseUrl(PROVINCE),
          federation.databaseUrl(MINISTRY),
          province.runtime.db,
          timeZone,
        );
        for (const statement of explain) {
          options.log(
            `  EXPLAIN ${statement.label.split(':')[0]}: ${describePlan(statement.summary, statement.plainMs)}`,
          );
        }
        setupSizes.push({ label, tickets, timings, facts, explain });

        const createdInYear = DATA_MONTHS.reduce(
          (sum, month) => sum + (facts.createdByMonth[month] ?? 0),
          0,
        );
        const month = { division: PROVINCE, start: `${LAST_MONTH}-01` };
        const plans: VariantPlan[] = [
          {
            name: 'overview-province',
            label: 'overview: a year per month and category',
            path: `client → province ${PROVINCE}`,
            url: province.graphqlUrl,
            token: supervisor,
            query: OVERVIEW,
            variables: { division: PROVINCE, start: YEAR_START },
            check: expectOverview(createdInYear),
          },
          {
            name: 'overview-gateway',
            label: 'overview through the gateway',
            path: `client → gateway → province ${PROVINCE}`,
            url: gateway.graphqlUrl,
            token: supervisor,
            query: OVERVIEW,
            variables: { division: PROVINCE, start: YEAR_START },
            check: expectOverview(createdInYear),
          },
          {
            name: 'ranking',
            label: `ranking of the cities, ${LAST_MONTH}, composite score`,
            path: `client → province ${PROVINCE}`,
            url: province.graphqlUrl,
            token: supervisor,
            query: RANKING,
            variables: month,
            check: expectRanking(CITIES),
          },
          {
            name: 'drill-down',
            label: `drill-down: first ${DRILL_PAGE} tickets due in ${LAST_MONTH}, ${DRILL_CITY}`,
            path: `client → province ${PROVINCE} (replicas)`,
            url: province.graphqlUrl,
            token: supervisor,
            query: DRILL_DOWN,
            variables: { division: DRILL_CITY, start: `${LAST_MONTH}-01` },
            check: expectDrillDown(DRILL_PAGE),
          },
          {
            name: 'report',
            label: `monthlyReport(month: "${LAST_MONTH}")`,
            path: `client → ministry ${MINISTRY}`,
            url: federation.node(MINISTRY).graphqlUrl,
            token: analyst,
            query: MONTHLY_REPORT,
            variables: { month: LAST_MONTH },
            check: expectMonthlyReport(facts.createdByMonth[LAST_MONTH] ?? 0, CITIES),
          },
        ];
        for (const connections of levels) {
          for (const plan of plans) {
            await waitForIdleServer(postgres.server.url);
            const id = `${label}/${plan.name}@${connections}`;
            const variantLabel = `${label}: ${plan.label}`;
            let durationSeconds = options.durationSeconds;
            if (connections === 1) {
              // Timed once first: a slow answer gets a longer window, or sequential timing.
              const singleMs = await timedRequest(plan);
              if (singleMs > LOAD_TIMEOUT_MS * 0.8) {
                variants.push(
                  await sequentialVariant(
                    plan,
                    id,
                    variantLabel,
                    SEQUENTIAL_SAMPLES,
                    singleMs,
                    options,
                  ),
                );
                continue;
              }
              durationSeconds = Math.min(
                MAX_WINDOW_SECONDS,
                Math.max(durationSeconds, Math.ceil((singleMs * MIN_SAMPLES) / 1000)),
              );
            } else {
              const single = variants.find((variant) => variant.id === `${label}/${plan.name}@1`)
                ?.latencyMs.p50;
              // Every connection's request queues behind the others on 2 cores: past the
              // load generator's timeout nothing would be measured but errors.
              if (single !== undefined && single * connections > LOAD_TIMEOUT_MS * 0.8) {
                missing.push(
                  `${id}: not loaded — one answer takes ${fixed(single / 1000, 1)} s, so ${connections} at once would queue past the load generator's ${LOAD_TIMEOUT_MS / 1000} s timeout.`,
                );
                continue;
              }
            }
            variants.push(
              await measureGraphQL(
                {
                  id,
                  label: variantLabel,
                  path: plan.path,
                  url: plan.url,
                  token: plan.token,
                  query: plan.query,
                  variables: plan.variables,
                  connections,
                  check: plan.check,
                },
                { ...options, durationSeconds },
              ),
            );
          }
        }
      }
      await waitForIdleServer(postgres.server.url);

      const labels = setupSizes.map((size) => size.label);
      const small = setupSizes[0]!;
      const large = setupSizes.at(-1)!;
      const names: VariantPlan['name'][] = [
        'overview-province',
        'overview-gateway',
        'ranking',
        'drill-down',
        'report',
      ];
      const comparisons: Comparison[] = [
        ...levels.flatMap((connections) =>
          names.flatMap((name) => {
            const from = variants.find((v) => v.id === `${small.label}/${name}@${connections}`);
            const to = variants.find((v) => v.id === `${large.label}/${name}@${connections}`);
            if (!from || !to) return [];
            const pair = { subject: to.id, reference: from.id };
            return [
              {
                name: `${name} p95 ${large.label} / ${small.label} @ ${connections}`,
                unit: 'ratio' as const,
                value: ratio(to.latencyMs.p95, from.latencyMs.p95),
                ...pair,
              },
              {
                name: `${name} throughput ${large.label} / ${small.label} @ ${connections}`,
                unit: 'ratio' as const,
                value: ratio(to.throughput, from.throughput),
                ...pair,
              },
            ];
          }),
        ),
        ...labels.map((label) => {
          const direct = variantOf(variants, `${label}/overview-province@1`);
          const through = variantOf(variants, `${label}/overview-gateway@1`);
          return {
            name: `gateway adds to the overview at p50, ${label} @ 1`,
            unit: 'ms' as const,
            value: difference(through.latencyMs.p50, direct.latencyMs.p50),
            subject: through.id,
            reference: direct.id,
          };
        }),
      ];

      const explainOf = (prefix: string) =>
        large.explain.find((statement) => statement.label.startsWith(prefix));
      const target = (
        name: VariantPlan['name'],
        what: string,
        budget: number,
        statement?: ExplainedStatement,
        reference?: ExplainedStatement,
      ): TargetCheck => {
        const at = variantOf(variants, `${large.label}/${name}@1`);
        const before = variantOf(variants, `${small.label}/${name}@1`);
        const p95 = at.latencyMs.p95;
        const measured = `p95 ${fixed(p95, 1)} ms, p50 ${fixed(at.latencyMs.p50, 1)} ms at ${large.label} (${at.requests} requests); p95 ${fixed(before.latencyMs.p95, 1)} ms at ${small.label}`;
        const met = Number.isFinite(p95) && at.requests > 0 ? p95 <= budget : null;
        return {
          target: `${what}: p95 ≤ ${budget} ms (${large.label} tickets, 1 connection)`,
          measured,
          met,
          ...(met === false
            ? {
                shortfall: `${fixed(p95 - budget, 0)} ms over (${fixed(p95 / budget, 1)}× the budget)${statement ? `; its main statement ${describePlan(statement.summary, statement.plainMs)}` : ''}${reference ? `; left to the planner, the same statement ${describePlan(reference.summary, reference.plainMs)}` : ''}`,
              }
            : {}),
        };
      };
      const targets: TargetCheck[] = [
        target(
          'overview-province',
          'province overview, a year per month and category (at the node)',
          BUDGET_MS.overview,
          explainOf('overview'),
        ),
        target(
          'overview-gateway',
          'province overview through the gateway',
          BUDGET_MS.overview,
          explainOf('overview'),
        ),
        target('ranking', 'ranking of the province’s cities', BUDGET_MS.ranking),
        target(
          'drill-down',
          'drill-down: first 20 records behind one cell',
          BUDGET_MS.drillDown,
          explainOf('drill-down'),
          explainOf('reference'),
        ),
        target(
          'report',
          'ministry’s monthly report over a year of rollups',
          BUDGET_MS.report,
          explainOf('report'),
        ),
      ];

      const rowsRatio = large.tickets / small.tickets;
      const setup: IndicatorSetup = {
        province: PROVINCE,
        cities: CITIES,
        ministry: MINISTRY,
        generation:
          'Set-based SQL in the province’s database: per month one INSERT … SELECT FROM generate_series (pieces of 250 000, one connection per core), every attribute a hash of the ticket’s number, so growing to the larger size only adds tickets; keys and indexes dropped before and rebuilt after each load, then VACUUM (ANALYZE). Rollups: one GROUP BY over every replica (indicator-rollups.ts), checked against rollupContributions on the sample days; the ministry gets the same rows. Sync sources marked caught up now.',
        sampleDays: SAMPLE_DAYS,
        mix: TICKET_MIX,
        users: { province: `supervisor.${PROVINCE}`, ministry: `analyst.${MINISTRY}` },
        queries: {
          overview: OVERVIEW,
          ranking: RANKING,
          drillDown: DRILL_DOWN,
          report: MONTHLY_REPORT,
        },
        variables: {
          overview: { division: PROVINCE, start: YEAR_START },
          ranking: { division: PROVINCE, start: `${LAST_MONTH}-01` },
          drillDown: { division: DRILL_CITY, start: `${LAST_MONTH}-01` },
          report: { month: LAST_MONTH },
        },
        gatewayNodes: [PROVINCE, MINISTRY],
        sizes: setupSizes,
      };
      const totalSeconds = setupSizes.reduce((sum, size) => sum + size.timings.total, 0);
      return {
        scenario: 'indicators',
        description: `Issue #6: a province (${PROVINCE}) holding its two cities' replicated tickets over a year, at ${labels.join(' and then ')} tickets in one run — the indicator overview, the cities' ranking and a drill-down as supervisor.${PROVINCE}, and the ministry's monthly report over the same rollups as analyst.${MINISTRY}.`,
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
        setup,
        variants,
        comparisons,
        targets,
        missing: [
          ...(large.tickets < 10_000_000
            ? [
                `The target's 10 M tickets: this run built ${labels.join(' and ')} (BENCH_INDICATOR_ROWS=${large.tickets}).`,
              ]
            : []),
          ...missing,
        ],
        notes: [
          `Tickets grew ×${fixed(rowsRatio, 1)} (${small.tickets.toLocaleString('en')} → ${large.tickets.toLocaleString('en')}); the province's rollup rows grew ×${fixed(large.facts.rollupRows / small.facts.rollupRows, 2)} (${small.facts.rollupRows.toLocaleString('en')} → ${large.facts.rollupRows.toLocaleString('en')}: one per city × local day × category once every cell has a ticket), so what reads rollups — overview, ranking, report — should not grow with tickets, and what reads tickets — the drill-down — may.`,
          `The overview's statement reads the province's twelve whole months from monthly_rollup (one row per city × month × category, kept from daily_rollup by a trigger; ${large.facts.rollupRows.toLocaleString('en')} daily rows at ${large.label} are about 720 monthly ones here) and expands each row's counts (jsonb_each_text) before summing them per month, category and metric; its rows follow cities × months × categories, not tickets. Before monthly_rollup it read every daily row and spilled past work_mem: p95 382 ms at 10 M (see the optimisation log).`,
          `The drill-down's first batch walks the index of the instant its metric is dated by (due_at for "due") in that order from the cursor, with the planner's bitmap and sort paths and JIT off for the statement: under row-level security the policy's division bounds are parameters the planner cannot see (InitPlans of current_setting), so it estimates a handful of matching rows and, left to choose, reads every ticket of the city through hotline_ticket_division_created and sorts the month's (the reference statement, which grows with the city's tickets).`,
          `Building the data took ${fixed(totalSeconds, 0)} s in all (${setupSizes.map((size) => `${size.label}: ${size.timings.total} s`).join(', ')}; phases in the table above).`,
          `The overview asks for the data's year, period { unit: MONTH, start: "${YEAR_START}", count: 12 }: a start of "2026-10-01" with count 12 would be one month of data and eleven empty months.`,
          '`indicatorRecords` (drill-down) and `monthlyReport` exist, so both are measured as themselves: the drill-down at the province, which serves it from its replicas; the report at the ministry (nine indicatorReport calls: the nation, every registry province and city, each for the month and the one before).',
          'Not generated, because no measured query reads them: the replicas’ history entries, the change log, audit entries, cases and enforcement records (their rollups would add rows per category and day).',
          `Targets are judged at 1 connection (one user, no queueing); the loaded level shows throughput and how the 2 cores queue heavy statements. At 1 connection a variant whose single answer is slow gets a longer window (up to ${MAX_WINDOW_SECONDS} s, for about ${MIN_SAMPLES} answers), and one whose first answer takes over ${fixed((LOAD_TIMEOUT_MS * 0.8) / 1000, 0)} s (near the load generator's ${LOAD_TIMEOUT_MS / 1000} s timeout) is timed with ${SEQUENTIAL_SAMPLES} sequential requests from the harness process instead (its path says so).`,
        ],
      };
    },
  );
}
