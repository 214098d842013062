import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database/tables.js';
import type { Logger } from '@city-ops/kernel';
import { startLogSealer } from '../database/log-sealer.js';
import type { LogSealer } from '../database/log-sealer.js';

/**
 * Chains the committed, not yet sealed audit entries after the chain's head (the SQL
 * function audit_log_seal, migration 20261121153000): writers append without waiting
 * for each other, and the chain is built here, shortly after. Returns how many entries
 * it sealed. Any role may call it inside its own transaction (auditChain does, as the
 * request role, so that it verifies every entry committed before it).
 */
export async function sealAuditLog(
  db: Kysely<Database> | Transaction<Database>,
  maxEntries?: number,
): Promise<number> {
  // NULL is the function's own default: no limit.
  const { rows } = await sql<{
    sealed: number;
  }>`SELECT audit_log_seal(${maxEntries ?? null}::integer) AS sealed`.execute(db);
  // Stryker disable next-line OptionalChaining: a SELECT of one function call always returns exactly one row
  return rows[0]?.sealed ?? 0;
}

/** How often a node seals, and how many entries at most per batch (a backlog takes several). */
export const AUDIT_SEAL_INTERVAL_MS = 1_000;
const ENTRIES_PER_PASS = 5_000;

/**
 * Seals the node's audit log every AUDIT_SEAL_INTERVAL_MS: the time an entry stays
 * unchained, so the window in which a superuser could change or remove it unseen.
 */
export function startAuditSealer(
  db: Kysely<Database>,
  logger: Logger,
  intervalMs = AUDIT_SEAL_INTERVAL_MS,
): LogSealer {
  return startLogSealer({
    // Stryker disable next-line StringLiteral: wording of an operator log line
    log: 'the audit log',
    logger,
    intervalMs,
    batchSize: ENTRIES_PER_PASS,
    sealBatch: (batchSize) => sealAuditLog(db, batchSize),
    onFailure: (error) =>
      logger.error({ err: error }, 'sealing the audit log failed; retrying on the next pass'),
  });
}
