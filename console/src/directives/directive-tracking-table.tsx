import { Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { DirectiveFieldsFragment } from '../generated/graphql';
import type { EnumLabel } from '../labels/enum-options';
import { enumLabel } from '../labels/enum-options';
import { formatInstant } from '../labels/format-instant';
import { addresseesOf, trackAddressees } from './directive-addressees';
import type {
  AddresseeTracking,
  DirectiveResponseEntry,
  DivisionNode,
} from './directive-addressees';

/** A state's colour beside its label (the label carries the meaning; colour only helps). */
const STATE_COLOURS: Record<AddresseeTracking['state'], string> = {
  ISSUED: 'default',
  ACKNOWLEDGED: 'blue',
  REPORTED: 'purple',
};

/** Who answered, when, and what they wrote. */
function ResponseCell({
  response,
  timeZone,
}: {
  response: DirectiveResponseEntry;
  timeZone: string;
}) {
  return (
    <Space orientation="vertical" size={0}>
      <Typography.Text>
        {response.actor} · {formatInstant(response.createdAt, timeZone)}
      </Typography.Text>
      {response.comment && <Typography.Text type="secondary">{response.comment}</Typography.Text>}
    </Space>
  );
}

/**
 * The issuer's tracking of one directive: every addressee (a province and its cities, or
 * every province and city) with its 签收 and 报告 as the ministry holds them, and those
 * who have not answered yet.
 */
export function DirectiveTrackingTable({
  directive,
  provinces,
  labels,
  timeZone,
}: {
  directive: DirectiveFieldsFragment;
  provinces: readonly DivisionNode[];
  labels: readonly EnumLabel[];
  timeZone: string;
}) {
  const rows = trackAddressees(addresseesOf(directive.division, provinces), directive.responses);
  const columns: TableColumnsType<AddresseeTracking> = [
    {
      title: '受令单位',
      key: 'division',
      render: (_v, row) => `${row.division.name}（${row.division.code}）`,
    },
    {
      title: '状态',
      key: 'state',
      render: (_v, row) => (
        <Tag color={STATE_COLOURS[row.state]}>{enumLabel(labels, 'DirectiveState', row.state)}</Tag>
      ),
    },
    {
      title: '签收',
      key: 'acknowledgement',
      render: (_v, row) =>
        row.acknowledgement ? (
          <ResponseCell response={row.acknowledgement} timeZone={timeZone} />
        ) : (
          <Typography.Text type="secondary">未签收</Typography.Text>
        ),
    },
    {
      title: '报告',
      key: 'reports',
      render: (_v, row) =>
        row.reports.length > 0 ? (
          <Space orientation="vertical">
            {row.reports.map((report) => (
              <ResponseCell key={report.id} response={report} timeZone={timeZone} />
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">未报告</Typography.Text>
        ),
    },
  ];
  const answered = rows.filter((row) => row.state !== 'ISSUED').length;
  return (
    <Table<AddresseeTracking>
      aria-label={`指令 ${directive.number} 的签收和报告情况`}
      title={() => `签收和报告情况：${answered} / ${rows.length} 个受令单位已签收`}
      size="small"
      bordered
      rowKey={(row) => row.division.code}
      pagination={false}
      columns={columns}
      dataSource={rows}
    />
  );
}
