import { Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { enumLabel } from '../labels/enum-options';
import type { EnumLabel } from '../labels/enum-options';
import type { IndicatorValueFieldsFragment } from '../generated/graphql';
import {
  CHANGE_UNIT_LABELS,
  formatChange,
  formatIndicatorValue,
  formatScore,
} from './format-indicator';
import { IndicatorNumberLink } from './indicator-number-link';
import type { IndicatorCell } from './indicator-paths';
import { changeArrow, changeUnitOf, periodChange } from './period-change';
import type { ChangeUnitName } from './format-indicator';
import { formatDenominator, formatNumerator } from './indicator-part-format';

const RECORD_KINDS = ['HOTLINE_TICKET', 'CASE_REPORT', 'ENFORCEMENT_RECORD'] as const;

export interface PeriodTotals {
  compositeScore: number | null;
  indicators: readonly IndicatorValueFieldsFragment[];
}

function Change({ unit, change }: { unit: ChangeUnitName; change: number | null }) {
  const arrow = changeArrow(change);
  return (
    <Typography.Text type="secondary">
      较上期 {arrow} {formatChange(unit, change)}
      {change !== null ? ` ${CHANGE_UNIT_LABELS[unit]}` : ''}
    </Typography.Text>
  );
}

/**
 * One card per indicator of the current period, grouped by record kind, each with its
 * value, numerator / denominator (each linking to its records) and the change against
 * the previous period; and the composite score with the weights it was computed with.
 */
export function IndicatorCards({
  current,
  previous,
  weights,
  labels,
  cellOf,
  divisionName,
}: {
  current: PeriodTotals;
  previous: PeriodTotals | undefined;
  weights: readonly { name: string; weight: number }[];
  labels: readonly EnumLabel[];
  /** The drill-down cell of an indicator's part, or null when it has none. */
  cellOf(indicator: string, part: 'NUMERATOR' | 'DENOMINATOR'): IndicatorCell | null;
  divisionName: string;
}) {
  const previousOf = (name: string) =>
    previous?.indicators.find((indicator) => indicator.name === name)?.value ?? null;
  const scoreChange = periodChange(
    'SCORE',
    current.compositeScore,
    previous?.compositeScore ?? null,
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title="综合评分" data-testid="composite-score">
        <Space size="large" wrap align="start">
          <Space orientation="vertical" size={0}>
            <Typography.Text strong style={{ fontSize: 28 }}>
              {formatScore(current.compositeScore)}
            </Typography.Text>
            <Change unit={changeUnitOf('SCORE')} change={scoreChange} />
          </Space>
          <Descriptions
            size="small"
            column={3}
            title="权重"
            items={weights.map((weight) => ({
              key: weight.name,
              label: enumLabel(labels, 'IndicatorName', weight.name),
              children: `${weight.weight}`,
            }))}
          />
        </Space>
      </Card>
      {RECORD_KINDS.map((kind) => {
        const indicators = current.indicators.filter((indicator) => indicator.recordKind === kind);
        if (indicators.length === 0) return null;
        return (
          <section key={kind} aria-label={enumLabel(labels, 'IndicatorRecordKind', kind)}>
            <Typography.Title level={4}>
              {enumLabel(labels, 'IndicatorRecordKind', kind)}
            </Typography.Title>
            <Row gutter={[16, 16]}>
              {indicators.map((indicator) => {
                const change = periodChange(
                  indicator.kind,
                  indicator.value,
                  previousOf(indicator.name),
                );
                const value = formatIndicatorValue(indicator.kind, indicator.value);
                const numeratorCell = cellOf(indicator.name, 'NUMERATOR');
                return (
                  <Col key={indicator.name} xs={24} sm={12} lg={8} xl={6}>
                    <Card size="small" title={indicator.label} data-indicator={indicator.name}>
                      <Space orientation="vertical" size={0}>
                        <Typography.Text
                          strong
                          style={{ fontSize: 24 }}
                          data-testid="indicator-value"
                        >
                          <IndicatorNumberLink
                            text={value}
                            cell={numeratorCell}
                            label={`查看 ${divisionName} ${indicator.label} 的记录`}
                          />
                        </Typography.Text>
                        <Typography.Text data-testid="indicator-parts">
                          {'分子 '}
                          <IndicatorNumberLink
                            text={formatNumerator(indicator.kind, indicator.numerator)}
                            cell={numeratorCell}
                            label={`查看 ${divisionName} ${indicator.label} 分子的记录`}
                          />
                          {indicator.denominator !== null && (
                            <>
                              {' / 分母 '}
                              <IndicatorNumberLink
                                text={formatDenominator(indicator.denominator)}
                                cell={cellOf(indicator.name, 'DENOMINATOR')}
                                label={`查看 ${divisionName} ${indicator.label} 分母的记录`}
                              />
                            </>
                          )}
                        </Typography.Text>
                        <Change unit={changeUnitOf(indicator.kind)} change={change} />
                        <Tag>{enumLabel(labels, 'IndicatorKind', indicator.kind)}</Tag>
                      </Space>
                    </Card>
                  </Col>
                );
              })}
            </Row>
          </section>
        );
      })}
    </Space>
  );
}
