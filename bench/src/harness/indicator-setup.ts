import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { readBulkLoadPlan } from './bulk-load.js';
import type { BulkLoadPlan } from './bulk-load.js';
import type { ExplainedStatement } from './explain.js';
import {
  daysInMonth,
  GENERATION_FUNCTIONS,
  growthBatches,
  splitBatches,
  ticketGenerationSql,
} from './indicator-data.js';
import { rollupSampleMismatches, ticketRollupSql } from './indicator-rollups.js';

/** Seconds each phase of growing the data set took (printed and saved with the result). */
export interface PhaseTimings {
  /** INSERT … SELECT of the new tickets, indexes and keys dropped. */
  generate: number;
  /** Keys, indexes and the foreign key rebuilt over the whole table. */
  indexes: number;
  /** VACUUM (ANALYZE) of the tickets: hint bits and visibility map, as a settled table has them. */
  vacuum: number;
  /** The province's ticket rollups recomputed from every replica (one GROUP BY statement). */
  rollups: number;
  /** The rollups of the sample days recomputed by `rollupContributions` and compared. */
  verify: number;
  /** Tickets counted per city and month; the rollup rows copied to the ministry; sync sources marked current. */
  ministry: number;
  total: number;
}

/** What the province's and the ministry's databases hold after a phase. */
export interface DataSetFacts {
  tickets: number;
  /** Tickets by local creation month (YYYY-MM), for the probes' expected answers. */
  createdByMonth: Record<string, number>;
  rollupRows: number;
  ticketTableBytes: number;
  ticketIndexBytes: number;
  rollupTableBytes: number;
  /** The sample days checked against `rollupContributions`, and what they covered. */
  verified: { days: string[]; tickets: number; cells: number };
}

/** What the scenario saves in `setup`, which the report renders (report.ts). */
export interface IndicatorSetup {
  province: string;
  cities: readonly string[];
  ministry: string;
  generation: string;
  sizes: {
    label: string;
    tickets: number;
    timings: PhaseTimings;
    facts: DataSetFacts;
    explain: ExplainedStatement[];
  }[];
  [key: string]: unknown;
}

export interface IndicatorDataSet {
  province: string;
  cities: readonly string[];
  ministry: string;
  provinceUrl: string;
  ministryUrl: string;
  timeZone: string;
  /** Parallel INSERT connections (one per core). */
  connections: number;
}

/** Days whose rollups are recomputed by the product's function and compared after each phase. */
export const SAMPLE_DAYS = ['2025-11-01', '2026-02-17', '2026-07-15', '2026-10-31', '2026-11-06'];

const elapsed = (since: number) => Math.round((performance.now() - since) / 100) / 10;

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Grows a province's replicated tickets and the rollups built on them, as a province that
 * had synced that many tickets of its cities would hold them. Keeps the catalog's index and
 * key definitions read while the table was empty, to drop and rebuild them around each load.
 */
export class IndicatorDataBuilder {
  private plan: BulkLoadPlan | undefined;
  private size = 0;

  constructor(
    private readonly data: IndicatorDataSet,
    private readonly log: (line: string) => void,
  ) {}

  /** Adds tickets until the province holds `target`, then rebuilds everything derived from them. */
  async growTo(target: number): Promise<{ timings: PhaseTimings; facts: DataSetFacts }> {
    const { provinceUrl } = this.data;
    const began = performance.now();
    this.plan ??= await withClient(provinceUrl, (client) =>
      readBulkLoadPlan(client, 'hotline_ticket'),
    );
    const plan = this.plan;

    let since = performance.now();
    await withClient(provinceUrl, async (client) => {
      for (const statement of plan.drop) await client.query(statement);
    });
    const added = await this.insertTickets(this.size, target);
    const generate = elapsed(since);
    this.log(
      `  generated ${added.toLocaleString('en')} tickets (${this.size.toLocaleString('en')} → ${target.toLocaleString('en')}) in ${generate} s`,
    );

    since = performance.now();
    await withClient(provinceUrl, async (client) => {
      // Sorting in memory, with parallel workers, is what makes a rebuild faster than upkeep.
      await client.query("SET maintenance_work_mem = '1GB'");
      for (const statement of plan.restore) await client.query(statement);
    });
    const indexes = elapsed(since);
    this.log(`  rebuilt ${plan.restore.length} keys and indexes in ${indexes} s`);

    since = performance.now();
    await withClient(provinceUrl, (client) => client.query('VACUUM (ANALYZE) hotline_ticket'));
    const vacuum = elapsed(since);
    this.log(`  VACUUM (ANALYZE) hotline_ticket in ${vacuum} s`);

    since = performance.now();
    await withClient(provinceUrl, async (client) => {
      await client.query("DELETE FROM daily_rollup WHERE record_kind = 'hotline_ticket'");
      await client.query(ticketRollupSql(), [this.data.timeZone]);
      // The trigger on daily_rollup has kept monthly_rollup in step (migration 20261121180000).
      await client.query('VACUUM (ANALYZE) daily_rollup, monthly_rollup');
    });
    const rollups = elapsed(since);
    this.log(`  rollups recomputed in ${rollups} s`);

    since = performance.now();
    const verified = await withClient(provinceUrl, (client) =>
      rollupSampleMismatches(client, SAMPLE_DAYS, this.data.timeZone),
    );
    if (verified.problems.length > 0) {
      throw new Error(
        `the SQL rollups differ from rollupContributions on the sample days:\n${verified.problems.slice(0, 20).join('\n')}`,
      );
    }
    const verify = elapsed(since);
    this.log(
      `  rollups of ${SAMPLE_DAYS.length} sample days equal rollupContributions over their ${verified.tickets.toLocaleString('en')} tickets (${verified.cells} cells) — ${verify} s`,
    );

    since = performance.now();
    const { facts, perCity } = await this.facts({
      days: SAMPLE_DAYS,
      tickets: verified.tickets,
      cells: verified.cells,
    });
    await this.markSourcesCurrent(perCity);
    await this.copyRollupsToMinistry();
    const ministry = elapsed(since);
    this.log(`  counted, ministry rollups and sync sources written in ${ministry} s`);

    this.size = target;
    return {
      timings: { generate, indexes, vacuum, rollups, verify, ministry, total: elapsed(began) },
      facts,
    };
  }

  /** The month batches from `from` to `to`, on one connection per core, a piece at a time. */
  private async insertTickets(from: number, to: number): Promise<number> {
    const sql = ticketGenerationSql();
    const queue = splitBatches(growthBatches(from, to), 250_000);
    const worker = () =>
      withClient(this.data.provinceUrl, async (client) => {
        // The generated expression is large: JIT compiling it costs minutes and saves nothing.
        await client.query('SET jit = off');
        for (const statement of GENERATION_FUNCTIONS) await client.query(statement);
        for (let batch = queue.shift(); batch; batch = queue.shift()) {
          await client.query(sql, [
            batch.first,
            batch.end,
            `${batch.month}-01`,
            daysInMonth(batch.month),
            this.data.timeZone,
          ]);
        }
      });
    await Promise.all(Array.from({ length: Math.max(1, this.data.connections) }, worker));
    return to - from;
  }

  /**
   * The province's sources (its cities) and the ministry's (the province) as a consumer
   * leaves them caught up: `current_to` is what `indicators` reports as `currentTo`.
   */
  private async markSourcesCurrent(perCity: ReadonlyMap<string, number>): Promise<void> {
    const upsert = `
      INSERT INTO sync_source (source, epoch, applied, head, state, current_to, applied_at)
      VALUES ($1, $2, $3, $3, 'CAUGHT_UP', now(), now())
      ON CONFLICT (source) DO UPDATE SET applied = excluded.applied, head = excluded.head,
        state = excluded.state, current_to = excluded.current_to, applied_at = excluded.applied_at,
        updated_at = now()`;
    await withClient(this.data.provinceUrl, async (client) => {
      for (const city of this.data.cities) {
        // A stand-in for the feed position: one change per replicated ticket.
        await client.query(upsert, [city, randomUUID(), String(perCity.get(city) ?? 0)]);
      }
    });
    await withClient(this.data.ministryUrl, (client) =>
      client.query(upsert, [this.data.province, randomUUID(), '0']),
    );
  }

  /** The ministry replicates the province's rollup rows as they are (docs/SYNC.md). */
  private async copyRollupsToMinistry(): Promise<void> {
    const { rows } = await withClient(this.data.provinceUrl, (client) =>
      client.query<{ rows: unknown }>(
        `SELECT coalesce(jsonb_agg(r), '[]') AS rows FROM (
           SELECT division, day, record_kind, category, counts, version FROM daily_rollup) AS r`,
      ),
    );
    await withClient(this.data.ministryUrl, async (client) => {
      await client.query('DELETE FROM daily_rollup');
      await client.query(
        `INSERT INTO daily_rollup (division, day, record_kind, category, counts, version)
         SELECT division, day, record_kind, category, counts, version
         FROM jsonb_populate_recordset(NULL::daily_rollup, $1::jsonb)`,
        [JSON.stringify(rows[0]?.rows ?? [])],
      );
      // The trigger on daily_rollup has kept monthly_rollup in step (migration 20261121180000).
      await client.query('VACUUM (ANALYZE) daily_rollup, monthly_rollup');
    });
  }

  /** One scan of the tickets (per city and local creation month) and the sizes of the tables. */
  private async facts(
    verified: DataSetFacts['verified'],
  ): Promise<{ facts: DataSetFacts; perCity: Map<string, number> }> {
    return withClient(this.data.provinceUrl, async (client) => {
      const { rows: counts } = await client.query<{ city: string; month: string; count: string }>(
        `SELECT origin_node AS city, to_char(created_at AT TIME ZONE $1, 'YYYY-MM') AS month,
                count(*)::text AS count
         FROM hotline_ticket GROUP BY 1, 2 ORDER BY 2, 1`,
        [this.data.timeZone],
      );
      const { rows } = await client.query<{
        rollups: string;
        table_bytes: string;
        index_bytes: string;
        rollup_bytes: string;
      }>(
        `SELECT (SELECT count(*) FROM daily_rollup)::text AS rollups,
                pg_table_size('hotline_ticket')::text AS table_bytes,
                pg_indexes_size('hotline_ticket')::text AS index_bytes,
                pg_total_relation_size('daily_rollup')::text AS rollup_bytes`,
      );
      const sizes = rows[0]!;
      const createdByMonth: Record<string, number> = {};
      const perCity = new Map<string, number>();
      for (const row of counts) {
        const count = Number(row.count);
        createdByMonth[row.month] = (createdByMonth[row.month] ?? 0) + count;
        perCity.set(row.city, (perCity.get(row.city) ?? 0) + count);
      }
      return {
        facts: {
          tickets: [...perCity.values()].reduce((sum, count) => sum + count, 0),
          createdByMonth,
          rollupRows: Number(sizes.rollups),
          ticketTableBytes: Number(sizes.table_bytes),
          ticketIndexBytes: Number(sizes.index_bytes),
          rollupTableBytes: Number(sizes.rollup_bytes),
          verified,
        },
        perCity,
      };
    });
  }
}
