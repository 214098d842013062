import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import {
  createDatabase,
  dropDatabase,
  postgresTarget,
  uniqueDatabaseName,
} from './postgres-databases.js';

/** A fresh, migrated database for one test node, on the engine of the current vitest project. */
export interface TestNodeDatabase {
  engine: 'pglite' | 'postgres';
  /** DATABASE_URL for the node: postgres://… on a server, undefined for in-memory PGlite. */
  url: string | undefined;
  pgliteSeed: Blob | undefined;
  drop(): Promise<void>;
}

let seed: Blob | undefined;

export async function createTestNodeDatabase(label: string): Promise<TestNodeDatabase> {
  const engine = inject('databaseEngine');
  if (engine === 'pglite') {
    seed ??= new Blob([readFileSync(inject('pgliteSeedPath'))]);
    return { engine, url: undefined, pgliteSeed: seed, drop: async () => {} };
  }
  const target = postgresTarget(inject('postgresUrl'));
  const name = uniqueDatabaseName(label);
  const url = await createDatabase(target, name, { template: inject('postgresTemplate') });
  return { engine, url, pgliteSeed: undefined, drop: () => dropDatabase(target, name) };
}
