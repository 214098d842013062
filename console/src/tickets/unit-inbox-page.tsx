import { Badge, Card, Space, Typography, notification } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { InboxChangedSubscription as InboxEvent } from '../generated/graphql';
import { enumLabel } from '../labels/enum-options';
import { useEnumLabels } from '../labels/use-enum-labels';
import { subscribeLive } from '../live/live-subscription';
import type { LiveStatus } from '../live/live-subscription';
import { useCursorPages } from '../lists/use-cursor-pages';
import { useSession } from '../shell/session-context';
import { InboxChangedSubscription } from './inbox-documents';
import { TicketInboxQuery } from './ticket-documents';
import { TicketTable } from './ticket-table';
import { PAGE_SIZE } from './use-ticket-pages';

/** Read out by screen readers, not shown: the toast says the same to sighted users. */
const SCREEN_READER_ONLY = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

const STATUS_TEXT: Readonly<Record<LiveStatus, string>> = {
  connecting: '正在连接实时更新…',
  live: '实时更新中',
  reconnecting: '实时更新已断开，正在重新连接…',
};

/**
 * 承办单位 inbox: the tickets waiting for this unit, kept current by the node's live stream.
 * A ticket dispatched to the unit appears without a reload and is announced (visibly, and
 * to a screen reader through the live region); one falling due soon is announced too.
 */
export function UnitInboxPage() {
  const { request, accessToken } = useSession();
  const labels = useEnumLabels(request, [
    'TicketStatus',
    'DeadlineStatus',
    'Urgency',
    'InboxChange',
  ]);
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [refused, setRefused] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [toast, toastHolder] = notification.useNotification();

  const load = useCallback(
    (after: string | undefined) =>
      request(TicketInboxQuery, { first: PAGE_SIZE, after }).then(({ ticketInbox }) => ({
        rows: ticketInbox.nodes,
        hasNextPage: ticketInbox.pageInfo.hasNextPage,
        endCursor: ticketInbox.pageInfo.endCursor,
      })),
    [request],
  );
  const pages = useCursorPages(load);
  const { reload } = pages;

  useEffect(
    () =>
      subscribeLive({
        document: InboxChangedSubscription,
        variablesAfter: (after) => ({ after }),
        positionOf: (data: InboxEvent) => data.inboxChanged.position,
        accessToken,
        onStatus: setStatus,
        onRefused: setRefused,
        onEvent: ({ inboxChanged: event }) => {
          reload();
          const ticket = event.ticket;
          if (!ticket) return;
          if (event.change === 'ENTERED' || event.change === 'DUE_SOON') {
            const title = event.change === 'ENTERED' ? '新工单' : '工单即将到期';
            const text = `${title}：${ticket.number} ${ticket.title}`;
            setAnnouncement(text);
            toast[event.change === 'ENTERED' ? 'info' : 'warning']({
              message: title,
              description: `${ticket.number} ${ticket.title}`,
              placement: 'bottomRight',
            });
          }
        },
      }),
    [accessToken, reload, toast],
  );

  return (
    <Card
      title="待办工单"
      extra={
        <Space>
          <Badge status={refused ? 'error' : status === 'live' ? 'processing' : 'warning'} />
          <Typography.Text type="secondary" data-testid="live-status">
            {refused ?? STATUS_TEXT[status]}
          </Typography.Text>
        </Space>
      }
    >
      {toastHolder}
      <div
        role="status"
        aria-live="polite"
        style={SCREEN_READER_ONLY}
        data-testid="inbox-announcement"
      >
        {announcement}
      </div>
      <TicketTable pages={pages} labels={labels} caption="待办工单" />
      <Typography.Text type="secondary">
        {enumLabel(labels, 'InboxChange', 'ENTERED')}的工单会自动出现在列表中。
      </Typography.Text>
    </Card>
  );
}
