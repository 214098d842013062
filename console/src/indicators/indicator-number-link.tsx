import { Link } from 'react-router';
import { indicatorRecordsPath } from './indicator-paths';
import type { IndicatorCell } from './indicator-paths';

/**
 * A number as the API gave it, linking to the records behind it when it has any to list
 * (a city's or a province's cell; the nation is drilled per province, which the
 * drill-down screen offers itself, so a national number links there too).
 */
export function IndicatorNumberLink({
  text,
  cell,
  label,
}: {
  text: string;
  cell: IndicatorCell | null;
  /** What the link opens, for a screen reader: 查看 南京 按时办结率 分子 的记录. */
  label: string;
}) {
  if (!cell) return <span>{text}</span>;
  return (
    <Link to={indicatorRecordsPath(cell)} aria-label={`${text}，${label}`}>
      {text}
    </Link>
  );
}
