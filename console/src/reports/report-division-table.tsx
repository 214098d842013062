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

/**
 * A number as shown, with the value it shows as the API gave it: the value rides along in
 * the page (`data-raw`), so what the screen shows can be held against the downloaded file's
 * cells exactly.
 */
export interface Figure {
  text: string;
  raw: number | null;
}

/** A figure's cell: its text, its value in `data-raw` (empty for no value). */
export const FigureCell = ({ figure }: { figure: Figure }) => (
  <span data-raw={figure.raw ?? ''}>{figure.text}</span>
);

const figure = (format: (value: number | null) => string, raw: number | null): Figure => ({
  text: format(raw),
  raw,
});

/** No value: the cells the files leave empty. */
const NONE: Figure = { text: NO_VALUE, raw: null };

/** One row of a division section: an indicator of a division, or its composite score. */
interface IndicatorRow {
  key: string;
  division: { code: string; name: string };
  province: { code: string; name: string } | null;
  label: string;
  name: string;
  kindLabel: string;
  current: Figure;
  previous: Figure;
  change: Figure;
  changeUnit: string;
  currentNumerator: Figure;
  currentDenominator: Figure;
  previousNumerator: Figure;
  previousDenominator: Figure;
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
const count = (value: number | null) => figure((raw) => formatIndicatorValue('COUNT', raw), value);

/** A division's rows: each indicator, then the composite score, as the report's sheets order them. */
export function indicatorRowsOf(view: MonthlyReportDivisionFieldsFragment): IndicatorRow[] {
  const lead = { division: view.division, province: view.province };
  const score = view.compositeScore;
  return [
    ...view.indicators.map((indicator) => {
      const value = (raw: number | null) => formatIndicatorValue(indicator.kind, raw);
      const numerator = (raw: number | null) =>
        formatIndicatorValue(numeratorKind(indicator.kind), raw);
      return {
        ...lead,
        key: `${view.division.code}:${indicator.name}`,
        label: indicator.label,
        name: indicator.name,
        kindLabel: KIND_LABELS[indicator.kind],
        current: figure(value, indicator.current.value),
        previous: figure(value, indicator.previous.value),
        change: figure((raw) => formatChange(indicator.changeUnit, raw), indicator.change),
        changeUnit: CHANGE_UNIT_LABELS[indicator.changeUnit],
        currentNumerator: figure(numerator, indicator.current.numerator),
        currentDenominator: count(indicator.current.denominator),
        previousNumerator: figure(numerator, indicator.previous.numerator),
        previousDenominator: count(indicator.previous.denominator),
      };
    }),
    {
      ...lead,
      key: `${view.division.code}:COMPOSITE_SCORE`,
      label: COMPOSITE_SCORE_LABEL,
      name: 'COMPOSITE_SCORE',
      kindLabel: KIND_LABELS.SCORE,
      current: figure(formatScore, score.current),
      previous: figure(formatScore, score.previous),
      change: figure((raw) => formatChange('POINTS', raw), score.change),
      changeUnit: CHANGE_UNIT_LABELS.POINTS,
      currentNumerator: NONE,
      currentDenominator: NONE,
      previousNumerator: NONE,
      previousDenominator: NONE,
    },
  ];
}

/** A division's name, linking to its overview (ranking, trends, drill-down). */
export const DivisionLink = ({ division }: { division: { code: string; name: string } }) => (
  <Link to={overviewPath(division.code)}>{division.name}</Link>
);

/** A column of figures, right-aligned. */
const figureColumn = (
  title: string,
  key: keyof IndicatorRow &
    (
      | 'current'
      | 'previous'
      | 'change'
      | 'currentNumerator'
      | 'currentDenominator'
      | 'previousNumerator'
      | 'previousDenominator'
    ),
  width: number,
): TableColumnsType<IndicatorRow>[number] => ({
  title,
  key,
  align: 'right',
  width,
  render: (_value, row) => <FigureCell figure={row[key]} />,
});

const INDICATOR_COLUMNS: TableColumnsType<IndicatorRow> = [
  { title: '指标', dataIndex: 'label', fixed: 'left', width: 150 },
  { title: '类型', dataIndex: 'kindLabel', width: 70 },
  figureColumn('本月值', 'current', 110),
  figureColumn('上月值', 'previous', 110),
  figureColumn('环比变化', 'change', 100),
  { title: '变化单位', dataIndex: 'changeUnit', width: 90 },
  figureColumn('本月分子', 'currentNumerator', 110),
  figureColumn('本月分母', 'currentDenominator', 100),
  figureColumn('上月分子', 'previousNumerator', 110),
  figureColumn('上月分母', 'previousDenominator', 100),
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
