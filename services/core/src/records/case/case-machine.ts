import type { CaseReportRow } from '../../database/tables.js';
import { allGuards } from '../../workflow/state-machine.js';
import type { StateMachine, TransitionContext } from '../../workflow/state-machine.js';

type Context = TransitionContext<CaseReportRow>;
type Guard = (context: Context) => string | undefined;

/** Only the unit the case is dispatched to (its `department` claim) acts on it. */
const assignedUnitOnly: Guard = ({ record, principal }) =>
  principal.department !== undefined && principal.department === record.handling_unit
    ? undefined
    : `only the assigned unit ${record.handling_unit ?? '(none)'} acts on it; you are ${principal.department ?? 'not a handling unit'}`;

/** An inspector verifies on site, so only in their own grid; a dispatcher anywhere in the city. */
const inspectorInOwnGrid: Guard = ({ record, principal }) =>
  principal.roles.includes('dispatcher') ||
  (principal.grid !== undefined && principal.grid === record.grid_cell)
    ? undefined
    : `an inspector verifies only in their own grid ${principal.grid ?? '(none)'}; the case is in ${record.grid_cell ?? 'no grid'}`;

/** One request of the unit (延期 or 回退) waits for the dispatcher at a time. */
const noRequestPending: Guard = ({ record }) =>
  record.extension_days !== null
    ? `an extension of ${record.extension_days} working days is waiting for the dispatcher`
    : record.return_reason !== null
      ? 'a return request is waiting for the dispatcher'
      : undefined;

const extensionPending: Guard = ({ record }) =>
  record.extension_days !== null ? undefined : 'no extension has been requested';

const returnPending: Guard = ({ record }) =>
  record.return_reason !== null ? undefined : 'no return has been requested';

/**
 * The 数字城管 closed loop (docs/DOMAIN.md "City operations cases"): 信息采集 → 立案 → 派遣 → 处置 → 反馈 → 核查 →
 * 结案 → 综合评价, with 返工 (verification fails), 延期 (the unit asks, the dispatcher
 * decides), 回退 (the unit says it is not theirs, the dispatcher decides; approved, the
 * case is filed again for a new dispatch), 挂账 (parked, resumed to FILED) and 作废.
 * Roles per docs/DOMAIN.md "Roles": inspectors verify on site in their grid, dispatchers run the
 * command centre, the assigned handling unit works the case, and the supervision
 * centre (city supervisor) evaluates — kept apart from dispatching.
 * Counters (返工, 延期, 回退) count `verifyFail`, `approveExtension` and
 * `approveReturn` in the history (core CASE_COUNTED_ACTIONS).
 */
export const caseMachine: StateMachine<CaseReportRow> = {
  entity: 'case_report',
  title: 'City operations case (数字城管 案件)',
  initial: 'COLLECTED',
  stateOf: (record) => record.status,
  states: [
    { name: 'COLLECTED', label: '信息采集' },
    { name: 'FILED', label: '已立案' },
    { name: 'DISPATCHED', label: '已派遣' },
    { name: 'HANDLING', label: '处置中' },
    { name: 'REPORTED', label: '已反馈' },
    { name: 'REWORK', label: '返工' },
    { name: 'CLOSED', label: '结案' },
    { name: 'EVALUATED', label: '已评价' },
    { name: 'PARKED', label: '挂账' },
    { name: 'VOIDED', label: '作废' },
  ],
  transitions: [
    { action: 'file', label: '立案', from: ['COLLECTED'], to: 'FILED', roles: ['dispatcher'] },
    { action: 'void', label: '作废', from: ['COLLECTED'], to: 'VOIDED', roles: ['dispatcher'] },
    {
      action: 'dispatch',
      label: '派遣',
      from: ['FILED'],
      to: 'DISPATCHED',
      roles: ['dispatcher'],
    },
    {
      action: 'startHandling',
      label: '处置',
      from: ['DISPATCHED', 'REWORK'],
      to: 'HANDLING',
      roles: ['handling-unit'],
      guard: allGuards(assignedUnitOnly, noRequestPending),
      guardText: 'assigned unit only; no request pending',
    },
    {
      action: 'reportBack',
      label: '反馈',
      from: ['HANDLING'],
      to: 'REPORTED',
      roles: ['handling-unit'],
      guard: allGuards(assignedUnitOnly, noRequestPending),
      guardText: 'assigned unit only; no request pending',
    },
    {
      action: 'verifyPass',
      label: '核查通过·结案',
      from: ['REPORTED'],
      to: 'CLOSED',
      roles: ['inspector', 'dispatcher'],
      guard: inspectorInOwnGrid,
      guardText: 'inspector only in own grid; closure type derived',
    },
    {
      action: 'verifyFail',
      label: '核查不通过·返工',
      from: ['REPORTED'],
      to: 'REWORK',
      roles: ['inspector', 'dispatcher'],
      guard: inspectorInOwnGrid,
      guardText: 'inspector only in own grid',
    },
    {
      action: 'requestExtension',
      label: '延期申请',
      from: ['HANDLING'],
      to: 'HANDLING',
      roles: ['handling-unit'],
      guard: allGuards(assignedUnitOnly, noRequestPending),
      guardText: 'assigned unit only; no request pending',
    },
    {
      action: 'approveExtension',
      label: '延期批准',
      from: ['HANDLING'],
      to: 'HANDLING',
      roles: ['dispatcher'],
      guard: extensionPending,
      guardText: 'an extension is requested; due time moves',
    },
    {
      action: 'rejectExtension',
      label: '延期驳回',
      from: ['HANDLING'],
      to: 'HANDLING',
      roles: ['dispatcher'],
      guard: extensionPending,
      guardText: 'an extension is requested',
    },
    {
      action: 'requestReturn',
      label: '回退申请',
      from: ['DISPATCHED'],
      to: 'DISPATCHED',
      roles: ['handling-unit'],
      guard: allGuards(assignedUnitOnly, noRequestPending),
      guardText: 'assigned unit only; no request pending',
    },
    {
      action: 'approveReturn',
      label: '回退批准',
      from: ['DISPATCHED'],
      to: 'FILED',
      roles: ['dispatcher'],
      guard: returnPending,
      guardText: 'a return is requested',
    },
    {
      action: 'rejectReturn',
      label: '回退驳回',
      from: ['DISPATCHED'],
      to: 'DISPATCHED',
      roles: ['dispatcher'],
      guard: returnPending,
      guardText: 'a return is requested',
    },
    {
      action: 'park',
      label: '挂账',
      from: ['FILED', 'DISPATCHED', 'HANDLING', 'REWORK'],
      to: 'PARKED',
      roles: ['dispatcher'],
    },
    { action: 'resume', label: '恢复', from: ['PARKED'], to: 'FILED', roles: ['dispatcher'] },
    {
      action: 'evaluate',
      label: '综合评价',
      from: ['CLOSED'],
      to: 'EVALUATED',
      roles: ['city-supervisor'],
    },
  ],
};
