import { Tag } from 'antd';
import type { DeadlineStatus } from '../generated/graphql';

/**
 * The colours of the deadline states, as the desk reads them at a glance — green, amber,
 * red — in shades dark enough on their pale ground for the contrast text needs (4.5:1).
 */
const COLOURS: Readonly<
  Record<DeadlineStatus, { color: string; background: string; borderColor: string }>
> = {
  NORMAL: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' },
  DUE_SOON: { color: '#873800', background: '#fff7e6', borderColor: '#ffc069' },
  OVERDUE: { color: '#a8071a', background: '#fff1f0', borderColor: '#ff7875' },
};

/** A record's deadline state (正常 / 即将到期 / 已超期) in its colour. */
export function DeadlineTag({ status, label }: { status: DeadlineStatus; label: string }) {
  return (
    <Tag style={COLOURS[status]} data-deadline={status}>
      {label}
    </Tag>
  );
}
