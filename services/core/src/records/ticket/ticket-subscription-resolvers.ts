import { sql } from 'kysely';
import { notFound, ownerDivisionOfId } from '@city-ops/kernel';
import type { IResolvers } from '@graphql-tools/utils';
import { DUE_SOON_CHECK_MS, liveWrites, startPosition } from '../../live/live-writes.js';
import type { LiveWrite } from '../../live/live-writes.js';
import type { RequestContext } from '../../node-context.js';
import { deadlineClockOf } from '../deadline-status-field.js';
import { assertOwner } from '../../ownership.js';
import { checkFeedPosition } from '../../sync/change-feed.js';
import { ticketKind } from './ticket-kind.js';
import { ticketInboxOf } from './ticket-inbox.js';
import { inboxMembersAt } from './ticket-inbox-membership.js';
import { readTicket, ticketPage } from './ticket-resolvers.js';
import type { TicketView } from './ticket-view.js';

/** A yoga request context carries the request; its signal ends when the client goes away. */
type SubscriptionContext = RequestContext & { request?: Request };

const afterOf = (after: string | null | undefined) =>
  after === null || after === undefined ? undefined : checkFeedPosition('after', after);

/** What an inbox or record stream sends about one ticket (TicketEvent without its position). */
interface TicketChange {
  change: 'ENTERED' | 'UPDATED' | 'LEFT' | 'DUE_SOON';
  ticketId: string;
  ticket: TicketView | null;
}

const asEvent = ({ position, record }: LiveWrite<TicketChange>) => ({ position, ...record });

const updated = (ticket: TicketView): TicketChange => ({
  change: 'UPDATED',
  ticketId: ticket.id,
  ticket,
});

/** The most tickets read per page while looking for those fallen due soon. */
const DUE_SOON_PAGE = 100;

/**
 * Live ticket updates (GraphQL over SSE), served by the city that writes the tickets: its
 * change log is where the writes are. Every argument and permission is checked before the
 * stream starts, so a refusal is one error result with the code a query would get.
 */
export const ticketSubscriptionResolvers: IResolvers<unknown, SubscriptionContext> = {
  Subscription: {
    inboxChanged: {
      subscribe: async (_root, args: { after?: string | null }, context) => {
        const inbox = ticketInboxOf(context, 'inboxChanged');
        assertOwner(context.node, context.principal.division, 'inboxChanged');
        const after = afterOf(args.after);
        const { scope } = inbox;
        const from = await startPosition(context.node, after);
        // What was in the inbox before each write the stream sends, kept up to date as it sends them.
        const members = await inboxMembersAt(context.node, inbox, from);
        const warned = new Set<string>();
        return liveWrites<TicketChange>(
          {
            node: context.node,
            entity: ticketKind.table,
            signal: context.request?.signal,
            visible: async (written) => {
              if (!scope) return new Map();
              const ids = [...written.keys()];
              // The inbox's own rule and scope (ticketInboxOf), narrowed to the written tickets.
              const page = await ticketPage(
                context,
                scope,
                { first: ids.length },
                {
                  ...inbox.query,
                  where: [...(inbox.query.where ?? []), sql<boolean>`id IN (${sql.join(ids)})`],
                },
              );
              const waiting = new Map(page.nodes.map((ticket: TicketView) => [ticket.id, ticket]));
              const events = new Map<string, TicketChange>();
              for (const id of ids) {
                const ticket = waiting.get(id);
                // Written again since: judged, and sent, at that later write (liveWrites).
                if (ticket && ticket.version > written.get(id)!) continue;
                if (ticket) {
                  events.set(id, {
                    ...updated(ticket),
                    change: members.has(id) ? 'UPDATED' : 'ENTERED',
                  });
                  members.add(id);
                } else if (members.has(id)) {
                  const left = await readTicket(context, id);
                  if (left && left.version > written.get(id)!) continue;
                  members.delete(id);
                  warned.delete(id);
                  events.set(id, { change: 'LEFT', ticketId: id, ticket: left });
                }
              }
              return events;
            },
            timed: {
              everyMs: context.node.dueSoonCheckMs ?? DUE_SOON_CHECK_MS,
              look: async () => {
                if (!scope) return [];
                const clock = await deadlineClockOf(context.node, ticketKind);
                const fallen: TicketChange[] = [];
                let cursor: string | undefined;
                do {
                  const page = await ticketPage(
                    context,
                    scope,
                    { first: DUE_SOON_PAGE, after: cursor },
                    { ...inbox.query, deadlineStatus: { states: ['DUE_SOON'], clock } },
                  );
                  for (const ticket of page.nodes) {
                    if (warned.has(ticket.id)) continue;
                    warned.add(ticket.id);
                    fallen.push({ change: 'DUE_SOON', ticketId: ticket.id, ticket });
                  }
                  cursor = page.pageInfo.hasNextPage
                    ? (page.pageInfo.endCursor ?? undefined)
                    : undefined;
                } while (cursor);
                return fallen;
              },
            },
          },
          from,
        );
      },
      resolve: asEvent,
    },
    recordChanged: {
      subscribe: async (_root, args: { id: string; after?: string | null }, context) => {
        assertOwner(context.node, ownerDivisionOfId(args.id, 'id'), 'id');
        const after = afterOf(args.after);
        // As `ticket(id)` reads it: missing and out of scope alike.
        if (!(await readTicket(context, args.id))) {
          throw notFound({
            zh: `没有您可以查看的工单 ${args.id}：它不存在，或不在您的范围内。`,
            en: `No ticket ${args.id} that you may read: it does not exist, or it is outside your scope.`,
          });
        }
        const from = await startPosition(context.node, after);
        return liveWrites<TicketChange>(
          {
            node: context.node,
            entity: ticketKind.table,
            entityId: args.id,
            signal: context.request?.signal,
            visible: async (written) => {
              const ticket = await readTicket(context, args.id);
              if (!ticket || ticket.version > written.get(args.id)!) return new Map();
              return new Map([[ticket.id, updated(ticket)]]);
            },
          },
          from,
        );
      },
      resolve: asEvent,
    },
  },
};
