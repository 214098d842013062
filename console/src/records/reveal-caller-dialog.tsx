import { Alert, Button, Descriptions, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/api-error';
import type { RevealCallerMutation as RevealCallerResult } from '../generated/graphql';
import { useSession } from '../shell/session-context';
import { RevealCallerMutation } from './record-documents';

/**
 * 查看来电人信息: a masked caller shown in full to a role that may see it, for a reason the
 * API records in the audit log (5–500 characters; the API's refusal says what is wrong).
 * What is revealed stays in this dialog and is gone when it closes.
 */
export function RevealCallerButton({ ticketId }: { ticketId: string }) {
  const { request } = useSession();
  const [open, setOpen] = useState(false);
  const [revealed, setRevealed] = useState<RevealCallerResult['revealTicketCaller'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const close = () => {
    setOpen(false);
    setRevealed(null);
    setError(null);
    form.resetFields();
  };
  const reveal = async ({ reason }: { reason: string }) => {
    setSending(true);
    setError(null);
    try {
      const answer = await request(RevealCallerMutation, { id: ticketId, reason: reason ?? '' });
      setRevealed(answer.revealTicketCaller);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : '查看失败，请重试。');
    } finally {
      setSending(false);
    }
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        查看来电人信息
      </Button>
      <Modal
        open={open}
        title="查看来电人信息"
        onCancel={close}
        footer={
          revealed ? (
            <Button onClick={close}>关闭</Button>
          ) : (
            <Button type="primary" disabled={sending} onClick={() => form.submit()}>
              查看
            </Button>
          )
        }
        destroyOnHidden
      >
        {revealed ? (
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label="姓名">{revealed.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="电话">{revealed.phone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="地址">{revealed.address ?? '—'}</Descriptions.Item>
          </Descriptions>
        ) : (
          <Form form={form} layout="vertical" onFinish={(values) => void reveal(values)}>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title="查看记录将写入审计日志，请写明查看理由。"
            />
            {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={error} />}
            <Form.Item name="reason" label="查看理由">
              <Input.TextArea rows={2} placeholder="如：回访需要联系来电人" />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </>
  );
}
