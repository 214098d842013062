import { Card, Descriptions, Result, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { enumLabel } from '../labels/enum-options';
import { useEnumLabels } from '../labels/use-enum-labels';
import { PagedTable } from '../lists/paged-table';
import { useCursorPages } from '../lists/use-cursor-pages';
import type { CursorPage } from '../lists/use-cursor-pages';
import { recordPath } from '../shell/role-home';
import { useSession } from '../shell/session-context';
import type {
  IndicatorName,
  IndicatorPart,
  IndicatorRecordKind,
  IndicatorRecordsOfQuery,
  PeriodUnit,
} from '../generated/graphql';
import { DataSource } from './data-source';
import { IndicatorRecordsQuery } from './indicator-documents';
import { indicatorCellOf } from './indicator-paths';
import type { IndicatorCell } from './indicator-paths';
import { NationalDrillDown } from './national-drill-down';

const PAGE_SIZE = 20;
const NATIONAL = '000000';

type Connection = IndicatorRecordsOfQuery['indicatorRecords'];
type Edge = Connection['edges'][number];
type Row = Edge & { id: string };

const LABELLED_ENUMS = [
  'IndicatorName',
  'IndicatorPart',
  'IndicatorRecordKind',
  'PeriodUnit',
  'Tier',
  'TicketStatus',
  'CaseStatus',
  'EnforcementStatus',
];

/** A record's words for the list: its title, state (the API's label) and the person named in it. */
function describe(node: Edge['node'], labels: Parameters<typeof enumLabel>[0]) {
  switch (node.__typename) {
    case 'HotlineTicket':
      return {
        title: node.title,
        state: enumLabel(labels, 'TicketStatus', node.ticketStatus),
        person: [node.caller.name, node.caller.phone].filter(Boolean).join(' '),
      };
    case 'CaseReport':
      return {
        title: node.description,
        state: enumLabel(labels, 'CaseStatus', node.caseStatus),
        person: '',
      };
    case 'EnforcementRecord':
      return {
        title: node.violatedArticle,
        state: enumLabel(labels, 'EnforcementStatus', node.enforcementStatus),
        person: node.party.name,
      };
  }
}

/**
 * The records behind one indicator cell (the address says which: `indicatorCellOf`), as
 * the API lists them, masked as it masks them, each opening its record page. The nation
 * has no records of its own to list: its cell is shown per province instead.
 */
export function IndicatorRecordsPage() {
  const { request, viewer } = useSession();
  const [search] = useSearchParams();
  const cell = indicatorCellOf(search);
  const labels = useEnumLabels(request, LABELLED_ENUMS);
  const allowed = viewer.permissions.includes('indicator.read');
  if (!allowed) {
    return <Result status="403" title="无权访问" subTitle="您的角色不能查看指标。" />;
  }
  if (!cell) {
    return (
      <Result
        status="warning"
        title="地址不完整"
        subTitle="下钻地址须写明行政区划、统计周期和指标；请从指标总览中点击数字进入。"
      />
    );
  }
  return (
    <Card title="指标下钻：记录明细">
      {cell.division === NATIONAL ? (
        <NationalDrillDown cell={cell} labels={labels} />
      ) : (
        <CellRecords cell={cell} labels={labels} />
      )}
    </Card>
  );
}

function CellRecords({
  cell,
  labels,
}: {
  cell: IndicatorCell;
  labels: Parameters<typeof enumLabel>[0];
}) {
  const { request } = useSession();
  const [header, setHeader] = useState<Connection | null>(null);
  const load = useCallback(
    async (after: string | undefined): Promise<CursorPage<Row>> => {
      const { indicatorRecords } = await request(IndicatorRecordsQuery, {
        division: cell.division,
        period: { unit: cell.unit as PeriodUnit, start: cell.start },
        indicator: (cell.indicator as IndicatorName | undefined) ?? null,
        part: cell.indicator ? ((cell.part as IndicatorPart | undefined) ?? 'NUMERATOR') : null,
        metric: cell.metric ?? null,
        recordKind: (cell.recordKind as IndicatorRecordKind | undefined) ?? null,
        category: cell.category ?? null,
        first: PAGE_SIZE,
        after,
      });
      setHeader(indicatorRecords);
      return {
        rows: indicatorRecords.edges.map((edge) => ({ ...edge, id: edge.node.id })),
        ...indicatorRecords.pageInfo,
      };
    },
    [
      request,
      cell.division,
      cell.unit,
      cell.start,
      cell.indicator,
      cell.part,
      cell.metric,
      cell.recordKind,
      cell.category,
    ],
  );
  const pages = useCursorPages(load);
  const columns: TableColumnsType<Row> = [
    {
      title: '编号',
      key: 'number',
      render: (_, row) => <Link to={recordPath(row.node.number)}>{row.node.number}</Link>,
    },
    { title: '标题', key: 'title', render: (_, row) => describe(row.node, labels).title },
    {
      title: '状态',
      key: 'state',
      render: (_, row) => <Tag>{describe(row.node, labels).state}</Tag>,
    },
    { title: '行政区划', key: 'division', render: (_, row) => row.node.division.name },
    {
      title: '当事人',
      key: 'person',
      render: (_, row) => describe(row.node, labels).person || '—',
    },
    { title: '计入数量', key: 'amount', render: (_, row) => row.amount },
  ];
  const what = cell.indicator
    ? enumLabel(labels, 'IndicatorName', cell.indicator)
    : `${cell.metric ?? ''}`;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'indicator', label: '指标', children: what },
          ...(cell.indicator
            ? [
                {
                  key: 'part',
                  label: '口径',
                  children: enumLabel(labels, 'IndicatorPart', cell.part ?? 'NUMERATOR'),
                },
              ]
            : []),
          {
            key: 'division',
            label: '行政区划',
            children: header ? `${header.division.name}（${header.division.code}）` : cell.division,
          },
          {
            key: 'period',
            label: '统计周期',
            children: header
              ? `${header.label}（${header.start} 至 ${header.end}）`
              : `${enumLabel(labels, 'PeriodUnit', cell.unit)} ${cell.start}`,
          },
          ...(cell.category ? [{ key: 'category', label: '分类', children: cell.category }] : []),
          ...(header?.excluding
            ? [{ key: 'excluding', label: '不含', children: header.excluding }]
            : []),
        ]}
      />
      {header && (
        <DataSource servedBy={header.servedBy} currentTo={header.currentTo} labels={labels} />
      )}
      <Typography.Text type="secondary">
        计入数量：每条记录计入该格的数量（件数为
        1；时长、金额为该记录的秒数、天数或分）。个人信息按您的权限脱敏显示。
      </Typography.Text>
      <PagedTable<Row>
        pages={pages}
        columns={columns}
        caption={`${what}的记录`}
        emptyText="该格没有记录"
      />
    </Space>
  );
}
