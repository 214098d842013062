/**
 * The load generator, run as its own process by load.ts so it never competes with the
 * measured servers' event loop. Reads one LoadSpec over IPC, answers one LoadResult.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';
import { runFlowLoad } from './flow-load.js';
import { graphQLFlowStep } from './graphql-flow.js';
import { runPgBatchInsert } from './batch-insert.js';
import type {
  GraphQLFlowLoadSpec,
  HttpLoadSpec,
  HttpPacedLoadSpec,
  LoadSpec,
  PacedTarget,
  PgIntakeLoadSpec,
  PgLifecycleLoadSpec,
} from './load-spec.js';
import { insertTicketRaw } from './raw-intake.js';
import { rawLifecycleStep, startRawAuditSealer } from './raw-lifecycle.js';
import { ticketLifecycle } from './ticket-lifecycle.js';
import { summarizeLatencies } from './result.js';
import type { LoadResult, TargetLoadResult } from './result.js';

// A 2xx GraphQL answer can still be a failure; yoga puts them under a top-level "errors".
const hasGraphQLErrors = (body: string | Buffer | undefined): boolean =>
  body !== undefined && String(body).includes('"errors":');

function cannon(spec: HttpLoadSpec, seconds: number, latencies?: number[]) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        method: 'POST',
        headers: spec.headers,
        body: spec.body,
        connections: spec.connections,
        duration: seconds,
        timeout: 10,
        verifyBody: (body) => !hasGraphQLErrors(body),
      },
      (error: unknown, result) => (error ? reject(error as Error) : resolve(result)),
    );
    // autocannon's own histogram has 1 ms resolution; sub-millisecond differences are the point
    // here, so every response time (hrtime, fractional ms) is kept.
    if (latencies)
      instance.on('response', (_client, _status, _bytes, time) => latencies.push(time));
  });
}

/** Tells the parent when the measured window starts, so a profile can be cut to it. */
function announceMeasurement(): void {
  process.send?.({ phase: 'measure' });
}

async function runHttp(spec: HttpLoadSpec): Promise<LoadResult> {
  if (spec.warmupSeconds > 0) await cannon(spec, spec.warmupSeconds);
  announceMeasurement();
  const latencies: number[] = [];
  const result = await cannon(spec, spec.durationSeconds, latencies);
  return {
    requests: latencies.length,
    seconds: result.duration,
    throughput: Math.round((latencies.length / result.duration) * 10) / 10,
    latencyMs: summarizeLatencies(latencies),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
  };
}

/** One endpoint at a fixed rate: requests are sent on schedule, whatever the answers take. */
function pacedCannon(
  spec: HttpPacedLoadSpec,
  target: PacedTarget,
  seconds: number,
  latencies?: number[],
) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: 'POST',
        headers: target.headers,
        requests: target.bodies.map((body) => ({ method: 'POST', body })),
        connections: spec.connections,
        overallRate: spec.ratePerTarget,
        duration: seconds,
        timeout: 10,
        verifyBody: (body) => !hasGraphQLErrors(body),
      },
      (error: unknown, result) => (error ? reject(error as Error) : resolve(result)),
    );
    if (latencies)
      instance.on('response', (_client, _status, _bytes, time) => latencies.push(time));
  });
}

/** Every target at its rate at once, one autocannon each; per-target and overall results. */
async function runHttpPaced(spec: HttpPacedLoadSpec): Promise<LoadResult> {
  if (spec.warmupSeconds > 0) {
    await Promise.all(spec.targets.map((target) => pacedCannon(spec, target, spec.warmupSeconds)));
  }
  announceMeasurement();
  const latencies = spec.targets.map((): number[] => []);
  const results = await Promise.all(
    spec.targets.map((target, index) =>
      pacedCannon(spec, target, spec.durationSeconds, latencies[index]),
    ),
  );
  const perTarget = spec.targets.map((target, index): TargetLoadResult => {
    const result = results[index] as autocannon.Result;
    const answered = latencies[index] ?? [];
    return {
      id: target.id,
      requests: answered.length,
      seconds: result.duration,
      throughput: Math.round((answered.length / result.duration) * 10) / 10,
      latencyMs: summarizeLatencies(answered),
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      graphqlErrors: result.mismatches,
    };
  });
  const seconds = Math.max(...perTarget.map((target) => target.seconds));
  const sum = (key: 'requests' | 'errors' | 'timeouts' | 'non2xx' | 'graphqlErrors') =>
    perTarget.reduce((total, target) => total + target[key], 0);
  return {
    requests: sum('requests'),
    seconds,
    throughput: Math.round((sum('requests') / seconds) * 10) / 10,
    latencyMs: summarizeLatencies(latencies.flat()),
    errors: sum('errors'),
    timeouts: sum('timeouts'),
    non2xx: sum('non2xx'),
    graphqlErrors: sum('graphqlErrors'),
    perTarget,
  };
}

async function runPgIntake(spec: PgIntakeLoadSpec): Promise<LoadResult> {
  const pool = new pg.Pool({ connectionString: spec.databaseUrl, max: spec.poolSize });
  if (spec.withoutTriggers) {
    pool.on('connect', (client) => {
      client.query('SET session_replication_role = replica').catch(() => undefined);
    });
  }
  const latencies: number[] = [];
  let failures = 0;
  let index = 0;
  const start = performance.now();
  const measureFrom = start + spec.warmupSeconds * 1000;
  const end = measureFrom + spec.durationSeconds * 1000;
  setTimeout(announceMeasurement, spec.warmupSeconds * 1000);
  const loop = async () => {
    while (performance.now() < end) {
      const began = performance.now();
      const client = await pool.connect();
      try {
        await insertTicketRaw(client, spec, index++);
        const finished = performance.now();
        // Only transactions that started and finished inside the window count, like autocannon.
        if (began >= measureFrom && finished <= end) latencies.push(finished - began);
      } catch {
        if (began >= measureFrom) failures += 1;
        await sleep(10);
      } finally {
        client.release();
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: spec.connections }, loop));
  } finally {
    await pool.end();
  }
  const seconds = spec.durationSeconds;
  return {
    requests: latencies.length,
    seconds,
    throughput: Math.round((latencies.length / seconds) * 10) / 10,
    latencyMs: summarizeLatencies(latencies),
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    graphqlErrors: failures,
  };
}

/** Virtual users looping the flow's mutations through GraphQL (the lifecycle scenario). */
function runGraphQLFlow(spec: GraphQLFlowLoadSpec): Promise<LoadResult> {
  return runFlowLoad(
    {
      steps: spec.steps.map((step) => step.name),
      connections: spec.connections,
      warmupSeconds: spec.warmupSeconds,
      durationSeconds: spec.durationSeconds,
      onMeasure: announceMeasurement,
    },
    graphQLFlowStep(spec),
  );
}

/** The same virtual users writing the lifecycle's rows through a pg pool. */
async function runPgLifecycle(spec: PgLifecycleLoadSpec): Promise<LoadResult> {
  const pool = new pg.Pool({ connectionString: spec.databaseUrl, max: spec.poolSize });
  const stopSealer = startRawAuditSealer(pool, spec.auditSealIntervalMs);
  try {
    return await runFlowLoad(
      {
        steps: ticketLifecycle(spec.city, spec.ticket).map((step) => step.name),
        connections: spec.connections,
        warmupSeconds: spec.warmupSeconds,
        durationSeconds: spec.durationSeconds,
        onMeasure: announceMeasurement,
      },
      rawLifecycleStep(spec, pool),
    );
  } finally {
    await stopSealer();
    await pool.end();
  }
}

function run(spec: LoadSpec): Promise<LoadResult> {
  switch (spec.kind) {
    case 'http':
      return runHttp(spec);
    case 'pg-intake':
      return runPgIntake(spec);
    case 'graphql-flow':
      return runGraphQLFlow(spec);
    case 'pg-lifecycle':
      return runPgLifecycle(spec);
    case 'http-paced':
      return runHttpPaced(spec);
    case 'pg-batch-insert':
      return runPgBatchInsert(spec);
  }
}

process.once('message', (spec: LoadSpec) => {
  run(spec).then(
    (result) => process.send?.({ ok: true, result }, () => process.exit(0)),
    (error: unknown) =>
      process.send?.(
        { ok: false, error: error instanceof Error ? error.stack : String(error) },
        () => process.exit(1),
      ),
  );
});
