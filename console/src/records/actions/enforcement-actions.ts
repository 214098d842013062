import type { PenaltyType } from '../../generated/graphql';
import {
  COMMENT,
  REASON,
  numberOf,
  commentAction,
  reasonAction,
  requiredTextOf,
  withComment,
  usernamesOf,
} from './action-descriptor';
import type { ActionDescriptor, ActionValues } from './action-descriptor';
import {
  ApproveEnforcementLegalReview,
  ArchiveEnforcementCase,
  CloseEnforcementCase,
  DecideEnforcementCase,
  EnforceEnforcementDecision,
  ExtendEnforcementDecisionDeadline,
  HoldEnforcementHearing,
  RecordEnforcementPayment,
  RejectEnforcementLegalReview,
  RequestEnforcementHearing,
  ServeEnforcementDecision,
  ServeEnforcementNotice,
  StartEnforcementInvestigation,
  SubmitEnforcementLegalReview,
  WaiveEnforcementHearing,
} from './enforcement-action-documents';

/** A picked moment, already an ISO instant (the dialog converts `dateTime` fields). */
const instantOf = (values: ActionValues, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
};

/**
 * Every action of the enforcement machine (行政处罚法 2021), by its name in `allowedActions`,
 * each sending the mutation of the same purpose with that mutation's own input.
 */
export const ENFORCEMENT_ACTIONS: Readonly<Record<string, ActionDescriptor>> = {
  startInvestigation: {
    fields: [
      {
        name: 'investigators',
        label: '调查人员（用户名）',
        kind: 'usernames',
        required: true,
        hint: '至少两名执法人员的用户名，回车或逗号分隔',
      },
      COMMENT,
    ],
    send: (request, record, values) =>
      request(StartEnforcementInvestigation, {
        input: {
          ...withComment(record, values),
          investigators: usernamesOf(values, 'investigators'),
        },
      }),
  },
  serveNotice: commentAction(ServeEnforcementNotice),
  requestHearing: {
    fields: [
      {
        name: 'requestedAt',
        label: '当事人申请时间',
        kind: 'dateTime',
        required: false,
        hint: '不填为现在',
      },
      COMMENT,
    ],
    send: (request, record, values) =>
      request(RequestEnforcementHearing, {
        input: { ...withComment(record, values), requestedAt: instantOf(values, 'requestedAt') },
      }),
  },
  waiveHearing: commentAction(WaiveEnforcementHearing),
  holdHearing: {
    fields: [
      {
        name: 'presidingOfficer',
        label: '听证主持人（用户名）',
        kind: 'text',
        required: true,
        hint: '非本案调查人员',
      },
      COMMENT,
    ],
    send: (request, record, values) =>
      request(HoldEnforcementHearing, {
        input: {
          ...withComment(record, values),
          presidingOfficer: requiredTextOf(values, 'presidingOfficer'),
        },
      }),
  },
  submitLegalReview: commentAction(SubmitEnforcementLegalReview),
  approveLegalReview: commentAction(ApproveEnforcementLegalReview),
  rejectLegalReview: reasonAction(RejectEnforcementLegalReview),
  extendDecisionDeadline: {
    fields: [
      { name: 'days', label: '延长天数', kind: 'calendarDays', required: true, hint: '1–90' },
      REASON,
      { name: 'approvedBy', label: '批准人（负责人）', kind: 'text', required: true },
    ],
    send: (request, record, values) =>
      request(ExtendEnforcementDecisionDeadline, {
        input: {
          id: record.id,
          version: record.version,
          days: numberOf(values, 'days') ?? 0,
          reason: requiredTextOf(values, 'reason'),
          approvedBy: requiredTextOf(values, 'approvedBy'),
        },
      }),
  },
  decide: {
    fields: [
      {
        name: 'penaltyType',
        label: '处罚种类',
        kind: 'enum',
        enum: 'PenaltyType',
        required: true,
      },
      // Required for a fine only: the API names it when a fine comes without one.
      { name: 'fineAmount', label: '罚款金额', kind: 'money', required: false, hint: '罚款时填写' },
      COMMENT,
    ],
    send: (request, record, values) =>
      request(DecideEnforcementCase, {
        input: {
          ...withComment(record, values),
          penaltyType: values.penaltyType as PenaltyType,
          fineAmount: numberOf(values, 'fineAmount'),
        },
      }),
  },
  serveDecision: commentAction(ServeEnforcementDecision),
  recordPayment: {
    fields: [
      {
        name: 'amount',
        label: '缴款金额',
        kind: 'money',
        required: true,
        hint: '罚款与加处罚款合计',
      },
      { name: 'paidAt', label: '缴款时间', kind: 'dateTime', required: false, hint: '不填为现在' },
      COMMENT,
    ],
    send: (request, record, values) =>
      request(RecordEnforcementPayment, {
        input: {
          ...withComment(record, values),
          amount: numberOf(values, 'amount') ?? 0,
          paidAt: instantOf(values, 'paidAt'),
        },
      }),
  },
  enforce: reasonAction(EnforceEnforcementDecision),
  close: commentAction(CloseEnforcementCase),
  archive: commentAction(ArchiveEnforcementCase),
};
