import { Alert, Button, Form, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/api-error';
import { mapFieldProblems } from '../forms/field-errors';
import type { CalendarDayKind } from '../generated/graphql';
import { enumOptions } from '../labels/enum-options';
import type { EnumLabel } from '../labels/enum-options';
import { useSession } from '../shell/session-context';
import { SetCalendarDayMutation } from './calendar-documents';

export interface CalendarDayValues {
  day: string;
  kind: CalendarDayKind;
  name: string;
}

const FORM_FIELDS = [['day'], ['kind'], ['name']] as const;

/**
 * 设置日期: marks a day a holiday or a make-up workday (`setCalendarDay`), or changes what an
 * entry says (`editing`: its day is fixed). The API checks everything (a WORKDAY only on a
 * weekend, a name of 1–50 characters…): its problems are shown beside their fields.
 */
export function CalendarDayForm({
  editing,
  labels,
  onSaved,
  onCancel,
}: {
  editing: CalendarDayValues | null;
  labels: readonly EnumLabel[];
  onSaved: (day: string) => void;
  onCancel: () => void;
}) {
  const { request } = useSession();
  const [form] = Form.useForm<CalendarDayValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    setGeneral([]);
    if (editing) form.setFieldsValue(editing);
    else form.resetFields();
  }, [editing, form]);

  const save = async (values: CalendarDayValues) => {
    setSaving(true);
    setGeneral([]);
    try {
      const { setCalendarDay } = await request(SetCalendarDayMutation, {
        input: { day: values.day ?? '', kind: values.kind, name: values.name ?? '' },
      });
      form.resetFields();
      onSaved(setCalendarDay.day);
    } catch (failure) {
      const { fields, general: rest } = mapFieldProblems(
        failure instanceof ApiError ? failure.problems : [],
        FORM_FIELDS,
      );
      form.setFields(
        fields.map(({ name, errors }) => ({ name: name[0] as keyof CalendarDayValues, errors })),
      );
      setGeneral(
        fields.length > 0
          ? rest
          : [failure instanceof ApiError ? failure.message : '保存失败，请重试。'],
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {general.map((message) => (
        <Alert key={message} type="error" showIcon title={message} />
      ))}
      <Form<CalendarDayValues>
        form={form}
        name="calendar-day"
        layout="inline"
        onFinish={(values) => void save(values)}
        initialValues={{ kind: 'HOLIDAY' }}
        style={{ rowGap: 12 }}
      >
        <Form.Item name="day" label="日期">
          <Input type="date" disabled={Boolean(editing)} />
        </Form.Item>
        <Form.Item name="kind" label="类型">
          <Select
            style={{ minWidth: 160 }}
            options={enumOptions(labels, 'CalendarDayKind')}
            aria-label="类型"
          />
        </Form.Item>
        <Form.Item name="name" label="名称">
          <Input placeholder="如 春节、本市运动会" />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={saving}>
              {editing ? '保存修改' : '添加'}
            </Button>
            {editing && <Button onClick={onCancel}>取消修改</Button>}
          </Space>
        </Form.Item>
      </Form>
    </Space>
  );
}
