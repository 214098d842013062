import pg from 'pg';

/** EXPLAIN ANALYZE of one statement as a node runs it, saved with a result. */
export interface ExplainedStatement {
  /** What the statement is, and where in the product it comes from. */
  label: string;
  /** The plan as PostgreSQL prints it (EXPLAIN (ANALYZE, BUFFERS)). */
  plan: string[];
  summary: PlanSummary;
  /** The same statement run without EXPLAIN right after (no per-row timing), each run in ms. */
  plainMs: number[];
}

/** The facts of a plan a reader needs first. */
export interface PlanSummary {
  executionMs: number | null;
  /** The scans that read the most rows, largest first (at most three). */
  scans: { node: string; rows: number; loops: number }[];
  /** A LIMIT over a Sort: every matching row was read and sorted before the limit could stop. */
  sorts: boolean;
  /** Some node spilled to temporary files (work_mem too small for it). */
  spills: boolean;
  /** Time spent compiling the statement with JIT, in ms (none: null). */
  jitMs: number | null;
}

/** The divisions range `inScope` (services/core/src/database/scoped-transaction.ts) sets. */
export interface ExplainScope {
  low: string;
  high: string;
  /** Planner switches the node turns off for this statement (planner-settings.ts). */
  switchesOff?: readonly string[];
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of `sql` in a transaction set up as a node's request is — the
 * request role and the row-level security settings of `scope` — then the statement itself,
 * timed, as many times as `runsFor` says given the EXPLAIN's execution time; rolled back after. With `scope` null it runs as the connecting
 * superuser instead, which row-level security does not apply to (a reference plan).
 */
export async function explainInScope(
  url: string,
  scope: ExplainScope | null,
  sql: string,
  parameters: readonly unknown[],
  runsFor: (explainedMs: number | null) => number = () => 1,
): Promise<{ plan: string[]; plainMs: number[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    if (scope) {
      await client.query(
        `SELECT set_config('role', 'city_ops_app', true),
                set_config('city_ops.division_low', $1, true),
                set_config('city_ops.division_high', $2, true),
                set_config('city_ops.unit', '', true),
                set_config('city_ops.grid', '', true)`,
        [scope.low, scope.high],
      );
      await client.query(
        `SELECT set_config(name, 'off', true) FROM unnest($1::text[]) AS s(name)`,
        [scope.switchesOff ?? []],
      );
    }
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
      [...parameters],
    );
    const plan = rows.map((row) => row['QUERY PLAN']);
    const plainMs: number[] = [];
    const runs = runsFor(summarizePlan(plan).executionMs);
    for (let run = 0; run < runs; run += 1) {
      const began = performance.now();
      await client.query(sql, [...parameters]);
      plainMs.push(Math.round((performance.now() - began) * 10) / 10);
    }
    return { plan, plainMs };
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
}

const SCAN =
  /(?:->\s+)?((?:Parallel )?(?:Seq Scan|Index Scan|Index Only Scan|Bitmap Heap Scan|Bitmap Index Scan)(?: Backward)?(?: using \S+)? on \S+(?: \S+)?).*\(actual time=[\d.]+\.\.[\d.]+ rows=(\d+) loops=(\d+)\)/;

/** Reads the execution time, the biggest scans and whether a sort preceded the limit from a text plan. */
export function summarizePlan(plan: readonly string[]): PlanSummary {
  let executionMs: number | null = null;
  const scans: PlanSummary['scans'] = [];
  let limited = false;
  let sorted = false;
  let spills = false;
  let jitMs: number | null = null;
  for (const line of plan) {
    if (/temp (?:read|written)=/.test(line)) spills = true;
    const jit = /^\s*Timing: Generation .* Total ([\d.]+) ms/.exec(line);
    if (jit) jitMs = Number(jit[1]);
    if (/^\s*(?:->\s+)?Limit\s/.test(line)) limited = true;
    if (/^\s*(?:->\s+)?Sort\s/.test(line)) sorted = true;
    const time = /Execution Time: ([\d.]+) ms/.exec(line);
    if (time) executionMs = Number(time[1]);
    const scan = SCAN.exec(line);
    if (scan) {
      scans.push({
        node: scan[1]!.replace(/\s+$/, ''),
        rows: Number(scan[2]),
        loops: Number(scan[3]),
      });
    }
  }
  scans.sort((a, b) => b.rows * b.loops - a.rows * a.loops);
  return { executionMs, scans: scans.slice(0, 3), sorts: limited && sorted, spills, jitMs };
}

/** One sentence: "ran 812 ms under EXPLAIN ANALYZE (790 ms plain); its largest scan … sorted". */
export function describePlan(summary: PlanSummary, plainMs: readonly number[] = []): string {
  const time = summary.executionMs === null ? '?' : summary.executionMs.toFixed(0);
  const sorted = [...plainMs].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  const plain = median === undefined ? '' : ` (${median.toFixed(0)} ms without EXPLAIN)`;
  const biggest = summary.scans[0];
  const read = biggest
    ? `; its largest scan, ${biggest.node}, returned ${(biggest.rows * biggest.loops).toLocaleString('en')} rows`
    : '';
  const extras = [
    ...(summary.sorts ? ['every matching row was sorted before the LIMIT'] : []),
    ...(summary.spills ? ['part of it spilled to temporary files'] : []),
    ...(summary.jitMs !== null ? [`JIT compilation took ${summary.jitMs.toFixed(0)} ms`] : []),
  ];
  return `ran ${time} ms under EXPLAIN ANALYZE${plain}${read}${extras.length > 0 ? `; ${extras.join('; ')}` : ''}`;
}
