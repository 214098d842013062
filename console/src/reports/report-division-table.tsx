import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { MonthlyReportDivisionFieldsFragment } from '../generated/graphql';
import {
  CHANGE_UNIT_LABELS,
  NO_VALUE,
  formatChange,
  formatIndicatorValue,
  formatScore,
} from '../indicators/format-indicator';
import type { IndicatorKindName } from '../indicators/format-indicator';
import { overviewPath } from '../indicators/indicator-paths';

/** The label of the composite score's row, as the report's files name it. */
const COMPOSITE_SCORE_LABEL = '综合评分';

/** One row of a division section: an indicator of a division, or its composite score. */
interface IndicatorRow {
  key: string;
  division: { code: string; name: string };
  province: { code: string; name: string } | null;
  label: string;
  name: string;
  kindLabel: string;
  current: string;
  previous: string;
  change: string;
  changeUnit: string;
  currentNumerator: string;
  currentDenominator: string;
  previousNumerator: string;
  previousDenominator: string;
}

/** The 类型 column, as the files write it. */
const KIND_LABELS: Record<IndicatorKindName | 'SCORE', string> = {
  RATE: '比率',
  AVERAGE: '平均值',
  COUNT: '件数',
  AMOUNT: '金额',
  SCORE: '评分',
};

/** An average's numerator is hours or days, an amount's is yuan; the rest count records. */
const numeratorKind = (kind: IndicatorKindName): IndicatorKindName =>
  kind === 'AMOUNT' ? 'AMOUNT' : kind === 'AVERAGE' ? 'AVERAGE' : 'COUNT';

/** A count, or — where the files leave the cell empty — the no-value mark. */
const count = (value: number | null) => formatIndicatorValue('COUNT', value);

/** A division's rows: each indicator, then the composite score, as the report's sheets order them. */
export function indicatorRowsOf(view: MonthlyReportDivisionFieldsFragment): IndicatorRow[] {
  const lead = { division: view.division, province: view.province };
  const score = view.compositeScore;
  return [
    ...view.indicators.map((indicator) => ({
      ...lead,
      key: `${view.division.code}:${indicator.name}`,
      label: indicator.label,
      name: indicator.name,
      kindLabel: KIND_LABELS[indicator.kind],
      current: formatIndicatorValue(indicator.kind, indicator.current.value),
      previous: formatIndicatorValue(indicator.kind, indicator.previous.value),
      change: formatChange(indicator.changeUnit, indicator.change),
      changeUnit: CHANGE_UNIT_LABELS[indicator.changeUnit],
      currentNumerator: formatIndicatorValue(
        numeratorKind(indicator.kind),
        indicator.current.numerator,
      ),
      currentDenominator: count(indicator.current.denominator),
      previousNumerator: formatIndicatorValue(
        numeratorKind(indicator.kind),
        indicator.previous.numerator,
      ),
      previousDenominator: count(indicator.previous.denominator),
    })),
    {
      ...lead,
      key: `${view.division.code}:COMPOSITE_SCORE`,
      label: COMPOSITE_SCORE_LABEL,
      name: 'COMPOSITE_SCORE',
      kindLabel: KIND_LABELS.SCORE,
      current: formatScore(score.current),
      previous: formatScore(score.previous),
      change: formatChange('POINTS', score.change),
      changeUnit: CHANGE_UNIT_LABELS.POINTS,
      currentNumerator: NO_VALUE,
      currentDenominator: NO_VALUE,
      previousNumerator: NO_VALUE,
      previousDenominator: NO_VALUE,
    },
  ];
}

/** A division's name, linking to its overview (ranking, trends, drill-down). */
export const DivisionLink = ({ division }: { division: { code: string; name: string } }) => (
  <Link to={overviewPath(division.code)}>{division.name}</Link>
);

const INDICATOR_COLUMNS: TableColumnsType<IndicatorRow> = [
  { title: '指标', dataIndex: 'label', fixed: 'left', width: 150 },
  { title: '类型', dataIndex: 'kindLabel', width: 70 },
  { title: '本月值', dataIndex: 'current', align: 'right', width: 110 },
  { title: '上月值', dataIndex: 'previous', align: 'right', width: 110 },
  { title: '环比变化', dataIndex: 'change', align: 'right', width: 100 },
  { title: '变化单位', dataIndex: 'changeUnit', width: 90 },
  { title: '本月分子', dataIndex: 'currentNumerator', align: 'right', width: 110 },
  { title: '本月分母', dataIndex: 'currentDenominator', align: 'right', width: 100 },
  { title: '上月分子', dataIndex: 'previousNumerator', align: 'right', width: 110 },
  { title: '上月分母', dataIndex: 'previousDenominator', align: 'right', width: 100 },
];

/**
 * One section of the report (全国汇总, 分省 or 分市) with the columns of its sheet: the
 * division columns when there are several divisions, then each indicator of each.
 */
export function ReportDivisionTable({
  caption,
  divisions,
  level,
}: {
  caption: string;
  divisions: readonly MonthlyReportDivisionFieldsFragment[];
  level: 'NATIONAL' | 'PROVINCE' | 'CITY';
}) {
  const leading: TableColumnsType<IndicatorRow> =
    level === 'NATIONAL'
      ? []
      : [
          {
            title: level === 'PROVINCE' ? '省份代码' : '城市代码',
            dataIndex: ['division', 'code'],
            fixed: 'left',
            width: 90,
          },
          {
            title: level === 'PROVINCE' ? '省份' : '城市',
            key: 'division',
            fixed: 'left',
            width: 100,
            render: (_value, row) => <DivisionLink division={row.division} />,
          },
          ...(level === 'CITY'
            ? [
                {
                  title: '所属省份',
                  key: 'province',
                  width: 100,
                  render: (_value: unknown, row: IndicatorRow) =>
                    row.province ? <DivisionLink division={row.province} /> : NO_VALUE,
                },
              ]
            : []),
        ];
  return (
    <Table<IndicatorRow>
      aria-label={caption}
      size="small"
      bordered
      rowKey="key"
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[...leading, ...INDICATOR_COLUMNS]}
      dataSource={divisions.flatMap(indicatorRowsOf)}
      locale={{ emptyText: '没有行政区划的数据' }}
    />
  );
}
