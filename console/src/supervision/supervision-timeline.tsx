import { Timeline, Typography } from 'antd';
import type { SupervisionOrderRowFragment } from '../generated/graphql';
import type { EnumLabel } from '../labels/enum-options';
import { enumLabel } from '../labels/enum-options';
import { formatInstant } from '../labels/format-instant';

/** An order's life, oldest first: its issue, then each step with who took it, where and what they said. */
export function SupervisionTimeline({
  order,
  labels,
  timeZone,
}: {
  order: SupervisionOrderRowFragment;
  labels: readonly EnumLabel[];
  timeZone: string;
}) {
  const items = [
    {
      key: 'issued',
      content: (
        <>
          <Typography.Text strong>
            {enumLabel(labels, 'SupervisionState', 'ISSUED')}
          </Typography.Text>{' '}
          {order.issuer.name} · {order.issuedBy} · {formatInstant(order.createdAt, timeZone)}
          <div>{order.instructions}</div>
        </>
      ),
    },
    ...order.steps.map((step) => ({
      key: step.id,
      content: (
        <>
          <Typography.Text strong>
            {enumLabel(labels, 'SupervisionAction', step.action)}
          </Typography.Text>{' '}
          {step.actorDivision.name} · {step.actor} · {formatInstant(step.createdAt, timeZone)}
          {step.handlingUnit && <div>承办单位：{step.handlingUnit}</div>}
          {step.comment && <div>{step.comment}</div>}
        </>
      ),
    })),
  ];
  return <Timeline items={items} data-testid="supervision-steps" />;
}
