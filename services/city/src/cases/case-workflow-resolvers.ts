import { allowedActions, countCaseHistoryActions } from '@city-ops/core';
import type { CaseView, RequestContext } from '@city-ops/core';
import type { InputProblems } from '@city-ops/kernel';
import { actOnCase } from './case-actions.js';
import type { CaseActionEffect, CaseActionEffects, CaseActionInput } from './case-actions.js';
import { deriveClosureType } from './case-closure.js';
import { extendCaseDueAt, handlingDueAt } from './case-deadlines.js';
import { caseMachine } from './case-machine.js';
import { convertTicketToCase } from './convert-ticket-to-case.js';
import type { ConvertTicketToCaseInput } from './convert-ticket-to-case.js';
import { reportCase } from './report-case.js';
import type { ReportCaseInput } from './case-input.js';
import type { IResolvers } from '@graphql-tools/utils';

interface ReasonInput extends CaseActionInput {
  reason: string;
}
interface DispatchInput extends CaseActionInput {
  handlingUnit: string;
}
interface ReportBackInput extends CaseActionInput {
  result: string;
}
interface VerifyInput extends CaseActionInput {
  passed: boolean;
}
interface ExtensionRequestInput extends CaseActionInput {
  workingDays: number;
  reason: string;
}
interface EvaluateInput extends CaseActionInput {
  score: number;
}

const reason = (problems: InputProblems, input: ReasonInput) =>
  problems.text('input.reason', input.reason, { min: 2, max: 1000 });

/** An action that takes a reason (2–1000 characters): the history comment, and whatever `set` stores of it. */
const withReason =
  (
    input: ReasonInput,
    set: (reason: string | null) => CaseActionEffect['set'] = () => ({}),
  ): CaseActionEffects =>
  ({ problems }) => {
    const text = reason(problems, input);
    return { set: set(text), comment: text };
  };

/** The pending requests a dispatcher's decision (or a park) settles. */
const noPendingRequest = { extension_days: null, extension_reason: null, return_reason: null };

type Act = (input: never, context: RequestContext) => Promise<CaseView>;

/** Each mutation of the case loop, by name; `caseActionMutations` maps the machine's actions to them. */
const mutations: Record<string, Act> = {
  fileCase: (input: CaseActionInput, context) =>
    actOnCase(context, 'file', input, ({ now }) => ({
      set: { filed_at: now, filed_by: context.principal.username },
    })),
  voidCase: (input: ReasonInput, context) =>
    actOnCase(
      context,
      'void',
      input,
      withReason(input, (text) => ({ void_reason: text })),
    ),
  dispatchCase: (input: DispatchInput, context) =>
    actOnCase(context, 'dispatch', input, async ({ record, trx, problems, calendar, now }) => {
      const unit = problems.text('input.handlingUnit', input.handlingUnit, { min: 1, max: 64 });
      // Read under the request's row scope: only this city's units are visible.
      const known =
        unit !== null &&
        (await trx
          .selectFrom('handling_unit')
          .select('code')
          .where('code', '=', unit)
          .executeTakeFirst()) !== undefined;
      if (unit !== null && !known) {
        problems.add(
          'input.handlingUnit',
          `"${unit}" is not a handling unit of this city (see handlingUnits).`,
        );
      }
      const due = handlingDueAt(context.node, calendar, record, now);
      return {
        set: { handling_unit: unit, dispatched_at: now, due_at: due, ...noPendingRequest },
        detail: { handlingUnit: unit, dueAt: due.toISOString() },
      };
    }),
  startHandlingCase: (input: CaseActionInput, context) =>
    actOnCase(context, 'startHandling', input),
  reportBackCase: (input: ReportBackInput, context) =>
    actOnCase(context, 'reportBack', input, ({ problems, now }) => ({
      set: {
        handled_at: now,
        handling_result: problems.text('input.result', input.result, { min: 1, max: 2000 }),
      },
    })),
  verifyCase: (input: VerifyInput, context) =>
    input.passed
      ? actOnCase(context, 'verifyPass', input, async ({ record, trx, now }) => {
          const counts =
            (await countCaseHistoryActions(trx, [record.id], ['park', 'approveReturn'])).get(
              record.id,
            ) ?? new Map<string, number>();
          const closureType = deriveClosureType({
            everParked: (counts.get('park') ?? 0) > 0,
            approvedReturns: counts.get('approveReturn') ?? 0,
            dueAt: record.due_at,
            closedAt: now,
          });
          return {
            set: {
              verified_at: now,
              verified_by: context.principal.username,
              closed_at: now,
              closure_type: closureType,
            },
            detail: { passed: true, closureType },
          };
        })
      : actOnCase(context, 'verifyFail', input, ({ problems, now }) => {
          // Its length is checked with every action's comment; here only that it is there.
          if ([...(input.comment?.trim() ?? '')].length < 2) {
            problems.add(
              'input.comment',
              'is required when verification fails (at least 2 characters): say what is still wrong.',
            );
          }
          return {
            set: { verified_at: now, verified_by: context.principal.username },
            detail: { passed: false },
          };
        }),
  requestCaseExtension: (input: ExtensionRequestInput, context) =>
    actOnCase(context, 'requestExtension', input, ({ problems }) => {
      if (!Number.isInteger(input.workingDays) || input.workingDays < 1 || input.workingDays > 30) {
        problems.add('input.workingDays', 'must be a whole number of working days from 1 to 30.');
      }
      const text = reason(problems, input);
      return {
        set: { extension_days: input.workingDays, extension_reason: text },
        comment: text,
        detail: { workingDays: input.workingDays },
      };
    }),
  approveCaseExtension: (input: CaseActionInput, context) =>
    actOnCase(context, 'approveExtension', input, ({ record, calendar, now }) => {
      const due = extendCaseDueAt(
        context.node,
        calendar,
        record.due_at ?? now,
        record.extension_days ?? 0,
      );
      return {
        set: { due_at: due, ...noPendingRequest },
        detail: { workingDays: record.extension_days, dueAt: due.toISOString() },
      };
    }),
  rejectCaseExtension: (input: ReasonInput, context) =>
    actOnCase(
      context,
      'rejectExtension',
      input,
      withReason(input, () => noPendingRequest),
    ),
  requestCaseReturn: (input: ReasonInput, context) =>
    actOnCase(
      context,
      'requestReturn',
      input,
      withReason(input, (text) => ({ return_reason: text })),
    ),
  approveCaseReturn: (input: CaseActionInput, context) =>
    actOnCase(context, 'approveReturn', input, ({ record }) => ({
      // Back to the command centre for a new dispatch: no unit, no clock.
      set: { handling_unit: null, due_at: null, ...noPendingRequest },
      detail: { handlingUnit: record.handling_unit, reason: record.return_reason },
    })),
  rejectCaseReturn: (input: ReasonInput, context) =>
    actOnCase(
      context,
      'rejectReturn',
      input,
      withReason(input, () => noPendingRequest),
    ),
  parkCase: (input: ReasonInput, context) =>
    actOnCase(
      context,
      'park',
      input,
      // The clock stops: a parked case has no due time (it gets a new one when dispatched again).
      withReason(input, (text) => ({ parked_reason: text, due_at: null, ...noPendingRequest })),
    ),
  resumeCase: (input: CaseActionInput, context) =>
    actOnCase(context, 'resume', input, ({ record }) => ({
      set: { handling_unit: null, due_at: null },
      detail: { handlingUnit: record.handling_unit },
    })),
  evaluateCase: (input: EvaluateInput, context) =>
    actOnCase(context, 'evaluate', input, ({ problems, now }) => {
      if (!Number.isInteger(input.score) || input.score < 0 || input.score > 100) {
        problems.add('input.score', 'must be a whole number from 0 to 100.');
      }
      return {
        set: {
          evaluated_at: now,
          evaluation_score: input.score,
          // Checked with every action's comment (at most 1000 characters).
          evaluation_comment: input.comment?.trim() || null,
        },
        detail: { score: input.score },
      };
    }),
};

export const caseWorkflowMutationNames = Object.keys(mutations);

/** The case mutations and the owning city's `allowedActions` (the machine's answer for the caller). */
export const caseMutationResolvers: IResolvers<unknown, RequestContext> = {
  Mutation: {
    reportCase: (_root, { input }: { input: ReportCaseInput }, context) =>
      reportCase(input, context),
    convertTicketToCase: (_root, { input }: { input: ConvertTicketToCaseInput }, context) =>
      convertTicketToCase(input, context),
    ...Object.fromEntries(
      Object.entries(mutations).map(([name, act]) => [
        name,
        (_root: unknown, { input }: { input: never }, context: RequestContext) =>
          act(input, context),
      ]),
    ),
  },
  CaseReport: {
    allowedActions: (view: CaseView, _args, context) =>
      allowedActions(caseMachine, {
        record: view.record,
        principal: context.principal,
        input: {},
        now: new Date(),
      }),
  },
};
