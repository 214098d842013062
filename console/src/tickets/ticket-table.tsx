import { Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { TicketRowFragment } from '../generated/graphql';
import { enumLabel } from '../labels/enum-options';
import type { EnumLabel } from '../labels/enum-options';
import { formatInstant } from '../labels/format-instant';
import { PagedTable } from '../lists/paged-table';
import type { CursorPages } from '../lists/use-cursor-pages';
import { recordPath } from '../shell/role-home';
import { useSession } from '../shell/session-context';
import { DeadlineTag } from './deadline-tag';

/** A page of tickets with their deadline colours, each number opening its record page. */
export function TicketTable({
  pages,
  labels,
  caption,
}: {
  pages: CursorPages<TicketRowFragment>;
  labels: readonly EnumLabel[];
  caption: string;
}) {
  const { timeZone } = useSession();
  const columns: TableColumnsType<TicketRowFragment> = [
    {
      title: '工单编号',
      dataIndex: 'number',
      render: (number: string) => <Link to={recordPath(number)}>{number}</Link>,
    },
    { title: '标题', dataIndex: 'title', ellipsis: true },
    {
      title: '状态',
      dataIndex: 'status',
      render: (status: string, ticket) => (
        <Space size={4} wrap>
          <span>{enumLabel(labels, 'TicketStatus', status)}</span>
          {ticket.extensionRequest && (
            <Tag color="purple">延期申请 {ticket.extensionRequest.workingDays} 个工作日</Tag>
          )}
        </Space>
      ),
    },
    {
      title: '办理时限',
      dataIndex: 'dueAt',
      render: (dueAt: string | null, ticket) => (
        <Space size={4}>
          <DeadlineTag
            status={ticket.deadlineStatus}
            label={enumLabel(labels, 'DeadlineStatus', ticket.deadlineStatus)}
          />
          {dueAt ? formatInstant(dueAt, timeZone) : '—'}
        </Space>
      ),
    },
    {
      title: '紧急程度',
      dataIndex: 'urgency',
      render: (urgency: string) => enumLabel(labels, 'Urgency', urgency),
    },
    {
      title: '主办单位',
      dataIndex: ['leadUnit', 'name'],
      render: (name: string | undefined) => name ?? '—',
    },
    {
      title: '受理时间',
      dataIndex: 'createdAt',
      render: (createdAt: string) => formatInstant(createdAt, timeZone),
    },
  ];
  return (
    <PagedTable<TicketRowFragment>
      pages={pages}
      columns={columns}
      caption={caption}
      emptyText="没有工单"
    />
  );
}
