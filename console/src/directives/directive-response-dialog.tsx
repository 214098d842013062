import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/api-error';
import { mapFieldProblems } from '../forms/field-errors';
import type { DirectiveFieldsFragment } from '../generated/graphql';
import { useSession } from '../shell/session-context';
import { AcknowledgeDirectiveMutation, ReportOnDirectiveMutation } from './directive-documents';

/** The actions an addressee takes on a directive, as `allowedActions` names them. */
export type DirectiveResponseAction = 'acknowledge' | 'report';

const FIELDS = [['comment']] as const;

/**
 * 签收 (with an optional note) or 报告 (the report is required) on one directive. The
 * API states what is missing; its problems show beside the field.
 */
export function DirectiveResponseDialog({
  directive,
  action,
  title,
  onClose,
  onAnswered,
}: {
  directive: DirectiveFieldsFragment;
  action: DirectiveResponseAction;
  /** The action's label, as the API gives it. */
  title: string;
  onClose: () => void;
  onAnswered: (directive: DirectiveFieldsFragment) => void;
}) {
  const { request } = useSession();
  const [form] = Form.useForm<{ comment?: string }>();
  const [sending, setSending] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const report = action === 'report';

  const send = async ({ comment }: { comment?: string }) => {
    setSending(true);
    setAlert(null);
    const input = { directiveId: directive.id, comment: comment?.trim() ? comment : null };
    try {
      const answered = report
        ? (await request(ReportOnDirectiveMutation, { input })).reportOnDirective
        : (await request(AcknowledgeDirectiveMutation, { input })).acknowledgeDirective;
      onAnswered(answered);
    } catch (error) {
      const { fields, general } = mapFieldProblems(
        error instanceof ApiError ? error.problems : [],
        FIELDS,
      );
      form.setFields(fields.map(({ errors }) => ({ name: 'comment', errors })));
      if (fields.length === 0)
        setAlert(error instanceof ApiError ? error.message : '提交失败，请重试。');
      else if (general.length > 0) setAlert(general.join(' '));
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal
      open
      title={`${title}：${directive.title}`}
      okText={title}
      cancelText="取消"
      confirmLoading={sending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {alert && (
        <Alert type="error" showIcon title={alert} role="alert" style={{ marginBottom: 16 }} />
      )}
      <Form form={form} layout="vertical" onFinish={(values) => void send(values)}>
        <Form.Item
          name="comment"
          label={report ? '报告内容' : '签收说明（可选）'}
          rules={
            report ? [{ required: true, whitespace: true, message: '请填写报告内容' }] : undefined
          }
        >
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
