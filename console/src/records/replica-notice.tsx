import { Alert } from 'antd';
import { formatInstant } from '../labels/format-instant';

/** Where a replica came from and how fresh it is, as the API's `ReplicaInfo` says. */
export interface ReplicaSource {
  source: { name: string };
  currentTo?: string | null;
}

/**
 * 副本提示: the record (or list, or figure) shown was answered by a province's or the
 * ministry's replica, not by the owning city — whose source it is and the instant it is
 * current to, so nobody takes it for the live record. `note` is the API's own word on why
 * (its NODE_UNAVAILABLE note, when the city did not answer).
 */
export function ReplicaNotice({
  replica,
  timeZone,
  note,
}: {
  replica: ReplicaSource;
  timeZone: string;
  note?: string | undefined;
}) {
  const currentTo = replica.currentTo
    ? formatInstant(replica.currentTo, timeZone)
    : '未知（尚未同步过）';
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="replica-notice"
      title={`此记录来自 ${replica.source.name} 的副本，数据截至 ${currentTo}`}
      description={note}
    />
  );
}
