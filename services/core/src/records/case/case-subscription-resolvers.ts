import { sql } from 'kysely';
import type { IResolvers } from '@graphql-tools/utils';
import { everyPage, inboxStream } from '../../live/inbox-stream.js';
import type { InboxEvent } from '../../live/inbox-stream.js';
import type { LiveWrite } from '../../live/live-writes.js';
import { afterOf } from '../../live/subscription-args.js';
import type { SubscriptionContext } from '../../live/subscription-args.js';
import { assertOwner } from '../../ownership.js';
import { deadlineClockOf } from '../deadline-status-field.js';
import type { RecordListQuery } from '../record-list.js';
import { readPage } from '../record-page.js';
import { caseInboxForStream, caseWaitsForUnit } from './case-inbox.js';
import { caseKind } from './case-kind.js';
import { caseConnection, readCaseReport } from './case-resolvers.js';
import type { CaseView } from './case-view.js';

/** A CaseEvent: the stream's event under the schema's names. */
const asEvent = ({ position, record: event }: LiveWrite<InboxEvent<CaseView>>) => ({
  position,
  change: event.change,
  caseId: event.id,
  case: event.record,
});

/** The most cases read per page while looking for those fallen due soon. */
const DUE_SOON_PAGE = 100;

/**
 * A unit's case inbox live (GraphQL over SSE), served by the city that writes the cases:
 * the same stream as the ticket inbox's (live/inbox-stream.ts) over the `caseInbox` rule.
 */
export const caseSubscriptionResolvers: IResolvers<unknown, SubscriptionContext> = {
  Subscription: {
    caseInboxChanged: {
      subscribe: async (_root, args: { after?: string | null }, context) => {
        const inbox = caseInboxForStream(context, 'caseInboxChanged');
        assertOwner(context.node, context.principal.division, 'caseInboxChanged');
        const after = afterOf(args.after);
        const { scope } = inbox;
        const page = (
          first: number,
          cursor: string | undefined,
          narrowed: Partial<RecordListQuery>,
        ) =>
          scope
            ? caseConnection(context, scope, {
                ...inbox.query,
                ...readPage({ first, after: cursor ?? null }),
                ...narrowed,
              })
            : Promise.resolve({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
        return inboxStream<CaseView>(
          context.node,
          {
            table: caseKind.table,
            scope,
            waiting: caseWaitsForUnit(inbox.unit),
            inInbox: async (ids) => {
              const found = await page(ids.length, undefined, {
                where: [sql<boolean>`id IN (${sql.join(ids)})`],
              });
              return new Map(found.nodes.map((record: CaseView) => [record.id, record]));
            },
            read: (id) => readCaseReport(context, id),
            dueSoon: async () => {
              const clock = await deadlineClockOf(context.node, caseKind);
              return everyPage<CaseView>((cursor) =>
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
  },
};
