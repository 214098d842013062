import { sql } from 'kysely';
import { notFound, ownerDivisionOfId } from '@city-ops/kernel';
import type { IResolvers } from '@graphql-tools/utils';
import { everyPage, inboxStream } from '../../live/inbox-stream.js';
import type { InboxEvent } from '../../live/inbox-stream.js';
import { liveWrites, startPosition } from '../../live/live-writes.js';
import type { LiveWrite } from '../../live/live-writes.js';
import { afterOf } from '../../live/subscription-args.js';
import type { SubscriptionContext } from '../../live/subscription-args.js';
import { assertOwner } from '../../ownership.js';
import { deadlineClockOf } from '../deadline-status-field.js';
import { ticketKind } from './ticket-kind.js';
import { ticketInboxOf, waitsForUnit } from './ticket-inbox.js';
import { readTicket, ticketPage } from './ticket-resolvers.js';
import type { TicketView } from './ticket-view.js';

/** A TicketEvent: the stream's event under the schema's names. */
const asEvent = ({ position, record: event }: LiveWrite<InboxEvent<TicketView>>) => ({
  position,
  change: event.change,
  ticketId: event.id,
  ticket: event.record,
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
        // The inbox's own rule and scope (ticketInboxOf), narrowed as each look needs.
        const page = (
          first: number,
          cursor: string | undefined,
          narrowed: Parameters<typeof ticketPage>[3],
        ) => ticketPage(context, scope, { first, after: cursor }, { ...inbox.query, ...narrowed });
        return inboxStream<TicketView>(
          context.node,
          {
            table: ticketKind.table,
            scope,
            waiting: waitsForUnit(inbox.unit),
            inInbox: async (ids) => {
              const found = await page(ids.length, undefined, {
                where: [...(inbox.query.where ?? []), sql<boolean>`id IN (${sql.join(ids)})`],
              });
              return new Map(found.nodes.map((ticket: TicketView) => [ticket.id, ticket]));
            },
            read: (id) => readTicket(context, id),
            dueSoon: async () => {
              const clock = await deadlineClockOf(context.node, ticketKind);
              return everyPage<TicketView>((cursor) =>
                page(DUE_SOON_PAGE, cursor, { deadlineStatus: { states: ['DUE_SOON'], clock } }),
              );
            },
          },
          after,
          context.request?.signal,
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
        return liveWrites<InboxEvent<TicketView>>(
          {
            node: context.node,
            entity: ticketKind.table,
            entityId: args.id,
            signal: context.request?.signal,
            visible: async (written) => {
              const ticket = await readTicket(context, args.id);
              if (!ticket || ticket.version > written.get(args.id)!) return new Map();
              return new Map([[ticket.id, { change: 'UPDATED', id: ticket.id, record: ticket }]]);
            },
          },
          from,
        );
      },
      resolve: asEvent,
    },
  },
};
