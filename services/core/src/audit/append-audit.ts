import type { Kysely, Transaction } from 'kysely';
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
 * transaction, so a write is never without its audit entry and vice versa. The
 * database chains each entry to the previous one by hash and refuses changes.
 */
export async function appendAudit(
  db: Kysely<Database> | Transaction<Database>,
  context: Pick<RequestContext, 'principal' | 'requestId' | 'clientAddress'>,
  entry: AuditEntry,
): Promise<void> {
  const { principal } = context;
  await db
    .insertInto('audit_log')
    .values({
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
    })
    .execute();
}
