import { Timeline, Typography } from 'antd';
import type { HistoryFieldsFragment } from '../generated/graphql';
import { formatInstant } from '../labels/format-instant';

/** A record's whole history, oldest first, in the API's words and the node's time zone. */
export function HistoryTimeline({
  history,
  timeZone,
}: {
  history: readonly HistoryFieldsFragment[];
  timeZone: string;
}) {
  return (
    <Timeline
      data-testid="record-history"
      items={history.map((entry, index) => ({
        key: index,
        color: index === history.length - 1 ? 'blue' : 'gray',
        title: formatInstant(entry.at, timeZone),
        content: (
          <div>
            <Typography.Text strong>{entry.actionLabel}</Typography.Text>
            {entry.fromStateLabel && entry.fromStateLabel !== entry.toStateLabel
              ? `（${entry.fromStateLabel} → ${entry.toStateLabel}）`
              : `（${entry.toStateLabel}）`}{' '}
            <Typography.Text type="secondary">{entry.actor}</Typography.Text>
            {entry.comment && <div>{entry.comment}</div>}
          </div>
        ),
      }))}
    />
  );
}
