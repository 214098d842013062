import { Tag } from 'antd';
import type { DeadlineStatus } from '../generated/graphql';

/** The colours of the deadline states, as the desk reads them at a glance: green, amber, red. */
const COLOURS: Readonly<Record<DeadlineStatus, string>> = {
  NORMAL: 'green',
  DUE_SOON: 'orange',
  OVERDUE: 'red',
};

/** A record's deadline state (正常 / 即将到期 / 已超期) in its colour. */
export function DeadlineTag({ status, label }: { status: DeadlineStatus; label: string }) {
  return (
    <Tag color={COLOURS[status]} data-deadline={status}>
      {label}
    </Tag>
  );
}
