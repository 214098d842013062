import type { TestProject } from 'vitest/node';
import { migrateNodeDatabase, openDatabase } from '@city-ops/core';
import { createTemplateDatabase, postgresTarget } from './postgres-databases.js';
import { startPostgresServer } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Maintenance-database URL of the shared server; create per-file databases from it. */
    postgresUrl: string;
    postgresVersion: string;
    /** A migrated template database; each test node's database is cloned from it. */
    postgresTemplate: string;
  }
}

/**
 * One server for the whole run: initdb dominates start-up time, so starting per test file would
 * multiply it. Test files isolate themselves with their own databases (see postgres-databases.ts).
 */
export default async function setup({ provide }: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgresServer();
  provide('postgresUrl', server.url);
  provide('postgresVersion', server.version);
  const template = 'city_ops_template';
  await createTemplateDatabase(postgresTarget(server.url), template, async (url) => {
    const database = await openDatabase({ url });
    try {
      await migrateNodeDatabase(database.db);
    } finally {
      await database.close();
    }
  });
  provide('postgresTemplate', template);
  // CI greps for this exact line to prove the real-PostgreSQL leg ran; written to stdout directly
  // so no console interception or prefixing can alter it.
  process.stdout.write(
    `real PostgreSQL ${server.version} started for tests on 127.0.0.1:${server.port}\n`,
  );
  return async () => {
    await server.stop();
  };
}
