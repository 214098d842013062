import { Segmented, Select, Space } from 'antd';
import { enumLabel } from '../labels/enum-options';
import type { EnumLabel } from '../labels/enum-options';
import { PERIOD_UNITS, periodName, recentPeriods } from './period-dates';
import type { PeriodUnitName } from './period-dates';

/** How many periods back the picker offers (the API answers at most 24 at once). */
const OFFERED = 24;

export interface PickedPeriod {
  unit: PeriodUnitName;
  start: string;
}

/** The unit (日/周/月/季度/年, the API's words) and one of its recent periods. */
export function PeriodPicker({
  value,
  today,
  labels,
  onChange,
}: {
  value: PickedPeriod;
  /** Today on the node's calendar. */
  today: string;
  labels: readonly EnumLabel[];
  onChange(value: PickedPeriod): void;
}) {
  return (
    <Space wrap>
      <Segmented
        aria-label="统计周期单位"
        value={value.unit}
        options={PERIOD_UNITS.map((unit) => ({
          value: unit,
          label: enumLabel(labels, 'PeriodUnit', unit),
        }))}
        onChange={(unit) => onChange({ unit, start: recentPeriods(today, unit, 1)[0]! })}
      />
      <Select
        aria-label="统计周期"
        style={{ width: 200 }}
        value={value.start}
        options={recentPeriods(today, value.unit, OFFERED).map((start) => ({
          value: start,
          label: periodName(start, value.unit),
        }))}
        onChange={(start) => onChange({ unit: value.unit, start })}
      />
    </Space>
  );
}
