import type {
  ActionDescriptor,
  ActionField,
  ActionValues,
} from '../records/actions/action-descriptor';
import { COMMENT, requiredTextOf, textOf } from '../records/actions/action-descriptor';
import type { SupervisedRecordKind, SupervisionLevel } from '../generated/graphql';
import type { IdempotentDraft } from '../intake/idempotent-submit';
import {
  AssignSupervisionOrderMutation,
  CloseSupervisionOrderMutation,
  IssueSupervisionOrderMutation,
  ReplyToSupervisionOrderMutation,
  ReturnSupervisionOrderMutation,
  SignSupervisionOrderMutation,
} from './supervision-documents';

/** 反馈 and 退回 must say something: the API refuses an empty `input.comment`, beside this field. */
const requiredComment = (label: string): ActionField => ({
  name: 'comment',
  label,
  kind: 'longText',
  required: true,
});

const stepInput = (orderId: string, values: ActionValues) => ({
  orderId,
  comment: textOf(values, 'comment'),
});

/**
 * How the console takes each step on a supervision order, by its name in the order's
 * `allowedActions` (the API decides which show; this only says how to send them). The
 * "record" of these descriptors is the order itself.
 */
export const SUPERVISION_ORDER_ACTIONS: Readonly<Record<string, ActionDescriptor>> = {
  sign: {
    fields: [COMMENT],
    send: (request, order, values) =>
      request(SignSupervisionOrderMutation, { input: stepInput(order.id, values) }),
  },
  assign: {
    fields: [{ name: 'unit', label: '承办单位', kind: 'unit', required: true }, COMMENT],
    send: (request, order, values) =>
      request(AssignSupervisionOrderMutation, {
        input: { ...stepInput(order.id, values), unit: requiredTextOf(values, 'unit') },
      }),
  },
  reply: {
    fields: [requiredComment('反馈内容')],
    send: (request, order, values) =>
      request(ReplyToSupervisionOrderMutation, {
        input: { orderId: order.id, comment: requiredTextOf(values, 'comment') },
      }),
  },
  close: {
    fields: [COMMENT],
    send: (request, order, values) =>
      request(CloseSupervisionOrderMutation, { input: stepInput(order.id, values) }),
  },
  return: {
    fields: [requiredComment('退回理由')],
    send: (request, order, values) =>
      request(ReturnSupervisionOrderMutation, {
        input: { orderId: order.id, comment: requiredTextOf(values, 'comment') },
      }),
  },
};

/**
 * 督办 on one ticket or case: level, deadline and instructions, sent with the draft's
 * idempotency key, so a double click or a retry after a lost answer issues one order.
 */
export function issueSupervisionDescriptor(
  recordKind: SupervisedRecordKind,
  draft: IdempotentDraft,
): ActionDescriptor {
  return {
    fields: [
      { name: 'level', label: '督办级别', kind: 'enum', enum: 'SupervisionLevel', required: true },
      { name: 'deadline', label: '办理期限', kind: 'dateTime', required: true },
      {
        name: 'instructions',
        label: '督办要求',
        kind: 'longText',
        required: true,
        hint: '写明需要市里做什么、何时反馈',
      },
    ],
    send: (request, record, values) =>
      draft.submit((idempotencyKey) =>
        request(IssueSupervisionOrderMutation, {
          input: {
            recordId: record.id,
            recordKind,
            level: requiredTextOf(values, 'level') as SupervisionLevel,
            deadline: requiredTextOf(values, 'deadline'),
            instructions: requiredTextOf(values, 'instructions'),
            idempotencyKey,
          },
        }),
      ),
  };
}
