import {
  daysLate,
  fenToDecimal,
  fenToYuan,
  latePaymentPenaltyFen,
  toFen,
} from './late-payment-penalty.js';
import {
  decisionDueAt,
  MAX_DECISION_EXTENSION_DAYS,
  paymentDueAt,
  serviceDueAt,
} from './enforcement-deadlines.js';
import { enforcementViewClock } from './enforcement-resolvers.js';
import { toEnforcementView } from './enforcement-view.js';
import type { EnforcementRecordRow } from '../../database/tables.js';
import type { RequestContext } from '../../node-context.js';
import type { Bilingual, InputProblems } from '@city-ops/kernel';
import { enforcementAction } from './enforcement-actions.js';
import { enforcementKind } from './enforcement-kind.js';
import { recordWorkflowResolvers } from '../record-workflow-resolvers.js';
import type { ActionInput } from '../act-on-record.js';
import type { EnforcementAction } from './enforcement-actions.js';
import { fileEnforcementCase } from './file-enforcement-case.js';
import type { FileEnforcementCaseInput } from './enforcement-input.js';
import type { IResolvers } from '@graphql-tools/utils';

interface InvestigationInput extends ActionInput {
  investigators: string[];
}
interface HearingRequestInput extends ActionInput {
  requestedAt?: string | null;
}
interface HoldHearingInput extends ActionInput {
  presidingOfficer: string;
}
interface ReasonInput extends ActionInput {
  reason: string;
}
interface ExtensionInput extends ActionInput {
  days: number;
  reason: string;
  approvedBy: string;
}
interface DecideInput extends ActionInput {
  penaltyType: string;
  fineAmount?: number | null;
}
interface PaymentInput extends ActionInput {
  amount: number;
  paidAt?: string | null;
}

/** The largest amount numeric(12, 2) holds, in fen. */
const MAX_AMOUNT_FEN = 999_999_999_999;
/** A realm username: what the identity provider issues (letters, digits, . _ @ -). */
const USERNAME = /^[A-Za-z0-9._@-]{1,64}$/;

function username(problems: InputProblems, field: string, value: string): string {
  const trimmed = value.trim();
  if (!USERNAME.test(trimmed)) {
    problems.add(field, {
      zh: '应为用户名（1–64 个字母、数字或 .、_、@、-）。',
      en: 'must be a username (1–64 letters, digits, ".", "_", "@" or "-").',
    });
  }
  return trimmed;
}

function amountInFen(problems: InputProblems, field: string, value: number): number | undefined {
  const fen = Number.isFinite(value) && value > 0 ? toFen(value) : undefined;
  if (fen === undefined || fen > MAX_AMOUNT_FEN) {
    problems.add(field, {
      zh: '应为大于 0 的金额，以元为单位，最多两位小数（精确到分）。',
      en: 'must be an amount in yuan above 0 with at most two decimals (fen).',
    });
    return undefined;
  }
  return fen;
}

/** An instant the user reports (when the party asked, when it paid): never in the future. */
function pastInstant(
  problems: InputProblems,
  field: string,
  value: string | null | undefined,
  hint: Bilingual,
): Date | undefined {
  if (!value) return undefined;
  const instant = new Date(value);
  if (instant.getTime() > Date.now()) {
    problems.add(field, { zh: `是将来的时间：${hint.zh}`, en: `is in the future: ${hint.en}` });
  }
  return instant;
}

const reasonOf = (input: ReasonInput) => (problems: InputProblems) => ({
  reason: problems.text('input.reason', input.reason, { min: 2, max: 1000, multiline: true }),
});

/** The amount a fine's party owes at `now`: the fine and its late penalty (art. 72). */
function amountOwed(row: EnforcementRecordRow, now: Date, timeZone: string) {
  const fineFen = toFen(row.fine_amount ?? '0') ?? 0;
  const days = row.payment_due_at ? daysLate(row.payment_due_at, now, timeZone) : 0;
  const penaltyFen = latePaymentPenaltyFen(fineFen, days);
  return { fineFen, days, penaltyFen, totalFen: fineFen + penaltyFen };
}

const yuan = (fen: number) => `${fenToDecimal(fen)} 元`;

/** The machine action each workflow mutation takes. */
const actionOfMutation = {
  startEnforcementInvestigation: 'startInvestigation',
  serveEnforcementNotice: 'serveNotice',
  requestEnforcementHearing: 'requestHearing',
  waiveEnforcementHearing: 'waiveHearing',
  holdEnforcementHearing: 'holdHearing',
  submitEnforcementLegalReview: 'submitLegalReview',
  approveEnforcementLegalReview: 'approveLegalReview',
  rejectEnforcementLegalReview: 'rejectLegalReview',
  extendEnforcementDecisionDeadline: 'extendDecisionDeadline',
  decideEnforcementCase: 'decide',
  serveEnforcementDecision: 'serveDecision',
  recordEnforcementPayment: 'recordPayment',
  enforceEnforcementDecision: 'enforce',
  closeEnforcementCase: 'close',
  archiveEnforcementCase: 'archive',
} as const;

export type EnforcementWorkflowMutation = keyof typeof actionOfMutation;

/** Which mutation takes each action of the machine (for docs and clients). */
export const enforcementMutationOfAction: Readonly<Record<string, EnforcementWorkflowMutation>> =
  Object.fromEntries(
    Object.entries(actionOfMutation).map(([mutation, action]) => [action, mutation]),
  ) as Record<string, EnforcementWorkflowMutation>;

const act = <I extends ActionInput, P extends Record<string, unknown>>(
  mutation: EnforcementWorkflowMutation,
  define: (input: I, context: RequestContext) => EnforcementAction<P> = () => ({}),
) => enforcementAction(actionOfMutation[mutation], define);

/** Each workflow mutation: its input checks and what it writes. */
const actions = {
  startEnforcementInvestigation: act(
    'startEnforcementInvestigation',
    (input: InvestigationInput) => ({
      parse: (problems) => {
        const investigators = input.investigators.map((name, index) =>
          username(problems, `input.investigators.${index}`, name),
        );
        investigators.forEach((name, index) => {
          if (investigators.indexOf(name) !== index) {
            problems.add(`input.investigators.${index}`, {
              zh: `${name} 重复填写了两次。`,
              en: `lists ${name} twice.`,
            });
          }
        });
        return { investigators };
      },
      effect: (_subject, { investigators }) => ({
        set: { investigators },
        detail: { investigators },
      }),
    }),
  ),
  // A new notice opens a new round: the hearing and review of an earlier one no longer apply.
  serveEnforcementNotice: act('serveEnforcementNotice', () => ({
    effect: (_subject, _parsed, _problems, now) => ({
      set: {
        notice_served_at: now,
        hearing_requested_at: null,
        hearing_waived_at: null,
        hearing_presiding_officer: null,
        hearing_held_at: null,
        legal_reviewed_by: null,
        legal_reviewed_at: null,
      },
    }),
  })),
  requestEnforcementHearing: act('requestEnforcementHearing', (input: HearingRequestInput) => ({
    parse: (problems) => ({
      requestedAt: pastInstant(problems, 'input.requestedAt', input.requestedAt, {
        zh: '请填写当事人提出申请的时间。',
        en: 'give when the party asked.',
      }),
    }),
    effect: ({ row }, { requestedAt }, problems, now) => {
      const at = requestedAt ?? now;
      if (row.notice_served_at && at.getTime() < row.notice_served_at.getTime()) {
        const served = row.notice_served_at.toISOString();
        problems.add('input.requestedAt', {
          zh: `早于告知送达时间（${served}）：听证只能在告知之后申请。`,
          en: `is before the notice (${served}): a hearing is asked for after it.`,
        });
      }
      return { set: { hearing_requested_at: at }, detail: { requestedAt: at.toISOString() } };
    },
  })),
  waiveEnforcementHearing: act('waiveEnforcementHearing', () => ({
    effect: (_subject, _parsed, _problems, now) => ({ set: { hearing_waived_at: now } }),
  })),
  holdEnforcementHearing: act('holdEnforcementHearing', (input: HoldHearingInput) => ({
    parse: (problems) => ({
      presidingOfficer: username(problems, 'input.presidingOfficer', input.presidingOfficer),
    }),
    effect: (_subject, { presidingOfficer }, _problems, now) => ({
      set: { hearing_presiding_officer: presidingOfficer, hearing_held_at: now },
      detail: { presidingOfficer },
    }),
  })),
  // Each submission is reviewed afresh.
  submitEnforcementLegalReview: act('submitEnforcementLegalReview', () => ({
    effect: () => ({ set: { legal_reviewed_by: null, legal_reviewed_at: null } }),
  })),
  approveEnforcementLegalReview: act('approveEnforcementLegalReview', (_input, context) => ({
    effect: (_subject, _parsed, _problems, now) => ({
      set: { legal_reviewed_by: context.principal.username, legal_reviewed_at: now },
    }),
  })),
  rejectEnforcementLegalReview: act('rejectEnforcementLegalReview', (input: ReasonInput) => ({
    parse: reasonOf(input),
    effect: (_subject, { reason }) => ({ comment: reason }),
  })),
  extendEnforcementDecisionDeadline: act(
    'extendEnforcementDecisionDeadline',
    (input: ExtensionInput) => ({
      parse: (problems) => {
        if (
          !Number.isInteger(input.days) ||
          input.days < 1 ||
          input.days > MAX_DECISION_EXTENSION_DAYS
        ) {
          problems.add('input.days', {
            zh: `应为 1 到 ${MAX_DECISION_EXTENSION_DAYS} 之间的整数个自然日。`,
            en: `must be a whole number of calendar days from 1 to ${MAX_DECISION_EXTENSION_DAYS}.`,
          });
        }
        return {
          days: input.days,
          reason: problems.text('input.reason', input.reason, {
            min: 2,
            max: 1000,
            multiline: true,
          }),
          approvedBy: problems.text('input.approvedBy', input.approvedBy, { min: 1, max: 50 }),
        };
      },
      effect: ({ row, calendar, timeZone }, { days, reason, approvedBy }) => {
        const total = row.decision_extension_days + days;
        const dueAt = decisionDueAt(row.filed_at, total, calendar, timeZone);
        return {
          set: {
            decision_extension_days: total,
            decision_extension_reason: reason,
            decision_extension_approved_by: approvedBy,
            decision_due_at: dueAt,
          },
          comment: reason,
          detail: { days, totalDays: total, approvedBy, decisionDueAt: dueAt.toISOString() },
        };
      },
    }),
  ),
  decideEnforcementCase: act('decideEnforcementCase', (input: DecideInput) => ({
    parse: (problems) => {
      const given = input.fineAmount ?? null;
      if (input.penaltyType !== 'FINE') {
        if (given !== null) {
          problems.add('input.fineAmount', {
            zh: `只有罚款（FINE）才有金额；${input.penaltyType} 没有金额。`,
            en: `only a FINE has an amount; a ${input.penaltyType} has none.`,
          });
        }
        return { penaltyType: input.penaltyType, fineFen: null };
      }
      if (given === null) {
        problems.add('input.fineAmount', {
          zh: '罚款（FINE）必填：以元为单位的金额。',
          en: 'is required for a FINE: the amount in yuan.',
        });
        return { penaltyType: input.penaltyType, fineFen: null };
      }
      return {
        penaltyType: input.penaltyType,
        fineFen: amountInFen(problems, 'input.fineAmount', given) ?? null,
      };
    },
    effect: ({ calendar, timeZone }, { penaltyType, fineFen }, _problems, now) => {
      const dueAt = serviceDueAt(now, calendar, timeZone);
      return {
        set: {
          decision: penaltyType,
          fine_amount: fineFen === null ? null : fenToDecimal(fineFen),
          decided_at: now,
          service_due_at: dueAt,
        },
        detail: {
          penaltyType,
          fineAmount: fineFen === null ? null : fenToYuan(fineFen),
          serviceDueAt: dueAt.toISOString(),
        },
      };
    },
  })),
  serveEnforcementDecision: act('serveEnforcementDecision', () => ({
    effect: ({ row, calendar, timeZone }, _parsed, _problems, now) => {
      const dueAt = row.decision === 'FINE' ? paymentDueAt(now, calendar, timeZone) : null;
      return {
        set: { served_at: now, payment_due_at: dueAt },
        detail: { paymentDueAt: dueAt?.toISOString() ?? null },
      };
    },
  })),
  recordEnforcementPayment: act('recordEnforcementPayment', (input: PaymentInput) => ({
    parse: (problems) => ({
      amountFen: amountInFen(problems, 'input.amount', input.amount),
      paidAt: pastInstant(problems, 'input.paidAt', input.paidAt, {
        zh: '请填写当事人缴款的时间。',
        en: 'give when the party paid.',
      }),
    }),
    effect: ({ row, timeZone }, { amountFen, paidAt }, problems, now) => {
      const at = paidAt ?? now;
      if (row.served_at && at.getTime() < row.served_at.getTime()) {
        const served = row.served_at.toISOString();
        problems.add('input.paidAt', {
          zh: `早于决定书送达时间（${served}）。`,
          en: `is before the decision was served (${served}).`,
        });
      }
      const owed = amountOwed(row, at, timeZone);
      if (amountFen !== undefined && amountFen !== owed.totalFen) {
        problems.add(
          'input.amount',
          owed.penaltyFen > 0
            ? {
                zh: `当事人应缴 ${yuan(owed.totalFen)}：罚款 ${yuan(owed.fineFen)}，加处罚款 ${yuan(owed.penaltyFen)}（逾期 ${owed.days} 日，每日按罚款数额的 3% 加处，不超过罚款数额：《行政处罚法》第72条）；请登记该金额。`,
                en: `the party owes ${yuan(owed.totalFen)}: the fine of ${yuan(owed.fineFen)} and a late penalty of ${yuan(owed.penaltyFen)} for ${owed.days} days (3 % a day, at most the fine: 行政处罚法 art. 72); record that amount.`,
              }
            : {
                zh: `当事人应缴罚款 ${yuan(owed.fineFen)}；请登记该金额。`,
                en: `the party owes the fine of ${yuan(owed.fineFen)}; record that amount.`,
              },
        );
      }
      return {
        set: { paid_at: at, amount_paid: fenToDecimal(owed.totalFen) },
        detail: {
          amount: fenToYuan(owed.totalFen),
          latePaymentPenalty: fenToYuan(owed.penaltyFen),
          daysLate: owed.days,
          paidAt: at.toISOString(),
        },
      };
    },
  })),
  enforceEnforcementDecision: act('enforceEnforcementDecision', (input: ReasonInput) => ({
    parse: reasonOf(input),
    effect: (_subject, { reason }, _problems, now) => ({
      set: { enforced_at: now },
      comment: reason,
    }),
  })),
  closeEnforcementCase: act('closeEnforcementCase', () => ({
    effect: (_subject, _parsed, _problems, now) => ({ set: { closed_at: now } }),
  })),
  archiveEnforcementCase: act('archiveEnforcementCase'),
};

const view = async (row: EnforcementRecordRow, context: RequestContext) =>
  toEnforcementView(row, context, await enforcementViewClock(context));

/** 立案 and every step of the statutory procedure. */
export const enforcementWorkflowResolvers: IResolvers<unknown, RequestContext> = {
  Mutation: {
    fileEnforcementCase: async (
      _root: unknown,
      { input }: { input: FileEnforcementCaseInput },
      context: RequestContext,
    ) => view(await fileEnforcementCase(input, context), context),
    ...(recordWorkflowResolvers(enforcementKind, actions, view).Mutation as object),
  },
};
