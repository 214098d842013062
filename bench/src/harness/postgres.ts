import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { migrateNodeDatabase, openDatabase } from '@city-ops/core';
import {
  createDatabase,
  createTemplateDatabase,
  postgresTarget,
  startPostgresServer,
  uniqueDatabaseName,
} from '@city-ops/test';
import type { PostgresServer } from '@city-ops/test';
import { registerOwnProcess } from './cpu-watch.js';
// The tests' server starter, reused as is: same binaries, same throwaway settings, same watchdog
// that stops the server if this process dies.

/** How the server was run, written into every result: these settings change absolute numbers. */
export interface PostgresInfo {
  version: string;
  /** As the server reports them (`current_setting`). */
  settings: Record<string, string>;
  /** Set by the starter, not visible in `settings`. */
  startup: string[];
}

export interface BenchPostgres {
  info: PostgresInfo;
  server: PostgresServer;
  /** A new database cloned from the migrated template; returns its URL. */
  createNodeDatabase(label: string): Promise<string>;
  stop(): Promise<void>;
}

const REPORTED_SETTINGS = [
  'fsync',
  'synchronous_commit',
  'full_page_writes',
  'wal_level',
  'shared_buffers',
  'work_mem',
  'max_connections',
  'listen_addresses',
];

async function readSettings(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; value: string }>(
      'SELECT name, current_setting(name) AS value FROM unnest($1::text[]) AS name',
      [REPORTED_SETTINGS],
    );
    return Object.fromEntries(rows.map((row) => [row.name, row.value]));
  } finally {
    await client.end();
  }
}

/**
 * A throwaway PostgreSQL server with one migrated template, cloned per node: a clone is a file
 * copy, so every node starts from the same migrated state in well under a second.
 */
export async function startBenchPostgres(): Promise<BenchPostgres> {
  const server = await startPostgresServer();
  let unregister: () => void = () => undefined;
  try {
    const postmaster = Number(
      (await readFile(path.join(server.directory, 'data', 'postmaster.pid'), 'utf8')).split(
        '\n',
      )[0],
    );
    if (Number.isInteger(postmaster) && postmaster > 0) unregister = registerOwnProcess(postmaster);
    const target = postgresTarget(server.url);
    const template = uniqueDatabaseName('bench_template');
    await createTemplateDatabase(target, template, async (url) => {
      const database = await openDatabase({ url });
      try {
        await migrateNodeDatabase(database.db);
      } finally {
        await database.close();
      }
    });
    const info: PostgresInfo = {
      version: server.version,
      settings: await readSettings(server.url),
      startup: [
        'initdb --no-sync --locale=C --encoding=UTF8 --auth=trust',
        'listen on 127.0.0.1 only, server on the same machine as the load',
        'databases cloned from one migrated template',
      ],
    };
    return {
      info,
      server,
      createNodeDatabase: (label) =>
        createDatabase(target, uniqueDatabaseName(label), { template }),
      stop: async () => {
        unregister();
        await server.stop();
      },
    };
  } catch (error) {
    unregister();
    await server.stop();
    throw error;
  }
}
