import { Badge, Card, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { LiveStatus } from './live-subscription';
import type { LiveInbox } from './use-live-inbox';

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
 * The frame of a live inbox: the stream's state in the title bar, the arrivals' toasts and
 * the screen reader's live region, around the inbox's own table.
 */
export function LiveInboxCard<Row>({
  title,
  inbox,
  children,
}: {
  title: string;
  /** What the frame shows of a live inbox (a paged one, or a list read whole). */
  inbox: Pick<LiveInbox<Row>, 'refused' | 'status' | 'announcement' | 'toastHolder'>;
  children: ReactNode;
}) {
  const { refused, status } = inbox;
  return (
    <Card
      title={title}
      extra={
        <Space>
          <Badge status={refused ? 'error' : status === 'live' ? 'processing' : 'warning'} />
          <Typography.Text type="secondary" data-testid="live-status">
            {refused ?? STATUS_TEXT[status]}
          </Typography.Text>
        </Space>
      }
    >
      {inbox.toastHolder}
      <div
        role="status"
        aria-live="polite"
        style={SCREEN_READER_ONLY}
        data-testid="inbox-announcement"
      >
        {inbox.announcement}
      </div>
      {children}
    </Card>
  );
}
