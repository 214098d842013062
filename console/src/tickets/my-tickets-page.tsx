import { Card } from 'antd';
import { useCallback } from 'react';
import { useEnumLabels } from '../labels/use-enum-labels';
import { useCursorPages } from '../lists/use-cursor-pages';
import { useSession } from '../shell/session-context';
import { MyTicketsQuery } from './ticket-documents';
import { TicketTable } from './ticket-table';
import { PAGE_SIZE } from './use-ticket-pages';

/** 我的工单: what the signed-in agent logged, newest first. */
export function MyTicketsPage() {
  const { request } = useSession();
  const labels = useEnumLabels(request, ['TicketStatus', 'DeadlineStatus', 'Urgency']);
  const load = useCallback(
    (after: string | undefined) =>
      request(MyTicketsQuery, { first: PAGE_SIZE, after }).then(({ myTickets }) => ({
        rows: myTickets.nodes,
        hasNextPage: myTickets.pageInfo.hasNextPage,
        endCursor: myTickets.pageInfo.endCursor,
      })),
    [request],
  );
  const pages = useCursorPages(load);
  return (
    <Card title="我受理的工单">
      <TicketTable pages={pages} labels={labels} caption="我受理的工单" />
    </Card>
  );
}
