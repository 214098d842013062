/** What the load process is asked to do; sent over IPC, so plain data only. */
export interface HttpLoadSpec {
  kind: 'http';
  url: string;
  /** A GraphQL request body (JSON). */
  body: string;
  headers: Record<string, string>;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
}

/** Straight into PostgreSQL through a pg pool: the reference of the intake scenario. */
export interface PgIntakeLoadSpec {
  kind: 'pg-intake';
  databaseUrl: string;
  /** Same size as a node's pool (core's openDatabase default). */
  poolSize: number;
  /** Concurrent transactions in flight, like autocannon's connections. */
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  city: string;
  actor: { subject: string; username: string; roles: string[]; division: string };
}

export type LoadSpec = HttpLoadSpec | PgIntakeLoadSpec;
