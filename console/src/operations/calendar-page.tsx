import {
  Alert,
  App,
  Button,
  Card,
  Popconfirm,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../api/api-error';
import type { CalendarDayFieldsFragment } from '../generated/graphql';
import { enumLabel } from '../labels/enum-options';
import { formatInstant } from '../labels/format-instant';
import { useEnumLabels } from '../labels/use-enum-labels';
import { useSession } from '../shell/session-context';
import { CalendarDayForm } from './calendar-day-form';
import type { CalendarDayValues } from './calendar-day-form';
import { RemoveCalendarDayMutation, WorkingCalendarQuery } from './calendar-documents';

type CalendarDay = CalendarDayFieldsFragment;

const ENUMS = ['CalendarDayKind'] as const;

/** Who sets the State Council's schedule shipped with every node (calendar migration). */
const SEED = 'seed';

/** Tag colours dark enough on their pale ground for text (4.5:1). */
const HOLIDAY_COLOURS = { color: '#a8071a', background: '#fff1f0', borderColor: '#ff7875' };
const WORKDAY_COLOURS = { color: '#003eb3', background: '#e6f4ff', borderColor: '#69b1ff' };
const LOCAL_COLOURS = { color: '#873800', background: '#fff7e6', borderColor: '#ffc069' };

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** The weekday of a calendar date (YYYY-MM-DD): a date, not an instant, so read in UTC. */
const weekdayOf = (day: string) => WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()] ?? '';

/** The year it is now where the node computes its days. */
const yearIn = (timeZone: string) =>
  Number(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric' }).format(new Date()));

/**
 * 工作日历: the holidays and make-up workdays of a year at the user's node, month by month;
 * the State Council's schedule (set by 'seed') told apart from local adjustments, with who
 * made each and when. Holders of `calendar.edit` add, change and remove days.
 */
export function CalendarPage() {
  const { request, timeZone, viewer } = useSession();
  const { message } = App.useApp();
  const labels = useEnumLabels(request, ENUMS);
  const canEdit = viewer.permissions.includes('calendar.edit');
  const thisYear = yearIn(timeZone);
  const [year, setYear] = useState(thisYear);
  const [days, setDays] = useState<readonly CalendarDay[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<CalendarDayValues | null>(null);

  const load = useCallback(() => {
    request(WorkingCalendarQuery, { year }).then(
      ({ workingCalendar }) => {
        setDays(workingCalendar);
        setError(null);
      },
      (failure: unknown) =>
        setError(failure instanceof ApiError ? failure.message : '日历加载失败，请刷新页面。'),
    );
  }, [request, year]);
  useEffect(load, [load]);

  const remove = async (day: string) => {
    try {
      await request(RemoveCalendarDayMutation, { day });
      void message.success(`已删除 ${day} 的设置`);
      if (editing?.day === day) setEditing(null);
      load();
    } catch (failure) {
      void message.error(failure instanceof ApiError ? failure.message : '删除失败，请重试。');
    }
  };

  const months = useMemo(() => {
    const byMonth = new Map<number, CalendarDay[]>();
    for (const entry of days ?? []) {
      const month = Number(entry.day.slice(5, 7));
      byMonth.set(month, [...(byMonth.get(month) ?? []), entry]);
    }
    return [...byMonth.entries()];
  }, [days]);

  const columns: TableColumnsType<CalendarDay> = [
    { title: '日期', key: 'day', width: 130, render: (_, entry) => entry.day },
    { title: '星期', key: 'weekday', width: 80, render: (_, entry) => weekdayOf(entry.day) },
    {
      title: '类型',
      key: 'kind',
      width: 130,
      render: (_, entry) => (
        <Tag style={entry.kind === 'HOLIDAY' ? HOLIDAY_COLOURS : WORKDAY_COLOURS}>
          {enumLabel(labels, 'CalendarDayKind', entry.kind)}
        </Tag>
      ),
    },
    { title: '名称', key: 'name', render: (_, entry) => entry.name },
    {
      title: '来源',
      key: 'source',
      width: 340,
      render: (_, entry) =>
        entry.updatedBy === SEED ? (
          <Tag>国务院安排</Tag>
        ) : (
          <Space size={4} data-testid="calendar-local">
            <Tag style={LOCAL_COLOURS}>本地调整</Tag>
            <Typography.Text type="secondary">
              {entry.updatedBy} · {formatInstant(entry.updatedAt, timeZone)}
            </Typography.Text>
          </Space>
        ),
    },
    ...(canEdit
      ? [
          {
            title: '操作',
            key: 'edit',
            width: 150,
            render: (_: unknown, entry: CalendarDay) => (
              <Space>
                {/* No space put between 修改's two characters: the name must hold the text seen. */}
                <Button
                  size="small"
                  autoInsertSpace={false}
                  aria-label={`修改 ${entry.day}`}
                  onClick={() => setEditing({ day: entry.day, kind: entry.kind, name: entry.name })}
                >
                  修改
                </Button>
                <Popconfirm
                  title={`删除 ${entry.day} 的设置？`}
                  description="删除后这一天按周一至周五上班的规则计算。"
                  okText="确认删除"
                  cancelText="取消"
                  onConfirm={() => void remove(entry.day)}
                >
                  <Button size="small" autoInsertSpace={false} aria-label={`删除 ${entry.day}`}>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  const years = Array.from({ length: 5 }, (_, index) => thisYear - 2 + index);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title="工作日历"
        extra={
          <Space>
            <Typography.Text id="calendar-year-label">年份</Typography.Text>
            <Select
              aria-labelledby="calendar-year-label"
              value={year}
              options={years.map((each) => ({ value: each, label: `${each} 年` }))}
              onChange={(value) => {
                setDays(null);
                setYear(value);
              }}
              style={{ width: 120 }}
            />
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">
          法定节假日和调休上班日，时限按此计算。标为“国务院安排”的是随系统发布的国务院放假安排，“本地调整”是本节点的修改。
        </Typography.Paragraph>
        {canEdit && (
          <Card size="small" type="inner" title={editing ? `修改 ${editing.day}` : '添加日期'}>
            <CalendarDayForm
              editing={editing}
              labels={labels}
              onCancel={() => setEditing(null)}
              onSaved={(day) => {
                void message.success(`已保存 ${day}`);
                setEditing(null);
                if (Number(day.slice(0, 4)) !== year) setYear(Number(day.slice(0, 4)));
                else load();
              }}
            />
          </Card>
        )}
      </Card>
      {error && <Alert type="error" showIcon title={error} />}
      {!days && !error && <Skeleton active />}
      {days && days.length === 0 && (
        <Alert type="info" showIcon title={`${year} 年没有节假日或调休上班的记录`} />
      )}
      {months.map(([month, entries]) => (
        <Card key={month} size="small" title={`${month} 月`}>
          <Table<CalendarDay>
            rowKey="day"
            size="small"
            tableLayout="fixed"
            columns={columns}
            dataSource={entries}
            pagination={false}
            aria-label={`${year} 年 ${month} 月的节假日和调休上班日`}
          />
        </Card>
      ))}
    </Space>
  );
}
