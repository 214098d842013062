import type { Transaction } from 'kysely';
import type { Database, HotlineTicketRow } from '../../database/tables.js';
import type { RequestContext } from '../../node-context.js';
import { recordTransition } from '../../workflow/record-transition.js';
import { recordChangePayload } from '../personal-columns.js';
import { ticketKind } from './ticket-kind.js';

/**
 * 并单 children close with their parent: each gets the parent's resolution, its own
 * history, change-log and audit entries, in the parent's transaction.
 */
export async function closeMergedChildren(
  trx: Transaction<Database>,
  context: RequestContext,
  parent: HotlineTicketRow,
): Promise<void> {
  const children = await trx
    .selectFrom('hotline_ticket')
    .selectAll()
    .where('parent_ticket_id', '=', parent.id)
    .where('status', 'not in', ['CLOSED', 'ARCHIVED'])
    .execute();
  for (const child of children) {
    await recordTransition(trx, context, {
      table: 'hotline_ticket',
      entity: 'hotline_ticket',
      id: child.id,
      expectedVersion: child.version,
      action: 'closeWithParent',
      from: child.status,
      to: 'CLOSED',
      set: { closed_at: parent.closed_at, resolution: parent.resolution, reply: parent.reply },
      comment: `closed with ${parent.number}`,
      detail: { parentId: parent.id },
      payload: (row) => recordChangePayload(ticketKind, row),
    });
  }
}
