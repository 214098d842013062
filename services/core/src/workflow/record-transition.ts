import type { Selectable, Transaction } from 'kysely';
import { appendAudit } from '../audit/append-audit.js';
import { appendChange } from '../change-log/append-change.js';
import type { Change } from '../change-log/append-change.js';
import type { Database } from '../database/tables.js';
import { clientError } from '@city-ops/kernel';
import type { RequestContext } from '../node-context.js';
import type { RecordTable } from '../records/record-kind.js';

export interface TransitionWrite<T extends RecordTable> {
  table: T;
  entity: Change['entity'];
  id: string;
  /** The version the user acted on: a concurrent change makes this a CONFLICT, not a double apply. */
  expectedVersion: number;
  action: string;
  from: string;
  to: string;
  /** Columns the transition changes besides status and version. */
  set?: Partial<Record<string, unknown>>;
  comment?: string | null | undefined;
  detail?: Record<string, unknown>;
  /** The masked change-log payload of the updated row. */
  payload: (row: Selectable<Database[T]>) => Record<string, unknown>;
}

/**
 * Writes one transition inside the caller's (row-scoped) transaction: the record
 * (state, version + 1, the transition's own changes), its history entry, its
 * change-log entry and its audit entry — all or nothing.
 */
export async function recordTransition<T extends RecordTable>(
  trx: Transaction<Database>,
  context: RequestContext,
  write: TransitionWrite<T>,
): Promise<Selectable<Database[T]>> {
  const updated = (await (trx as Transaction<Database>)
    .updateTable(write.table as RecordTable)
    .set({ ...(write.set ?? {}), status: write.to, updated_at: new Date() } as never)
    .set((eb) => ({ version: eb('version', '+', 1) }) as never)
    .where('id', '=', write.id)
    .where('version', '=', write.expectedVersion)
    .returningAll()
    .executeTakeFirst()) as Selectable<Database[T]> | undefined;
  if (!updated) {
    throw clientError(
      'CONFLICT',
      {
        zh: `该记录在第 ${write.expectedVersion} 版之后已被他人办理并更改；请刷新后重新操作。`,
        en: `The record changed since version ${write.expectedVersion} (someone else acted on it); reload it and decide again.`,
      },
      { id: write.id, expectedVersion: write.expectedVersion },
    );
  }
  const row = updated as unknown as { division: string; version: number };
  const history = await trx
    .insertInto('record_history')
    .values({
      entity: write.entity,
      entity_id: write.id,
      division: row.division,
      action: write.action,
      from_state: write.from,
      to_state: write.to,
      actor_subject: context.principal.subject,
      actor_username: context.principal.username,
      actor_roles: [...context.principal.roles],
      comment: write.comment ?? null,
      detail: JSON.stringify(write.detail ?? {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendChange(
    trx,
    {
      entity: write.entity,
      entityId: write.id,
      version: row.version,
      operation: 'upsert',
      payload: write.payload(updated),
      division: row.division,
    },
    historyChange(history),
  );
  await appendAudit(trx, context, {
    action: `${write.entity}.${write.action}`,
    entity: write.entity,
    entityIds: [write.id],
    reason: write.comment ?? undefined,
    scope: row.division,
    detail: { from: write.from, to: write.to, ...(write.detail ?? {}) },
  });
  return updated;
}

/** Records a record's birth in its history (no previous state). */
export async function recordCreation(
  trx: Transaction<Database>,
  context: RequestContext,
  entry: {
    entity: string;
    id: string;
    division: string;
    state: string;
    action: string;
    comment?: string | null;
  },
): Promise<void> {
  const history = await trx
    .insertInto('record_history')
    .values({
      entity: entry.entity,
      entity_id: entry.id,
      division: entry.division,
      action: entry.action,
      from_state: null,
      to_state: entry.state,
      actor_subject: context.principal.subject,
      actor_username: context.principal.username,
      actor_roles: [...context.principal.roles],
      comment: entry.comment ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendChange(trx, historyChange(history));
}

/** A history entry as a change: append-only, so every entry is version 1 of itself. */
function historyChange(entry: Selectable<Database['record_history']>): Change {
  return {
    entity: 'record_history',
    entityId: entry.id,
    version: 1,
    operation: 'upsert',
    payload: { ...entry, at: entry.at.toISOString() },
    division: entry.division,
  };
}
