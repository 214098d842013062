import { sql } from 'kysely';
import { notFound, ownerDivisionOfId } from '@city-ops/kernel';
import type { IResolvers } from '@graphql-tools/utils';
import { liveWrites, startPosition } from '../../live/live-writes.js';
import type { LiveWrite } from '../../live/live-writes.js';
import type { RequestContext } from '../../node-context.js';
import { assertOwner } from '../../ownership.js';
import { checkFeedPosition } from '../../sync/change-feed.js';
import { ticketKind } from './ticket-kind.js';
import { ticketInboxOf } from './ticket-inbox.js';
import { readTicket, ticketPage } from './ticket-resolvers.js';
import type { TicketView } from './ticket-view.js';

/** A yoga request context carries the request; its signal ends when the client goes away. */
type SubscriptionContext = RequestContext & { request?: Request };

const afterOf = (after: string | null | undefined) =>
  after === null || after === undefined ? undefined : checkFeedPosition('after', after);

const asEvent = ({ position, record }: LiveWrite<TicketView>) => ({ position, ticket: record });

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
        return liveWrites<TicketView>(
          {
            node: context.node,
            entity: ticketKind.table,
            signal: context.request?.signal,
            visible: async (ids) => {
              if (!scope) return new Map();
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
              return new Map(page.nodes.map((ticket: TicketView) => [ticket.id, ticket]));
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
        return liveWrites<TicketView>(
          {
            node: context.node,
            entity: ticketKind.table,
            entityId: args.id,
            signal: context.request?.signal,
            visible: async () => {
              const ticket = await readTicket(context, args.id);
              return new Map(ticket ? [[ticket.id, ticket]] : []);
            },
          },
          from,
        );
      },
      resolve: asEvent,
    },
  },
};
