import { existsSync, readFileSync } from 'node:fs';
import { calculateMetrics } from 'mutation-testing-metrics';
import type { Metrics } from 'mutation-testing-metrics';
import type { FileResult, MutantResult, MutationTestResult } from 'mutation-testing-report-schema';
import type { MutationModule } from './mutation-modules.js';

/** The score every module must reach, in percent of valid mutants detected. */
export const MUTATION_THRESHOLD = 85;

/**
 * The latest result of each module, or undefined for a module never run: Stryker's
 * incremental file is a full mutation-testing report, so it is both what the next run starts
 * from and what the doc is written from.
 */
export function readMutationReports(
  modules: readonly MutationModule[],
): ReadonlyMap<string, MutationTestResult | undefined> {
  return new Map(
    modules.map((module) => {
      const file = new URL(`./incremental/${module.name}.json`, import.meta.url);
      const report = existsSync(file)
        ? (JSON.parse(readFileSync(file, 'utf8')) as MutationTestResult)
        : undefined;
      return [module.name, report];
    }),
  );
}

function percent(score: number): string {
  return Number.isNaN(score) ? '–' : `${score.toFixed(1)} %`;
}

function countsRow(label: string, metrics: Metrics): string {
  const m = metrics;
  return `| ${label} | ${percent(m.mutationScore)} | ${m.killed} | ${m.timeout} | ${m.survived} | ${m.noCoverage} | ${m.ignored} | ${m.runtimeErrors} | ${m.totalValid} |`;
}

const COUNTS_HEADER = [
  '| | score | killed | timed out | survived | no coverage | equivalent (ignored) | broke loading | valid mutants |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];

/** The mutated code, as `original → replacement`, on one line. */
function change(file: FileResult, mutant: MutantResult): string {
  const lines = file.source.split('\n');
  const { start, end } = mutant.location;
  const original =
    start.line === end.line
      ? (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1)
      : `${(lines[start.line - 1] ?? '').slice(start.column - 1)} …`;
  const oneLine = (text: string): string => {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 70 ? `${flat.slice(0, 67)}…` : flat;
  };
  return `\`${oneLine(original).replaceAll('`', "'")}\` → \`${oneLine(mutant.replacement ?? '').replaceAll('`', "'")}\``;
}

function mutantList(
  report: MutationTestResult,
  keep: (mutant: MutantResult) => boolean,
  why: (mutant: MutantResult) => string,
): string[] {
  return Object.entries(report.files)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([path, file]) =>
      file.mutants
        .filter(keep)
        .sort((a, b) => a.location.start.line - b.location.start.line)
        .map(
          (mutant) =>
            `- \`${path}:${mutant.location.start.line}\` ${mutant.mutatorName} ${change(file, mutant)}${why(mutant)}`,
        ),
    );
}

function equivalenceReason(mutant: MutantResult): string {
  const reason = (mutant.statusReason ?? '').replace(
    /^Ignored because of disable comment:?\s*/u,
    '',
  );
  return reason ? `: ${reason.replace(/\s+/g, ' ')}` : '';
}

/**
 * The module's files the last run left out (it was given only some of them), or none: its
 * score then covers those files only. Stryker keeps the run's configuration in the report.
 */
function filesLeftOut(module: MutationModule, report: MutationTestResult): readonly string[] {
  const ran = (report.config as { mutate?: unknown } | undefined)?.mutate;
  const ranFiles = Array.isArray(ran) ? ran.map(String) : [];
  return module.mutate.filter((file) => !ranFiles.includes(file));
}

function moduleSection(module: MutationModule, report: MutationTestResult | undefined): string[] {
  const lines = [`## ${module.title} (\`${module.name}\`)`, ''];
  if (!report) return [...lines, 'Not run yet: `pnpm mutation ' + module.name + '`.', ''];
  const leftOut = filesLeftOut(module, report);
  if (leftOut.length > 0) {
    lines.push(
      `**Incomplete:** the last run left out ${leftOut.map((file) => `\`${file}\``).join(', ')}; the score covers only the files below. Run \`pnpm mutation ${module.name}\`.`,
      '',
    );
  }
  lines.push(...COUNTS_HEADER);
  for (const [path, file] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(countsRow(`\`${path}\``, calculateMetrics({ [path]: file }).metrics));
  }
  lines.push(countsRow('**module**', calculateMetrics(report.files).metrics), '');
  const undetected = mutantList(
    report,
    (mutant) => mutant.status === 'Survived' || mutant.status === 'NoCoverage',
    (mutant) => (mutant.status === 'NoCoverage' ? ' (no test reaches it)' : ''),
  );
  lines.push(
    undetected.length === 0
      ? 'Every valid mutant is detected.'
      : `Undetected mutants (${undetected.length}):`,
    '',
    ...(undetected.length === 0 ? [] : [...undetected, '']),
  );
  const brokeLoading = mutantList(
    report,
    (mutant) => mutant.status === 'RuntimeError',
    () => '',
  );
  if (brokeLoading.length > 0) {
    lines.push(
      `Mutants that make a module throw while it loads, so every test importing it fails (${brokeLoading.length}):`,
      '',
      ...brokeLoading,
      '',
    );
  }
  const equivalent = mutantList(report, (mutant) => mutant.status === 'Ignored', equivalenceReason);
  if (equivalent.length > 0) {
    lines.push(
      `Equivalent mutants, marked in the code with a \`// Stryker disable\` comment that says why (${equivalent.length}):`,
      '',
      ...equivalent,
      '',
    );
  }
  return lines;
}

/** docs/MUTATION.md: the score of each module and every mutant that no test detects. */
export function renderMutationDoc(
  modules: readonly MutationModule[],
  reports: ReadonlyMap<string, MutationTestResult | undefined>,
): string {
  const summary = modules.map((module) => {
    const report = reports.get(module.name);
    if (!report) return `| ${module.title} | not run | | | | | | | |`;
    const label =
      filesLeftOut(module, report).length > 0 ? `${module.title} (incomplete)` : module.title;
    return countsRow(label, calculateMetrics(report.files).metrics);
  });
  return [
    '# Mutation testing',
    '',
    '<!-- Generated by `pnpm mutation` from the latest Stryker report of each module; do not edit. -->',
    '',
    'Stryker plants one small bug (a mutant) at a time in the modules that carry the project’s promises and runs',
    'the tests that reach that code. A mutant is detected when a test fails or times out. The score is the share',
    `of valid mutants detected; every module must reach ${MUTATION_THRESHOLD} %. A mutant that cannot change`,
    'behaviour (an equivalent mutant) is marked in the code with a `// Stryker disable` comment giving the',
    'reason, and is listed below with it.',
    '',
    'Run `pnpm mutation` for every module or `pnpm mutation MODULE ...` for some (see the README).',
    '',
    'A mutant that makes a module throw while it loads (a rule table emptied) fails the test files that',
    'import it before any test starts. Stryker’s vitest runner would count no failed test and list it as',
    'surviving; mutation/load-failure-reporter.ts reports the failure, so Stryker records the mutant as a',
    'runtime error (“broke loading”): detected, and left out of the score’s valid mutants.',
    '',
    ...COUNTS_HEADER,
    ...summary,
    '',
    ...modules.flatMap((module) => moduleSection(module, reports.get(module.name))),
  ].join('\n');
}
