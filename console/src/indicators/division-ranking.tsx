import { Alert, Card, Select, Space, Table, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { enumLabel, enumOptions } from '../labels/enum-options';
import type { EnumLabel } from '../labels/enum-options';
import { useSession } from '../shell/session-context';
import type { IndicatorRankingOfQuery, IndicatorName } from '../generated/graphql';
import { DataSource } from './data-source';
import { formatIndicatorValue, formatScore } from './format-indicator';
import { IndicatorRankingQuery } from './indicator-documents';
import { IndicatorNumberLink } from './indicator-number-link';
import { overviewPath } from './indicator-paths';
import type { PickedPeriod } from './period-picker';
import { useApiAnswer } from './use-api-answer';

type Entry = IndicatorRankingOfQuery['indicatorRanking']['entries'][number];

/**
 * The child divisions of a province (its cities) or of the nation (the provinces), ranked
 * by the composite score or one indicator: each name opens that division's overview (the
 * drill from the nation to a province to a city), each value the records behind it.
 */
export function DivisionRanking({
  division,
  period,
  labels,
}: {
  division: string;
  period: PickedPeriod;
  labels: readonly EnumLabel[];
}) {
  const { request } = useSession();
  const [indicator, setIndicator] = useState<IndicatorName>('COMPOSITE_SCORE');
  const load = useCallback(
    () =>
      request(IndicatorRankingQuery, {
        division,
        period: { unit: period.unit, start: period.start },
        indicator,
      }),
    [request, division, period.unit, period.start, indicator],
  );
  const { data, loading, error } = useApiAnswer(load);
  const ranking = data?.indicatorRanking;
  const indicatorLabel = enumLabel(labels, 'IndicatorName', indicator);

  const valueText = (entry: Entry) =>
    entry.indicator
      ? formatIndicatorValue(entry.indicator.kind, entry.value)
      : formatScore(entry.value);

  return (
    <Card title="下级行政区划排名" data-testid="division-ranking">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text id="ranking-indicator-label">排名指标</Typography.Text>
          <Select
            aria-labelledby="ranking-indicator-label"
            style={{ width: 240 }}
            value={indicator}
            options={enumOptions(labels, 'IndicatorName')}
            onChange={(value) => setIndicator(value)}
          />
        </Space>
        {error && <Alert type="error" showIcon title={error} />}
        {ranking && (
          <>
            <DataSource
              servedBy={ranking.servedBy}
              source={ranking.source}
              currentTo={ranking.currentTo}
              labels={labels}
            />
            <Typography.Text type="secondary">
              综合评分权重：
              {ranking.weights
                .map(
                  (weight) => `${enumLabel(labels, 'IndicatorName', weight.name)} ${weight.weight}`,
                )
                .join('，')}
            </Typography.Text>
          </>
        )}
        <Table<Entry>
          rowKey={(entry) => entry.division.code}
          size="small"
          loading={loading}
          pagination={false}
          aria-label={`按${indicatorLabel}排名`}
          dataSource={ranking ? [...ranking.entries] : []}
          locale={{ emptyText: '暂无下级行政区划' }}
          columns={[
            { title: '名次', key: 'rank', render: (_, entry) => entry.rank ?? '—' },
            {
              title: '行政区划',
              key: 'division',
              render: (_, entry) => (
                <Link to={overviewPath(entry.division.code)}>{entry.division.name}</Link>
              ),
            },
            {
              title: indicatorLabel,
              key: 'value',
              render: (_, entry) => (
                <IndicatorNumberLink
                  text={valueText(entry)}
                  cell={
                    entry.indicator
                      ? {
                          division: entry.division.code,
                          unit: period.unit,
                          start: period.start,
                          indicator,
                          part: 'NUMERATOR',
                        }
                      : null
                  }
                  label={`查看 ${entry.division.name} ${indicatorLabel} 的记录`}
                />
              ),
            },
            // Beside an indicator, each division's composite score (ranked by it, it is the value).
            ...(indicator === 'COMPOSITE_SCORE'
              ? []
              : [
                  {
                    title: '综合评分',
                    key: 'score',
                    render: (_: unknown, entry: Entry) => formatScore(entry.compositeScore),
                  },
                ]),
          ]}
        />
      </Space>
    </Card>
  );
}
