import pg from 'pg';
import type { PgBatchInsertLoadSpec } from './load-spec.js';
import { summarizeLatencies } from './result.js';
import type { LoadResult } from './result.js';

interface Batch {
  table: string;
  columns: string[];
  rows: Record<string, unknown>[];
}

/** `INSERT INTO table (columns) VALUES ($1, …), (…)`: one statement for the whole batch. */
export function multiRowInsert(
  table: string,
  columns: readonly string[],
  rowCount: number,
): string {
  const tuples = Array.from(
    { length: rowCount },
    (_, row) =>
      `(${columns.map((_, column) => `$${row * columns.length + column + 1}`).join(', ')})`,
  );
  return `INSERT INTO ${pg.escapeIdentifier(table)} (${columns.map((column) => pg.escapeIdentifier(column)).join(', ')}) VALUES ${tuples.join(', ')}`;
}

/** Every row of each table, as pg reads them (the values pg writes back unchanged). */
async function readBatches(spec: PgBatchInsertLoadSpec): Promise<Batch[]> {
  const client = new pg.Client({ connectionString: spec.sourceUrl });
  await client.connect();
  try {
    const batches: Batch[] = [];
    for (const table of spec.tables) {
      const result = await client.query<Record<string, unknown>>(
        `SELECT * FROM ${pg.escapeIdentifier(table)}`,
      );
      const columns = result.fields.map((field) => field.name);
      if (columns.length * spec.batchSize > 65_535) {
        throw new Error(`${table}: ${spec.batchSize} rows exceed PostgreSQL's 65535 parameters`);
      }
      for (let start = 0; start < result.rows.length; start += spec.batchSize) {
        batches.push({ table, columns, rows: result.rows.slice(start, start + spec.batchSize) });
      }
    }
    return batches;
  } finally {
    await client.end();
  }
}

/**
 * The plainest way to get the same rows into a database: multi-row INSERTs of `batchSize`
 * rows, one statement (and implicit transaction) each, `connections` batches in flight through
 * a pg pool. Throughput counts rows; latency is per batch.
 */
export async function runPgBatchInsert(spec: PgBatchInsertLoadSpec): Promise<LoadResult> {
  const batches = await readBatches(spec);
  const pool = new pg.Pool({ connectionString: spec.targetUrl, max: spec.poolSize });
  const latencies: number[] = [];
  let rows = 0;
  let next = 0;
  try {
    // Connected before the clock starts: opening connections is not inserting.
    await Promise.all(
      Array.from({ length: Math.min(spec.connections, spec.poolSize) }, async () => {
        const client = await pool.connect();
        client.release();
      }),
    );
    const start = performance.now();
    const worker = async () => {
      for (let index = next++; index < batches.length; index = next++) {
        const batch = batches[index] as Batch;
        const values = batch.rows.flatMap((row) => batch.columns.map((column) => row[column]));
        const sent = performance.now();
        await pool.query(multiRowInsert(batch.table, batch.columns, batch.rows.length), values);
        latencies.push(performance.now() - sent);
        rows += batch.rows.length;
      }
    };
    await Promise.all(Array.from({ length: spec.connections }, worker));
    const seconds = (performance.now() - start) / 1000;
    return {
      requests: rows,
      seconds: Math.round(seconds * 1000) / 1000,
      throughput: Math.round((rows / seconds) * 10) / 10,
      latencyMs: summarizeLatencies(latencies),
      errors: 0,
      timeouts: 0,
      non2xx: 0,
      graphqlErrors: 0,
    };
  } finally {
    await pool.end();
  }
}
