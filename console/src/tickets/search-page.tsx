import { Alert, Card, Input, Segmented, Space } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/api-error';
import { useEnumLabels } from '../labels/use-enum-labels';
import { useCursorPages } from '../lists/use-cursor-pages';
import type { CursorPage } from '../lists/use-cursor-pages';
import { RecordIdByNumber } from '../records/actions/ticket-action-documents';
import { recordPath } from '../shell/role-home';
import { useSession } from '../shell/session-context';
import type { TicketRowFragment } from '../generated/graphql';
import { TicketListQuery, TicketsByPhoneQuery } from './ticket-documents';
import { TicketTable } from './ticket-table';
import { PAGE_SIZE } from './use-ticket-pages';

type SearchBy = 'number' | 'phone' | 'text';

const NOTHING: CursorPage<TicketRowFragment> = { rows: [], hasNextPage: false, endCursor: null };

/**
 * 查询: a record by its number (opens it), a caller's tickets by phone (only for those the
 * policy lets look callers up; each search is audited), or tickets by words in them.
 */
export function SearchPage() {
  const { request, viewer } = useSession();
  const navigate = useNavigate();
  const labels = useEnumLabels(request, ['TicketStatus', 'DeadlineStatus', 'Urgency']);
  const byPhone = viewer.permissions.includes('caller.lookup');
  const [by, setBy] = useState<SearchBy>('number');
  const [asked, setAsked] = useState<{ by: SearchBy; term: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    async (after: string | undefined): Promise<CursorPage<TicketRowFragment>> => {
      if (!asked || asked.by === 'number') return NOTHING;
      if (asked.by === 'phone') {
        const { ticketsByCallerPhone: found } = await request(TicketsByPhoneQuery, {
          phone: asked.term,
          first: PAGE_SIZE,
          after,
        });
        return { rows: found.nodes, ...found.pageInfo };
      }
      const { tickets } = await request(TicketListQuery, {
        filter: { text: asked.term },
        first: PAGE_SIZE,
        after,
      });
      return { rows: tickets.nodes, ...tickets.pageInfo };
    },
    [request, asked],
  );
  const pages = useCursorPages(load);

  const search = async (term: string) => {
    setError(null);
    const trimmed = term.trim();
    if (trimmed === '') return;
    if (by !== 'number') {
      setAsked({ by, term: trimmed });
      return;
    }
    try {
      const { recordByNumber } = await request(RecordIdByNumber, { number: trimmed });
      if (recordByNumber) void navigate(recordPath(trimmed));
      else setError(`没有编号为 ${trimmed} 的记录，或它不在您的权限范围内。`);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : '查询失败，请重试。');
    }
  };

  const options = [
    { value: 'number', label: '按编号' },
    ...(byPhone ? [{ value: 'phone', label: '按来电号码' }] : []),
    { value: 'text', label: '按关键词' },
  ];
  return (
    <Card title="工单查询">
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Space wrap>
          <Segmented options={options} value={by} onChange={(value) => setBy(value as SearchBy)} />
          <Input.Search
            aria-label="查询内容"
            enterButton="查询"
            allowClear
            style={{ width: 420 }}
            placeholder={
              by === 'number'
                ? '工单或案件编号'
                : by === 'phone'
                  ? '手机或带区号的固话'
                  : '如：井盖 鼓楼'
            }
            onSearch={(term) => void search(term)}
          />
        </Space>
        {error && <Alert type="error" showIcon title={error} />}
        {asked && asked.by !== 'number' && (
          <TicketTable pages={pages} labels={labels} caption="查询结果" />
        )}
      </Space>
    </Card>
  );
}
