import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { PostgresServer } from './postgres-server.js';

/** What the helpers need from a server; test files only get a URL via inject(), see `postgresTarget`. */
export type PostgresTarget = Pick<PostgresServer, 'url' | 'databaseUrl'>;

export type CreateDatabaseOptions = {
  /** Clone this database (normally one made by `createTemplateDatabase`) instead of template1. */
  template?: string;
};

// NAMEDATALEN - 1: longer names are silently truncated by PostgreSQL, which would break uniqueness.
const MAX_IDENTIFIER_LENGTH = 63;

let nameCounter = 0;

/** Builds a target from the maintenance-database URL that the global setup provides to test files. */
export function postgresTarget(url: string): PostgresTarget {
  return {
    url,
    databaseUrl(name: string): string {
      const databaseUrl = new URL(url);
      databaseUrl.pathname = `/${encodeURIComponent(name)}`;
      return databaseUrl.toString();
    },
  };
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Lower-case and unquoted-identifier safe, so the name also works in hand-written SQL and URLs.
 * pid + counter + random keep parallel test files (and parallel runs on one server) apart.
 */
export function uniqueDatabaseName(prefix: string): string {
  nameCounter += 1;
  const suffix = `_${process.pid.toString(36)}_${nameCounter.toString(36)}_${randomBytes(4).toString('hex')}`;
  let safePrefix = prefix.toLowerCase().replace(/[^a-z0-9_]+/g, '_');
  if (!/^[a-z_]/.test(safePrefix)) safePrefix = `db_${safePrefix}`;
  return `${safePrefix.slice(0, MAX_IDENTIFIER_LENGTH - suffix.length)}${suffix}`;
}

async function withMaintenanceClient<T>(
  target: PostgresTarget,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function terminateConnections(client: pg.Client, name: string): Promise<void> {
  await client.query(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [name],
  );
}

/** Returns the new database's URL. */
export async function createDatabase(
  target: PostgresTarget,
  name: string,
  options: CreateDatabaseOptions = {},
): Promise<string> {
  const template =
    options.template === undefined ? '' : ` TEMPLATE ${quoteIdentifier(options.template)}`;
  await withMaintenanceClient(target, (client) =>
    client.query(`CREATE DATABASE ${quoteIdentifier(name)}${template}`),
  );
  return target.databaseUrl(name);
}

/** Drops the database if it exists, even when it is a template or still has open connections. */
export async function dropDatabase(target: PostgresTarget, name: string): Promise<void> {
  await withMaintenanceClient(target, async (client) => {
    const existing = await client.query<{ datistemplate: boolean }>(
      'SELECT datistemplate FROM pg_database WHERE datname = $1',
      [name],
    );
    const row = existing.rows[0];
    if (!row) return;
    const quoted = quoteIdentifier(name);
    // PostgreSQL refuses to drop a template database.
    if (row.datistemplate) await client.query(`ALTER DATABASE ${quoted} IS_TEMPLATE false`);
    // Block reconnects first, or a pool could slip a new connection in between terminate and drop.
    await client.query(`ALTER DATABASE ${quoted} ALLOW_CONNECTIONS false`);
    await terminateConnections(client, name);
    await client.query(`DROP DATABASE IF EXISTS ${quoted}`);
  });
}

/**
 * Creates `name`, lets `prepare` fill it (e.g. run migrations against the URL), then freezes it as a
 * template so each test file can get its own copy with `createDatabase(target, x, { template: name })`,
 * which is a file-level copy and much cheaper than migrating again.
 */
export async function createTemplateDatabase(
  target: PostgresTarget,
  name: string,
  prepare: (url: string) => Promise<void>,
): Promise<void> {
  // A leftover from an interrupted run on a reused server would make CREATE fail.
  await dropDatabase(target, name);
  const url = await createDatabase(target, name);
  try {
    await prepare(url);
  } catch (error) {
    await dropDatabase(target, name).catch(() => undefined);
    throw error;
  }
  await withMaintenanceClient(target, async (client) => {
    const quoted = quoteIdentifier(name);
    await client.query(`ALTER DATABASE ${quoted} IS_TEMPLATE true`);
    await client.query(`ALTER DATABASE ${quoted} ALLOW_CONNECTIONS false`);
    // CREATE DATABASE ... TEMPLATE fails while anyone is connected to the template, so close what prepare leaked.
    await terminateConnections(client, name);
  });
}
