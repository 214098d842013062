import { Typography } from 'antd';
import { useCallback } from 'react';
import type { CaseInboxChangedSubscription as CaseInboxEvent } from '../generated/graphql';
import { enumLabel } from '../labels/enum-options';
import { useEnumLabels } from '../labels/use-enum-labels';
import { LiveInboxCard } from '../live/live-inbox-card';
import { useLiveInbox } from '../live/use-live-inbox';
import type { InboxNotice } from '../live/use-live-inbox';
import { useSession } from '../shell/session-context';
import { PAGE_SIZE } from '../tickets/use-ticket-pages';
import { CaseInboxChangedSubscription, CaseInboxQuery } from './case-documents';
import { CASE_LIST_ENUMS, CaseTable } from './case-table';

const positionOf = (data: CaseInboxEvent) => data.caseInboxChanged.position;
const noticeOf = ({ caseInboxChanged: event }: CaseInboxEvent): InboxNotice | null =>
  event.case && { change: event.change, text: `${event.case.number} ${event.case.description}` };

/**
 * 处置单位 case inbox: the cases dispatched (or sent back for rework) to this unit, kept
 * current by the node's live stream, the most pressing deadline first. A case dispatched to
 * the unit appears without a reload and is announced.
 */
export function CaseInboxPage() {
  const { request } = useSession();
  const labels = useEnumLabels(request, [...CASE_LIST_ENUMS, 'InboxChange']);
  const load = useCallback(
    (after: string | undefined) =>
      request(CaseInboxQuery, {
        sort: { by: 'DUE_AT', direction: 'ASC' },
        first: PAGE_SIZE,
        after,
      }).then(({ caseInbox }) => ({
        rows: caseInbox.nodes,
        hasNextPage: caseInbox.pageInfo.hasNextPage,
        endCursor: caseInbox.pageInfo.endCursor,
      })),
    [request],
  );
  const inbox = useLiveInbox({
    load,
    document: CaseInboxChangedSubscription,
    positionOf,
    noticeOf,
    noun: '案件',
  });

  return (
    <LiveInboxCard title="待处置案件" inbox={inbox}>
      <CaseTable pages={inbox.pages} labels={labels} caption="待处置案件" />
      <Typography.Text type="secondary">
        {enumLabel(labels, 'InboxChange', 'ENTERED')}的案件会自动出现在列表中。
      </Typography.Text>
    </LiveInboxCard>
  );
}
