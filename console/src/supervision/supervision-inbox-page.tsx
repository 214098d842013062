import { Alert, Result, Typography, notification } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type {
  SupervisionOrderArrivedSubscription as ArrivalEvent,
  SupervisionOrderRowFragment as Order,
} from '../generated/graphql';
import { enumLabel } from '../labels/enum-options';
import { useEnumLabels } from '../labels/use-enum-labels';
import { LiveInboxCard } from '../live/live-inbox-card';
import { subscribeLive } from '../live/live-subscription';
import type { LiveStatus } from '../live/live-subscription';
import { useSession } from '../shell/session-context';
import { SupervisionOrderArrivedSubscription } from './supervision-documents';
import { SupervisionOrderActions } from './supervision-order-actions';
import { ORDER_REFRESH_MS, SupervisionOrderDrawer } from './supervision-order-drawer';
import { SupervisionOrderTable } from './supervision-order-table';
import { SUPERVISION_ENUMS } from './supervision-enums';
import { useSupervisionOrders } from './use-supervision-orders';

const positionOf = (data: ArrivalEvent) => data.supervisionOrderArrived.position;

/**
 * 督办件 at a city: the orders of the city (the command centre) or those assigned to the
 * unit, kept current by the node's `supervisionOrderArrived` stream (resumed from the last
 * position after a cut). An arrival — issued, sent back, assigned — is announced with a toast
 * and to a screen reader; each row offers the steps the API allows (签收, 交办, 反馈).
 */
export function SupervisionInboxPage() {
  const { request, accessToken, viewer } = useSession();
  const labels = useEnumLabels(request, [...SUPERVISION_ENUMS, 'SupervisionArrival']);
  // The stream reads the labels when an order arrives: a ref, so their arrival does not
  // reopen the stream (which would start again from now rather than from its position).
  const labelsNow = useRef(labels);
  labelsNow.current = labels;
  const list = useSupervisionOrders(false);
  const { reload } = list;
  const [opened, setOpened] = useState<Order | null>(null);
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [refused, setRefused] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [toast, toastHolder] = notification.useNotification();

  // The province's 办结 and 退回 reach the city by sync but only a return is an arrival: the
  // list is also read again every few seconds, so a closed order shows as closed.
  useEffect(() => {
    const timer = setInterval(reload, ORDER_REFRESH_MS * 2);
    return () => clearInterval(timer);
  }, [reload]);

  useEffect(
    () =>
      subscribeLive({
        document: SupervisionOrderArrivedSubscription,
        variablesAfter: (after) => ({ after }),
        positionOf,
        accessToken,
        onStatus: setStatus,
        onRefused: setRefused,
        onEvent: ({ supervisionOrderArrived: event }) => {
          reload();
          const title = `${enumLabel(labelsNow.current, 'SupervisionArrival', event.arrival)}：督办单 ${event.order.number}`;
          const text = event.order.instructions;
          setAnnouncement(`${title}，${text}`);
          toast.info({ message: title, description: text, placement: 'bottomRight' });
        },
      }),
    [accessToken, reload, toast],
  );

  if (!viewer.permissions.includes('supervision.read')) {
    return <Result status="403" title="无权访问" subTitle="您没有查看督办单的权限。" />;
  }
  return (
    <LiveInboxCard title="督办件" inbox={{ status, refused, announcement, toastHolder }}>
      {list.error && (
        <Alert type="error" showIcon title={list.error} style={{ marginBottom: 16 }} />
      )}
      <SupervisionOrderTable
        orders={list.orders}
        labels={labels}
        loading={list.loading}
        caption="督办件"
        onOpen={setOpened}
        actions={(order) => (
          <SupervisionOrderActions order={order} labels={labels} onDone={reload} />
        )}
      />
      <Typography.Text type="secondary">
        省里下发、退回或交办给本单位的督办单会自动出现在列表中。
      </Typography.Text>
      {opened && (
        <SupervisionOrderDrawer
          key={opened.id}
          order={opened}
          labels={labels}
          onClose={() => setOpened(null)}
          onChanged={reload}
        />
      )}
    </LiveInboxCard>
  );
}
