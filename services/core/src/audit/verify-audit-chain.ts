import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database/tables.js';
import { sealAuditLog } from './seal-audit-log.js';

export interface AuditChainReport {
  intact: boolean;
  entries: number;
  firstBrokenId: string | null;
  problem: string | null;
  headHash: string | null;
}

/**
 * Seals what is committed but not chained yet, then recomputes every entry's hash
 * with the same SQL function the sealer uses, and checks each entry links to its
 * predecessor in chain order (`position`). Reports the first broken link: an edited
 * entry no longer matches its hash; a deleted or inserted one breaks the next entry's
 * link. Each hash covers the entry's prev_hash, so removing an entry and re-pointing the
 * next one's prev_hash at the entry before it (a splice) leaves every link looking right but
 * that entry's hash wrong. (A rewrite of the whole chain by a superuser is only caught
 * against a head hash recorded elsewhere, hence headHash.)
 */
export async function verifyAuditChain(
  db: Kysely<Database> | Transaction<Database>,
): Promise<AuditChainReport> {
  await sealAuditLog(db);
  const { rows } = await sql<{
    id: string;
    hash: string;
    prev_hash: string;
    recomputed: string;
    expected_previous: string;
  }>`
    SELECT id::text AS id, hash, prev_hash,
           audit_entry_hash(prev_hash, entry) AS recomputed,
           coalesce(lag(hash) OVER (ORDER BY entry.position), '') AS expected_previous
    FROM audit_log AS entry
    WHERE entry.position IS NOT NULL
    ORDER BY entry.position`.execute(db);
  const headHash = rows.at(-1)?.hash ?? null;
  for (const row of rows) {
    if (row.prev_hash !== row.expected_previous) {
      return {
        intact: false,
        entries: rows.length,
        firstBrokenId: row.id,
        problem: `entry ${row.id} does not link to the entry before it: an entry was removed, inserted or re-chained here`,
        headHash,
      };
    }
    if (row.recomputed !== row.hash) {
      return {
        intact: false,
        entries: rows.length,
        firstBrokenId: row.id,
        problem: `entry ${row.id} does not match its hash: it, or its link to the entry before it, was changed after it was written (an edit, or an entry removed before it and this one re-pointed)`,
        headHash,
      };
    }
  }
  return {
    intact: true,
    entries: rows.length,
    firstBrokenId: null,
    problem: null,
    headHash,
  };
}
