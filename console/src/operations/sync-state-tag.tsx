import { Tag } from 'antd';
import type { SyncState } from '../generated/graphql';
import { enumLabel } from '../labels/enum-options';
import type { EnumLabel } from '../labels/enum-options';

/**
 * Each state's colour — green when current, blue while catching up, amber, red or purple when
 * it needs eyes — in shades dark enough on their pale ground for text (4.5:1).
 */
const STATE_COLOURS: Readonly<
  Record<SyncState, { color: string; background: string; borderColor: string }>
> = {
  STARTING: { color: 'rgba(0, 0, 0, 0.88)', background: '#fafafa', borderColor: '#d9d9d9' },
  CATCHING_UP: { color: '#003eb3', background: '#e6f4ff', borderColor: '#69b1ff' },
  CAUGHT_UP: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' },
  BACKING_OFF: { color: '#873800', background: '#fff7e6', borderColor: '#ffc069' },
  PAUSED: { color: '#a8071a', background: '#fff1f0', borderColor: '#ff7875' },
  RESYNCING: { color: '#22075e', background: '#f9f0ff', borderColor: '#b37feb' },
};

/** A sync state as a coloured tag with the API's label, so colour is never the only sign. */
export function SyncStateTag({
  state,
  labels,
}: {
  state: SyncState;
  labels: readonly EnumLabel[];
}) {
  return (
    <Tag style={STATE_COLOURS[state]} data-testid="sync-state" data-state={state}>
      {enumLabel(labels, 'SyncState', state)}
    </Tag>
  );
}
