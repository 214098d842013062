import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import type { Repeater } from 'graphql-yoga';
import { inScope } from '../database/scoped-transaction.js';
import type { RowScope } from '../database/scoped-transaction.js';
import type { NodeRuntime } from '../node-context.js';
import type { RecordTable } from '../records/record-kind.js';
import { DUE_SOON_CHECK_MS, liveWrites, startPosition } from './live-writes.js';
import type { LiveWrite } from './live-writes.js';

/** What happened to a record, for a unit's inbox stream (the schema's InboxChange). */
export type InboxChange = 'ENTERED' | 'UPDATED' | 'LEFT' | 'DUE_SOON';

/** One record's event: what happened, and the record as the subscriber may read it now. */
export interface InboxEvent<View> {
  change: InboxChange;
  id: string;
  record: View | null;
}

/** The records a stream sends: a record view knows its id and the version it was read at. */
interface Versioned {
  id: string;
  version: number;
}

/** A unit's inbox of one record kind, as its stream reads it. */
export interface UnitInbox<View extends Versioned> {
  /** The kind's table, which is also its change-log entity. */
  table: RecordTable;
  /** The subscriber's row scope for the kind (none: nothing to send). */
  scope: RowScope | undefined;
  /** What waits for the unit, over the table's columns: the inbox list's own rule. */
  waiting: RawBuilder<boolean>;
  /** Of `ids`, those in the inbox now, as the subscriber reads them (the inbox list, narrowed). */
  inInbox: (ids: readonly string[]) => Promise<ReadonlyMap<string, View>>;
  /** One record as the subscriber may read it, or null. */
  read: (id: string) => Promise<View | null>;
  /** Every record of the inbox that is due soon now. */
  dueSoon: () => Promise<readonly View[]>;
}

/**
 * The records in a unit's inbox as it stood at the sealed change-log position `at`, so a
 * stream starting after `at` tells a record coming in from one already there, and one
 * leaving. A record not written since `at` stands as it stands now (read under the unit's
 * scope); one written since (or by a change not sealed yet) stands as its last change at or
 * before `at` wrote it: that change's payload, read back as a row of the table and judged by
 * the inbox's own rule. A payload masks only personal columns, which no inbox rule reads.
 */
export async function inboxMembersAt(
  node: NodeRuntime,
  inbox: Pick<UnitInbox<Versioned>, 'table' | 'scope' | 'waiting'>,
  at: string,
): Promise<Set<string>> {
  if (!inbox.scope) return new Set();
  const { table, waiting } = inbox;
  const now = await inScope(node.db, inbox.scope, (trx) =>
    trx.selectFrom(table).select('id').where(waiting).execute(),
  );
  const rewritten = await node.db
    .selectFrom('change_log')
    .select('entity_id')
    .distinct()
    .where('entity', '=', table)
    .where((eb) => eb.or([eb('position', '>', at), eb('position', 'is', null)]))
    .execute();
  const since = new Set(rewritten.map((row) => row.entity_id));
  const members = new Set(now.map((row) => row.id).filter((id) => !since.has(id)));
  if (since.size === 0) return members;
  const before = await sql<{ id: string }>`
    SELECT record.id
    FROM (
      SELECT DISTINCT ON (entity_id) payload
      FROM change_log
      WHERE entity = ${table}
        AND position <= ${at}
        AND entity_id IN (${sql.join([...since])})
      ORDER BY entity_id, position DESC
    ) AS last_change,
    jsonb_populate_record(NULL::${sql.table(table)}, last_change.payload) AS record
    WHERE ${waiting}`.execute(node.db);
  for (const row of before.rows) members.add(row.id);
  return members;
}

/** Every node of a paged list, page after page (what falls due soon in a large inbox). */
export async function everyPage<View>(
  page: (after: string | undefined) => Promise<{
    nodes: readonly View[];
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  }>,
): Promise<View[]> {
  const all: View[] = [];
  let after: string | undefined;
  do {
    const next = await page(after);
    all.push(...next.nodes);
    after = next.pageInfo.hasNextPage ? (next.pageInfo.endCursor ?? undefined) : undefined;
  } while (after);
  return all;
}

/**
 * A unit's inbox as a live stream (liveWrites over the kind's writes): each write that
 * brings a record into the inbox is ENTERED, one to a record in it that stays UPDATED, one
 * that takes it out LEFT; a record of the inbox falling due soon is DUE_SOON, once per
 * stream (again after it left and came back), looked for when the stream opens and every
 * DUE_SOON_CHECK_MS. What was in the inbox before each write is known from `inboxMembersAt`
 * at the start position, then kept as events are sent, so a resumed stream judges each
 * replayed write against the inbox as it stood before it.
 */
export async function inboxStream<View extends Versioned>(
  node: NodeRuntime,
  inbox: UnitInbox<View>,
  after: string | undefined,
  signal: AbortSignal | undefined,
): Promise<Repeater<LiveWrite<InboxEvent<View>>>> {
  const from = await startPosition(node, after);
  const members = await inboxMembersAt(node, inbox, from);
  const warned = new Set<string>();
  return liveWrites<InboxEvent<View>>(
    {
      node,
      entity: inbox.table,
      signal,
      visible: async (written) => {
        if (!inbox.scope) return new Map();
        const ids = [...written.keys()];
        const waiting = await inbox.inInbox(ids);
        const events = new Map<string, InboxEvent<View>>();
        for (const id of ids) {
          const record = waiting.get(id);
          // Written again since: judged, and sent, at that later write (liveWrites).
          if (record && record.version > written.get(id)!) continue;
          if (record) {
            events.set(id, { change: members.has(id) ? 'UPDATED' : 'ENTERED', id, record });
            members.add(id);
          } else if (members.has(id)) {
            const left = await inbox.read(id);
            if (left && left.version > written.get(id)!) continue;
            members.delete(id);
            warned.delete(id);
            events.set(id, { change: 'LEFT', id, record: left });
          }
        }
        return events;
      },
      timed: {
        everyMs: node.dueSoonCheckMs ?? DUE_SOON_CHECK_MS,
        look: async () => {
          if (!inbox.scope) return [];
          const fallen = (await inbox.dueSoon()).filter((record) => !warned.has(record.id));
          for (const record of fallen) warned.add(record.id);
          return fallen.map((record) => ({ change: 'DUE_SOON' as const, id: record.id, record }));
        },
      },
    },
    from,
  );
}
