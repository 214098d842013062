import { Alert, Card, Collapse, Select, Space, Table, Typography } from 'antd';
import { Suspense, lazy, useCallback, useMemo, useState } from 'react';
import { enumLabel } from '../labels/enum-options';
import type { EnumLabel } from '../labels/enum-options';
import { useSession } from '../shell/session-context';
import type { IndicatorValueFieldsFragment } from '../generated/graphql';
import { NO_VALUE, formatIndicatorValue } from './format-indicator';
import { formatDenominator, formatNumerator } from './indicator-part-format';
import { IndicatorOverviewQuery } from './indicator-documents';
import { shiftPeriod } from './period-dates';
import { useApiAnswer } from './use-api-answer';

/**
 * ECharts is loaded when a trend is first drawn: the overview's numbers do not wait for the
 * chart library, and no other screen downloads it.
 */
const TrendLineChart = lazy(async () => ({
  default: (await import('./trend-line-chart')).TrendLineChart,
}));

/** Twelve months, the trend the overview shows. */
const MONTHS = 12;

interface TrendRow {
  label: string;
  indicator: IndicatorValueFieldsFragment | undefined;
}

/**
 * The last twelve months of one selectable indicator as a line chart, with the same
 * numbers as a table (the chart's text alternative) in a collapsible panel.
 */
export function IndicatorTrend({
  division,
  currentMonth,
  labels,
}: {
  division: string;
  /** The first day of the current month on the node's calendar. */
  currentMonth: string;
  labels: readonly EnumLabel[];
}) {
  const { request } = useSession();
  const [name, setName] = useState('TICKET_ON_TIME_CLOSURE_RATE');
  const load = useCallback(
    () =>
      request(IndicatorOverviewQuery, {
        division,
        period: {
          unit: 'MONTH',
          start: shiftPeriod(currentMonth, 'MONTH', -(MONTHS - 1)),
          count: MONTHS,
        },
      }),
    [request, division, currentMonth],
  );
  const { data, loading, error } = useApiAnswer(load);
  const periods = data?.indicators.periods;
  const rows: TrendRow[] = useMemo(
    () =>
      (periods ?? []).map((period) => ({
        label: period.label,
        indicator: period.total.indicators.find((indicator) => indicator.name === name),
      })),
    [periods, name],
  );
  const kind = rows.find((row) => row.indicator)?.indicator?.kind ?? 'RATE';
  const format = useCallback((value: number | null) => formatIndicatorValue(kind, value), [kind]);
  const label = enumLabel(labels, 'IndicatorName', name);
  const options = (periods?.[0]?.total.indicators ?? []).map((indicator) => ({
    value: indicator.name,
    label: indicator.label,
  }));
  const labelsOfPeriods = useMemo(() => rows.map((row) => row.label), [rows]);
  const values = useMemo(() => rows.map((row) => row.indicator?.value ?? null), [rows]);
  const summary = `${label}近${MONTHS}个月趋势：${rows
    .map((row) => `${row.label} ${format(row.indicator?.value ?? null)}`)
    .join('，')}`;

  return (
    <Card title={`近${MONTHS}个月趋势`} loading={loading && !data} data-testid="indicator-trend">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text id="trend-indicator-label">趋势指标</Typography.Text>
          <Select
            aria-labelledby="trend-indicator-label"
            style={{ width: 240 }}
            value={name}
            options={options}
            onChange={setName}
          />
        </Space>
        {error && <Alert type="error" showIcon title={error} />}
        {periods && (
          <>
            <Suspense fallback={<Typography.Text type="secondary">正在加载图表…</Typography.Text>}>
              <TrendLineChart
                periods={labelsOfPeriods}
                values={values}
                seriesName={label}
                format={format}
                summary={summary}
              />
            </Suspense>
            <Collapse
              items={[
                {
                  key: 'table',
                  label: '趋势数据表',
                  children: (
                    <Table<TrendRow>
                      rowKey="label"
                      size="small"
                      pagination={false}
                      aria-label={`${label}近${MONTHS}个月`}
                      dataSource={rows}
                      columns={[
                        { title: '月份', dataIndex: 'label', key: 'label' },
                        {
                          title: label,
                          key: 'value',
                          render: (_, row) => format(row.indicator?.value ?? null),
                        },
                        {
                          title: '分子',
                          key: 'numerator',
                          render: (_, row) =>
                            row.indicator
                              ? formatNumerator(kind, row.indicator.numerator)
                              : NO_VALUE,
                        },
                        {
                          title: '分母',
                          key: 'denominator',
                          render: (_, row) => formatDenominator(row.indicator?.denominator ?? null),
                        },
                      ]}
                    />
                  ),
                },
              ]}
            />
          </>
        )}
      </Space>
    </Card>
  );
}
