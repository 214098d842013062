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
  /**
   * `SET session_replication_role = replica` on every connection: no triggers fire (the audit
   * hash chain, foreign keys), to show what those cost. Needs a superuser, which the bench is.
   */
  withoutTriggers?: boolean;
  actor: { subject: string; username: string; roles: string[]; division: string };
}

export type LoadSpec = HttpLoadSpec | PgIntakeLoadSpec;
