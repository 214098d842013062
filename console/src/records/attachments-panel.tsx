import { Alert, Button, Image, List, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/api-error';
import type { AttachmentFieldsFragment } from '../generated/graphql';
import { enumLabel } from '../labels/enum-options';
import type { EnumLabel } from '../labels/enum-options';
import { formatInstant } from '../labels/format-instant';
import { useSession } from '../shell/session-context';
import { AttachmentContentQuery } from './record-documents';

const sizeOf = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

/**
 * A record's files. Their bytes are fetched only when the user opens one (each download of
 * a ticket's or case's file is audited as a read of personal data, so none is read unasked):
 * a photo is shown in place, a PDF opens in a new tab.
 */
export function AttachmentsPanel({
  attachments,
  count,
  labels,
}: {
  attachments: readonly AttachmentFieldsFragment[] | null;
  count: number;
  labels: readonly EnumLabel[];
}) {
  const { request, timeZone } = useSession();
  const [shown, setShown] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  if (attachments === null) {
    return (
      <Typography.Text type="secondary">共 {count} 个附件（仅所属城市可查看）。</Typography.Text>
    );
  }
  const open = async (attachment: AttachmentFieldsFragment) => {
    setError(null);
    try {
      const { attachmentContent } = await request(AttachmentContentQuery, { id: attachment.id });
      const url = `data:${attachmentContent.attachment.contentType};base64,${attachmentContent.base64}`;
      if (attachment.contentType.startsWith('image/')) {
        setShown((current) => ({ ...current, [attachment.id]: url }));
      } else {
        const blob = await (await fetch(url)).blob();
        window.open(URL.createObjectURL(blob), '_blank', 'noopener');
      }
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : '附件读取失败，请重试。');
    }
  };
  return (
    <>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <List
        data-testid="record-attachments"
        dataSource={[...attachments]}
        locale={{ emptyText: '没有附件' }}
        renderItem={(attachment) => (
          <List.Item
            actions={[
              <Button key="open" size="small" onClick={() => void open(attachment)}>
                {attachment.contentType.startsWith('image/') ? '预览' : '打开'}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={`${attachment.fileName}（${enumLabel(labels, 'AttachmentPurpose', attachment.purpose)}）`}
              description={`${sizeOf(attachment.size)} · ${attachment.uploadedBy} · ${formatInstant(attachment.uploadedAt, timeZone)}`}
            />
            {shown[attachment.id] && (
              <Image src={shown[attachment.id]} alt={attachment.fileName} width={160} />
            )}
          </List.Item>
        )}
      />
    </>
  );
}
