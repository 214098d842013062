import { Alert, Space, Table, Typography } from 'antd';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { enumLabel } from '../labels/enum-options';
import type { EnumLabel } from '../labels/enum-options';
import { useSession } from '../shell/session-context';
import type { IndicatorName, IndicatorRankingOfQuery, PeriodUnit } from '../generated/graphql';
import { DataSource } from './data-source';
import { formatIndicatorValue } from './format-indicator';
import { IndicatorRankingQuery } from './indicator-documents';
import { formatDenominator, formatNumerator } from './indicator-part-format';
import { indicatorRecordsPath, overviewPath } from './indicator-paths';
import type { IndicatorCell } from './indicator-paths';
import { useApiAnswer } from './use-api-answer';

type Entry = IndicatorRankingOfQuery['indicatorRanking']['entries'][number];

/**
 * A national cell, drilled per province: the ministry keeps no records behind it (the
 * API refuses a national drill-down), so each province's value of the same indicator and
 * period is listed, opening that province's records.
 */
export function NationalDrillDown({
  cell,
  labels,
}: {
  cell: IndicatorCell;
  labels: readonly EnumLabel[];
}) {
  const { request } = useSession();
  const indicator = cell.indicator as IndicatorName | undefined;
  const load = useCallback(
    () =>
      request(IndicatorRankingQuery, {
        division: cell.division,
        period: { unit: cell.unit as PeriodUnit, start: cell.start },
        indicator: indicator ?? 'COMPOSITE_SCORE',
      }),
    [request, cell.division, cell.unit, cell.start, indicator],
  );
  const { data, loading, error } = useApiAnswer(indicator ? load : null);
  if (!indicator) {
    return (
      <Alert
        type="warning"
        showIcon
        title="全国的汇总指标请按省下钻：请从指标总览中点击数字进入。"
      />
    );
  }
  const ranking = data?.indicatorRanking;
  const label = enumLabel(labels, 'IndicatorName', indicator);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        title={`全国一格的记录由各省保存：以下为各省的${label}，点击数值查看该省的记录。`}
      />
      <Typography.Text>
        统计周期：{enumLabel(labels, 'PeriodUnit', cell.unit)} {cell.start}
      </Typography.Text>
      {ranking && (
        <DataSource
          servedBy={ranking.servedBy}
          source={ranking.source}
          currentTo={ranking.currentTo}
          labels={labels}
        />
      )}
      {error && <Alert type="error" showIcon title={error} />}
      <Table<Entry>
        rowKey={(entry) => entry.division.code}
        size="small"
        pagination={false}
        loading={loading}
        aria-label={`各省${label}`}
        dataSource={ranking ? [...ranking.entries] : []}
        columns={[
          {
            title: '省份',
            key: 'division',
            render: (_, entry) => (
              <Link to={overviewPath(entry.division.code)}>{entry.division.name}</Link>
            ),
          },
          {
            title: label,
            key: 'value',
            render: (_, entry) => {
              const text = entry.indicator
                ? formatIndicatorValue(entry.indicator.kind, entry.value)
                : formatIndicatorValue('COUNT', entry.value);
              return (
                <Link
                  to={indicatorRecordsPath({ ...cell, division: entry.division.code })}
                  aria-label={`${text}，查看 ${entry.division.name} ${label} 的记录`}
                >
                  {text}
                </Link>
              );
            },
          },
          {
            title: '分子',
            key: 'numerator',
            render: (_, entry) =>
              entry.indicator
                ? formatNumerator(entry.indicator.kind, entry.indicator.numerator)
                : '—',
          },
          {
            title: '分母',
            key: 'denominator',
            render: (_, entry) => formatDenominator(entry.indicator?.denominator ?? null),
          },
        ]}
      />
    </Space>
  );
}
