import type { Kysely, Transaction } from 'kysely';
import { atCommit } from '../database/coalescing-pool.js';
import type { Database } from '../database/tables.js';
import type { RequestContext } from '../node-context.js';

export interface AuditEntry {
  /** What was done, e.g. `ticket.create` or `personal-data.read`. */
  action: string;
  entity: string;
  entityIds: readonly string[];
  reason?: string | undefined;
  detail?: Record<string, unknown>;
  /** The division scope the request acted in. */
  scope: string;
}

/**
 * Appends who did what, when, from where and why. Writes call it inside their own
 * transaction, so a write is never without its audit entry and vice versa; there
 * the insert goes out with the COMMIT (atCommit), not as a wait of its own. The
 * database refuses changes to entries, and a sealer chains them by hash shortly
 * after (see audit_log_seal in the migrations).
 */
export async function appendAudit(
  db: Kysely<Database> | Transaction<Database>,
  context: Pick<RequestContext, 'principal' | 'requestId' | 'clientAddress'>,
  entry: AuditEntry,
): Promise<void> {
  const { principal } = context;
  const insert = db.insertInto('audit_log').values({
    actor_subject: principal.subject,
    actor_username: principal.username,
    actor_roles: [...principal.roles],
    actor_division: principal.division,
    action: entry.action,
    entity: entry.entity,
    entity_ids: [...entry.entityIds],
    reason: entry.reason ?? null,
    client_address: context.clientAddress,
    request_id: context.requestId,
    detail: JSON.stringify(entry.detail ?? {}),
    scope: entry.scope,
  });
  // Stryker disable next-line ConditionalExpression: outside a transaction atCommit sends the insert at once, as execute() does; inside one, a test sees the entry wait for the COMMIT
  if (db.isTransaction) await atCommit(db as Transaction<Database>, insert);
  else await insert.execute();
}
