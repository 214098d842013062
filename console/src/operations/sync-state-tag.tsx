import { Tag } from 'antd';
import type { SyncState } from '../generated/graphql';
import { enumLabel } from '../labels/enum-options';
import type { EnumLabel } from '../labels/enum-options';

/** Each state's colour: green when current, blue while catching up, warm when it needs eyes. */
const STATE_COLOURS: Readonly<Record<SyncState, string>> = {
  STARTING: 'default',
  CATCHING_UP: 'processing',
  CAUGHT_UP: 'success',
  BACKING_OFF: 'warning',
  PAUSED: 'error',
  RESYNCING: 'purple',
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
    <Tag color={STATE_COLOURS[state]} data-testid="sync-state">
      {enumLabel(labels, 'SyncState', state)}
    </Tag>
  );
}
