import { App, Button } from 'antd';
import { useMemo, useState } from 'react';
import type { SupervisedRecordKind } from '../generated/graphql';
import { IdempotentDraft } from '../intake/idempotent-submit';
import type { EnumLabel } from '../labels/enum-options';
import { ActionDialog } from '../records/actions/action-dialog';
import { useSession } from '../shell/session-context';
import { issueSupervisionDescriptor } from './supervision-actions';

/**
 * 督办 on a ticket or case, for those whose policy lets them issue orders (nobody else sees
 * the button): the order dialog, whose refusals show beside their fields. One draft (one
 * idempotency key) per record until an order is issued.
 */
export function IssueSupervisionButton({
  record,
  labels,
  size,
  onIssued,
}: {
  record: { id: string; number: string; kind: SupervisedRecordKind };
  labels: readonly EnumLabel[];
  size?: 'small' | 'middle';
  onIssued?(): void;
}) {
  const { viewer } = useSession();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const descriptor = useMemo(
    () => issueSupervisionDescriptor(record.kind, new IdempotentDraft()),
    [record.kind],
  );
  if (!viewer.permissions.includes('supervision.issue')) return null;
  return (
    <>
      <Button size={size} onClick={() => setOpen(true)} aria-label={`督办 ${record.number}`}>
        督办
      </Button>
      {open && (
        <ActionDialog
          open
          title={`督办 ${record.number}`}
          descriptor={descriptor}
          record={{ id: record.id, version: 0 }}
          labels={labels}
          onClose={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            void message.success(`已对 ${record.number} 下发督办单`);
            onIssued?.();
          }}
        />
      )}
    </>
  );
}
