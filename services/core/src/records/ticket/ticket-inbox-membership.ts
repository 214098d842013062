import { sql } from 'kysely';
import type { NodeRuntime } from '../../node-context.js';
import { inScope } from '../../database/scoped-transaction.js';
import { ticketKind } from './ticket-kind.js';
import { waitsForUnit } from './ticket-inbox.js';
import type { TicketInbox } from './ticket-inbox.js';

/**
 * The tickets in a unit's inbox as it stood at the sealed change-log position `at`, so an
 * inbox stream starting after `at` tells a ticket coming in from one already there, and
 * one leaving. A ticket not written since `at` stands as it stands now (read under the
 * unit's scope); one written since (or by a change not sealed yet) stands as its last
 * change at or before `at` wrote it: that change's payload, read back as a ticket row and
 * judged by the inbox's own rule (waitsForUnit). A payload masks only personal columns,
 * which the rule does not read.
 */
export async function inboxMembersAt(
  node: NodeRuntime,
  inbox: TicketInbox,
  at: string,
): Promise<Set<string>> {
  if (!inbox.scope) return new Set();
  const waiting = waitsForUnit(inbox.unit);
  const now = await inScope(node.db, inbox.scope, (trx) =>
    trx.selectFrom(ticketKind.table).select('id').where(waiting).execute(),
  );
  const rewritten = await node.db
    .selectFrom('change_log')
    .select('entity_id')
    .distinct()
    .where('entity', '=', ticketKind.table)
    .where((eb) => eb.or([eb('position', '>', at), eb('position', 'is', null)]))
    .execute();
  const since = new Set(rewritten.map((row) => row.entity_id));
  const members = new Set(now.map((row) => row.id).filter((id) => !since.has(id)));
  if (since.size === 0) return members;
  const before = await sql<{ id: string }>`
    SELECT ticket.id
    FROM (
      SELECT DISTINCT ON (entity_id) payload
      FROM change_log
      WHERE entity = ${ticketKind.table}
        AND position <= ${at}
        AND entity_id IN (${sql.join([...since])})
      ORDER BY entity_id, position DESC
    ) AS last_change,
    jsonb_populate_record(NULL::hotline_ticket, last_change.payload) AS ticket
    WHERE ${waiting}`.execute(node.db);
  for (const row of before.rows) members.add(row.id);
  return members;
}
