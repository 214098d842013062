import type { EnumLabel } from '../labels/enum-options';
import { enumLabel } from '../labels/enum-options';
import { ActionBar } from '../records/actions/action-bar';
import { SUPERVISION_ORDER_ACTIONS } from './supervision-actions';

/**
 * The steps the API says the user may take on one order now (`allowedActions`: 签收, 交办,
 * 反馈 at the city; 办结, 退回 at the province), named with the API's SupervisionAction labels.
 */
export function SupervisionOrderActions({
  order,
  labels,
  onDone,
}: {
  order: { id: string; version: number; allowedActions: readonly string[] };
  labels: readonly EnumLabel[];
  onDone(): void;
}) {
  const actions = order.allowedActions.map((action) => ({
    action,
    label: enumLabel(labels, 'SupervisionAction', action.toUpperCase()),
  }));
  return (
    <ActionBar
      actions={actions}
      descriptors={SUPERVISION_ORDER_ACTIONS}
      record={{ id: order.id, version: order.version }}
      labels={labels}
      onDone={onDone}
    />
  );
}
