import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDatabase,
  createTemplateDatabase,
  dropDatabase,
  uniqueDatabaseName,
} from './postgres-databases.js';
import { startPostgresServer } from './postgres-server.js';
import type { PostgresServer } from './postgres-server.js';

// Pin the major the machine is provisioned with, so a silent fallback to other binaries is caught.
const expectedMajor = existsSync('/usr/lib/postgresql/15') ? 15 : undefined;

async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('startPostgresServer', () => {
  let server: PostgresServer;

  beforeAll(async () => {
    server = await startPostgresServer(
      expectedMajor === undefined ? {} : { version: expectedMajor },
    );
  }, 60_000);

  // Safety net if a test fails before the explicit stop; stop() is idempotent.
  afterAll(() => server?.stop(), 30_000);

  it('reports the server version of the binaries it started', () => {
    expect(server.url).toBe(`postgres://postgres@127.0.0.1:${server.port}/postgres`);
    expect(server.version).toMatch(
      expectedMajor === undefined ? /^\d+\./ : new RegExp(`^${expectedMajor}\\.`),
    );
  });

  it('clones a prepared template into independent databases', async () => {
    const template = uniqueDatabaseName('tpl');
    await createTemplateDatabase(server, template, async (url) => {
      await query(url, 'CREATE TABLE widget (id int PRIMARY KEY, name text NOT NULL)');
      await query(url, "INSERT INTO widget VALUES (1, 'from template')");
    });

    const [templateRow] = await query<{ datistemplate: boolean; datallowconn: boolean }>(
      server.url,
      'SELECT datistemplate, datallowconn FROM pg_database WHERE datname = $1',
      [template],
    );
    expect(templateRow).toEqual({ datistemplate: true, datallowconn: false });

    const first = await createDatabase(server, uniqueDatabaseName('clone'), { template });
    const second = await createDatabase(server, uniqueDatabaseName('clone'), { template });
    for (const url of [first, second]) {
      expect(await query(url, 'SELECT id, name FROM widget')).toEqual([
        { id: 1, name: 'from template' },
      ]);
    }

    await query(first, "INSERT INTO widget VALUES (2, 'only in first')");
    await query(second, 'DELETE FROM widget');
    expect(await query(first, 'SELECT id FROM widget ORDER BY id')).toEqual([{ id: 1 }, { id: 2 }]);
    expect(await query(second, 'SELECT id FROM widget')).toEqual([]);

    // An open connection must not block dropDatabase, and a template must be droppable.
    const lingering = new pg.Client({ connectionString: first });
    await lingering.connect();
    lingering.on('error', () => undefined);
    const firstName = decodeURIComponent(new URL(first).pathname.slice(1));
    await dropDatabase(server, firstName);
    await dropDatabase(server, template);
    await lingering.end().catch(() => undefined);
    const remaining = await query<{ datname: string }>(
      server.url,
      'SELECT datname FROM pg_database WHERE datname = ANY($1)',
      [[firstName, template]],
    );
    expect(remaining).toEqual([]);
  }, 30_000);

  it('stops the server and removes its files', async () => {
    expect(await acceptsConnections(server.port)).toBe(true);
    await server.stop();
    expect(await acceptsConnections(server.port)).toBe(false);
    expect(existsSync(server.directory)).toBe(false);
  }, 30_000);
});
