import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { coalescingPool } from './coalescing-pool.js';
import { NODE_POOL_SIZE } from './node-role-grants.js';
import type { Database } from './tables.js';

export type DatabaseEngine = 'postgres' | 'pglite';

export interface NodeDatabase {
  db: Kysely<Database>;
  engine: DatabaseEngine;
  /** Where the data lives, without credentials (for logs and /readyz). */
  location: string;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres://… for a server, pglite:<folder> for embedded on disk, undefined for in-memory. */
  url?: string | undefined;
  /** Pool size for a server; PGlite is single-connection by nature. */
  maxConnections?: number;
  /**
   * A dumped PGlite data folder (tar) to start from instead of running initdb: ~1 s
   * instead of ~4 s, which is what makes a seven-node demo start quickly.
   */
  pgliteSeed?: Blob;
  /**
   * Told about errors of idle pooled connections (the server restarted or dropped
   * one). Without a listener pg's Pool rethrows them and the process dies; the pool
   * replaces the connection on next use, so a log line is all they need. (A
   * checked-out connection's errors end its request instead: coalescing-pool.ts.)
   */
  onIdleConnectionError?: (error: Error) => void;
  /** How long a request waits for a connection (a new one, or a free one of a busy pool). */
  connectionTimeoutMs?: number;
}

/**
 * Past this a request fails with SERVICE_UNAVAILABLE instead of waiting on: a server
 * that accepts no connection (unreachable, or every slot taken) is not waited for
 * forever, and a pool that stays saturated this long is overloaded.
 */
const CONNECTION_TIMEOUT_MS = 10_000;

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//');
}

/** One dialect for both engines: pg's Pool, over a socket or over PGlite's in-process protocol. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<NodeDatabase> {
  const { url } = options;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.maxConnections ?? NODE_POOL_SIZE,
      connectionTimeoutMillis: options.connectionTimeoutMs ?? CONNECTION_TIMEOUT_MS,
      // A server that vanished without closing the connection is noticed by TCP.
      keepAlive: true,
    });
    pool.on('error', (error) => options.onIdleConnectionError?.(error));
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: coalescingPool(pool) }),
    });
    return { db, engine: 'postgres', location: redact(url), close: () => db.destroy() };
  }
  const dataDir = url?.startsWith('pglite:') ? url.slice('pglite:'.length) : undefined;
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(options.pgliteSeed ? { loadDataDir: options.pgliteSeed } : {}),
    extensions: { pg_trgm },
    relaxedDurability: true,
  });
  const pool = new pg.Pool(createPgConfig(pglite));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: coalescingPool(pool) }) });
  return {
    db,
    engine: 'pglite',
    location: dataDir ? `pglite:${dataDir}` : 'pglite:(memory)',
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}

/** A migrated, empty PGlite data folder to seed further instances from (see pgliteSeed). */
export async function dumpPgliteSeed(
  prepare: (db: Kysely<Database>) => Promise<void>,
): Promise<Blob> {
  const pglite = await PGlite.create({ extensions: { pg_trgm } });
  const pool = new pg.Pool(createPgConfig(pglite));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await prepare(db);
    await db.destroy();
    return await pglite.dumpDataDir('none');
  } finally {
    await pglite.close();
  }
}
