import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import type { MachineInfo } from './harness/machine.js';
import type { IndicatorSetup } from './harness/indicator-setup.js';
import { defaultResultsDirectory, loadResults } from './harness/result.js';
import type { ScenarioResult, TargetCheck, VariantResult } from './harness/result.js';
import { isSyncResult } from './harness/sync-lag.js';
import type { DrainResult, LagSummary, SyncScenarioResult } from './harness/sync-lag.js';

/** docs/BENCHMARKS.md, generated: edit this file's text, not the document. */
export const defaultReportPath = fileURLToPath(
  new URL('../../docs/BENCHMARKS.md', import.meta.url),
);

/** What demo-start.ts saves (an older shape than the load scenarios). */
interface DemoResult {
  scenario: 'demo';
  date: string;
  command: string;
  machine: Partial<MachineInfo> & { cores: number; memoryGb: number; node: string };
  runs: { kind: 'cold' | 'warm'; seconds: number; residentMb: number }[];
  cold: { medianSeconds: number; maxResidentMb: number };
  warm: { medianSeconds: number; maxResidentMb: number };
  budget: { seconds: number; residentMb: number };
}

const ORDER: { key: string; title: string }[] = [
  { key: 'gateway-overhead', title: 'Gateway overhead' },
  { key: 'fan-out', title: 'Fan-out across city nodes' },
  { key: 'intake', title: 'Intake (createTicket)' },
  { key: 'lifecycle', title: 'Full ticket lifecycle' },
  { key: 'peer', title: 'Against Hive Gateway' },
  { key: 'policy-cost', title: 'Row-level security cost' },
  { key: 'sync', title: 'Tier sync: lag and backlog drain' },
  { key: 'indicators', title: 'Indicators, drill-down and monthly report at 1 M and 10 M tickets' },
  { key: 'lookups', title: 'Desk lookups: by number, by phone, by words' },
  { key: 'live-updates', title: 'Live updates: dispatch to the unit, SSE vs polling' },
];

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '–');
const perSecond = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const day = (iso: string) => iso.slice(0, 10);

function machineLine(machine: DemoResult['machine'] | MachineInfo, date: string): string {
  const parts = [
    `${machine.cores} cores${machine.cpuModel ? ` (${machine.cpuModel})` : ''}`,
    `${machine.memoryGb} GB`,
    `Node ${machine.node}`,
    ...(machine.postgres ? [`PostgreSQL ${machine.postgres}`] : []),
  ];
  return `Machine: ${parts.join(', ')}; ${day(date)}.`;
}

function postgresLine(result: ScenarioResult): string {
  if (!result.postgres) return '';
  const settings = Object.entries(result.postgres.settings)
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');
  return `PostgreSQL server started by the harness: ${settings}; ${result.postgres.startup.join('; ')}.`;
}

function failures(variant: VariantResult): string {
  const total = variant.errors + variant.non2xx + variant.graphqlErrors;
  return total === 0
    ? '0'
    : `${total} (${variant.errors} conn, ${variant.non2xx} non-2xx, ${variant.graphqlErrors} GraphQL)`;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function variantTable(result: ScenarioResult): string {
  return table(
    [
      'variant',
      'path',
      'connections',
      'req/s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'failures',
      'CPU ours / others',
    ],
    result.variants.map((variant) => [
      `\`${variant.id}\` ${variant.label}`,
      variant.path,
      String(variant.connections),
      perSecond(variant.throughput),
      ms(variant.latencyMs.p50),
      ms(variant.latencyMs.p95),
      ms(variant.latencyMs.p99),
      failures(variant),
      variant.cpu ? `${variant.cpu.ownPercent}% / ${variant.cpu.otherPercent}%` : '–',
    ]),
  );
}

function comparisonTable(result: ScenarioResult): string {
  return table(
    ['comparison', 'value', 'subject / reference'],
    result.comparisons.map((comparison) => [
      comparison.name,
      comparison.value === null
        ? '–'
        : comparison.unit === 'ratio'
          ? `${comparison.value.toFixed(2)}×`
          : `${comparison.value >= 0 ? '+' : ''}${comparison.value.toFixed(2)} ms`,
      `\`${comparison.subject}\` / \`${comparison.reference}\``,
    ]),
  );
}

/** What a scenario's numbers mean, where the description and notes are not enough. */
const EXPLANATIONS: Partial<Record<string, string>> = {
  lifecycle:
    'How to read it: one lifecycle is one new ticket carried round the whole closed loop by the users who do each step — the hotline agent logs it (createTicket), the dispatcher dispatches it to the city-management unit, that unit signs for it, starts handling and replies, the dispatcher approves the reply, the agent calls the caller back and closes it — eight mutations, each carrying the `version` the previous answer returned, so a virtual user always has exactly one request in flight and a lifecycle takes the sum of its eight round trips. Each virtual user loops lifecycles in a separate load process (keep-alive `fetch` for GraphQL, a `pg.Pool` for the raw rows); lifecycles/s counts lifecycles whose last step finished inside the measured window, mutations/s every step that did, and a failed step abandons its lifecycle. The raw reference writes the rows the product writes with the same number of virtual users — per step one transaction with the ticket insert or versioned update, one `record_history` row, two `change_log` rows (the masked ticket and the history entry) and one `audit_log` row, the audit chain sealed every second as a node does — without GraphQL, tokens, row-level security or reading the ticket first, in at most four round trips per step; the gateway ÷ raw ratio is the share of the database’s own lifecycle rate the product delivers end to end, and gateway ÷ direct is what the gateway hop costs.',
  indicators:
    'How to read it. One run, two sizes: the province node 320000 (and the ministry, for the report) is given the masked replicas a province would hold after syncing that many tickets of 南京 and 无锡 over a year (2025-11 … 2026-10), written by set-based SQL, and the `daily_rollup` rows its sync would have built from them (and, through its trigger, `monthly_rollup`) — recomputed by one GROUP BY and checked against the product’s `rollupContributions` on sample days; then every query is probed for a correct answer (all the year’s tickets in the overview’s `created`, the month’s in the report’s national 首呼解决率 denominator, 20 masked tickets on the drill-down page) and loaded; then tickets are added up to the larger size and everything is measured again. The overview, the ranking and the report read only rollups — one row per city × local day × category, a number that stops growing once every cell has a ticket — so their cost follows the rollup rows, not the tickets; the drill-down reads the tickets themselves (the records whose instant dating the metric falls in the period, in that instant’s order, through `rollupContributions`). The first table shows what building each size cost, the second each main statement under EXPLAIN ANALYZE as the node runs it (request role, row-level security settings and, for the drill-down, the planner switches it turns off) and again timed without EXPLAIN — with the drill-down’s also left to the planner as a reference — the last the growth per query at each connection level. Targets are judged at the larger size at 1 connection.',
  sync: 'How to read it. Part A runs the federation as it is deployed: each of the seven nodes is its own process (`services/<tier>/src/main.ts`, configured by environment variables only) and pulls its parent and its children with the consumer the node starts itself (`SYNC_SOURCES`, long poll with `SYNC_WAIT_SECONDS` and `SYNC_BATCH_SIZE` at their defaults); a separate load process sends createTicket to every city node at a fixed rate (autocannon `overallRate`; req/s in the first table is what each city achieved). Every ~50 ms the harness reads the receivers’ databases. **Staleness** city → province is now − the province’s `sync_source.current_to` for that city, the instant up to which the province holds everything of it. City → ministry: the ministry receives rollups, not tickets, so with N = the sum of `created` over the city’s ticket rollups there, staleness is now − the creation (at the city) of the city’s N-th ticket in creation order: the ministry counts the city’s tickets up to that one. **Per-ticket delay** is the other view: for every ticket created in the measured window, the first sample whose count reached the ticket’s rank (the city’s replicas at the province; `created` at the ministry) minus its creation — from 受理 until the province holds it or the ministry counts it, late by at most one sampling interval. It includes the city’s own transaction, sealing the change into the feed, the long poll, the apply and, for the ministry, the province’s rollup publication and the second pull. After the load the run waits until every replica count and every ministry total equals its city’s ticket count (a mismatch fails it). The cadence table shows how often each upward consumer moved its cursor and by how much; the seal horizon is why a feed can hold back rows that are already committed. Part B: a province whose consumer of one city was down while 50 000 tickets (100 000 changes: each ticket’s creation history entry and the masked ticket, written by SQL exactly as createTicket writes them) piled up; the product’s consumer is started and timed until its cursor reaches the city’s head. The reference writes the same masked ticket and history rows the drain produced into fresh databases with multi-row INSERTs of 500; drain ÷ reference is the share of plain write speed the apply reaches. The same drain is repeated on fresh databases with the city’s planner statistics stale (autovacuum off on the change log, its last ANALYZE taken while every row was sealed), once as the city leaves the backlog and once with the whole backlog still to seal when the consumer starts (a transaction open since before the backlog commits as it starts): “first batch” is the time from the consumer’s start to its first applied batch, “each second” the changes applied in each whole second after that (median and slowest).',
};

/** The indicators scenario: how its data was built, what the statements cost, growth per query. */
function indicatorTables(result: ScenarioResult): string[] {
  const setup = result.setup as Partial<IndicatorSetup>;
  if (result.scenario !== 'indicators' || !Array.isArray(setup.sizes)) return [];
  const sizes = setup.sizes;
  const gib = (bytes: number) => (bytes / 2 ** 30).toFixed(2);
  const built = table(
    [
      'tickets',
      'rollup rows',
      'tickets + indexes GiB',
      'generate s',
      'indexes s',
      'vacuum s',
      'rollups s',
      'verify s',
      'count + ministry s',
      'total s',
    ],
    sizes.map(({ label, facts, timings }) => [
      `${label} (${facts.tickets.toLocaleString('en')})`,
      facts.rollupRows.toLocaleString('en'),
      `${gib(facts.ticketTableBytes)} + ${gib(facts.ticketIndexBytes)}`,
      String(timings.generate),
      String(timings.indexes),
      String(timings.vacuum),
      String(timings.rollups),
      String(timings.verify),
      String(timings.ministry),
      String(timings.total),
    ]),
  );
  const verified = sizes
    .map(
      ({ label, facts }) =>
        `${label}: ${facts.verified.tickets.toLocaleString('en')} tickets, ${facts.verified.cells} cells`,
    )
    .join('; ');
  const generation = `${setup.generation ?? ''} Rollups checked against \`rollupContributions\` on ${(
    sizes[0]?.facts.verified.days ?? []
  ).join(', ')} (${verified}): equal.`;
  const explain = table(
    [
      'tickets',
      'statement (as the node runs it, unless marked reference)',
      'EXPLAIN ANALYZE ms',
      'plain ms',
      'largest scans (rows × loops), notes',
    ],
    sizes.flatMap(({ label, explain: statements }) =>
      statements.map((statement) => [
        label,
        statement.label,
        statement.summary.executionMs === null ? '–' : statement.summary.executionMs.toFixed(1),
        (statement.plainMs ?? []).map((value) => value.toFixed(1)).join(', ') || '–',
        [
          ...statement.summary.scans.map(
            (scan) => `${scan.node}: ${(scan.rows * scan.loops).toLocaleString('en')}`,
          ),
          ...(statement.summary.sorts ? ['all sorted before the LIMIT'] : []),
          ...(statement.summary.spills ? ['spilled to temporary files'] : []),
          ...(statement.summary.jitMs ? [`JIT ${statement.summary.jitMs.toFixed(0)} ms`] : []),
        ].join('; '),
      ]),
    ),
  );
  const first = sizes[0]?.label;
  const last = sizes.at(-1)?.label;
  const names = [
    ...new Set(result.variants.map((variant) => variant.id.split('/')[1] ?? variant.id)),
  ];
  const cell = (id: string) => {
    const variant = result.variants.find((candidate) => candidate.id === id);
    return variant ? `${ms(variant.latencyMs.p50)} / ${ms(variant.latencyMs.p95)}` : 'not run';
  };
  const growth = table(
    [
      'query @ connections',
      `${first} p50 / p95 ms`,
      `${last} p50 / p95 ms`,
      `p95 ${last} ÷ ${first}`,
    ],
    names.map((name) => {
      const from = result.variants.find((variant) => variant.id === `${first}/${name}`);
      const to = result.variants.find((variant) => variant.id === `${last}/${name}`);
      const factor = from && to ? to.latencyMs.p95 / from.latencyMs.p95 : Number.NaN;
      return [
        name,
        cell(`${first}/${name}`),
        cell(`${last}/${name}`),
        Number.isFinite(factor) ? `${factor.toFixed(2)}×` : '–',
      ];
    }),
  );
  return [built, generation, explain, growth];
}

const lagCells = (summary: LagSummary) =>
  `${ms(summary.p50)} / ${ms(summary.p95)} / ${ms(summary.max)}`;
const seconds = (value: number | undefined) =>
  value === undefined ? '–' : (value / 1000).toFixed(1);

/** The sync scenario: lag per hop, the consumers' cadence, the drain against its reference. */
function syncTables(result: SyncScenarioResult): string[] {
  const { lag, drain, references, staleDrains = [] } = result.sync;
  const lagTable = table(
    [
      'hop',
      'city',
      'staleness p50 / p95 / max ms',
      'samples',
      'per-ticket delay p50 / p95 / max ms',
      'tickets',
    ],
    lag.hops.map((hop) => [
      hop.hop,
      hop.city === 'all' ? '**all**' : hop.city,
      lagCells(hop.staleness),
      String(hop.staleness.count),
      lagCells(hop.delivery),
      String(hop.delivery.count),
    ]),
  );
  const timeline = ['city → province', 'city → ministry'] as const;
  const timelineLine = `Worst staleness of any city in each second of the window, seconds: ${timeline
    .map((hop) => `${hop} ${lag.timeline.map((entry) => seconds(entry.worst[hop])).join(', ')}`)
    .join(
      '; ',
    )}. Everything converged ${lag.convergedAfterSeconds} s after the load stopped (${Object.entries(
    lag.finalCounts,
  )
    .map(([city, counts]) => `${city}: ${counts.city} tickets`)
    .join(', ')}).`;
  const cadence = table(
    [
      'consumer',
      'batches in the window',
      'changes per batch mean / max',
      'between batches p50 / p95 ms',
    ],
    lag.cadence.map((entry) => [
      `${entry.node} ← ${entry.source}`,
      String(entry.batches),
      `${perSecond(entry.changesPerBatch.mean)} / ${entry.changesPerBatch.max}`,
      `${ms(entry.intervalMs.p50)} / ${ms(entry.intervalMs.p95)}`,
    ]),
  );
  const horizon = lag.sealHorizonMs;
  const horizonLine = `Seal horizon: the oldest open write transaction on the server was ${ms(horizon.all.p50)} ms old at the median sample, ${ms(horizon.all.p95)} ms at p95, ${ms(horizon.all.max)} ms at most (by the database it was in, p95: ${Object.entries(
    horizon.byTier,
  )
    .map(([tier, summary]) => `${tier} ${ms(summary.p95)} ms`)
    .join(', ')}); no feed on the server can seal a newer row before it ends.`;
  const cpu = (share?: { ownPercent: number; otherPercent: number }) =>
    share ? `${share.ownPercent}% / ${share.otherPercent}%` : '–';
  const everySecond = (entry: DrainResult) =>
    entry.perSecond
      ? `, each second p50 ${entry.perSecond.p50} / slowest ${entry.perSecond.min}`
      : '';
  const drainRow = (entry: DrainResult) => [
    `\`${entry.id ?? 'drain'}\` province ${entry.province} catching up with ${entry.city}, ${entry.statistics === 'stale-unsealed' ? 'statistics stale, backlog unsealed at the start' : `statistics ${entry.statistics ?? 'fresh'}`} (batches of ${entry.batchSize}; first batch after ${entry.firstBatchSeconds} s, then ${perSecond(entry.steadyChangesPerSecond)}/s${everySecond(entry)})`,
    String(entry.changes),
    entry.seconds.toFixed(1),
    perSecond(entry.changesPerSecond),
    cpu(entry.cpu),
  ];
  const drainTable = table(
    ['what', 'rows (changes)', 'seconds', 'per second', 'CPU ours / others'],
    [
      drainRow(drain),
      ...staleDrains.map(drainRow),
      ...(drain.feedRead
        ? [
            [
              `\`feed-read\` the same feed pulled again in the same batches, nothing applied (the city's and the wire's share)`,
              String(drain.changes),
              drain.feedRead.seconds.toFixed(1),
              perSecond(drain.feedRead.changesPerSecond),
              '–',
            ],
          ]
        : []),
      ...references.map((reference) => [
        `\`${reference.id}\` ${reference.label} (batch p50 ${ms(reference.batchMs.p50)} ms)`,
        String(reference.rows),
        reference.seconds.toFixed(1),
        perSecond(reference.rowsPerSecond),
        cpu(reference.cpu),
      ]),
    ],
  );
  return [lagTable, timelineLine, cadence, horizonLine, drainTable];
}

interface StepSetup {
  name: string;
  label?: string;
  mutation?: string;
  user?: string;
}

const latencies = (summary: { p50: number; p95: number; p99: number }) =>
  `${ms(summary.p50)} / ${ms(summary.p95)} / ${ms(summary.p99)}`;

/** A flow scenario (lifecycle): whole iterations per variant, then every step's latency. */
function flowTables(result: ScenarioResult): string[] {
  const variants = result.variants.filter((variant) => variant.flow);
  const overview = table(
    [
      'variant',
      'path',
      'virtual users',
      'lifecycles/s',
      'mutations/s',
      'lifecycle p50 / p95 / p99 ms',
      'mutation p50 / p95 / p99 ms',
      'failures',
      'CPU ours / others',
    ],
    variants.map((variant) => [
      `\`${variant.id}\` ${variant.label}`,
      variant.path,
      String(variant.connections),
      perSecond(variant.flow?.iterationsPerSecond ?? Number.NaN),
      perSecond(variant.throughput),
      variant.flow ? latencies(variant.flow.iterationMs) : '–',
      latencies(variant.latencyMs),
      failures(variant),
      variant.cpu ? `${variant.cpu.ownPercent}% / ${variant.cpu.otherPercent}%` : '–',
    ]),
  );
  const setupSteps = (result.setup['steps'] as StepSetup[] | undefined) ?? [];
  const names = variants[0]?.flow?.steps.map((step) => step.name) ?? [];
  const stepName = (name: string) => {
    const setup = setupSteps.find((step) => step.name === name);
    return setup
      ? `${name} ${setup.label ?? ''} (\`${setup.mutation ?? ''}\`, ${setup.user ?? ''})`
      : name;
  };
  const steps = table(
    ['step', ...variants.map((variant) => `\`${variant.id}\` p50 / p95 / p99 ms`)],
    [
      ...names.map((name) => [
        stepName(name),
        ...variants.map((variant) => {
          const step = variant.flow?.steps.find((entry) => entry.name === name);
          if (!step) return '–';
          return `${latencies(step.latencyMs)}${step.failures ? ` (${step.failures} failed)` : ''}`;
        }),
      ]),
      [
        'whole lifecycle',
        ...variants.map((variant) => (variant.flow ? latencies(variant.flow.iterationMs) : '–')),
      ],
    ],
  );
  const samples = variants.flatMap((variant) =>
    (variant.flow?.failureSamples ?? []).map((sample) => `- \`${variant.id}\` ${sample}`),
  );
  return [
    overview,
    steps,
    ...(samples.length > 0 ? [`Failures seen:\n\n${samples.join('\n')}`] : []),
  ];
}

const verdict = (target: TargetCheck) =>
  target.met === null ? 'not measured' : target.met ? 'met' : 'missed';

function targetRows(result: ScenarioResult): string[][] {
  return result.targets.map((target) => [
    target.target,
    target.measured,
    verdict(target),
    target.shortfall ?? '',
  ]);
}

function scenarioSection(title: string, result: ScenarioResult): string {
  const busiest = Math.max(0, ...result.variants.map((variant) => variant.cpu?.otherPercent ?? 0));
  return [
    `## ${title}`,
    result.description,
    `Command: \`${result.command}\` (${result.load.warmupSeconds} s warm-up + ${result.load.durationSeconds} s measured per variant, ${result.load.tool}, connections ${result.load.connections.join(' and ')}).`,
    machineLine(result.machine, result.date),
    postgresLine(result),
    EXPLANATIONS[result.scenario] ?? '',
    ...(result.variants.some((variant) => variant.flow)
      ? flowTables(result)
      : [variantTable(result)]),
    ...(isSyncResult(result) ? syncTables(result) : []),
    ...indicatorTables(result),
    comparisonTable(result),
    ...(result.targets.length > 0
      ? [table(['target', 'measured', 'verdict', 'by how much'], targetRows(result))]
      : []),
    ...(result.missing.length > 0
      ? [`Not measured:\n\n${result.missing.map((entry) => `- ${entry}`).join('\n')}`]
      : []),
    [
      ...result.notes,
      ...(busiest >= 5
        ? [
            `Other processes on the machine used up to ${busiest}% of its CPU during a variant (column “CPU ours / others”): those numbers are pessimistic.`,
          ]
        : []),
    ]
      .map((note) => `- ${note}`)
      .join('\n'),
  ]
    .filter((block) => block !== '')
    .join('\n\n');
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

function demoSection(demo: DemoResult): string {
  const runs = demo.runs.filter((run) => run.kind === 'cold').length;
  const runsWord = NUMBER_WORDS[runs] ?? String(runs);
  const coldMet =
    demo.cold.medianSeconds <= demo.budget.seconds &&
    demo.cold.maxResidentMb <= demo.budget.residentMb;
  return [
    '## Demo start (`pnpm start`)',
    `Command: \`${demo.command}\` (${runsWord} cold start${runs === 1 ? '' : 's'} on an empty data folder, each followed by a warm start on the same folder; the load generator is a separate process that waits for the "ready" line and sums the resident memory of the \`pnpm start\` process tree).`,
    machineLine(demo.machine, demo.date),
    table(
      ['start', 'median wall time', 'resident memory (max)', 'budget'],
      [
        [
          'cold (initdb once, 7 databases from one dump, migrations, 160 demo tickets)',
          `${demo.cold.medianSeconds.toFixed(1)} s`,
          `${demo.cold.maxResidentMb} MB`,
          `${demo.budget.seconds} s, ${(demo.budget.residentMb / 1024).toFixed(1)} GB${coldMet ? '' : ' (missed)'}`,
        ],
        [
          'warm (existing `.data/`)',
          `${demo.warm.medianSeconds.toFixed(1)} s`,
          `${demo.warm.maxResidentMb} MB`,
          '',
        ],
      ],
    ),
    'Most of the time and memory is the seven embedded PostgreSQL instances: one initdb costs ~4 s, each further database starts from a dump of the first in ~1 s (instead of its own initdb, which would put a cold start near 30 s), and each instance holds ~200 MB.',
  ].join('\n\n');
}

/** The whole document from the saved results; `profiles` are the profile write-ups present. */
export function renderReport(
  results: Map<string, unknown>,
  profiles: string[] = [],
  notes: string[] = [],
): string {
  const scenarios = ORDER.flatMap(({ key, title }) => {
    const result = results.get(key) as ScenarioResult | undefined;
    return result ? [{ title, result }] : [];
  });
  const absent = ORDER.filter(({ key }) => !results.has(key)).map(({ key }) => key);
  const targets = scenarios.flatMap(({ title, result }) =>
    targetRows(result).map((row) => [title, ...row]),
  );
  const demo = results.get('demo') as DemoResult | undefined;
  return `${[
    '# Benchmarks',
    `Generated by \`pnpm bench report\` from \`bench/results/*.json\`; do not edit by hand. \`pnpm bench [scenario]\` re-measures (scenarios: ${[...ORDER.map(({ key }) => key), 'demo'].join(', ')}; none = all) and rewrites this file. Each scenario starts what it measures on this machine — a throwaway PostgreSQL 15 server, the dev identity issuer, the nodes and the gateway(s) in one Node.js process on loopback (the sync and fan-out scenarios run each node as its own process, as deployed) — and drives load from a separate process with a fixed number of connections after a warm-up. Every number below is relative to a reference measured in the same run; absolute numbers drift on shared machines, so each section says how, where and when it was produced.`,
    'Reading them: this is a 2-core VM shared by PostgreSQL, the servers, the load generator and whoever else works on the machine (each variant records the CPU share of other processes, and waits up to `BENCH_QUIET_WAIT` s for them to quieten). Variance is large: the same variant measured in two scenarios of one run differed by up to 30%, and at 1 connection a quiet machine gave about 3× the latency of a busy one (the direct 20-row list: p50 ≈ 20 ms quiet vs ≈ 6 ms while other processes kept both CPUs awake), consistent with the cost of waking idle vCPUs in this VM. Compare ratios within a run rather than absolute numbers across runs.',
    ...(targets.length > 0
      ? ['## Targets', table(['scenario', 'target', 'measured', 'verdict', 'by how much'], targets)]
      : []),
    ...scenarios.map(({ title, result }) => scenarioSection(title, result)),
    ...(absent.length > 0
      ? [`No saved result yet for: ${absent.join(', ')} (run \`pnpm bench ${absent[0]}\`).`]
      : []),
    ...(profiles.length > 0
      ? [
          '## CPU profiles',
          `\`pnpm bench profile [scenario]\` reruns a scenario under \`node --cpu-prof\` and ranks self time inside each variant's measured window, with our TypeScript locations: ${profiles.map((name) => `[${name}](../bench/results/profiles/${name}.md)`).join(', ')}.`,
        ]
      : []),
    ...(demo ? [demoSection(demo)] : []),
    ...(notes.length > 0
      ? [
          '## Optimisation log',
          'Before/after measurements of changes made to speed things up, kept as written when they were measured (`bench/results/notes/*.md`).',
          ...notes,
        ]
      : []),
  ].join('\n\n')}\n`;
}

/**
 * Writes the report; from the default results it goes to docs/BENCHMARKS.md, from any other
 * folder (a smoke test, a trial run) next to those results, so trials never overwrite the docs.
 */
export async function writeReport(resultsDirectory = defaultResultsDirectory): Promise<string> {
  const target =
    path.resolve(resultsDirectory) === path.resolve(defaultResultsDirectory)
      ? defaultReportPath
      : path.join(resultsDirectory, 'BENCHMARKS.md');
  // Formatted as `pnpm lint` (prettier --check) expects, so regenerating never breaks CI.
  const profiles = await readdir(path.join(resultsDirectory, 'profiles')).then(
    (files) => files.filter((file) => file.endsWith('.md')).map((file) => file.slice(0, -3)),
    () => [],
  );
  const notesDirectory = path.join(resultsDirectory, 'notes');
  const notes = await readdir(notesDirectory).then(
    (files) =>
      Promise.all(
        files
          .filter((file) => file.endsWith('.md'))
          .sort()
          .map((file) => readFile(path.join(notesDirectory, file), 'utf8')),
      ),
    () => [] as string[],
  );
  const text = await format(renderReport(await loadResults(resultsDirectory), profiles, notes), {
    ...(await resolveConfig(defaultReportPath)),
    filepath: target,
  });
  await writeFile(target, text);
  return target;
}
