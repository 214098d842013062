import { Card, Empty, Space, Table, Typography } from 'antd';
import { enumLabel } from '../labels/enum-options';
import type { EnumLabel } from '../labels/enum-options';
import type { IndicatorOverviewQuery, IndicatorValueFieldsFragment } from '../generated/graphql';
import { formatIndicatorValue } from './format-indicator';
import { IndicatorNumberLink } from './indicator-number-link';
import type { IndicatorCell } from './indicator-paths';

type Category = IndicatorOverviewQuery['indicators']['periods'][number]['categories'][number];

const RECORD_KINDS = ['HOTLINE_TICKET', 'CASE_REPORT', 'ENFORCEMENT_RECORD'] as const;

/**
 * The period's indicators per first-level category (the API's `categoryLevel: 1`), a
 * table per record kind: a row per category, a column per indicator of that kind. A
 * value opens the category's records where the division has them to list.
 */
export function CategoryBreakdown({
  categories,
  labels,
  cellOf,
}: {
  categories: readonly Category[];
  labels: readonly EnumLabel[];
  /** The drill-down cell of an indicator in a category, or null when it has none. */
  cellOf(indicator: string, category: string): IndicatorCell | null;
}) {
  return (
    <Card title="分类指标（一级分类）" data-testid="category-breakdown">
      {categories.length === 0 ? (
        <Empty description="本期没有分类数据" />
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          {RECORD_KINDS.map((kind) => {
            const rows = categories.filter((category) => category.recordKind === kind);
            const first = rows[0];
            if (!first) return null;
            const kindLabel = enumLabel(labels, 'IndicatorRecordKind', kind);
            const columns = first.indicators.indicators.map((indicator) => ({
              title: indicator.label,
              key: indicator.name,
              render: (_: unknown, row: Category) => {
                const found: IndicatorValueFieldsFragment | undefined =
                  row.indicators.indicators.find((each) => each.name === indicator.name);
                const text = formatIndicatorValue(indicator.kind, found?.value ?? null);
                return (
                  <IndicatorNumberLink
                    text={text}
                    cell={found ? cellOf(indicator.name, row.code) : null}
                    label={`查看 ${row.name ?? row.code} ${indicator.label} 的记录`}
                  />
                );
              },
            }));
            return (
              <div key={kind}>
                <Typography.Title level={5}>{kindLabel}</Typography.Title>
                <Table<Category>
                  rowKey={(row) => `${row.recordKind}:${row.code}`}
                  size="small"
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  aria-label={`${kindLabel}分类指标`}
                  dataSource={rows}
                  columns={[
                    {
                      title: '分类',
                      key: 'category',
                      fixed: 'left',
                      render: (_, row) => (row.name ? `${row.code} ${row.name}` : row.code),
                    },
                    ...columns,
                  ]}
                />
              </div>
            );
          })}
        </Space>
      )}
    </Card>
  );
}
