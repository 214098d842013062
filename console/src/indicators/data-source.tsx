import { Typography } from 'antd';
import { enumLabel } from '../labels/enum-options';
import type { EnumLabel } from '../labels/enum-options';
import { formatInstant } from '../labels/format-instant';
import { useSession } from '../shell/session-context';

/** Where indicator numbers came from: the node that computed them, from what, and how fresh. */
export function DataSource({
  servedBy,
  source,
  currentTo,
  labels,
}: {
  servedBy: { tier: string; division: { code: string; name: string } };
  source?: string | null;
  currentTo: string | null | undefined;
  labels: readonly EnumLabel[];
}) {
  const { timeZone } = useSession();
  return (
    <Typography.Text type="secondary" data-testid="data-source">
      由{enumLabel(labels, 'Tier', servedBy.tier)}级节点 {servedBy.division.name}（
      {servedBy.division.code}）计算
      {source ? `，来源：${enumLabel(labels, 'IndicatorSource', source)}` : ''}；
      {currentTo ? `数据截至 ${formatInstant(currentTo, timeZone)}` : '实时数据'}
    </Typography.Text>
  );
}
