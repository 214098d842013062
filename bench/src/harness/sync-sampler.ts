import pg from 'pg';
import type { MinistrySample, ProvinceSample } from './sync-lag.js';

/** A city's division from a replica's district code (320102 → 320100). */
const CITY_OF_DIVISION = `left(division, 4) || '00'`;

const PROVINCE_SAMPLE = `
  SELECT extract(epoch FROM statement_timestamp()) * 1000 AS at,
         (SELECT coalesce(json_object_agg(source,
                    extract(epoch FROM current_to) * 1000), '{}')
            FROM sync_source WHERE source = ANY($1)) AS current_to,
         (SELECT coalesce(json_object_agg(source, applied::text), '{}')
            FROM sync_source WHERE source = ANY($1)) AS applied,
         (SELECT coalesce(json_object_agg(city, n), '{}')
            FROM (SELECT ${CITY_OF_DIVISION} AS city, count(*) AS n
                    FROM hotline_ticket GROUP BY 1) AS counted) AS replicas`;

const MINISTRY_SAMPLE = `
  SELECT extract(epoch FROM statement_timestamp()) * 1000 AS at,
         (SELECT coalesce(json_object_agg(division, n), '{}')
            FROM (SELECT division, sum((counts->>'created')::bigint) AS n
                    FROM daily_rollup WHERE record_kind = 'hotline_ticket'
                    GROUP BY division) AS counted) AS created,
         (SELECT coalesce(json_object_agg(source, applied::text), '{}')
            FROM sync_source WHERE source = ANY($1)) AS applied,
         -- The server-wide seal horizon: a feed seals only rows older than every transaction
         -- holding a transaction id, in any database of the server.
         (SELECT json_build_object(
                   'ms', extract(epoch FROM statement_timestamp() - xact_start) * 1000,
                   'database', datname)
            FROM pg_stat_activity WHERE backend_xid IS NOT NULL
            ORDER BY age(backend_xid) DESC LIMIT 1) AS oldest_writer`;

interface SampleRow {
  at: string;
  current_to?: Record<string, number | null>;
  replicas?: Record<string, string | number>;
  created?: Record<string, string | number>;
  applied?: Record<string, string | number>;
  oldest_writer?: { ms: number; database: string } | null;
}

const numbers = (values: Record<string, string | number> | undefined, cities: readonly string[]) =>
  Object.fromEntries(cities.map((city) => [city, Number(values?.[city] ?? 0)]));

export interface SyncSampler {
  provinceSamples: ProvinceSample[];
  ministrySamples: MinistrySample[];
  /** Takes one sample of every node now (between the loop's own), without keeping it. */
  sampleNow(): Promise<{ provinces: ProvinceSample[]; ministry: MinistrySample }>;
  /** Ends the loop and the connections; rejects if a sample failed. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Reads, every `intervalMs` (or as soon as the previous round ends when it took longer), each
 * province's sync_source cursors and replica counts and the ministry's rollup totals and
 * cursors, straight
 * from their databases. Each reading carries its statement's own timestamp, the instant its
 * snapshot was taken.
 */
export async function startSyncSampler(options: {
  provinces: { division: string; url: string; cities: readonly string[] }[];
  ministryUrl: string;
  cities: readonly string[];
  intervalMs: number;
}): Promise<SyncSampler> {
  const clients = await Promise.all(
    [...options.provinces.map((province) => province.url), options.ministryUrl].map(async (url) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  const provinceSamples: ProvinceSample[] = [];
  const ministrySamples: MinistrySample[] = [];
  const sampleProvince = async (index: number): Promise<ProvinceSample> => {
    const province = options.provinces[index] as (typeof options.provinces)[number];
    const { rows } = await (clients[index] as pg.Client).query<SampleRow>(PROVINCE_SAMPLE, [
      province.cities,
    ]);
    const row = rows[0] as SampleRow;
    return {
      at: Number(row.at),
      currentTo: Object.fromEntries(
        province.cities.map((city) => {
          const value = row.current_to?.[city];
          return [city, value === null || value === undefined ? null : Number(value)];
        }),
      ),
      replicas: numbers(row.replicas, province.cities),
      applied: numbers(row.applied, province.cities),
    };
  };
  const sampleMinistry = async (): Promise<MinistrySample> => {
    const sources = options.provinces.map((province) => province.division);
    const { rows } = await (clients.at(-1) as pg.Client).query<SampleRow>(MINISTRY_SAMPLE, [
      sources,
    ]);
    const row = rows[0] as SampleRow;
    return {
      at: Number(row.at),
      created: numbers(row.created, options.cities),
      applied: numbers(row.applied, sources),
      oldestWriter: row.oldest_writer
        ? { ms: Math.max(0, Number(row.oldest_writer.ms)), database: row.oldest_writer.database }
        : null,
    };
  };
  const sampleNow = async () => {
    const [ministry, ...provinces] = await Promise.all([
      sampleMinistry(),
      ...options.provinces.map((_, index) => sampleProvince(index)),
    ]);
    return { provinces, ministry: ministry as MinistrySample };
  };

  let stopped = false;
  let failure: unknown;
  const loop = (async () => {
    while (!stopped) {
      const began = performance.now();
      try {
        const { provinces, ministry } = await sampleNow();
        provinceSamples.push(...provinces);
        ministrySamples.push(ministry);
      } catch (error) {
        failure = error;
        return;
      }
      const rest = options.intervalMs - (performance.now() - began);
      if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
    }
  })();
  let stopping: Promise<void> | undefined;
  return {
    provinceSamples,
    ministrySamples,
    sampleNow,
    stop: () => {
      stopping ??= (async () => {
        stopped = true;
        await loop;
        await Promise.all(clients.map((client) => client.end()));
        if (failure) throw failure;
      })();
      return stopping;
    },
  };
}
