import { Alert, Button, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { CursorPages } from './use-cursor-pages';

/**
 * A list paged with the API's cursors: its rows in `columns`, the page's error above and the
 * page buttons below. Each kind of record says its own columns (TicketTable, CaseTable).
 */
export function PagedTable<Row extends { id: string }>({
  pages,
  columns,
  caption,
  emptyText,
}: {
  pages: CursorPages<Row>;
  columns: TableColumnsType<Row>;
  caption: string;
  emptyText: string;
}) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {pages.error && <Alert type="error" showIcon title={pages.error} />}
      <Table<Row>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={[...pages.rows]}
        loading={pages.loading}
        pagination={false}
        aria-label={caption}
        locale={{ emptyText }}
      />
      <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
        <Typography.Text type="secondary">第 {pages.pageNumber} 页</Typography.Text>
        <Button onClick={pages.previous} disabled={pages.pageNumber === 1 || pages.loading}>
          上一页
        </Button>
        <Button onClick={pages.next} disabled={!pages.hasNext || pages.loading}>
          下一页
        </Button>
      </Space>
    </Space>
  );
}
