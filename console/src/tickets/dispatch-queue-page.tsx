import { Card, Tabs } from 'antd';
import { useState } from 'react';
import type { TicketFilter } from '../generated/graphql';
import { useEnumLabels } from '../labels/use-enum-labels';
import { useSession } from '../shell/session-context';
import { TicketTable } from './ticket-table';
import { useTicketPages } from './use-ticket-pages';

/** The dispatcher's queues: what waits on the centre, the most pressing deadline first. */
const QUEUES: readonly { key: string; label: string; filter: TicketFilter }[] = [
  { key: 'new', label: '待派单', filter: { status: ['ACCEPTED', 'REOPENED'] } },
  { key: 'returned', label: '退单待改派', filter: { status: ['RETURNED'] } },
  { key: 'replied', label: '待审核', filter: { status: ['REPLIED'] } },
  {
    key: 'working',
    label: '办理中（含延期申请）',
    filter: { status: ['SIGNED_FOR', 'IN_PROGRESS'] },
  },
  { key: 'overdue', label: '已超期', filter: { overdue: true } },
];

/** 派单员: the queues of new, returned and replied tickets, each opening its record page. */
export function DispatchQueuePage() {
  const { request } = useSession();
  const labels = useEnumLabels(request, ['TicketStatus', 'DeadlineStatus', 'Urgency']);
  const [queue, setQueue] = useState(QUEUES[0]!.key);
  const chosen = QUEUES.find((entry) => entry.key === queue) ?? QUEUES[0]!;
  const pages = useTicketPages(request, chosen.key, chosen.filter, {
    by: 'DUE_AT',
    direction: 'ASC',
  });
  return (
    <Card title="派单调度">
      <Tabs
        activeKey={queue}
        onChange={setQueue}
        items={QUEUES.map((entry) => ({ key: entry.key, label: entry.label }))}
      />
      <TicketTable pages={pages} labels={labels} caption={chosen.label} />
    </Card>
  );
}
