import type { IndicatorKind } from '@city-ops/core';
import type { ChangeUnit } from './month-over-month.js';
import { COMPOSITE_SCORE_LABEL } from './monthly-report.js';
import type {
  MonthlyDivisionView,
  MonthlyIndicatorView,
  MonthlyRankingView,
  MonthlyReportView,
} from './monthly-report.js';

/**
 * How a number is shown: the XLSX writer turns each into a number format, the CSV
 * writer writes the plain number (rates as fractions from 0 to 1, as the API gives them).
 */
export type CellFormat =
  'text' | 'integer' | 'decimal' | 'amount' | 'rate' | 'score' | 'points' | 'relative';

export interface ReportCell {
  /** Null is an empty cell: no value (an empty denominator), never 0. */
  value: string | number | null;
  format: CellFormat;
}

export interface ReportColumn {
  header: string;
  /** In characters, for the spreadsheet. */
  width: number;
}

/** One section of the report: a sheet of the XLSX, a block of the CSV. */
export interface ReportSection {
  /** The sheet's name and the CSV block's title row. */
  title: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  /** Leading columns kept in view when scrolling sideways (the division). */
  frozenColumns: number;
}

const text = (value: string | null): ReportCell => ({ value, format: 'text' });
const figure = (value: number | null, format: CellFormat): ReportCell => ({ value, format });

const kindLabels: Record<IndicatorKind | 'SCORE', string> = {
  RATE: '比率',
  AVERAGE: '平均值',
  COUNT: '件数',
  AMOUNT: '金额',
  SCORE: '评分',
};
const changeUnitLabels: Record<ChangeUnit, string> = {
  PERCENTAGE_POINTS: '百分点',
  RELATIVE: '相对变化',
  POINTS: '分',
};
const valueFormats: Record<IndicatorKind, CellFormat> = {
  RATE: 'rate',
  AVERAGE: 'decimal',
  COUNT: 'integer',
  AMOUNT: 'amount',
};
const changeFormats: Record<ChangeUnit, CellFormat> = {
  PERCENTAGE_POINTS: 'points',
  RELATIVE: 'relative',
  POINTS: 'points',
};

/** A rate's or average's numerator and denominator are counts; an average's numerator is hours or days. */
const numeratorFormat = (kind: IndicatorKind): CellFormat =>
  kind === 'AMOUNT' ? 'amount' : kind === 'AVERAGE' ? 'decimal' : 'integer';

const INDICATOR_COLUMNS: ReportColumn[] = [
  { header: '指标', width: 22 },
  { header: '指标代码', width: 36 },
  { header: '类型', width: 8 },
  { header: '本月值', width: 14 },
  { header: '上月值', width: 14 },
  { header: '环比变化', width: 12 },
  { header: '变化单位', width: 10 },
  { header: '本月分子', width: 12 },
  { header: '本月分母', width: 12 },
  { header: '上月分子', width: 12 },
  { header: '上月分母', width: 12 },
];

function indicatorCells(indicator: MonthlyIndicatorView): ReportCell[] {
  const { kind, current, previous } = indicator;
  return [
    text(indicator.label),
    text(indicator.name),
    text(kindLabels[kind]),
    figure(current.value, valueFormats[kind]),
    figure(previous.value, valueFormats[kind]),
    figure(indicator.change, changeFormats[indicator.changeUnit]),
    text(changeUnitLabels[indicator.changeUnit]),
    figure(current.numerator, numeratorFormat(kind)),
    figure(current.denominator, 'integer'),
    figure(previous.numerator, numeratorFormat(kind)),
    figure(previous.denominator, 'integer'),
  ];
}

/** A division's rows: each indicator, then the composite score. */
function divisionRows(view: MonthlyDivisionView, lead: ReportCell[]): ReportCell[][] {
  const score = view.compositeScore;
  return [
    ...view.indicators.map((indicator) => [...lead, ...indicatorCells(indicator)]),
    [
      ...lead,
      text(COMPOSITE_SCORE_LABEL),
      text('COMPOSITE_SCORE'),
      text(kindLabels.SCORE),
      figure(score.current, 'score'),
      figure(score.previous, 'score'),
      figure(score.change, 'points'),
      text(changeUnitLabels.POINTS),
      text(null),
      text(null),
      text(null),
      text(null),
    ],
  ];
}

function rankingRows(ranking: MonthlyRankingView): ReportCell[][] {
  const valueFormat: CellFormat = ranking.indicator === 'COMPOSITE_SCORE' ? 'score' : 'rate';
  return ranking.entries.map((entry) => [
    text(`${ranking.scope.name}（${ranking.scope.code}）`),
    text(ranking.label),
    figure(entry.rank, 'integer'),
    figure(entry.previousRank, 'integer'),
    text(entry.division.code),
    text(entry.division.name),
    text(entry.province.name),
    figure(entry.value, valueFormat),
    figure(entry.previousValue, valueFormat),
    figure(entry.change, changeFormats[ranking.changeUnit]),
    text(changeUnitLabels[ranking.changeUnit]),
    figure(entry.indicator?.numerator ?? null, 'integer'),
    figure(entry.indicator?.denominator ?? null, 'integer'),
  ]);
}

/**
 * The report as sections of typed cells, in order: about, national totals, per
 * province, per city, rankings. Both file writers render these, so the CSV and the
 * XLSX always hold the same rows.
 */
export function reportSections(view: MonthlyReportView): ReportSection[] {
  const weights = view.weights
    .map(({ name, weight }) => {
      const indicator = view.national.indicators.find((candidate) => candidate.name === name);
      return `${indicator?.label ?? name} ${weight}`;
    })
    .join('；');
  return [
    {
      title: '说明',
      columns: [
        { header: '项目', width: 16 },
        { header: '内容', width: 100 },
      ],
      frozenColumns: 1,
      rows: [
        ['报告', '全国城市运行管理服务月报'],
        ['报告月份', `${view.month}（${view.start} 至 ${view.end}）`],
        ['对比月份', view.previousMonth],
        ['生成时间', view.generatedAt],
        ['数据截至', view.currentTo ?? '部分省级数据尚未同步'],
        ['计算节点', `部级节点 ${view.servedBy.division}，按各省上报的日汇总（daily rollups）计算`],
        ['综合评分权重', weights],
        [
          '口径',
          '比率为 0–1 的小数（表格中以百分比显示）；分母为 0 时比率留空，不记为 0。环比变化：比率为百分点差，件数、金额、平均值为相对变化（上月为 0 或无值时留空），综合评分为分差。',
        ],
      ].map((row) => row.map((value) => text(value))),
    },
    {
      title: '全国汇总',
      columns: INDICATOR_COLUMNS,
      frozenColumns: 1,
      rows: divisionRows(view.national, []),
    },
    {
      title: '分省',
      columns: [
        { header: '省份代码', width: 10 },
        { header: '省份', width: 10 },
        ...INDICATOR_COLUMNS,
      ],
      frozenColumns: 2,
      rows: view.provinces.flatMap((province) =>
        divisionRows(province, [text(province.division.code), text(province.division.name)]),
      ),
    },
    {
      title: '分市',
      columns: [
        { header: '城市代码', width: 10 },
        { header: '城市', width: 10 },
        { header: '所属省份', width: 10 },
        ...INDICATOR_COLUMNS,
      ],
      frozenColumns: 2,
      rows: view.cities.flatMap((city) =>
        divisionRows(city, [
          text(city.division.code),
          text(city.division.name),
          text(city.province?.name ?? null),
        ]),
      ),
    },
    {
      title: '排名',
      columns: [
        { header: '排名范围', width: 18 },
        { header: '排名依据', width: 12 },
        { header: '名次', width: 6 },
        { header: '上月名次', width: 9 },
        { header: '城市代码', width: 10 },
        { header: '城市', width: 10 },
        { header: '所属省份', width: 10 },
        { header: '本月值', width: 12 },
        { header: '上月值', width: 12 },
        { header: '环比变化', width: 12 },
        { header: '变化单位', width: 10 },
        { header: '分子', width: 10 },
        { header: '分母', width: 10 },
      ],
      frozenColumns: 2,
      rows: view.rankings.flatMap(rankingRows),
    },
  ];
}
