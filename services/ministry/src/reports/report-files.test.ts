import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { compositeScore, DEFAULT_INDICATOR_WEIGHTS, computeIndicators } from '@city-ops/core';
import type { Metrics, NodeRuntime, RecordTable } from '@city-ops/core';
import { changeUnitOf, monthOverMonth } from './month-over-month.js';
import type { MonthlyDivisionView, MonthlyReportView } from './monthly-report.js';
import { csvField, csvNumber, UTF8_BOM, writeReportCsv } from './report-csv.js';
import { parseReportFilePath, reportContentDisposition, reportFilePath } from '@city-ops/kernel';
import { reportSections } from './report-sections.js';
import { writeReportXlsx } from './report-xlsx.js';

type ByKind = Partial<Record<RecordTable, Metrics>>;

/** A division's view from metric sums, as monthly-report.ts builds it from indicatorReport. */
function division(
  code: string,
  name: string,
  province: { code: string; name: string } | null,
  now: ByKind,
  before: ByKind,
): MonthlyDivisionView {
  const current = computeIndicators(now);
  const previous = computeIndicators(before);
  const score = compositeScore(current, DEFAULT_INDICATOR_WEIGHTS);
  const last = compositeScore(previous, DEFAULT_INDICATOR_WEIGHTS);
  return {
    division: { code, name },
    province,
    indicators: current.map((value, index) => ({
      name: value.name,
      label: value.label,
      kind: value.kind,
      current: value,
      previous: previous[index]!,
      change: monthOverMonth(value.kind, value.value, previous[index]!.value),
      changeUnit: changeUnitOf(value.kind),
    })),
    compositeScore: {
      current: score,
      previous: last,
      change: monthOverMonth('SCORE', score, last),
    },
  };
}

const now: ByKind = {
  hotline_ticket: { due: 4, closed_on_time: 3, created: 6, closed: 5, handling_seconds: 36_000 },
  enforcement_record: { fines_imposed_fen: 15_050 },
};
const before: ByKind = { hotline_ticket: { due: 2, closed_on_time: 1, created: 3, closed: 2 } };
const jiangsu = { code: '320000', name: '江苏省' };
const nanjing = division('320100', '南京市', jiangsu, now, before);

const view: MonthlyReportView = {
  month: '2026-11',
  previousMonth: '2026-10',
  start: '2026-11-01',
  end: '2026-11-30',
  generatedAt: '2026-11-21T08:00:00.000Z',
  servedBy: { tier: 'ministry', division: '000000' } as NodeRuntime,
  currentTo: '2026-11-21T07:59:00.000Z',
  weights: DEFAULT_INDICATOR_WEIGHTS,
  national: division('000000', '全国', null, now, before),
  provinces: [division('320000', '江苏省', null, now, before)],
  cities: [nanjing],
  rankings: [
    {
      scope: { code: '000000', name: '全国' },
      indicator: 'TICKET_ON_TIME_CLOSURE_RATE',
      label: '按时办结率',
      changeUnit: 'PERCENTAGE_POINTS',
      entries: [
        {
          rank: 1,
          previousRank: 1,
          division: nanjing.division,
          province: jiangsu,
          value: 0.75,
          previousValue: 0.5,
          change: 25,
          indicator: nanjing.indicators[0]!.current,
        },
      ],
    },
  ],
};

describe('report file paths', () => {
  it('reads the month and format of a report path', () => {
    expect(parseReportFilePath(reportFilePath('2026-11', 'xlsx'))).toEqual({
      month: '2026-11',
      format: 'xlsx',
    });
    expect(parseReportFilePath('/reports/monthly/2026-11.csv')?.format).toBe('csv');
    expect(parseReportFilePath('/reports/monthly/bad%20month.csv')?.month).toBe('bad month');
    expect(parseReportFilePath('/reports/monthly/2026-11.pdf')).toBeUndefined();
    expect(parseReportFilePath('/reports/monthly/a/2026-11.csv')).toBeUndefined();
    expect(reportContentDisposition('2026-11', 'xlsx')).toBe(
      'attachment; filename="national-report-2026-11.xlsx"',
    );
  });
});

describe('the CSV', () => {
  it('writes numbers without floating-point noise, and quotes what needs quoting', () => {
    expect(csvNumber((0.8 - 0.75) * 100)).toBe('5');
    expect(csvNumber(2 / 3)).toBe('0.666666666667');
    expect(csvNumber((0.3 - 0.1 - 0.2) * 100)).toBe('0');
    expect(csvNumber(150.5)).toBe('150.5');
    expect(csvField(null)).toBe('');
    expect(csvField('按时办结率')).toBe('按时办结率');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });

  it('is one UTF-8 file with a BOM, each section a title row, a header and its rows, blank lines between', () => {
    const csv = writeReportCsv(reportSections(view));
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const blocks = csv.slice(1).trimEnd().split('\r\n\r\n');
    expect(blocks.map((block) => block.split('\r\n')[0])).toEqual([
      '说明',
      '全国汇总',
      '分省',
      '分市',
      '排名',
    ]);
    const [, header, ...rows] = blocks[3]!.split('\r\n');
    expect(header).toBe(
      '城市代码,城市,所属省份,指标,指标代码,类型,本月值,上月值,环比变化,变化单位,本月分子,本月分母,上月分子,上月分母',
    );
    // 18 indicators and the composite score.
    expect(rows).toHaveLength(19);
    expect(rows[0]).toBe(
      '320100,南京市,江苏省,按时办结率,TICKET_ON_TIME_CLOSURE_RATE,比率,0.75,0.5,25,百分点,3,4,1,2',
    );
    // An empty denominator: the rate is an empty cell, never 0.
    const satisfaction = rows.find((row) => row.includes('TICKET_SATISFACTION_RATE'))!;
    expect(satisfaction.split(',').slice(6, 10)).toEqual(['', '', '', '百分点']);
    // A count has no denominator; an amount's change from 0 has no size.
    const fines = rows.find((row) => row.includes('ENFORCEMENT_FINES_IMPOSED'))!;
    expect(fines.split(',').slice(6)).toEqual(['150.5', '0', '', '相对变化', '150.5', '', '0', '']);
  });
});

describe('the XLSX', () => {
  it('has a sheet per section with frozen headers, typed numbers and formats', async () => {
    const file = await writeReportXlsx(reportSections(view), {
      title: '全国城市运行管理服务月报 2026-11',
      created: new Date(view.generatedAt),
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '说明',
      '全国汇总',
      '分省',
      '分市',
      '排名',
    ]);
    const cities = workbook.getWorksheet('分市')!;
    expect(cities.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });
    expect(cities.getRow(1).getCell(4).value).toBe('指标');
    expect(cities.getColumn(4).width).toBe(22);
    const rate = cities.getRow(2).getCell(7);
    expect(rate.value).toBe(0.75);
    expect(rate.type).toBe(ExcelJS.ValueType.Number);
    expect(rate.numFmt).toBe('0.0%');
    expect(cities.getRow(2).getCell(9).numFmt).toBe('+0.0;-0.0;0.0');
    expect(cities.getRow(2).getCell(11).numFmt).toBe('#,##0');
    const satisfaction = cities.getRow(4);
    expect(satisfaction.getCell(5).value).toBe('TICKET_SATISFACTION_RATE');
    expect(satisfaction.getCell(7).type).toBe(ExcelJS.ValueType.Null);
    const fines = cities.getRow(17);
    expect(fines.getCell(5).value).toBe('ENFORCEMENT_FINES_IMPOSED');
    expect(fines.getCell(7).value).toBe(150.5);
    expect(fines.getCell(7).numFmt).toBe('"¥"#,##0.00');
    const score = cities.getRow(20);
    expect(score.getCell(4).value).toBe('综合评分');
    expect(score.getCell(7).numFmt).toBe('0.0');
    expect(typeof score.getCell(7).value).toBe('number');
  });
});
