import { Alert, Card, Space, Table, Tag } from 'antd';
import { useCallback } from 'react';
import type { EnumLabel } from '../labels/enum-options';
import { useSession } from '../shell/session-context';
import type { IndicatorOverviewQuery } from '../generated/graphql';
import { DataSource } from './data-source';
import { formatIndicatorValue, formatScore } from './format-indicator';
import { formatDenominator, formatNumerator } from './indicator-part-format';
import { IndicatorOverviewQuery as OverviewDocument } from './indicator-documents';
import type { PickedPeriod } from './period-picker';
import { useApiAnswer } from './use-api-answer';

/** The ministry's node, asked by `at` for its own numbers of a province. */
const MINISTRY = '000000';

interface CheckRow {
  key: string;
  label: string;
  own: string;
  ministry: string;
  same: boolean;
}

type Report = IndicatorOverviewQuery['indicators'];

/**
 * 部级口径核对: the province's numbers as its own node computes them beside the numbers the
 * ministry computes for it (`indicators(at: "000000")`), per indicator, with 一致 / 不一致.
 * Both come from rollups of the same city records, so once synchronised they are identical
 * by construction; a difference means one tier is behind (see both 数据截至).
 */
export function MinistryCheck({
  division,
  period,
  labels,
}: {
  division: string;
  period: PickedPeriod;
  labels: readonly EnumLabel[];
}) {
  const { request } = useSession();
  const ask = useCallback(
    (at: string) =>
      request(OverviewDocument, {
        division,
        period: { unit: period.unit, start: period.start },
        at,
      }),
    [request, division, period.unit, period.start],
  );
  const loadOwn = useCallback(() => ask(division), [ask, division]);
  const loadMinistry = useCallback(() => ask(MINISTRY), [ask]);
  const own = useApiAnswer(loadOwn);
  const ministry = useApiAnswer(loadMinistry);
  const error = own.error ?? ministry.error;
  const ownReport = own.data?.indicators;
  const ministryReport = ministry.data?.indicators;
  const rows = ownReport && ministryReport ? checkRows(ownReport, ministryReport) : [];

  return (
    <Card title="部级口径核对" data-testid="ministry-check">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {error && <Alert type="error" showIcon title={error} />}
        {ownReport && (
          <DataSource
            servedBy={ownReport.servedBy}
            source={ownReport.source}
            currentTo={ownReport.currentTo}
            labels={labels}
          />
        )}
        {ministryReport && (
          <DataSource
            servedBy={ministryReport.servedBy}
            source={ministryReport.source}
            currentTo={ministryReport.currentTo}
            labels={labels}
          />
        )}
        <Table<CheckRow>
          rowKey="key"
          size="small"
          pagination={false}
          loading={own.loading || ministry.loading}
          aria-label="本省与部级口径核对"
          dataSource={rows}
          columns={[
            { title: '指标', dataIndex: 'label', key: 'label' },
            { title: '本省节点', dataIndex: 'own', key: 'own' },
            { title: '部级节点', dataIndex: 'ministry', key: 'ministry' },
            {
              title: '核对',
              key: 'same',
              // The word is the signal (and a mark beside it), not the tag's colour.
              render: (_, row) =>
                row.same ? (
                  <Tag>
                    <span aria-hidden>✓ </span>一致
                  </Tag>
                ) : (
                  <Tag>
                    <span aria-hidden>✗ </span>
                    <strong>不一致</strong>
                  </Tag>
                ),
            },
          ]}
        />
      </Space>
    </Card>
  );
}

/** Each indicator and the score side by side; equal when value, numerator and denominator are. */
function checkRows(own: Report, ministry: Report): CheckRow[] {
  const ownTotal = own.periods[0]?.total;
  const ministryTotal = ministry.periods[0]?.total;
  if (!ownTotal || !ministryTotal) return [];
  const rows: CheckRow[] = ownTotal.indicators.map((indicator) => {
    const other = ministryTotal.indicators.find((each) => each.name === indicator.name);
    const text = (value: typeof indicator | undefined) =>
      value
        ? `${formatIndicatorValue(value.kind, value.value)}（${formatNumerator(value.kind, value.numerator)}${
            value.denominator === null ? '' : ` / ${formatDenominator(value.denominator)}`
          }）`
        : '—';
    return {
      key: indicator.name,
      label: indicator.label,
      own: text(indicator),
      ministry: text(other),
      same:
        other !== undefined &&
        other.value === indicator.value &&
        other.numerator === indicator.numerator &&
        other.denominator === indicator.denominator,
    };
  });
  rows.push({
    key: 'COMPOSITE_SCORE',
    label: '综合评分',
    own: formatScore(ownTotal.compositeScore),
    ministry: formatScore(ministryTotal.compositeScore),
    same: ownTotal.compositeScore === ministryTotal.compositeScore,
  });
  return rows;
}
