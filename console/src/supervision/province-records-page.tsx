import { Alert, Card, Select, Space, Tabs, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type {
  ProvinceCaseRowFragment as CaseRow,
  ProvinceTicketRowFragment as TicketRow,
} from '../generated/graphql';
import { acceptingReplicaAnswer } from '../api/replica-answer';
import { enumLabel } from '../labels/enum-options';
import { formatInstant, formatTimeOfDay } from '../labels/format-instant';
import { PagedTable } from '../lists/paged-table';
import { useEnumLabels } from '../labels/use-enum-labels';
import { useCursorPages } from '../lists/use-cursor-pages';
import type { CursorPage, CursorPages } from '../lists/use-cursor-pages';
import { recordPath } from '../shell/role-home';
import { useSession } from '../shell/session-context';
import { ToneTag } from './tone-tag';
import { IssueSupervisionButton } from './issue-supervision-button';
import {
  ProvinceCasesQuery,
  ProvinceCitiesQuery,
  ProvinceTicketsQuery,
} from './supervision-documents';

/** How often the open list is read again (in place: the rows stay until fresh ones arrive). */
const REFRESH_MS = 5_000;
const PAGE_SIZE = 20;

type Replicated = { replica?: { currentTo?: string | null; source: { name: string } } | null };

/** Where a row's data came from: the owning city live, or the province's replica and how fresh. */
function SourceCell({ row, timeZone }: { row: Replicated; timeZone: string }) {
  if (!row.replica) return <ToneTag tone="green">市级实时</ToneTag>;
  return (
    <Space size={4} wrap>
      <ToneTag tone="amber">省级副本</ToneTag>
      <Typography.Text type="secondary">
        {row.replica.currentTo
          ? `数据截至 ${formatInstant(row.replica.currentTo, timeZone)}`
          : '尚未同步'}
      </Typography.Text>
    </Space>
  );
}

/** How fresh the stalest replica among the rows is, as one line (nothing when all came live). */
function freshnessOf(rows: readonly Replicated[], timeZone: string): string | null {
  const instants = rows
    .map((row) => row.replica?.currentTo)
    .filter((instant): instant is string => Boolean(instant))
    .sort();
  if (instants.length === 0) return null;
  return `部分记录来自省级副本，数据截至 ${formatInstant(instants[0]!, timeZone)}`;
}

/** A cursor-paged list read again, in place, every REFRESH_MS while its tab is shown. */
function useRefreshedPages<Row>(
  load: (after: string | undefined) => Promise<CursorPage<Row>>,
  shown: boolean,
) {
  const pages = useCursorPages(load);
  const { reload } = pages;
  useEffect(() => {
    if (!shown) return;
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload, shown]);
  return pages;
}

/**
 * 全省工单: the province's tickets and cases as the API answers them for a provincial
 * supervisor — masked — newest first, by city, read again every few seconds while open (in
 * place, on the page shown). Each row opens its record and may be put under supervision (督办).
 */
export function ProvinceRecordsPage() {
  const { request, timeZone, viewer } = useSession();
  const labels = useEnumLabels(request, [
    'TicketStatus',
    'CaseStatus',
    'DeadlineStatus',
    'Urgency',
    'SupervisionLevel',
  ]);
  const [city, setCity] = useState<string | undefined>(undefined);
  const [cities, setCities] = useState<{ code: string; name: string }[]>([]);
  const [refreshedAt, setRefreshedAt] = useState<string | null>(null);
  // A city that did not answer: its rows came from the province's replicas, said beside the list.
  const [ticketsNote, setTicketsNote] = useState<string | null>(null);
  const [casesNote, setCasesNote] = useState<string | null>(null);
  const markRead = useCallback(() => setRefreshedAt(new Date().toISOString()), []);

  useEffect(() => {
    request(ProvinceCitiesQuery, { parent: viewer.division.code }).then(
      ({ divisions }) => setCities(divisions),
      () => setCities([]),
    );
  }, [request, viewer.division.code]);

  const division = city ?? viewer.division.code;
  const loadTickets = useCallback(
    (after: string | undefined) =>
      acceptingReplicaAnswer(
        request(ProvinceTicketsQuery, { division, first: PAGE_SIZE, after }),
      ).then(({ data: { tickets }, note }) => {
        markRead();
        setTicketsNote(note);
        return {
          rows: tickets.nodes,
          hasNextPage: tickets.pageInfo.hasNextPage,
          endCursor: tickets.pageInfo.endCursor ?? null,
        };
      }),
    [request, division, markRead],
  );
  const loadCases = useCallback(
    (after: string | undefined) =>
      acceptingReplicaAnswer(
        request(ProvinceCasesQuery, { division, first: PAGE_SIZE, after }),
      ).then(({ data: { caseReports }, note }) => {
        setCasesNote(note);
        return {
          rows: caseReports.nodes,
          hasNextPage: caseReports.pageInfo.hasNextPage,
          endCursor: caseReports.pageInfo.endCursor ?? null,
        };
      }),
    [request, division],
  );
  const [tab, setTab] = useState<'tickets' | 'cases'>('tickets');
  const tickets = useRefreshedPages(loadTickets, tab === 'tickets');
  const cases = useRefreshedPages(loadCases, tab === 'cases');

  const common = <Row extends TicketRow | CaseRow>(
    kind: 'HOTLINE_TICKET' | 'CASE_REPORT',
    statusEnum: string,
  ): TableColumnsType<Row> => [
    {
      title: '所属区划',
      dataIndex: ['division', 'name'],
    },
    {
      title: '状态',
      dataIndex: 'status',
      render: (status: string) => enumLabel(labels, statusEnum, status),
    },
    {
      title: '时限',
      dataIndex: 'deadlineStatus',
      render: (status: string) => enumLabel(labels, 'DeadlineStatus', status),
    },
    {
      title: '受理时间',
      dataIndex: 'createdAt',
      render: (createdAt: string) => formatInstant(createdAt, timeZone),
    },
    {
      title: '数据来源',
      key: 'source',
      render: (_, row) => <SourceCell row={row} timeZone={timeZone} />,
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, row) => (
        <IssueSupervisionButton
          size="small"
          record={{ id: row.id, number: row.number, kind }}
          labels={labels}
        />
      ),
    },
  ];
  const numberColumn = {
    title: '编号',
    dataIndex: 'number',
    render: (number: string) => <Link to={recordPath(number)}>{number}</Link>,
  };
  const ticketColumns: TableColumnsType<TicketRow> = [
    numberColumn,
    { title: '标题', dataIndex: 'title', ellipsis: true },
    {
      title: '来电人',
      key: 'caller',
      render: (_, ticket) =>
        ticket.caller.name || ticket.caller.phone
          ? `${ticket.caller.name ?? '—'} ${ticket.caller.phone ?? ''}`
          : '—',
    },
    ...common<TicketRow>('HOTLINE_TICKET', 'TicketStatus'),
  ];
  const caseColumns: TableColumnsType<CaseRow> = [
    numberColumn,
    { title: '描述', dataIndex: 'description', ellipsis: true },
    ...common<CaseRow>('CASE_REPORT', 'CaseStatus'),
  ];

  const table = <Row extends { id: string } & Replicated>(
    pages: CursorPages<Row>,
    columns: TableColumnsType<Row>,
    caption: string,
    emptyText: string,
    note: string | null,
  ) => {
    const freshness = freshnessOf(pages.rows, timeZone);
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        {note && <Alert type="warning" showIcon title={note} data-testid="replica-answer-note" />}
        {freshness && (
          <Typography.Text type="secondary" data-testid="replica-freshness">
            {freshness}
          </Typography.Text>
        )}
        <PagedTable<Row> pages={pages} columns={columns} caption={caption} emptyText={emptyText} />
      </Space>
    );
  };

  return (
    <Card
      title="全省工单"
      extra={
        <Space>
          <ToneTag tone="blue">自动刷新</ToneTag>
          <Typography.Text type="secondary" data-testid="last-refresh">
            {refreshedAt ? `上次刷新 ${formatTimeOfDay(refreshedAt, timeZone)}` : '加载中…'}
          </Typography.Text>
        </Space>
      }
    >
      <Space style={{ marginBottom: 16 }}>
        <label htmlFor="province-records-city">所属市</label>
        <Select
          id="province-records-city"
          allowClear
          placeholder="全省"
          style={{ width: 200 }}
          value={city}
          onChange={(value?: string) => setCity(value)}
          options={cities.map((each) => ({ value: each.code, label: each.name }))}
        />
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key === 'cases' ? 'cases' : 'tickets')}
        items={[
          {
            key: 'tickets',
            label: '工单',
            children: table(tickets, ticketColumns, '全省工单', '没有工单', ticketsNote),
          },
          {
            key: 'cases',
            label: '案件',
            children: table(cases, caseColumns, '全省案件', '没有案件', casesNote),
          },
        ]}
      />
    </Card>
  );
}
