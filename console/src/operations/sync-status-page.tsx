import { Alert, Card, Descriptions, Skeleton, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/api-error';
import type { SyncStatusScreenQuery } from '../generated/graphql';
import { enumLabel } from '../labels/enum-options';
import { formatDuration } from '../labels/format-duration';
import { formatInstant } from '../labels/format-instant';
import { useEnumLabels } from '../labels/use-enum-labels';
import { RequirePermission } from '../shell/require-permission';
import { useSession } from '../shell/session-context';
import { NodeSelect } from './node-select';
import { SyncStateTag } from './sync-state-tag';
import { SyncStatusQuery } from './sync-documents';

type SyncStatus = SyncStatusScreenQuery['syncStatus'];
type SourceRow = SyncStatus['sources'][number];

/** How often the open screen asks again: a source backing off shows within this. */
const REFRESH_MS = 3_000;

const ENUMS = ['SyncState', 'Tier'] as const;

/** What a missing value reads as. */
const NONE = '—';

/** The sync state of one node as it was at `at` (when its answer arrived). */
interface Shown {
  node: string;
  status: SyncStatus;
  at: string;
}

/**
 * 同步状态: where a node stands with each source it pulls from — state, positions, lag in
 * changes and in time, when the source last answered, what the replicas are current to, the
 * last error — asked again every few seconds while the screen is open. The user's home
 * node by default; any node they may name from the selector.
 */
export function SyncStatusPage() {
  return (
    <RequirePermission operation="sync.read">
      <SyncStatusScreen />
    </RequirePermission>
  );
}

function SyncStatusScreen() {
  const { request, timeZone, viewer } = useSession();
  const labels = useEnumLabels(request, ENUMS);
  const [node, setNode] = useState(viewer.division.code);
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let open = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // One request at a time: the next is asked once this one has answered (or failed).
    const refresh = () => {
      request(SyncStatusQuery, { node })
        .then(
          ({ syncStatus }) => {
            if (!open) return;
            setShown({ node, status: syncStatus, at: new Date().toISOString() });
            setError(null);
          },
          (failure: unknown) => {
            if (!open) return;
            setError(
              failure instanceof ApiError ? failure.message : '同步状态加载失败，将自动重试。',
            );
          },
        )
        .finally(() => {
          if (open) timer = setTimeout(refresh, REFRESH_MS);
        });
    };
    refresh();
    return () => {
      open = false;
      clearTimeout(timer);
    };
  }, [request, node]);

  const instant = (value: string | null | undefined) =>
    value ? formatInstant(value, timeZone, { seconds: true }) : NONE;
  const columns: TableColumnsType<SourceRow> = [
    {
      title: '来源',
      key: 'source',
      render: (_, row) => `${row.source.name}（${row.source.code}）`,
    },
    {
      title: '状态',
      key: 'state',
      render: (_, row) => <SyncStateTag state={row.state} labels={labels} />,
    },
    {
      title: '已应用 / 来源位置',
      key: 'positions',
      render: (_, row) => (
        <span data-testid="sync-positions">
          {row.applied} / {row.head}
        </span>
      ),
    },
    {
      title: '落后条数',
      key: 'lagChanges',
      render: (_, row) => <span data-testid="sync-lag-changes">{row.lagChanges}</span>,
    },
    {
      title: '落后时长',
      key: 'lagSeconds',
      render: (_, row) => (
        <span data-testid="sync-lag-seconds">
          {row.lagSeconds === null || row.lagSeconds === undefined
            ? NONE
            : formatDuration(row.lagSeconds)}
        </span>
      ),
    },
    {
      title: '最早待应用',
      key: 'oldestPendingAt',
      render: (_, row) => instant(row.oldestPendingAt),
    },
    { title: '来源上次应答', key: 'answeredAt', render: (_, row) => instant(row.answeredAt) },
    { title: '数据截至', key: 'currentTo', render: (_, row) => instant(row.currentTo) },
    {
      title: '最近错误',
      key: 'lastError',
      render: (_, row) =>
        row.lastError ? (
          <Typography.Text type="danger" data-testid="sync-last-error">
            {row.lastError}
          </Typography.Text>
        ) : (
          NONE
        ),
    },
    { title: '重新同步次数', key: 'resyncs', render: (_, row) => row.resyncs },
    { title: '过时变更', key: 'staleChanges', render: (_, row) => row.staleChanges },
  ];

  const status = shown?.node === node ? shown.status : null;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title="同步状态" extra={<NodeSelect value={node} onChange={setNode} />}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {error && (
            <Alert
              type="error"
              showIcon
              title={error}
              description={status ? `下表是 ${instant(shown?.at)} 的数据。` : undefined}
            />
          )}
          {!status && !error && <Skeleton active />}
          {status && shown && (
            <>
              <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 4 }}>
                <Descriptions.Item label="节点">
                  {status.node.name}（{enumLabel(labels, 'Tier', status.tier)}）
                </Descriptions.Item>
                <Descriptions.Item label="本节点位置">
                  <span data-testid="sync-node-head">{status.head}</span>
                </Descriptions.Item>
                <Descriptions.Item label="纪元">{status.epoch}</Descriptions.Item>
                <Descriptions.Item label="上次刷新">
                  <span data-testid="sync-refreshed-at">{instant(shown.at)}</span>
                  <Typography.Text type="secondary">
                    （每 {REFRESH_MS / 1000} 秒自动刷新）
                  </Typography.Text>
                </Descriptions.Item>
              </Descriptions>
              <Table<SourceRow>
                rowKey={(row) => row.source.code}
                size="middle"
                columns={columns}
                dataSource={[...status.sources]}
                pagination={false}
                aria-label={`${status.node.name}的同步来源`}
                locale={{ emptyText: '此节点没有您可查看的同步来源' }}
                scroll={{ x: 'max-content' }}
              />
            </>
          )}
        </Space>
      </Card>
    </Space>
  );
}
