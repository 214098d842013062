import { Alert, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useLookupWhileTyping } from '../forms/use-lookup-while-typing';
import type { DuplicateSuggestionsQuery } from '../generated/graphql';
import { enumLabel } from '../labels/enum-options';
import type { EnumLabel } from '../labels/enum-options';
import { formatInstant } from '../labels/format-instant';
import { useSession } from '../shell/session-context';
import { DuplicateSuggestionsQuery as DuplicateSuggestionsDocument } from './intake-documents';

/** Waits for the agent to stop typing: one comparison per pause, not per keystroke. */
const TYPING_PAUSE_MS = 400;

export type DuplicateSuggestion = DuplicateSuggestionsQuery['ticketDuplicateSuggestions'][number];

/** What the request is compared on; the division and a level-3 category must be chosen. */
export interface DuplicateQuery {
  division: string | undefined;
  /** The level-3 category code, undefined until one is chosen. */
  categoryCode: string | undefined;
  title: string;
  content: string;
  address: string;
}

/**
 * 疑似重复工单 beside the intake form: open tickets of the same division and category from the
 * last days with a similar text or address, best first, each with a 并单 button. Only the
 * answer to the latest text is shown: an earlier one arriving late is dropped.
 */
export function DuplicateSuggestionsPanel({
  query,
  labels,
  merging,
  disabled,
  onMerge,
}: {
  query: DuplicateQuery;
  labels: EnumLabel[];
  /** The id of the ticket a 并单 is under way into, if any. */
  merging: string | undefined;
  disabled: boolean;
  onMerge(suggestion: DuplicateSuggestion): void;
}) {
  const { request, timeZone } = useSession();
  const { division, categoryCode, title, content, address } = query;
  const worthAsking =
    division && categoryCode && (title.trim() || content.trim() || address.trim());
  const state = useLookupWhileTyping(
    JSON.stringify(query),
    worthAsking
      ? () =>
          request(DuplicateSuggestionsDocument, {
            input: { division, categoryCode, title, content, address },
          }).then(({ ticketDuplicateSuggestions }) => ticketDuplicateSuggestions)
      : null,
    TYPING_PAUSE_MS,
    '疑似重复工单查询失败。',
  );
  return (
    <Card
      title="疑似重复工单"
      size="small"
      loading={state.kind === 'loading'}
      data-testid="duplicate-suggestions"
    >
      {state.kind === 'idle' && (
        <Empty description="选定区域和三级分类并填写标题、内容或地址后，显示近 7 天的相似工单" />
      )}
      {state.kind === 'failed' && <Alert type="warning" showIcon title={state.message} />}
      {state.kind === 'loaded' && (
        <List
          size="small"
          dataSource={state.answer}
          locale={{ emptyText: '没有相似的工单' }}
          renderItem={({ ticket, score }) => (
            <List.Item
              data-testid="duplicate-suggestion"
              actions={[
                <Button
                  key="merge"
                  size="small"
                  loading={merging === ticket.id}
                  disabled={disabled}
                  onClick={() => onMerge({ ticket, score })}
                >
                  并单
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={ticket.title}
                description={
                  <Space wrap size={4}>
                    <Typography.Text copyable>{ticket.number}</Typography.Text>
                    <Tag>{enumLabel(labels, 'TicketStatus', ticket.status)}</Tag>
                    <Typography.Text type="secondary">
                      {formatInstant(ticket.createdAt, timeZone)}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      相似度 {Math.round(score * 100)}%
                    </Typography.Text>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
