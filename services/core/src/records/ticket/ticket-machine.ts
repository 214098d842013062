import type { HotlineTicketRow } from '../../database/tables.js';
import { allGuards } from '../../workflow/state-machine.js';
import type { StateMachine, TransitionContext } from '../../workflow/state-machine.js';

type Context = TransitionContext<HotlineTicketRow>;

/** Only the lead unit (主办) signs for, handles, replies to or returns a ticket. */
const leadUnitOnly = ({ record, principal }: Context) =>
  principal.department !== undefined && principal.department === record.lead_unit
    ? undefined
    : `only the lead unit ${record.lead_unit ?? '(none)'} acts on it; you are ${principal.department ?? 'not a handling unit'}`;

/** A merged child (并单) follows its parent's handling and closes with it. */
const notMerged = ({ record }: Context) =>
  record.parent_ticket_id
    ? `it is merged into ${record.parent_ticket_id} and follows that ticket`
    : undefined;

const extensionPending = ({ record }: Context) =>
  record.extension_days !== null ? undefined : 'no extension has been requested';
const noExtensionPending = ({ record }: Context) =>
  record.extension_days === null
    ? undefined
    : `an extension of ${record.extension_days} working days is already waiting for approval`;

/**
 * The 12345 closed loop (docs/DOMAIN.md "Hotline tickets"): 受理 → (直办 → 办结) | 派单 → 签收 → 办理 →
 * (延期 | 退单 → 改派) → 反馈 → 审核 → 回访 → (不满意 → 重办) → 办结 → 归档.
 */
export const ticketMachine: StateMachine<HotlineTicketRow> = {
  entity: 'hotline_ticket',
  title: 'Hotline ticket (12345 工单)',
  initial: 'ACCEPTED',
  stateOf: (ticket) => ticket.status,
  states: [
    { name: 'ACCEPTED', label: '受理' },
    { name: 'DISPATCHED', label: '已派单' },
    { name: 'SIGNED_FOR', label: '已签收' },
    { name: 'IN_PROGRESS', label: '办理中' },
    { name: 'RETURNED', label: '已退单' },
    { name: 'REPLIED', label: '已反馈' },
    { name: 'REVIEWED', label: '已审核' },
    { name: 'CALLED_BACK', label: '已回访' },
    { name: 'REOPENED', label: '重办' },
    { name: 'CLOSED', label: '办结' },
    { name: 'ARCHIVED', label: '归档' },
  ],
  transitions: [
    {
      action: 'answerDirectly',
      label: '直办',
      from: ['ACCEPTED'],
      to: 'CLOSED',
      roles: ['hotline-agent', 'dispatcher'],
      guard: notMerged,
      guardText: 'not merged',
    },
    {
      action: 'dispatch',
      label: '派单',
      from: ['ACCEPTED', 'REOPENED'],
      to: 'DISPATCHED',
      roles: ['hotline-agent', 'dispatcher'],
      guard: notMerged,
      guardText: 'not merged',
    },
    {
      action: 'signFor',
      label: '签收',
      from: ['DISPATCHED'],
      to: 'SIGNED_FOR',
      roles: ['handling-unit'],
      guard: leadUnitOnly,
      guardText: 'lead unit only',
    },
    {
      action: 'startHandling',
      label: '办理',
      from: ['SIGNED_FOR'],
      to: 'IN_PROGRESS',
      roles: ['handling-unit'],
      guard: leadUnitOnly,
      guardText: 'lead unit only',
    },
    {
      action: 'requestExtension',
      label: '延期申请',
      from: ['SIGNED_FOR', 'IN_PROGRESS'],
      to: 'IN_PROGRESS',
      roles: ['handling-unit'],
      guard: allGuards(leadUnitOnly, noExtensionPending),
      guardText: 'lead unit only; no request pending',
    },
    {
      action: 'approveExtension',
      label: '延期批准',
      from: ['IN_PROGRESS'],
      to: 'IN_PROGRESS',
      roles: ['dispatcher'],
      guard: extensionPending,
      guardText: 'a request is pending',
    },
    {
      action: 'rejectExtension',
      label: '延期驳回',
      from: ['IN_PROGRESS'],
      to: 'IN_PROGRESS',
      roles: ['dispatcher'],
      guard: extensionPending,
      guardText: 'a request is pending',
    },
    {
      action: 'return',
      label: '退单',
      from: ['DISPATCHED', 'SIGNED_FOR'],
      to: 'RETURNED',
      roles: ['handling-unit'],
      guard: leadUnitOnly,
      guardText: 'lead unit only',
    },
    {
      action: 'redispatch',
      label: '改派',
      from: ['RETURNED'],
      to: 'DISPATCHED',
      roles: ['dispatcher'],
    },
    {
      action: 'reply',
      label: '反馈',
      from: ['IN_PROGRESS'],
      to: 'REPLIED',
      roles: ['handling-unit'],
      guard: allGuards(leadUnitOnly, noExtensionPending),
      guardText: 'lead unit only; no extension pending',
    },
    {
      action: 'approveReply',
      label: '审核通过',
      from: ['REPLIED'],
      to: 'REVIEWED',
      roles: ['dispatcher'],
    },
    {
      action: 'rejectReply',
      label: '审核退回',
      from: ['REPLIED'],
      to: 'IN_PROGRESS',
      roles: ['dispatcher'],
    },
    {
      action: 'callBack',
      label: '回访',
      from: ['REVIEWED'],
      to: 'CALLED_BACK',
      roles: ['hotline-agent'],
    },
    {
      action: 'reopen',
      label: '重办',
      from: ['CALLED_BACK'],
      to: 'REOPENED',
      roles: ['hotline-agent', 'dispatcher'],
      guard: ({ record }) =>
        record.satisfaction === 'DISSATISFIED'
          ? undefined
          : "only a dissatisfied caller's ticket is reopened",
      guardText: 'caller dissatisfied',
    },
    {
      action: 'close',
      label: '办结',
      from: ['CALLED_BACK'],
      to: 'CLOSED',
      roles: ['hotline-agent', 'dispatcher'],
      guard: ({ record }) =>
        record.satisfaction !== 'DISSATISFIED'
          ? undefined
          : 'the caller is dissatisfied: reopen it (重办) instead',
      guardText: 'caller not dissatisfied',
    },
    { action: 'archive', label: '归档', from: ['CLOSED'], to: 'ARCHIVED', roles: ['dispatcher'] },
    {
      action: 'merge',
      label: '并单',
      from: ['ACCEPTED'],
      to: 'ACCEPTED',
      roles: ['hotline-agent', 'dispatcher'],
      guard: notMerged,
      guardText: 'not merged yet',
    },
    {
      action: 'unmerge',
      label: '取消并单',
      from: ['ACCEPTED'],
      to: 'ACCEPTED',
      roles: ['hotline-agent', 'dispatcher'],
      guard: ({ record }) => (record.parent_ticket_id ? undefined : 'it is not merged'),
      guardText: 'merged',
    },
  ],
};
