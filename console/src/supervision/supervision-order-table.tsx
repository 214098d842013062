import { Button, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { SupervisionOrderRowFragment as Order } from '../generated/graphql';
import type { EnumLabel } from '../labels/enum-options';
import { enumLabel } from '../labels/enum-options';
import { formatInstant } from '../labels/format-instant';
import { recordPath } from '../shell/role-home';
import { useSession } from '../shell/session-context';
import { ToneTag } from './tone-tag';

/**
 * Supervision orders, one row each: the order (opens its detail), the record it is about (its
 * page), level, deadline, state, the unit it was assigned to, and an overdue tag (in words,
 * not only in colour). `actions` adds a column of the steps a row allows.
 */
export function SupervisionOrderTable({
  orders,
  labels,
  loading,
  caption,
  onOpen,
  actions,
}: {
  orders: readonly Order[];
  labels: readonly EnumLabel[];
  loading: boolean;
  caption: string;
  onOpen(order: Order): void;
  actions?(order: Order): ReactNode;
}) {
  const { timeZone } = useSession();
  const columns: TableColumnsType<Order> = [
    {
      title: '督办单号',
      dataIndex: 'number',
      render: (number: string, order) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => onOpen(order)}>
          {number}
        </Button>
      ),
    },
    {
      title: '督办对象',
      dataIndex: 'recordNumber',
      render: (recordNumber: string | null, order) => (
        <Space size={4}>
          <span>{enumLabel(labels, 'SupervisedRecordKind', order.recordKind)}</span>
          {recordNumber ? <Link to={recordPath(recordNumber)}>{recordNumber}</Link> : '—'}
        </Space>
      ),
    },
    { title: '所属区划', dataIndex: ['division', 'name'] },
    {
      title: '督办级别',
      dataIndex: 'level',
      render: (level: string) => enumLabel(labels, 'SupervisionLevel', level),
    },
    {
      title: '办理期限',
      dataIndex: 'deadline',
      render: (deadline: string, order) => (
        <Space size={4}>
          {formatInstant(deadline, timeZone)}
          {order.overdue && <ToneTag tone="red">已超期</ToneTag>}
        </Space>
      ),
    },
    {
      title: '状态',
      dataIndex: 'state',
      render: (state: string) => enumLabel(labels, 'SupervisionState', state),
    },
    {
      title: '承办单位',
      dataIndex: 'handlingUnit',
      render: (unit: string | null) => unit ?? '—',
    },
  ];
  if (actions)
    columns.push({ title: '操作', key: 'actions', render: (_, order) => actions(order) });
  return (
    <Table<Order>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...orders]}
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      aria-label={caption}
      locale={{ emptyText: '没有督办单' }}
    />
  );
}
