import type { CaseReportRow } from '../../database/tables.js';
import { allGuards } from '../../workflow/state-machine.js';
import type { GuardCheck, StateContext, StateMachine } from '../../workflow/state-machine.js';
import { defineMachine, guard, move } from '../../workflow/define-machine.js';
import type { MachineEnglish } from '../../workflow/machine-english.js';

type Context = StateContext<CaseReportRow>;
type Check = GuardCheck<CaseReportRow>;

/** Only the unit the case is dispatched to (its `department` claim) acts on it. */
const assignedUnitOnly: Check = ({ record, principal }) =>
  principal.department === record.handling_unit
    ? undefined
    : {
        zh: `只有派遣的处置部门 ${record.handling_unit ?? '（无）'} 可以处置；${principal.department === undefined ? '您不属于处置部门' : `您属于 ${principal.department}`}`,
        en: `only the assigned unit ${record.handling_unit ?? '(none)'} acts on it; you are ${principal.department ?? 'not a handling unit'}`,
      };

/** An inspector verifies on site, so only in their own grid; a dispatcher anywhere in the city. */
const inspectorInOwnGrid = guard('inspector only in own grid', ({ record, principal }: Context) =>
  principal.roles.includes('dispatcher') || principal.grid === record.grid_cell
    ? undefined
    : {
        zh: `监督员只能在本人负责的网格 ${principal.grid ?? '（无）'} 内核查；该案件${record.grid_cell === null ? '不在任何网格内' : `位于网格 ${record.grid_cell}`}`,
        en: `an inspector verifies only in their own grid ${principal.grid ?? '(none)'}; the case is in ${record.grid_cell ?? 'no grid'}`,
      },
);

/** One request of the unit (延期 or 回退) waits for the dispatcher at a time. */
const noRequestPending: Check = ({ record }) =>
  record.extension_days !== null
    ? {
        zh: `已有 ${record.extension_days} 个工作日的延期申请等待派遣员审批`,
        en: `an extension of ${record.extension_days} working days is waiting for the dispatcher`,
      }
    : record.return_reason !== null
      ? { zh: '已有回退申请等待派遣员审批', en: 'a return request is waiting for the dispatcher' }
      : undefined;

/** The assigned unit works its case only while no request of its waits for the dispatcher. */
const assignedUnitFree = guard(
  'assigned unit only; no request pending',
  allGuards(assignedUnitOnly, noRequestPending),
);

const extensionPending = guard('an extension is requested', ({ record }: Context) =>
  record.extension_days !== null
    ? undefined
    : { zh: '尚未申请延期', en: 'no extension has been requested' },
);

const returnPending = guard('a return is requested', ({ record }: Context) =>
  record.return_reason !== null
    ? undefined
    : { zh: '尚未申请回退', en: 'no return has been requested' },
);

// What else passing verification and approving an extension do, said in the table's guard column.
const verifiedToClose = guard(
  'inspector only in own grid; closure type derived',
  inspectorInOwnGrid,
);
const extensionToApprove = guard('an extension is requested; due time moves', extensionPending);

const UNIT = ['handling-unit'];
const DISPATCHER = ['dispatcher'];
const VERIFIERS = ['inspector', 'dispatcher'];

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
export const caseMachine: StateMachine<CaseReportRow> = defineMachine({
  entity: 'case_report',
  noun: '案件',
  title: 'City operations case (数字城管 案件)',
  stateOf: (record: CaseReportRow) => record.status,
  states: {
    COLLECTED: '信息采集',
    FILED: '已立案',
    DISPATCHED: '已派遣',
    HANDLING: '处置中',
    REPORTED: '已反馈',
    REWORK: '返工',
    CLOSED: '结案',
    EVALUATED: '已评价',
    PARKED: '挂账',
    VOIDED: '作废',
  },
  transitions: [
    move('file', '立案', 'COLLECTED', 'FILED', DISPATCHER),
    move('void', '作废', 'COLLECTED', 'VOIDED', DISPATCHER),
    move('dispatch', '派遣', 'FILED', 'DISPATCHED', DISPATCHER),
    move('startHandling', '处置', ['DISPATCHED', 'REWORK'], 'HANDLING', UNIT, assignedUnitFree),
    move('reportBack', '反馈', 'HANDLING', 'REPORTED', UNIT, assignedUnitFree),
    move('verifyPass', '核查通过·结案', 'REPORTED', 'CLOSED', VERIFIERS, verifiedToClose),
    move('verifyFail', '核查不通过·返工', 'REPORTED', 'REWORK', VERIFIERS, inspectorInOwnGrid),
    move('requestExtension', '延期申请', 'HANDLING', 'HANDLING', UNIT, assignedUnitFree),
    move('approveExtension', '延期批准', 'HANDLING', 'HANDLING', DISPATCHER, extensionToApprove),
    move('rejectExtension', '延期驳回', 'HANDLING', 'HANDLING', DISPATCHER, extensionPending),
    move('requestReturn', '回退申请', 'DISPATCHED', 'DISPATCHED', UNIT, assignedUnitFree),
    move('approveReturn', '回退批准', 'DISPATCHED', 'FILED', DISPATCHER, returnPending),
    move('rejectReturn', '回退驳回', 'DISPATCHED', 'DISPATCHED', DISPATCHER, returnPending),
    move('park', '挂账', ['FILED', 'DISPATCHED', 'HANDLING', 'REWORK'], 'PARKED', DISPATCHER),
    move('resume', '恢复', 'PARKED', 'FILED', DISPATCHER),
    move('evaluate', '综合评价', 'CLOSED', 'EVALUATED', ['city-supervisor']),
  ],
});

/** The terms of the 数字城管 loop in English, beside the Chinese above (workflow/machine-english.ts). */
export const caseMachineEnglish: MachineEnglish = {
  states: {
    COLLECTED: 'Collected',
    FILED: 'Filed',
    DISPATCHED: 'Dispatched',
    HANDLING: 'Handling',
    REPORTED: 'Reported back',
    REWORK: 'Rework',
    CLOSED: 'Closed',
    EVALUATED: 'Evaluated',
    PARKED: 'Parked',
    VOIDED: 'Voided',
  },
  actions: {
    立案: 'File',
    作废: 'Void',
    派遣: 'Dispatch',
    处置: 'Start handling',
    反馈: 'Report back',
    '核查通过·结案': 'Verified: close',
    '核查不通过·返工': 'Verification failed: rework',
    延期申请: 'Request an extension',
    延期批准: 'Approve the extension',
    延期驳回: 'Reject the extension',
    回退申请: 'Request a return',
    回退批准: 'Approve the return',
    回退驳回: 'Reject the return',
    挂账: 'Park',
    恢复: 'Resume',
    综合评价: 'Evaluate',
  },
};
