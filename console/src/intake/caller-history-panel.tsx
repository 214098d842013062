import { Alert, Card, Empty, List, Space, Statistic, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/api-error';
import type { CallerHistoryQuery } from '../generated/graphql';
import { formatInstant } from '../labels/format-instant';
import { enumLabel } from '../labels/enum-options';
import type { EnumLabel } from '../labels/enum-options';
import { useSession } from '../shell/session-context';
import { CallerHistoryQuery as CallerHistoryDocument } from './intake-documents';

/** Fewer digits than any number the API accepts: not worth a request (and an audit entry). */
const MIN_DIGITS = 7;
/** Waits for the agent to stop typing, so one number is one search in the audit log. */
const TYPING_PAUSE_MS = 500;

type History = CallerHistoryQuery['callerHistory'];
type PanelState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'loaded'; history: History }
  | { kind: 'failed'; message: string };

/** 来电历史 beside the intake form: the caller's earlier tickets at this city, open ones first. */
export function CallerHistoryPanel({ phone, labels }: { phone: string; labels: EnumLabel[] }) {
  const { request, timeZone } = useSession();
  const [state, setState] = useState<PanelState>({ kind: 'idle' });
  useEffect(() => {
    if (phone.replace(/\D/g, '').length < MIN_DIGITS) {
      setState({ kind: 'idle' });
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      setState({ kind: 'loading' });
      request(CallerHistoryDocument, { phone }).then(
        ({ callerHistory }) => current && setState({ kind: 'loaded', history: callerHistory }),
        (error: unknown) =>
          current &&
          setState(
            // A number still being typed is not an error worth showing here: the form checks it.
            error instanceof ApiError && error.code === 'BAD_USER_INPUT'
              ? { kind: 'idle' }
              : {
                  kind: 'failed',
                  message: error instanceof ApiError ? error.message : '来电历史查询失败。',
                },
          ),
      );
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [phone, request]);

  return (
    <Card title="来电历史" size="small" loading={state.kind === 'loading'}>
      {state.kind === 'idle' && <Empty description="输入来电号码后显示该号码的历史工单" />}
      {state.kind === 'failed' && <Alert type="warning" showIcon title={state.message} />}
      {state.kind === 'loaded' && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space size="large">
            <Statistic title="历史工单" value={state.history.total} />
            <Statistic title="未办结" value={state.history.open} />
          </Space>
          <List
            size="small"
            dataSource={state.history.recent}
            locale={{ emptyText: '该号码在本市没有工单' }}
            renderItem={(ticket) => (
              <List.Item>
                <List.Item.Meta
                  title={ticket.title}
                  description={
                    <Space wrap size={4}>
                      <Typography.Text copyable>{ticket.number}</Typography.Text>
                      <Tag>{enumLabel(labels, 'TicketStatus', ticket.status)}</Tag>
                      <Typography.Text type="secondary">
                        {formatInstant(ticket.createdAt, timeZone)}
                      </Typography.Text>
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        </Space>
      )}
    </Card>
  );
}
