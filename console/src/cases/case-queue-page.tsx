import { Card, Result, Tabs } from 'antd';
import { useCallback, useState } from 'react';
import type { CaseReportFilter, CaseSort } from '../generated/graphql';
import { useEnumLabels } from '../labels/use-enum-labels';
import { useCursorPages } from '../lists/use-cursor-pages';
import { useSession } from '../shell/session-context';
import { PAGE_SIZE } from '../tickets/use-ticket-pages';
import { CaseListQuery } from './case-documents';
import { CASE_LIST_ENUMS, CaseTable } from './case-table';

interface Queue {
  key: string;
  label: string;
  /** The policy operation whose holders work this queue (`viewer.permissions`). */
  operation: string;
  filter: CaseReportFilter;
  sort: CaseSort;
}

const MOST_PRESSING: CaseSort = { by: 'DUE_AT', direction: 'ASC' };
const OLDEST_FIRST: CaseSort = { by: 'CREATED_AT', direction: 'ASC' };

/**
 * The queues of the case loop, each for those who act on it: the command centre files,
 * dispatches and decides the units' requests; inspectors and the centre verify (核查); the
 * supervision centre evaluates. Which buttons a case offers is still the record page's,
 * from the API; a queue only gathers the cases by status.
 */
const QUEUES: readonly Queue[] = [
  {
    key: 'collected',
    label: '待立案',
    operation: 'case.dispatch',
    filter: { status: ['COLLECTED'] },
    sort: OLDEST_FIRST,
  },
  {
    key: 'filed',
    label: '待派遣',
    operation: 'case.dispatch',
    filter: { status: ['FILED'] },
    sort: OLDEST_FIRST,
  },
  {
    key: 'handling',
    label: '处置中（含延期、回退申请）',
    operation: 'case.dispatch',
    filter: { status: ['DISPATCHED', 'HANDLING', 'REWORK'] },
    sort: MOST_PRESSING,
  },
  {
    key: 'reported',
    label: '待核查',
    operation: 'case.verify',
    filter: { status: ['REPORTED'] },
    sort: OLDEST_FIRST,
  },
  {
    key: 'overdue',
    label: '已超期',
    operation: 'case.dispatch',
    filter: { overdue: true },
    sort: MOST_PRESSING,
  },
  {
    key: 'parked',
    label: '挂账',
    operation: 'case.dispatch',
    filter: { status: ['PARKED'] },
    sort: OLDEST_FIRST,
  },
  {
    key: 'closed',
    label: '待评价',
    operation: 'case.evaluate',
    filter: { status: ['CLOSED'] },
    sort: OLDEST_FIRST,
  },
];

/** 案件中心: the case queues the signed-in user works, each case opening its record page. */
export function CaseQueuePage() {
  const { request, viewer } = useSession();
  const labels = useEnumLabels(request, CASE_LIST_ENUMS);
  const queues = QUEUES.filter((queue) => viewer.permissions.includes(queue.operation));
  const [key, setKey] = useState(queues[0]?.key ?? '');
  const chosen = queues.find((queue) => queue.key === key) ?? queues[0];

  // The filter object is a constant of its queue; the key says when it changed.
  const load = useCallback(
    (after: string | undefined) =>
      request(CaseListQuery, {
        filter: chosen?.filter,
        sort: chosen?.sort,
        first: PAGE_SIZE,
        after,
      }).then(({ caseReports }) => ({
        rows: caseReports.nodes,
        hasNextPage: caseReports.pageInfo.hasNextPage,
        endCursor: caseReports.pageInfo.endCursor,
      })),
    [request, chosen],
  );
  const pages = useCursorPages(load);

  if (!chosen) {
    return <Result status="info" title="没有需要您办理的案件队列" />;
  }
  return (
    <Card title="案件中心">
      <Tabs
        activeKey={chosen.key}
        onChange={setKey}
        items={queues.map((queue) => ({ key: queue.key, label: queue.label }))}
      />
      <CaseTable pages={pages} labels={labels} caption={chosen.label} />
    </Card>
  );
}
