import type { Kysely } from 'kysely';
import type { ChangeEntity } from '../change-log/append-change.js';
import type { Database } from '../database/tables.js';

/** One write of the sealed change log: where it stands, what it wrote, and the version it made. */
export interface SealedWrite {
  position: string;
  entityId: string;
  version: number;
}

export interface SealedWritesRequest {
  after: string;
  entity: ChangeEntity;
  /** Only the writes of this one row. */
  entityId?: string | undefined;
  limit: number;
}

/**
 * The next sealed writes of `entity` after `after`, oldest first. Only positions and ids: the
 * change log holds masked payloads written for the sync feed, so what a subscriber is sent is
 * read again from the records under the subscriber's own row scope, never from here. Read as
 * the node (the change log has no row scope of its own); an id alone tells nobody anything.
 */
export async function readSealedWrites(
  db: Kysely<Database>,
  request: SealedWritesRequest,
): Promise<SealedWrite[]> {
  let query = db
    .selectFrom('change_log')
    .select(['position', 'entity_id', 'version'])
    .where('position', '>', request.after)
    .where('entity', '=', request.entity)
    .orderBy('position')
    .limit(request.limit);
  if (request.entityId !== undefined) query = query.where('entity_id', '=', request.entityId);
  const rows = await query.execute();
  return rows.map((row) => ({
    position: row.position ?? '0',
    entityId: row.entity_id,
    version: row.version,
  }));
}

/**
 * Whether a committed change still waits for its position: sealing gives none while an older
 * writing transaction is open anywhere on the server (seal-changes.ts), so such a change is
 * sealable moments later, with no signal to say so.
 */
export async function hasUnsealedChanges(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('change_log')
    .select('seq')
    .where('position', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
