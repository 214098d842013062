import { Card } from 'antd';
import { useEnumLabels } from '../labels/use-enum-labels';
import { useSession } from '../shell/session-context';
import { TicketTable } from './ticket-table';
import { useTicketPages } from './use-ticket-pages';

/** 回访: tickets the centre approved, waiting for the agent to call the citizen back. */
export function CallbackQueuePage() {
  const { request } = useSession();
  const labels = useEnumLabels(request, ['TicketStatus', 'DeadlineStatus', 'Urgency']);
  const pages = useTicketPages(
    request,
    'callbacks',
    { status: ['REVIEWED', 'CALLED_BACK'] },
    {
      by: 'UPDATED_AT',
      direction: 'ASC',
    },
  );
  return (
    <Card title="待回访工单">
      <TicketTable pages={pages} labels={labels} caption="待回访工单" />
    </Card>
  );
}
