import { Alert, Button, Card, Cascader, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { ApiError } from '../api/api-error';
import { mapFieldProblems } from '../forms/field-errors';
import type { DirectiveFieldsFragment } from '../generated/graphql';
import { IdempotentDraft } from '../intake/idempotent-submit';
import { instantOfLocal } from '../labels/local-instant';
import { useSession } from '../shell/session-context';
import type { DivisionNode } from './directive-addressees';
import { IssueDirectiveMutation } from './directive-documents';

interface IssueDirectiveValues {
  /** Cascader path: 全国, or a province, or a province then its city. */
  division: string[];
  title: string;
  body: string;
  dueAt?: Dayjs | null;
}

/** The form's fields by the names the API's problems use (`input.title` → title). */
const FIELDS = [['division'], ['title'], ['body'], ['dueAt']] as const;

const NATIONAL = { value: '000000', label: '全国' };

/**
 * 下发指令: a ministry analyst addresses a directive to the whole country, a province (it
 * and its cities) or one city. Every submit of one draft sends the same idempotency key, so
 * a retry after a lost answer issues it once.
 */
export function IssueDirectiveForm({
  provinces,
  onIssued,
}: {
  provinces: readonly DivisionNode[];
  onIssued: (directive: DirectiveFieldsFragment) => void;
}) {
  const { request, timeZone } = useSession();
  const [form] = Form.useForm<IssueDirectiveValues>();
  const draft = useRef(new IdempotentDraft());
  const [sending, setSending] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [issued, setIssued] = useState<string | null>(null);

  const options = [
    NATIONAL,
    ...provinces.map((province) => {
      const cities = (province.children ?? []).filter((child) => child.level === 'CITY');
      return {
        value: province.code,
        label: province.name,
        ...(cities.length > 0
          ? { children: cities.map((city) => ({ value: city.code, label: city.name })) }
          : {}),
      };
    }),
  ];

  const submit = async (values: IssueDirectiveValues) => {
    setAlert(null);
    setIssued(null);
    setSending(true);
    try {
      const { issueDirective } = await draft.current.submit((key) =>
        request(IssueDirectiveMutation, {
          input: {
            division: values.division.at(-1) ?? '',
            title: values.title,
            body: values.body,
            dueAt: values.dueAt
              ? instantOfLocal(values.dueAt.format('YYYY-MM-DD HH:mm'), timeZone)
              : null,
            idempotencyKey: key,
          },
        }),
      );
      form.resetFields();
      setIssued(`已下发指令 ${issueDirective.number}：${issueDirective.title}`);
      onIssued(issueDirective);
    } catch (error) {
      const { fields, general } = mapFieldProblems(
        error instanceof ApiError ? error.problems : [],
        FIELDS,
      );
      form.setFields(fields.map(({ name, errors }) => ({ name: name[0] as never, errors })));
      if (fields.length === 0)
        setAlert(error instanceof ApiError ? error.message : '下发失败，请重试。');
      else if (general.length > 0) setAlert(general.join(' '));
    } finally {
      setSending(false);
    }
  };

  return (
    <Card title="下发指令">
      {issued && <Alert type="success" showIcon title={issued} style={{ marginBottom: 16 }} />}
      {alert && (
        <Alert type="error" showIcon title={alert} role="alert" style={{ marginBottom: 16 }} />
      )}
      <Form<IssueDirectiveValues>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="division"
          label="受令单位"
          extra="发给省时，该省及其各市都会收到；发给全国时，各省、各市都会收到。"
          rules={[{ required: true, message: '请选择受令单位' }]}
        >
          <Cascader options={options} changeOnSelect placeholder="全国 / 省 / 市" />
        </Form.Item>
        <Form.Item
          name="title"
          label="标题"
          rules={[{ required: true, whitespace: true, message: '请填写标题' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="body"
          label="指令内容"
          rules={[{ required: true, whitespace: true, message: '请填写指令内容' }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="dueAt" label="办理时限（可选）">
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={sending}>
          下发
        </Button>
      </Form>
    </Card>
  );
}
