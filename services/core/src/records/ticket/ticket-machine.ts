import type { HotlineTicketRow } from '../../database/tables.js';
import { allGuards } from '../../workflow/state-machine.js';
import type { StateContext, StateMachine } from '../../workflow/state-machine.js';
import { defineMachine, follow, guard, move } from '../../workflow/define-machine.js';
import type { MachineEnglish } from '../../workflow/machine-english.js';

type Context = StateContext<HotlineTicketRow>;

/** Only the lead unit (主办) signs for, handles, replies to or returns a ticket. */
const leadUnitOnly = guard('lead unit only', ({ record, principal }: Context) =>
  principal.department === record.lead_unit
    ? undefined
    : {
        zh: `只有主办单位 ${record.lead_unit ?? '（无）'} 可以办理；${principal.department === undefined ? '您不属于承办单位' : `您属于 ${principal.department}`}`,
        en: `only the lead unit ${record.lead_unit ?? '(none)'} acts on it; you are ${principal.department ?? 'not a handling unit'}`,
      },
);

/** A merged child (并单) follows its parent's handling and closes with it. */
const notMerged = guard('not merged', ({ record }: Context) =>
  record.parent_ticket_id
    ? {
        zh: `该工单已并入 ${record.parent_ticket_id}，随该工单办理`,
        en: `it is merged into ${record.parent_ticket_id} and follows that ticket`,
      }
    : undefined,
);

const notMergedYet = guard('not merged yet', notMerged);

const merged = guard('merged', ({ record }: Context) =>
  record.parent_ticket_id ? undefined : { zh: '该工单未并单', en: 'it is not merged' },
);

const extensionPending = guard('a request is pending', ({ record }: Context) =>
  record.extension_days !== null
    ? undefined
    : { zh: '尚未申请延期', en: 'no extension has been requested' },
);

const noExtensionPending = ({ record }: Context) =>
  record.extension_days === null
    ? undefined
    : {
        zh: `已有 ${record.extension_days} 个工作日的延期申请等待审批`,
        en: `an extension of ${record.extension_days} working days is already waiting for approval`,
      };

// One unit's extension request waits alone; nor does the unit reply while it waits.
const mayRequestExtension = guard(
  'lead unit only; no request pending',
  allGuards(leadUnitOnly, noExtensionPending),
);
const mayReply = guard('lead unit only; no extension pending', mayRequestExtension);

const callerDissatisfied = guard('caller dissatisfied', ({ record }: Context) =>
  record.satisfaction === 'DISSATISFIED'
    ? undefined
    : {
        zh: '只有来电人不满意的工单才能重办',
        en: "only a dissatisfied caller's ticket is reopened",
      },
);

const callerNotDissatisfied = guard('caller not dissatisfied', ({ record }: Context) =>
  record.satisfaction !== 'DISSATISFIED'
    ? undefined
    : {
        zh: '来电人不满意：请改为重办（reopen）',
        en: 'the caller is dissatisfied: reopen it (重办) instead',
      },
);

/**
 * 协办: a co-handling unit gives its own reply to the lead unit (协办反馈), once per
 * dispatch; signing for, handling, replying, returning and extending stay the lead's.
 */
const coUnitYetToReply = guard(
  'co-handling unit only; once per dispatch',
  ({ record, principal }: Context) => {
    const unit = record.co_units.find((coUnit) => coUnit === principal.department);
    if (unit === undefined) {
      return {
        zh: `只有该工单的协办单位（${record.co_units.join('、') || '无'}）可以协办反馈；${principal.department === undefined ? '您不属于承办单位' : `您属于 ${principal.department}`}`,
        en: `only its co-handling units (${record.co_units.join(', ') || 'none'}) give a 协办反馈; you are ${principal.department ?? 'not a handling unit'}`,
      };
    }
    return record.co_unit_replies?.[unit]
      ? {
          zh: `您的单位 ${unit} 已就本次派单作出协办反馈`,
          en: `your unit ${unit} already gave its 协办反馈 for this dispatch`,
        }
      : undefined;
  },
);

/** While the lead unit works the ticket, its co-handling units may reply. */
const CO_HANDLING = ['DISPATCHED', 'SIGNED_FOR', 'IN_PROGRESS'] as const;

const CALL_TAKERS = ['hotline-agent', 'dispatcher'];
const AGENT = ['hotline-agent'];
const UNIT = ['handling-unit'];
const DISPATCHER = ['dispatcher'];

/**
 * The 12345 closed loop (docs/DOMAIN.md "Hotline tickets"): 受理 → (直办 → 办结) | 派单 → 签收 → 办理 →
 * (延期 | 退单 → 改派) → 反馈 → 审核 → 回访 → (不满意 → 重办) → 办结 → 归档, the co-handling units
 * giving their 协办反馈 to the lead while it works. A merged ticket (并单)
 * joins the loop at 审核 when its parent is answered, for its own caller's 回访.
 */
export const ticketMachine: StateMachine<HotlineTicketRow> = defineMachine({
  entity: 'hotline_ticket',
  noun: '工单',
  title: 'Hotline ticket (12345 工单)',
  stateOf: (ticket: HotlineTicketRow) => ticket.status,
  states: {
    ACCEPTED: '受理',
    DISPATCHED: '已派单',
    SIGNED_FOR: '已签收',
    IN_PROGRESS: '办理中',
    RETURNED: '已退单',
    REPLIED: '已反馈',
    REVIEWED: '已审核',
    CALLED_BACK: '已回访',
    REOPENED: '重办',
    CLOSED: '办结',
    ARCHIVED: '归档',
  },
  transitions: [
    move('answerDirectly', '直办', 'ACCEPTED', 'CLOSED', CALL_TAKERS, notMerged),
    move('dispatch', '派单', ['ACCEPTED', 'REOPENED'], 'DISPATCHED', CALL_TAKERS, notMerged),
    move('signFor', '签收', 'DISPATCHED', 'SIGNED_FOR', UNIT, leadUnitOnly),
    move('startHandling', '办理', 'SIGNED_FOR', 'IN_PROGRESS', UNIT, leadUnitOnly),
    move(
      'requestExtension',
      '延期申请',
      ['SIGNED_FOR', 'IN_PROGRESS'],
      'IN_PROGRESS',
      UNIT,
      mayRequestExtension,
    ),
    move(
      'approveExtension',
      '延期批准',
      'IN_PROGRESS',
      'IN_PROGRESS',
      DISPATCHER,
      extensionPending,
    ),
    move('rejectExtension', '延期驳回', 'IN_PROGRESS', 'IN_PROGRESS', DISPATCHER, extensionPending),
    move('return', '退单', ['DISPATCHED', 'SIGNED_FOR'], 'RETURNED', UNIT, leadUnitOnly),
    move('redispatch', '改派', 'RETURNED', 'DISPATCHED', DISPATCHER),
    move('reply', '反馈', 'IN_PROGRESS', 'REPLIED', UNIT, mayReply),
    ...CO_HANDLING.map((state) =>
      move('coReply', '协办反馈', state, state, UNIT, coUnitYetToReply),
    ),
    move('approveReply', '审核通过', 'REPLIED', 'REVIEWED', DISPATCHER),
    move('rejectReply', '审核退回', 'REPLIED', 'IN_PROGRESS', DISPATCHER),
    move('callBack', '回访', 'REVIEWED', 'CALLED_BACK', AGENT),
    move('reopen', '重办', 'CALLED_BACK', 'REOPENED', CALL_TAKERS, callerDissatisfied),
    move('close', '办结', 'CALLED_BACK', 'CLOSED', CALL_TAKERS, callerNotDissatisfied),
    move('archive', '归档', 'CLOSED', 'ARCHIVED', DISPATCHER),
    move('merge', '并单', 'ACCEPTED', 'ACCEPTED', CALL_TAKERS, notMergedYet),
    move('unmerge', '取消并单', 'ACCEPTED', 'ACCEPTED', CALL_TAKERS, merged),
    // Every ticket gets its callback (docs/DOMAIN.md): a merged one is answered with its
    // parent, then called back and closed (or reopened) for its own caller.
    follow(
      'followParent',
      '随主单反馈',
      'ACCEPTED',
      'REVIEWED',
      { zh: '随主单直办或办结一并进行', en: "with its parent's 直办 or 办结" },
      merged,
    ),
  ],
});

/** The terms of the 12345 loop in English, beside the Chinese above (workflow/machine-english.ts). */
export const ticketMachineEnglish: MachineEnglish = {
  states: {
    ACCEPTED: 'Accepted',
    DISPATCHED: 'Dispatched',
    SIGNED_FOR: 'Signed for',
    IN_PROGRESS: 'In progress',
    RETURNED: 'Returned',
    REPLIED: 'Replied',
    REVIEWED: 'Reviewed',
    CALLED_BACK: 'Called back',
    REOPENED: 'Reopened',
    CLOSED: 'Closed',
    ARCHIVED: 'Archived',
  },
  actions: {
    直办: 'Answer directly',
    派单: 'Dispatch',
    签收: 'Sign for',
    办理: 'Start handling',
    延期申请: 'Request an extension',
    延期批准: 'Approve the extension',
    延期驳回: 'Reject the extension',
    退单: 'Return',
    改派: 'Redispatch',
    反馈: 'Reply',
    协办反馈: 'Co-handling reply',
    审核通过: 'Approve the reply',
    审核退回: 'Reject the reply',
    回访: 'Call back',
    重办: 'Reopen',
    办结: 'Close',
    归档: 'Archive',
    并单: 'Merge',
    取消并单: 'Unmerge',
    随主单反馈: 'Answered with its parent',
  },
};
