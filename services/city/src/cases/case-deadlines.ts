import { addWorkingDays, caseDeadlineRule, dueAt } from '@city-ops/core';
import type { CaseReportRow, NodeRuntime, WorkingCalendar } from '@city-ops/core';
import type { Types } from '@city-ops/schema';

/**
 * 派遣 starts the handling clock: the case is due when its minor category's time
 * limit (DOMAIN §3b, e.g. 暴露垃圾 1 working day, 井盖 2 working hours) has passed in
 * working time, by the node's deadline rules and working hours. The calendar is
 * loaded by the caller before its transaction opens (PGlite has a single
 * connection, so a read on another one inside the transaction would wait for ever).
 */
export function handlingDueAt(
  node: NodeRuntime,
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

/** 延期: the due time moves by the approved working days (from now, if it had none). */
export function extendCaseDueAt(
  node: NodeRuntime,
  calendar: WorkingCalendar,
  due: Date,
  workingDays: number,
): Date {
  return addWorkingDays(due, workingDays, calendar, node.workingTime);
}
