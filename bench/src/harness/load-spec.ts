import type { TicketInput } from './ticket-inputs.js';

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

/** One request of a GraphQL flow: a mutation answering `{ id version status }` under `field`. */
export interface GraphQLFlowStep {
  name: string;
  /** The mutation's root field, where the answer's id and version are read. */
  field: string;
  query: string;
  /** Which of the spec's tokens sends it. */
  actor: string;
  /** `variables.input`; from the second step on, the previous answer's id and version are added. */
  input: Record<string, unknown>;
  /** The status the answer must show, or the step counts as failed. */
  expectStatus?: string;
}

/**
 * A sequenced flow through GraphQL: `connections` virtual users each loop the steps in order
 * (one request in flight per user, keep-alive fetch), since each step needs the version the
 * previous one answered. The lifecycle scenario's load.
 */
export interface GraphQLFlowLoadSpec {
  kind: 'graphql-flow';
  url: string;
  /** A bearer token per actor named by the steps. */
  tokens: Record<string, string>;
  steps: GraphQLFlowStep[];
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
}

/** Who a raw step writes into record_history and audit_log, as the node would from the token. */
export interface RawActor {
  subject: string;
  username: string;
  roles: string[];
  division: string;
}

/**
 * The lifecycle's raw reference: the same rows a ticket's lifecycle writes, one transaction per
 * step, through a pg pool, by `connections` virtual users (raw-lifecycle.ts).
 */
export interface PgLifecycleLoadSpec {
  kind: 'pg-lifecycle';
  databaseUrl: string;
  /** Same size as a node's pool (core's openDatabase default). */
  poolSize: number;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  city: string;
  /** The createTicket input every lifecycle starts from (same as the GraphQL paths). */
  ticket: TicketInput;
  /** The step's actor key (agent, dispatcher, unit) → the principal its rows name. */
  actors: Record<string, RawActor>;
  /** How often the audit chain is sealed, as a node does (core's AUDIT_SEAL_INTERVAL_MS). */
  auditSealIntervalMs: number;
}

/** One endpoint of a paced load; its requests cycle through `bodies`. */
export interface PacedTarget {
  id: string;
  url: string;
  headers: Record<string, string>;
  /** GraphQL request bodies (JSON), sent in turn on each connection. */
  bodies: string[];
}

/**
 * Several endpoints loaded at once, each at a fixed rate (autocannon's overallRate) with up to
 * `connections` requests in flight: an open load whose arrival rate does not follow the
 * server's speed (the sync scenario's 100 tickets/s per city).
 */
export interface HttpPacedLoadSpec {
  kind: 'http-paced';
  targets: PacedTarget[];
  /** Requests per second per target. */
  ratePerTarget: number;
  /** Per target. */
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
}

/**
 * The sync drain's reference: rows already in `sourceUrl` (read first, untimed) written into
 * `targetUrl` as multi-row INSERTs of `batchSize` rows through a pg pool, `connections`
 * batches in flight (batch-insert.ts).
 */
export interface PgBatchInsertLoadSpec {
  kind: 'pg-batch-insert';
  sourceUrl: string;
  targetUrl: string;
  /** Copied whole, in this order. */
  tables: string[];
  batchSize: number;
  poolSize: number;
  connections: number;
}

export type LoadSpec =
  | HttpLoadSpec
  | PgIntakeLoadSpec
  | GraphQLFlowLoadSpec
  | PgLifecycleLoadSpec
  | HttpPacedLoadSpec
  | PgBatchInsertLoadSpec;
