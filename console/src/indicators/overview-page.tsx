import { Alert, Card, Result, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { useEnumLabels } from '../labels/use-enum-labels';
import { useSession } from '../shell/session-context';
import { CategoryBreakdown } from './category-breakdown';
import { DataSource } from './data-source';
import { DivisionRanking } from './division-ranking';
import { IndicatorCards } from './indicator-cards';
import { IndicatorOverviewQuery } from './indicator-documents';
import type { IndicatorCell } from './indicator-paths';
import { IndicatorTrend } from './indicator-trend';
import { MinistryCheck } from './ministry-check';
import { periodStartOf, shiftPeriod, todayIn } from './period-dates';
import { PeriodPicker } from './period-picker';
import type { PickedPeriod } from './period-picker';
import { useApiAnswer } from './use-api-answer';

/** The nation's code: its ranking is of the provinces, and it has no records of its own. */
const NATIONAL = '000000';

const LABELLED_ENUMS = [
  'IndicatorName',
  'IndicatorRecordKind',
  'IndicatorKind',
  'IndicatorSource',
  'Tier',
  'PeriodUnit',
];

/**
 * 指标总览 of a division (the viewer's own without one in the address): the period's
 * indicators against the previous period, where they came from, the ranking of its child
 * divisions (each opening its own overview), twelve months of trend, the breakdown by
 * category and, for a province, the ministry's numbers of it beside its own. Every
 * number opens the records behind it.
 */
export function OverviewPage() {
  const { division: asked } = useParams();
  const { request, viewer, timeZone } = useSession();
  const division = asked ?? viewer.division.code;
  const labels = useEnumLabels(request, LABELLED_ENUMS);
  const today = todayIn(timeZone);
  const [period, setPeriod] = useState<PickedPeriod>({
    unit: 'MONTH',
    start: periodStartOf(today, 'MONTH'),
  });
  const allowed = viewer.permissions.includes('indicator.read');

  const load = useCallback(
    () =>
      request(IndicatorOverviewQuery, {
        division,
        // The previous period and this one: the change is shown against the former.
        period: { unit: period.unit, start: shiftPeriod(period.start, period.unit, -1), count: 2 },
        categoryLevel: 1,
      }),
    [request, division, period.unit, period.start],
  );
  const { data, loading, error } = useApiAnswer(allowed ? load : null);

  if (!allowed) {
    return <Result status="403" title="无权访问" subTitle="您的角色不能查看指标。" />;
  }
  const report = data?.indicators;
  const [previous, current] = report?.periods ?? [];
  const level = report?.division.level;
  const name = report?.division.name ?? division;
  const cell = (indicator: string, part: string, category?: string): IndicatorCell => ({
    division,
    unit: period.unit,
    start: period.start,
    indicator,
    part,
    ...(category ? { category } : {}),
  });

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {name} 指标总览
          </Typography.Title>
          <PeriodPicker value={period} today={today} labels={labels} onChange={setPeriod} />
          {report && (
            <DataSource
              servedBy={report.servedBy}
              source={report.source}
              currentTo={report.currentTo}
              labels={labels}
            />
          )}
          {current && (
            <Typography.Text type="secondary">
              本期 {current.label}（{current.start} 至 {current.end}），上期 {previous?.label}
            </Typography.Text>
          )}
        </Space>
      </Card>
      {error && <Alert type="error" showIcon title={error} />}
      {loading && !report && <Card loading title="指标" />}
      {current && report && (
        <IndicatorCards
          current={current.total}
          previous={previous?.total}
          weights={report.weights}
          labels={labels}
          divisionName={name}
          cellOf={(indicator, part) => cell(indicator, part)}
        />
      )}
      {(level === 'PROVINCE' || division === NATIONAL) && (
        <DivisionRanking division={division} period={period} labels={labels} />
      )}
      {level === 'PROVINCE' && viewer.division.code !== NATIONAL && (
        <MinistryCheck division={division} period={period} labels={labels} />
      )}
      <IndicatorTrend
        division={division}
        currentMonth={periodStartOf(today, 'MONTH')}
        labels={labels}
      />
      {current && (
        <CategoryBreakdown
          categories={current.categories}
          labels={labels}
          cellOf={(indicator, category) =>
            division === NATIONAL ? null : cell(indicator, 'NUMERATOR', category)
          }
        />
      )}
    </Space>
  );
}
