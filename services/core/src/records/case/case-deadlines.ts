import { caseDeadlineRule } from '../../calendar/deadline-rules.js';
import { dueAt } from '../../calendar/deadline.js';
import type { CaseReportRow } from '../../database/tables.js';
import type { NodeRuntime } from '../../node-context.js';
import type { WorkingCalendar } from '../../calendar/working-calendar.js';
import type { Types } from '@city-ops/schema';

/**
 * 派遣 starts the handling clock: the case is due when its minor category's time
 * limit (docs/DOMAIN.md "City operations cases", e.g. 暴露垃圾 1 working day, 井盖 2 working hours) has passed in
 * working time, by the node's deadline rules and working hours. The calendar is
 * loaded by the caller before its transaction opens (PGlite has a single
 * connection, so a read on another one inside the transaction would wait for ever).
 */
export function handlingDueAt(
  node: Pick<NodeRuntime, 'deadlineRules' | 'workingTime'>,
  calendar: WorkingCalendar,
  record: Pick<CaseReportRow, 'minor_code' | 'case_type'>,
  dispatchedAt: Date,
): Date {
  const rule = caseDeadlineRule(
    record.minor_code,
    record.case_type as Types.CaseType,
    node.deadlineRules,
  );
  return dueAt(dispatchedAt, rule, calendar, node.workingTime);
}
