import { Button, Card, Space, Tabs, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { EnforcementRecordFilter, EnforcementRowFragment } from '../generated/graphql';
import { enumLabel } from '../labels/enum-options';
import { formatInstant } from '../labels/format-instant';
import { useEnumLabels } from '../labels/use-enum-labels';
import { PagedTable } from '../lists/paged-table';
import { useCursorPages } from '../lists/use-cursor-pages';
import { SCREENS, recordPath } from '../shell/role-home';
import { useSession } from '../shell/session-context';
import { DeadlineTag } from '../tickets/deadline-tag';
import { EnforcementListQuery } from './enforcement-documents';

/** How many cases the list shows at once. */
const PAGE_SIZE = 20;

/** The tabs: the steps of 行政处罚法 grouped as an officer works them, then what runs late. */
const TABS: readonly { key: string; label: string; filter: EnforcementRecordFilter }[] = [
  { key: 'investigating', label: '立案调查', filter: { status: ['FILED', 'INVESTIGATING'] } },
  { key: 'notified', label: '告知听证', filter: { status: ['NOTIFIED', 'HEARING'] } },
  { key: 'review', label: '法制审核', filter: { status: ['LEGAL_REVIEW'] } },
  { key: 'decided', label: '决定送达', filter: { status: ['DECIDED', 'SERVED'] } },
  { key: 'settled', label: '缴款执行', filter: { status: ['PAID', 'ENFORCED'] } },
  { key: 'closed', label: '结案归档', filter: { status: ['CLOSED', 'ARCHIVED'] } },
  { key: 'overdue', label: '已超期', filter: { overdue: true } },
];

/** The limit running in a case's state (decide, then serve, then pay) and its due time. */
function runningLimit(row: EnforcementRowFragment): { name: string; dueAt: string | null } {
  if (row.decidedAt === null) return { name: '作出决定', dueAt: row.decisionDueAt };
  if (row.servedAt === null) return { name: '送达', dueAt: row.serviceDueAt };
  return { name: '缴款', dueAt: row.paymentDueAt };
}

/**
 * 执法办案: the city's enforcement cases by step, the decision due soonest first, each with
 * its deadline state and opening its record page. A legal reviewer lands on 法制审核.
 */
export function EnforcementListPage() {
  const { request, timeZone, viewer } = useSession();
  const navigate = useNavigate();
  const labels = useEnumLabels(request, ['EnforcementStatus', 'DeadlineStatus', 'PartyKind']);
  const reviewerOnly =
    viewer.roles.includes('legal-reviewer') && !viewer.roles.includes('enforcement-officer');
  const [tab, setTab] = useState(reviewerOnly ? 'review' : TABS[0]!.key);
  const chosen = TABS.find((entry) => entry.key === tab) ?? TABS[0]!;
  const load = useCallback(
    (after: string | undefined) =>
      request(EnforcementListQuery, {
        filter: chosen.filter,
        sort: { by: 'DECISION_DUE_AT', direction: 'ASC' },
        first: PAGE_SIZE,
        after,
      }).then(({ enforcementRecords }) => ({
        rows: enforcementRecords.nodes,
        hasNextPage: enforcementRecords.pageInfo.hasNextPage,
        endCursor: enforcementRecords.pageInfo.endCursor,
      })),
    [request, chosen],
  );
  const pages = useCursorPages(load);

  const columns: TableColumnsType<EnforcementRowFragment> = [
    {
      title: '案件编号',
      dataIndex: 'number',
      render: (number: string) => <Link to={recordPath(number)}>{number}</Link>,
    },
    {
      title: '当事人',
      dataIndex: ['party', 'name'],
      render: (name: string, row) => (
        <span>
          {name}（{enumLabel(labels, 'PartyKind', row.party.kind)}）
        </span>
      ),
    },
    { title: '违反条款', dataIndex: 'violatedArticle', ellipsis: true },
    {
      title: '状态',
      dataIndex: 'status',
      render: (status: string, row) => (
        <Space size={4} wrap>
          <span>{enumLabel(labels, 'EnforcementStatus', status)}</span>
          {row.isMajor && <Tag color="purple">重大</Tag>}
        </Space>
      ),
    },
    {
      title: '期限',
      key: 'deadline',
      render: (_: unknown, row) => {
        const running = runningLimit(row);
        return (
          <Space size={4} wrap data-testid="enforcement-deadline">
            <DeadlineTag
              status={row.deadlineStatus}
              label={enumLabel(labels, 'DeadlineStatus', row.deadlineStatus)}
            />
            {running.dueAt ? `${running.name} ${formatInstant(running.dueAt, timeZone)}` : '—'}
          </Space>
        );
      },
    },
    {
      title: '应缴金额',
      dataIndex: 'amountDue',
      render: (amount: number | null) => (amount === null ? '—' : `${amount.toFixed(2)} 元`),
    },
    {
      title: '立案时间',
      dataIndex: 'filedAt',
      render: (filedAt: string) => formatInstant(filedAt, timeZone),
    },
  ];

  return (
    <Card
      title="执法办案"
      extra={
        viewer.permissions.includes('enforcement.create') && (
          <Button type="primary" onClick={() => void navigate(SCREENS.enforcementFiling.path)}>
            执法立案
          </Button>
        )
      }
    >
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={TABS.map((entry) => ({ key: entry.key, label: entry.label }))}
      />
      <PagedTable pages={pages} columns={columns} caption={chosen.label} emptyText="没有执法案件" />
    </Card>
  );
}
