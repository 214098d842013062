import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { MonthlyReportQuery } from '../generated/graphql';
import {
  CHANGE_UNIT_LABELS,
  formatChange,
  formatIndicatorValue,
  formatScore,
} from '../indicators/format-indicator';
import { DivisionLink, FigureCell } from './report-division-table';

type Ranking = MonthlyReportQuery['monthlyReport']['rankings'][number];
type Entry = Ranking['entries'][number];

/** A count or rank, or the no-value mark where the files leave the cell empty. */
const countCell = (raw: number | null) => (
  <FigureCell figure={{ text: formatIndicatorValue('COUNT', raw), raw }} />
);

/**
 * Cities ranked in one scope by one indicator, best first, with the columns of the
 * 排名 sheet: 名次, 上月名次, the city, this month's and last month's value and the change.
 */
export function ReportRankingTable({ ranking }: { ranking: Ranking }) {
  const byScore = ranking.indicator === 'COMPOSITE_SCORE';
  const value = (raw: number | null) => (
    <FigureCell
      figure={{ text: byScore ? formatScore(raw) : formatIndicatorValue('RATE', raw), raw }}
    />
  );
  const columns: TableColumnsType<Entry> = [
    { title: '名次', key: 'rank', width: 60, render: (_v, entry) => countCell(entry.rank) },
    {
      title: '上月名次',
      key: 'previousRank',
      width: 80,
      render: (_v, entry) => countCell(entry.previousRank),
    },
    { title: '城市代码', dataIndex: ['division', 'code'], width: 90 },
    {
      title: '城市',
      key: 'division',
      width: 100,
      render: (_v, entry) => <DivisionLink division={entry.division} />,
    },
    {
      title: '所属省份',
      key: 'province',
      width: 100,
      render: (_v, entry) => <DivisionLink division={entry.province} />,
    },
    {
      title: '本月值',
      key: 'value',
      align: 'right',
      width: 100,
      render: (_v, entry) => value(entry.value),
    },
    {
      title: '上月值',
      key: 'previousValue',
      align: 'right',
      width: 100,
      render: (_v, entry) => value(entry.previousValue),
    },
    {
      title: '环比变化',
      key: 'change',
      align: 'right',
      width: 100,
      render: (_v, entry) => (
        <FigureCell
          figure={{ text: formatChange(ranking.changeUnit, entry.change), raw: entry.change }}
        />
      ),
    },
    {
      title: '变化单位',
      key: 'changeUnit',
      width: 90,
      render: () => CHANGE_UNIT_LABELS[ranking.changeUnit],
    },
    {
      title: '分子',
      key: 'numerator',
      align: 'right',
      width: 80,
      render: (_v, entry) => countCell(entry.indicator?.numerator ?? null),
    },
    {
      title: '分母',
      key: 'denominator',
      align: 'right',
      width: 80,
      render: (_v, entry) => countCell(entry.indicator?.denominator ?? null),
    },
  ];
  const caption = `${ranking.scope.name}（${ranking.scope.code}）· ${ranking.label}`;
  return (
    <Table<Entry>
      aria-label={caption}
      title={() => caption}
      size="small"
      bordered
      rowKey={(entry) => `${ranking.scope.code}:${ranking.indicator}:${entry.division.code}`}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={columns}
      dataSource={ranking.entries}
      locale={{ emptyText: '该范围内没有城市' }}
    />
  );
}
