import { Alert, Descriptions, Drawer, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/api-error';
import type { SupervisionOrderRowFragment as Order } from '../generated/graphql';
import type { EnumLabel } from '../labels/enum-options';
import { enumLabel } from '../labels/enum-options';
import { formatInstant } from '../labels/format-instant';
import { recordPath } from '../shell/role-home';
import { useSession } from '../shell/session-context';
import { ToneTag } from './tone-tag';
import { RecordSupervisionOrdersQuery } from './supervision-documents';
import { SupervisionOrderActions } from './supervision-order-actions';
import { SupervisionTimeline } from './supervision-timeline';

/** How often an open order is read again: a province cannot subscribe to its cities' steps. */
export const ORDER_REFRESH_MS = 3_000;

/**
 * One order's detail: its terms, its steps as a timeline and the steps the user may take.
 * While it is open it is read again every few seconds, so a city's 反馈 shows up without a
 * reload (the province has no live stream of its cities' steps).
 */
export function SupervisionOrderDrawer({
  order: opened,
  labels,
  onClose,
  onChanged,
}: {
  order: Order;
  labels: readonly EnumLabel[];
  onClose(): void;
  onChanged(): void;
}) {
  const { request, timeZone } = useSession();
  const [order, setOrder] = useState(opened);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => {
    request(RecordSupervisionOrdersQuery, { recordId: opened.recordId }).then(
      ({ supervisionOrders }) => {
        const found = supervisionOrders.find((each) => each.id === opened.id);
        if (found) setOrder(found);
        setError(found ? null : '该督办单已不在您的查看范围内。');
      },
      (failure: unknown) =>
        setError(failure instanceof ApiError ? failure.message : '督办单刷新失败，稍后自动重试。'),
    );
  }, [request, opened.id, opened.recordId]);
  useEffect(() => {
    const timer = setInterval(refresh, ORDER_REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  return (
    <Drawer
      open
      size="large"
      title={`督办单 ${order.number}`}
      onClose={onClose}
      data-testid="supervision-order"
    >
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {error && <Alert type="warning" showIcon title={error} />}
        <SupervisionOrderActions
          order={order}
          labels={labels}
          onDone={() => {
            refresh();
            onChanged();
          }}
        />
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label="状态">
            <Space>
              <span data-testid="order-state">
                {enumLabel(labels, 'SupervisionState', order.state)}
              </span>
              {order.overdue && <ToneTag tone="red">已超期</ToneTag>}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label="督办对象">
            {enumLabel(labels, 'SupervisedRecordKind', order.recordKind)}{' '}
            {order.recordNumber ? (
              <Link to={recordPath(order.recordNumber)}>{order.recordNumber}</Link>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label="督办级别">
            {enumLabel(labels, 'SupervisionLevel', order.level)}
          </Descriptions.Item>
          <Descriptions.Item label="办理期限">
            {formatInstant(order.deadline, timeZone)}
          </Descriptions.Item>
          <Descriptions.Item label="督办要求">{order.instructions}</Descriptions.Item>
          <Descriptions.Item label="承办单位">{order.handlingUnit ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="下发">
            {order.issuer.name} · {order.issuedBy}
          </Descriptions.Item>
        </Descriptions>
        <div>
          <Typography.Title level={5}>办理过程</Typography.Title>
          <SupervisionTimeline order={order} labels={labels} timeZone={timeZone} />
        </div>
      </Space>
    </Drawer>
  );
}
