import type { Transaction } from 'kysely';
import type { Database, HotlineTicketRow } from '../../database/tables.js';
import type { RequestContext } from '../../node-context.js';
import { recordTransition } from '../../workflow/record-transition.js';
import { followingTransition } from '../../workflow/state-machine.js';
import { recordChangePayload } from '../personal-columns.js';
import { ticketKind } from './ticket-kind.js';
import { ticketMachine } from './ticket-machine.js';

/**
 * 并单 children follow their parent's 直办 or 办结 to their own callback: each takes the
 * parent's reply and resolution and waits at 审核 (REVIEWED) for its caller's 回访 (its
 * handling mode stays unset: its caller was not answered on the call, so it is no 直办), with its own history, change-log and audit entries, in the parent's
 * transaction. A child the machine's followParent row does not move is left as it is.
 */
export async function childrenFollowParent(
  trx: Transaction<Database>,
  context: RequestContext,
  parent: HotlineTicketRow,
  now: Date,
): Promise<void> {
  const children = await trx
    .selectFrom('hotline_ticket')
    .selectAll()
    .where('parent_ticket_id', '=', parent.id)
    .orderBy('id')
    .execute();
  for (const child of children) {
    const transition = followingTransition(ticketMachine, 'followParent', {
      record: child,
      principal: context.principal,
      now,
    });
    if (!transition) continue;
    await recordTransition(trx, context, {
      table: 'hotline_ticket',
      entity: 'hotline_ticket',
      id: child.id,
      expectedVersion: child.version,
      action: transition.action,
      from: child.status,
      to: transition.to,
      set: {
        reply: parent.reply,
        resolution: parent.resolution,
        replied_at: parent.replied_at ?? now,
      },
      comment: `answered with ${parent.number}; its caller's callback (回访) is next`,
      detail: { parentId: parent.id },
      payload: (row) => recordChangePayload(ticketKind, row),
    });
  }
}
