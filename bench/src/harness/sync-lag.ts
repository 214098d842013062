import type { CpuShare } from './cpu-watch.js';
import { percentile } from './result.js';
import type { ScenarioResult } from './result.js';

/**
 * How far behind a receiving node is, from samples taken while cities take tickets. All
 * instants are milliseconds since the epoch on the machine's one clock (PostgreSQL's
 * statement_timestamp() for a sample, the city's created_at for a ticket, the province's
 * own clock for current_to).
 */

/** A province's view of its cities at one instant. */
export interface ProvinceSample {
  at: number;
  /** sync_source.current_to per city: up to when the province holds everything of it. */
  currentTo: Record<string, number | null>;
  /** The city's ticket replicas held at the province. */
  replicas: Record<string, number>;
  /** sync_source.applied per city: the feed position the province has applied. */
  applied: Record<string, number>;
}

/** The ministry's view at one instant: per city, the sum of `created` over its daily rollups. */
export interface MinistrySample {
  at: number;
  created: Record<string, number>;
  /** sync_source.applied per province. */
  applied: Record<string, number>;
  /**
   * The oldest transaction holding a transaction id on the whole server, and its database:
   * no feed on the server can seal a row newer than it until it ends.
   */
  oldestWriter: { ms: number; database: string } | null;
}

export interface LagSummary {
  /** Samples (staleness) or tickets (delivery) summarised. */
  count: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export interface HopLag {
  hop: 'city → province' | 'city → ministry';
  /** A city's division, or `all` for every city's values together. */
  city: string;
  /** Sampled: now − the instant up to which the receiver holds everything of the city. */
  staleness: LagSummary;
  /** Per ticket created in the window: the first sample that counted it − its creation. */
  delivery: LagSummary;
  /** Tickets of the window no sample ever counted (a run with any fails its convergence check). */
  unseen: number;
}

export interface Window {
  from: number;
  to: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function summarizeLag(values: readonly number[]): LagSummary {
  const sorted = Float64Array.from(values).sort();
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    max: round(sorted.at(-1) ?? Number.NaN),
    mean: round(sorted.length > 0 ? sum / sorted.length : Number.NaN),
  };
}

/** now − current_to; a province stamps current_to with its own clock, so never below 0. */
export function currentToStaleness(at: number, currentTo: number | null): number | undefined {
  return currentTo === null ? undefined : Math.max(0, at - currentTo);
}

/**
 * now − the creation of the `count`-th ticket (tickets in creation order, `createdAt`
 * ascending): when a receiver counts `count` tickets of a city, it holds the city's tickets up
 * to that one. Undefined while it counts none.
 */
export function countedStaleness(
  at: number,
  count: number,
  createdAt: readonly number[],
): number | undefined {
  if (count <= 0 || createdAt.length === 0) return undefined;
  const newest = createdAt[Math.min(count, createdAt.length) - 1] as number;
  return Math.max(0, at - newest);
}

/**
 * Per ticket created inside `window`: the first sample whose count reaches the ticket's rank,
 * minus its creation. Counts grow with time (replicas and rollup totals only grow here), so one
 * pass over the samples serves every ticket. A delay is late by at most one sampling interval.
 */
export function deliveryDelays(
  samples: readonly { at: number; count: number }[],
  createdAt: readonly number[],
  window: Window,
): { delays: number[]; unseen: number } {
  const delays: number[] = [];
  let unseen = 0;
  let sample = 0;
  for (const [index, created] of createdAt.entries()) {
    if (created < window.from || created >= window.to) continue;
    while (sample < samples.length && (samples[sample]?.count ?? 0) < index + 1) sample += 1;
    const seen = samples[sample];
    if (!seen) {
      unseen += 1;
      continue;
    }
    delays.push(Math.max(0, seen.at - created));
  }
  return { delays, unseen };
}

export interface LagInput {
  cities: readonly string[];
  window: Window;
  /** Per city, its tickets' created_at ascending (all of them, not only the window's). */
  createdAt: Record<string, readonly number[]>;
  provinceSamples: readonly ProvinceSample[];
  ministrySamples: readonly MinistrySample[];
}

interface CityHop {
  /** Sampled staleness inside the window, with the sample's instant. */
  staleness: { at: number; staleness: number }[];
  delivery: number[];
  unseen: number;
}

/** One city's two hops: staleness samples inside the window and per-ticket delays. */
export function cityHops(input: LagInput, city: string): Record<HopLag['hop'], CityHop> {
  const created = input.createdAt[city] ?? [];
  const inWindow = (at: number) => at >= input.window.from && at <= input.window.to;
  const points = (values: { at: number; staleness: number | undefined }[]) =>
    values.filter(
      (value): value is { at: number; staleness: number } =>
        value.staleness !== undefined && inWindow(value.at),
    );
  const ofProvince = input.provinceSamples.filter((sample) => city in sample.replicas);
  const province = deliveryDelays(
    ofProvince.map((sample) => ({ at: sample.at, count: sample.replicas[city] ?? 0 })),
    created,
    input.window,
  );
  const ofMinistry = input.ministrySamples.map((sample) => ({
    at: sample.at,
    count: sample.created[city] ?? 0,
  }));
  const ministry = deliveryDelays(ofMinistry, created, input.window);
  return {
    'city → province': {
      staleness: points(
        ofProvince.map((sample) => ({
          at: sample.at,
          staleness: currentToStaleness(sample.at, sample.currentTo[city] ?? null),
        })),
      ),
      delivery: province.delays,
      unseen: province.unseen,
    },
    'city → ministry': {
      staleness: points(
        ofMinistry.map((sample) => ({
          at: sample.at,
          staleness: countedStaleness(sample.at, sample.count, created),
        })),
      ),
      delivery: ministry.delays,
      unseen: ministry.unseen,
    },
  };
}

const HOPS = ['city → province', 'city → ministry'] as const;

/** Both hops for every city, and every city together (`all`), from one run's samples. */
export function hopLags(input: LagInput): HopLag[] {
  const perCity = input.cities.map((city) => ({ city, hops: cityHops(input, city) }));
  const row = (hop: HopLag['hop'], city: string, values: CityHop[]): HopLag => ({
    hop,
    city,
    staleness: summarizeLag(
      values.flatMap((value) => value.staleness.map((point) => point.staleness)),
    ),
    delivery: summarizeLag(values.flatMap((value) => value.delivery)),
    unseen: values.reduce((total, value) => total + value.unseen, 0),
  });
  return HOPS.flatMap((hop) => [
    ...perCity.map(({ city, hops }) => row(hop, city, [hops[hop]])),
    row(
      hop,
      'all',
      perCity.map(({ hops }) => hops[hop]),
    ),
  ]);
}

/** How a consumer's cursor moved during the window: batches seen, their size and spacing. */
export interface ApplyCadence {
  node: string;
  source: string;
  /** Cursor moves seen by the samples (two batches between two samples count as one). */
  batches: number;
  changesPerBatch: LagSummary;
  /** Between consecutive cursor moves. */
  intervalMs: LagSummary;
}

export function applyCadence(
  node: string,
  source: string,
  points: readonly { at: number; applied: number }[],
  window: Window,
): ApplyCadence {
  const moves: { at: number; changes: number }[] = [];
  for (const [index, point] of points.entries()) {
    const previous = points[index - 1];
    if (!previous || point.at < window.from || point.at > window.to) continue;
    if (point.applied > previous.applied) {
      moves.push({ at: point.at, changes: point.applied - previous.applied });
    }
  }
  return {
    node,
    source,
    batches: moves.length,
    changesPerBatch: summarizeLag(moves.map((move) => move.changes)),
    intervalMs: summarizeLag(
      moves.slice(1).map((move, index) => move.at - (moves[index] as { at: number }).at),
    ),
  };
}

/** Per second of the window, the worst staleness of any city on each hop (ms). */
export function stalenessTimeline(
  input: LagInput,
): { second: number; worst: Partial<Record<HopLag['hop'], number>> }[] {
  const { window } = input;
  const perCity = input.cities.map((city) => cityHops(input, city));
  const seconds = Math.ceil((window.to - window.from) / 1000);
  return Array.from({ length: seconds }, (_, second) => {
    const worst: Partial<Record<HopLag['hop'], number>> = {};
    for (const hop of HOPS) {
      const inSecond = perCity
        .flatMap((hops) => hops[hop].staleness)
        .filter(
          (point) =>
            point.at >= window.from + second * 1000 && point.at < window.from + (second + 1) * 1000,
        );
      if (inSecond.length > 0) {
        worst[hop] = round(Math.max(...inSecond.map((point) => point.staleness)));
      }
    }
    return { second: second + 1, worst };
  });
}

/**
 * How long the server's oldest open write transaction had been running at each sample of the
 * window, overall and by the kind of node whose database it was in (`city`, `province`…, the
 * prefix of the bench's database names).
 */
export function sealHorizon(
  samples: readonly { at: number; oldestWriter: { ms: number; database: string } | null }[],
  window: Window,
): { all: LagSummary; byTier: Record<string, LagSummary> } {
  const inWindow = samples.filter((sample) => sample.at >= window.from && sample.at <= window.to);
  const ages = (tier?: string) =>
    inWindow.map((sample) =>
      sample.oldestWriter && (!tier || sample.oldestWriter.database.startsWith(`${tier}_`))
        ? sample.oldestWriter.ms
        : 0,
    );
  const tiers = [
    ...new Set(
      inWindow.flatMap((sample) =>
        sample.oldestWriter ? [sample.oldestWriter.database.split('_')[0] ?? ''] : [],
      ),
    ),
  ].sort();
  return {
    all: summarizeLag(ages()),
    byTier: Object.fromEntries(tiers.map((tier) => [tier, summarizeLag(ages(tier))])),
  };
}

/** Gaps between consecutive samples (ms): the resolution of the delivery delays. */
export function sampleIntervals(instants: readonly number[]): LagSummary {
  return summarizeLag(instants.slice(1).map((at, index) => at - (instants[index] as number)));
}

/**
 * The city's planner statistics when the consumer starts: `fresh` after VACUUM ANALYZE (what
 * autovacuum would have done during a long outage); `stale` with autovacuum off on the change
 * log and its last ANALYZE taken while every row was sealed, so the planner believes no row is
 * waiting to be sealed; `stale-unsealed` as `stale`, with a transaction opened before the backlog
 * and committed as the consumer starts, so the whole backlog is still to seal when it arrives.
 */
export type DrainStatistics = 'fresh' | 'stale' | 'stale-unsealed';

/** The drain of a backlog: one province consumer catching up with one city. */
export interface DrainResult {
  /** `drain` for fresh statistics, `drain-<statistics>` otherwise. */
  id?: string;
  statistics?: DrainStatistics;
  city: string;
  province: string;
  /** Feed positions applied (the backlog plus the few changes before it). */
  changes: number;
  tickets: number;
  /** From the consumer's start to the observed caught-up cursor. */
  seconds: number;
  changesPerSecond: number;
  /** Start → first batch applied: the token, sealing the whole backlog, the first pull. */
  firstBatchSeconds: number;
  /** The rate after the first batch. */
  steadyChangesPerSecond: number;
  /**
   * Changes applied in each whole second after the first batch (the last, partial second left
   * out): whether the drain flows evenly or in bursts.
   */
  perSecond?: { p50: number; min: number; seconds: number };
  batchSize: number;
  /** Rollup changes the province published for the ministry while applying. */
  rollupChanges: number;
  /** The same feed pulled again in the same batches with nothing applied, after the drain. */
  feedRead?: { seconds: number; changesPerSecond: number };
  /** How the backlog was written (not measured against anything). */
  backlog: { transactions: number; seconds: number };
  cpu?: CpuShare;
}

/** The drain's reference: the same rows written by multi-row INSERTs. */
export interface DrainReference {
  id: string;
  label: string;
  /** Batches in flight. */
  inFlight: number;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  batchMs: { p50: number; p95: number };
  cpu?: CpuShare;
}

export interface SyncDetails {
  lag: {
    cities: string[];
    ratePerCity: number;
    /** The measured window, ms since the epoch. */
    window: Window;
    sampleIntervalMs: LagSummary;
    hops: HopLag[];
    /** Per second of the window, the worst staleness of any city on each hop (ms). */
    timeline: ReturnType<typeof stalenessTimeline>;
    /** How each upward consumer's cursor moved during the window. */
    cadence: ApplyCadence[];
    /**
     * Age of the server's oldest open write transaction per sample (ms); `byTier` counts only
     * samples where it was in that kind of node's database (0 otherwise).
     */
    sealHorizonMs: ReturnType<typeof sealHorizon>;
    /** After the load stopped, until every count matched the cities'. */
    convergedAfterSeconds: number;
    /** Tickets at each city, replicas at its province, `created` at the ministry, at the end. */
    finalCounts: Record<string, { city: number; province: number; ministry: number }>;
    /** sync_source rows at the end, per receiving node. */
    sources: { node: string; source: string; state: string; resyncs: number }[];
  };
  drain: DrainResult;
  /** The same drain with stale planner statistics at the city (absent in older results). */
  staleDrains?: DrainResult[];
  references: DrainReference[];
}

export type SyncScenarioResult = ScenarioResult & { sync: SyncDetails };

export function isSyncResult(result: ScenarioResult): result is SyncScenarioResult {
  return 'sync' in result && typeof (result as { sync?: unknown }).sync === 'object';
}
