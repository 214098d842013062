import { Typography } from 'antd';
import { useCallback } from 'react';
import type { InboxChangedSubscription as InboxEvent } from '../generated/graphql';
import { enumLabel } from '../labels/enum-options';
import { useEnumLabels } from '../labels/use-enum-labels';
import { LiveInboxCard } from '../live/live-inbox-card';
import { useLiveInbox } from '../live/use-live-inbox';
import type { InboxNotice } from '../live/use-live-inbox';
import { useSession } from '../shell/session-context';
import { InboxChangedSubscription } from './inbox-documents';
import { TicketInboxQuery } from './ticket-documents';
import { TicketTable } from './ticket-table';
import { PAGE_SIZE } from './use-ticket-pages';

const positionOf = (data: InboxEvent) => data.inboxChanged.position;
const noticeOf = ({ inboxChanged: event }: InboxEvent): InboxNotice | null =>
  event.ticket && { change: event.change, text: `${event.ticket.number} ${event.ticket.title}` };

/**
 * 承办单位 inbox: the tickets waiting for this unit, kept current by the node's live stream.
 * A ticket dispatched to the unit appears without a reload and is announced (visibly, and
 * to a screen reader through the live region); one falling due soon is announced too.
 */
export function UnitInboxPage() {
  const { request } = useSession();
  const labels = useEnumLabels(request, [
    'TicketStatus',
    'DeadlineStatus',
    'Urgency',
    'InboxChange',
  ]);
  const load = useCallback(
    (after: string | undefined) =>
      request(TicketInboxQuery, { first: PAGE_SIZE, after }).then(({ ticketInbox }) => ({
        rows: ticketInbox.nodes,
        hasNextPage: ticketInbox.pageInfo.hasNextPage,
        endCursor: ticketInbox.pageInfo.endCursor,
      })),
    [request],
  );
  const inbox = useLiveInbox({
    load,
    document: InboxChangedSubscription,
    positionOf,
    noticeOf,
    noun: '工单',
  });

  return (
    <LiveInboxCard title="待办工单" inbox={inbox}>
      <TicketTable pages={inbox.pages} labels={labels} caption="待办工单" />
      <Typography.Text type="secondary">
        {enumLabel(labels, 'InboxChange', 'ENTERED')}的工单会自动出现在列表中。
      </Typography.Text>
    </LiveInboxCard>
  );
}
