import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import type { EnumLabel } from '../../labels/enum-options';
import type { ActionDescriptor, RecordRef } from './action-descriptor';
import { ActionDialog } from './action-dialog';

export interface LabelledAction {
  action: string;
  label: string;
}

/**
 * One button per action the API says the user may take now (`allowedActionLabels`), in its
 * order and words: a role never sees a button the API would refuse, and sees every one it
 * would accept. An action this console cannot send yet is shown, disabled, rather than hidden.
 */
export function ActionBar({
  actions,
  descriptors,
  record,
  labels,
  onDone,
}: {
  actions: readonly LabelledAction[];
  descriptors: Readonly<Record<string, ActionDescriptor>>;
  record: RecordRef;
  labels: readonly EnumLabel[];
  onDone(): void;
}) {
  const [chosen, setChosen] = useState<LabelledAction | null>(null);
  if (actions.length === 0) {
    return <Typography.Text type="secondary">您当前没有可执行的操作。</Typography.Text>;
  }
  const descriptor = chosen && descriptors[chosen.action];
  return (
    <>
      <Space wrap data-testid="record-actions">
        {actions.map((entry, index) => (
          <Button
            key={entry.action}
            type={index === 0 ? 'primary' : 'default'}
            disabled={!descriptors[entry.action]}
            title={descriptors[entry.action] ? undefined : '控制台暂不支持此操作，请通过接口办理'}
            onClick={() => setChosen(entry)}
          >
            {entry.label}
          </Button>
        ))}
      </Space>
      {chosen && descriptor && (
        <ActionDialog
          open
          title={chosen.label}
          descriptor={descriptor}
          record={record}
          labels={labels}
          onClose={() => setChosen(null)}
          onDone={() => {
            setChosen(null);
            onDone();
          }}
        />
      )}
    </>
  );
}
