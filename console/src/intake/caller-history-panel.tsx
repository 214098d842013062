import { Alert, Card, Empty, List, Space, Statistic, Tag, Typography } from 'antd';
import { useLookupWhileTyping } from '../forms/use-lookup-while-typing';
import { formatInstant } from '../labels/format-instant';
import { enumLabel } from '../labels/enum-options';
import type { EnumLabel } from '../labels/enum-options';
import { useSession } from '../shell/session-context';
import { CallerHistoryQuery as CallerHistoryDocument } from './intake-documents';

/** Fewer digits than any number the API accepts: not worth a request (and an audit entry). */
const MIN_DIGITS = 7;
/** Waits for the agent to stop typing, so one number is one search in the audit log. */
const TYPING_PAUSE_MS = 500;

/** 来电历史 beside the intake form: the caller's earlier tickets at this city, open ones first. */
export function CallerHistoryPanel({ phone, labels }: { phone: string; labels: EnumLabel[] }) {
  const { request, timeZone } = useSession();
  const state = useLookupWhileTyping(
    phone,
    phone.replace(/\D/g, '').length >= MIN_DIGITS
      ? () => request(CallerHistoryDocument, { phone }).then(({ callerHistory }) => callerHistory)
      : null,
    TYPING_PAUSE_MS,
    '来电历史查询失败。',
  );
  return (
    <Card title="来电历史" size="small" loading={state.kind === 'loading'}>
      {state.kind === 'idle' && <Empty description="输入来电号码后显示该号码的历史工单" />}
      {state.kind === 'failed' && <Alert type="warning" showIcon title={state.message} />}
      {state.kind === 'loaded' && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space size="large">
            <Statistic title="历史工单" value={state.answer.total} />
            <Statistic title="未办结" value={state.answer.open} />
          </Space>
          <List
            size="small"
            dataSource={state.answer.recent}
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
