import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import type { MachineInfo } from './harness/machine.js';
import { defaultResultsDirectory, loadResults } from './harness/result.js';
import type { ScenarioResult, TargetCheck, VariantResult } from './harness/result.js';

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
  { key: 'peer', title: 'Against Hive Gateway' },
  { key: 'policy-cost', title: 'Row-level security cost' },
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
    variantTable(result),
    comparisonTable(result),
    table(['target', 'measured', 'verdict', 'by how much'], targetRows(result)),
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
export function renderReport(results: Map<string, unknown>, profiles: string[] = []): string {
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
    `Generated by \`pnpm bench report\` from \`bench/results/*.json\`; do not edit by hand. \`pnpm bench [scenario]\` re-measures (scenarios: ${[...ORDER.map(({ key }) => key), 'demo'].join(', ')}; none = all) and rewrites this file. Each scenario starts what it measures on this machine — a throwaway PostgreSQL 15 server, the dev identity issuer, the nodes and the gateway(s) in one Node.js process on loopback — and drives load from a separate process with a fixed number of connections after a warm-up. Every number below is relative to a reference measured in the same run; absolute numbers drift on shared machines, so each section says how, where and when it was produced.`,
    'Reading them: this is a 2-core VM shared by PostgreSQL, the servers, the load generator and whoever else works on the machine (each variant records the CPU share of other processes, and waits up to `BENCH_QUIET_WAIT` s for them to quieten). Variance is large: the same variant measured in two scenarios of one run differed by up to 30%, and at 1 connection a quiet machine gave about 3× the latency of a busy one (the direct 20-row list: p50 ≈ 20 ms quiet vs ≈ 6 ms while other processes kept both CPUs awake), consistent with the cost of waking idle vCPUs in this VM. Compare ratios within a run rather than absolute numbers across runs.',
    ...(targets.length > 0
      ? [
          '## Targets of issue 7',
          table(['scenario', 'target', 'measured', 'verdict', 'by how much'], targets),
        ]
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
  const text = await format(renderReport(await loadResults(resultsDirectory), profiles), {
    ...(await resolveConfig(defaultReportPath)),
    filepath: target,
  });
  await writeFile(target, text);
  return target;
}
