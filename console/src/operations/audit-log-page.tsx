import { Button, Card, Checkbox, Form, Input, Space, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError } from '../api/api-error';
import { mapFieldProblems } from '../forms/field-errors';
import type { AuditLogScreenQuery } from '../generated/graphql';
import { formatInstant } from '../labels/format-instant';
import { instantOfLocal } from '../labels/local-instant';
import { PagedTable } from '../lists/paged-table';
import { useCursorPages } from '../lists/use-cursor-pages';
import { RequirePermission } from '../shell/require-permission';
import { useSession } from '../shell/session-context';
import { AuditChainCheck } from './audit-chain-check';
import { AuditLogQuery } from './audit-documents';
import { NodeSelect } from './node-select';

type Entry = AuditLogScreenQuery['auditLog']['nodes'][number];

/** Every read, reveal and caller lookup of personal data (personal-data.read/.reveal/.lookup). */
const PERSONAL_DATA_PREFIX = 'personal-data.';

const PAGE_SIZE = 20;

/** The filter form as typed: times are the node's wall clock (`datetime-local`). */
interface FilterValues {
  actor?: string;
  action?: string;
  entityId?: string;
  from?: string;
  to?: string;
  personalData?: boolean;
}

/** The form's fields, by the names the API's problems use. */
const FILTER_FIELDS = [['actor'], ['action'], ['entityId'], ['from'], ['to']] as const;

/** `auditLog`'s arguments from the form: blank fields are left out. */
function filterOf(values: FilterValues, timeZone: string) {
  const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  const local = (value: string | undefined) =>
    value ? instantOfLocal(value.replace('T', ' '), timeZone) : undefined;
  const to = local(values.to);
  return {
    actor: text(values.actor),
    action: values.personalData ? undefined : text(values.action),
    actionPrefix: values.personalData ? PERSONAL_DATA_PREFIX : undefined,
    entityId: text(values.entityId),
    from: local(values.from),
    // The minute picked is included whole: 至 16:30 takes in 16:30:59.
    to: to && new Date(Date.parse(to) + 59_999).toISOString(),
  };
}

/**
 * 审计日志: a node's audit entries newest first, paged, filtered by who (操作人), what (操作,
 * or every personal-data read, reveal and lookup at once: 个人信息查阅), when and which record
 * (its number or id); the reason of each entry shown; and 校验哈希链 for the node's chain.
 */
export function AuditLogPage() {
  return (
    <RequirePermission operation="audit.read">
      <AuditLogScreen />
    </RequirePermission>
  );
}

function AuditLogScreen() {
  const { request, timeZone, viewer } = useSession();
  const [form] = Form.useForm<FilterValues>();
  const [node, setNode] = useState(viewer.division.code);
  const [filter, setFilter] = useState<FilterValues>({});

  const load = useCallback(
    async (after: string | undefined) => {
      try {
        const { auditLog } = await request(AuditLogQuery, {
          node,
          ...filterOf(filter, timeZone),
          first: PAGE_SIZE,
          ...(after ? { after } : {}),
        });
        return {
          rows: auditLog.nodes,
          hasNextPage: auditLog.pageInfo.hasNextPage,
          endCursor: auditLog.pageInfo.endCursor ?? null,
        };
      } catch (failure) {
        // The API's problems go beside the fields they name; the message above the list.
        if (failure instanceof ApiError) {
          const { fields } = mapFieldProblems(
            failure.problems.map((problem) => ({
              ...problem,
              field: problem.field === 'actionPrefix' ? 'action' : problem.field,
            })),
            FILTER_FIELDS,
          );
          form.setFields(
            fields.map(({ name, errors }) => ({ name: name[0] as keyof FilterValues, errors })),
          );
        }
        throw failure;
      }
    },
    [request, node, filter, timeZone, form],
  );
  const pages = useCursorPages(load);

  const apply = (values: FilterValues) => {
    form.setFields(FILTER_FIELDS.map(([name]) => ({ name, errors: [] })));
    setFilter({ ...values });
  };
  const personalData = Form.useWatch('personalData', form);

  const instant = (value: string) => formatInstant(value, timeZone, { seconds: true });
  const columns: TableColumnsType<Entry> = [
    { title: '时间', key: 'at', render: (_, entry) => instant(entry.at) },
    {
      title: '操作人',
      key: 'actor',
      render: (_, entry) => (
        <span>
          {entry.actor}
          <Typography.Text type="secondary">（{entry.actorDivision}）</Typography.Text>
        </span>
      ),
    },
    {
      title: '操作',
      key: 'action',
      render: (_, entry) => <Typography.Text code>{entry.action}</Typography.Text>,
    },
    {
      title: '对象',
      key: 'entity',
      render: (_, entry) => (
        <span>
          {entry.entity}
          {entry.entityIds.length > 0 && (
            <Typography.Text type="secondary"> {entry.entityIds.join('、')}</Typography.Text>
          )}
        </span>
      ),
    },
    {
      title: '理由',
      key: 'reason',
      render: (_, entry) => entry.reason ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    { title: '来源地址', key: 'clientAddress', render: (_, entry) => entry.clientAddress ?? '—' },
    { title: '范围', key: 'scope', render: (_, entry) => entry.scope },
    {
      title: '哈希',
      key: 'hash',
      render: (_, entry) =>
        entry.hash ? (
          <Tooltip title={entry.hash}>
            <Typography.Text code>{entry.hash.slice(0, 8)}…</Typography.Text>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">待封存</Typography.Text>
        ),
    },
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title="审计日志" extra={<NodeSelect value={node} onChange={setNode} />}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Form<FilterValues>
            form={form}
            layout="inline"
            name="audit-filter"
            onFinish={apply}
            style={{ rowGap: 12 }}
          >
            <Form.Item name="actor" label="操作人">
              <Input placeholder="用户名，如 dispatcher.320100" allowClear />
            </Form.Item>
            <Form.Item name="action" label="操作">
              <Input placeholder="如 ticket.create" allowClear disabled={Boolean(personalData)} />
            </Form.Item>
            <Form.Item name="entityId" label="记录">
              <Input placeholder="记录编号或 ID" allowClear />
            </Form.Item>
            <Form.Item name="from" label="起始时间">
              <Input type="datetime-local" />
            </Form.Item>
            <Form.Item name="to" label="截止时间">
              <Input type="datetime-local" />
            </Form.Item>
            <Form.Item name="personalData" valuePropName="checked">
              <Checkbox
                onChange={(event) =>
                  apply({ ...form.getFieldsValue(), personalData: event.target.checked })
                }
              >
                个人信息查阅
              </Checkbox>
            </Form.Item>
            <Form.Item>
              <Space>
                <Button type="primary" htmlType="submit">
                  查询
                </Button>
                <Button
                  onClick={() => {
                    form.resetFields();
                    apply({});
                  }}
                >
                  重置
                </Button>
              </Space>
            </Form.Item>
          </Form>
          <PagedTable<Entry>
            pages={pages}
            columns={columns}
            caption="审计日志条目"
            emptyText="没有符合条件的审计条目"
          />
        </Space>
      </Card>
      <Card title="哈希链">
        <AuditChainCheck node={node} />
      </Card>
    </Space>
  );
}
