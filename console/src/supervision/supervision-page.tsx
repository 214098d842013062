import { Alert, Card, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { SupervisionOrderRowFragment as Order } from '../generated/graphql';
import { enumLabel } from '../labels/enum-options';
import { useEnumLabels } from '../labels/use-enum-labels';
import { useSession } from '../shell/session-context';
import { SUPERVISION_ENUMS } from './supervision-enums';
import { ORDER_REFRESH_MS, SupervisionOrderDrawer } from './supervision-order-drawer';
import { SupervisionOrderTable } from './supervision-order-table';
import { useSupervisionOrders } from './use-supervision-orders';

type Tab = 'all' | 'replied' | 'overdue';

/**
 * 督办管理 at the province: every order it issued, those whose reply waits for review
 * (已反馈) and those past their deadline. An order opens in a drawer with its steps and the
 * review buttons (办结, 退回) the API allows. The list is read again every few seconds.
 */
export function SupervisionPage() {
  const { request } = useSession();
  const labels = useEnumLabels(request, SUPERVISION_ENUMS);
  const [tab, setTab] = useState<Tab>('all');
  const [opened, setOpened] = useState<Order | null>(null);
  const list = useSupervisionOrders(tab === 'overdue');
  const { reload } = list;
  useEffect(() => {
    const timer = setInterval(reload, ORDER_REFRESH_MS * 2);
    return () => clearInterval(timer);
  }, [reload]);

  const shown =
    tab === 'replied' ? list.orders.filter((order) => order.state === 'REPLIED') : list.orders;
  const table = (caption: string) => (
    <SupervisionOrderTable
      orders={shown}
      labels={labels}
      loading={list.loading}
      caption={caption}
      onOpen={setOpened}
    />
  );
  return (
    <Card title="督办管理">
      {list.error && (
        <Alert type="error" showIcon title={list.error} style={{ marginBottom: 16 }} />
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as Tab)}
        items={[
          { key: 'all', label: '全部', children: table('全部督办单') },
          {
            key: 'replied',
            label: `待审核（${enumLabel(labels, 'SupervisionState', 'REPLIED')}）`,
            children: table('待审核督办单'),
          },
          { key: 'overdue', label: '已超期', children: table('已超期督办单') },
        ]}
      />
      <Typography.Text type="secondary">
        列表每 {(ORDER_REFRESH_MS * 2) / 1000} 秒自动刷新。
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
    </Card>
  );
}
