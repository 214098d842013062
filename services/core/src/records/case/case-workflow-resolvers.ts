import type { Types } from '@city-ops/schema';
import type { IResolvers } from '@graphql-tools/utils';
import type { InputProblems } from '@city-ops/kernel';
import { inScope } from '../../database/scoped-transaction.js';
import type { RequestContext } from '../../node-context.js';
import { rowActions } from '../act-on-record.js';
import type { ActionEffect, ActionInput, RowAction, RowActionEffect } from '../act-on-record.js';
import { approvedExtension, extensionRequest } from '../handling-extension.js';
import type { ExtensionRequestInput } from '../handling-extension.js';
import type { RecordRow } from '../record-kind.js';
import { recordWorkflowResolvers } from '../record-workflow-resolvers.js';
import { deriveClosureType } from './case-closure.js';
import { countCaseHistoryActions } from './case-counters.js';
import { handlingDueAt } from './case-deadlines.js';
import { caseKind } from './case-kind.js';

import type { CaseAction } from './case-mutations.js';
import { caseViews } from './case-resolvers.js';
import { convertTicketToCase } from './convert-ticket-to-case.js';
import type { ConvertTicketToCaseInput } from './convert-ticket-to-case.js';
import type { ReportCaseInput } from './case-input.js';
import { reportCase } from './report-case.js';

type CaseRecordAction<I extends ActionInput> = RowAction<'case_report', I>;
type Effect<I extends ActionInput> = RowActionEffect<'case_report', I>;

/** A mutation taking one action of the machine, under the operation `caseActionMutations` gives it (caseKind.actionOperation). */
const act = rowActions<'case_report', CaseAction>();

const reason = (problems: InputProblems, input: Types.CaseReasonInput) =>
  problems.text('input.reason', input.reason, { min: 2, max: 1000, multiline: true });

/** An action that takes a reason (2–1000 characters): the history comment, and whatever `set` stores of it. */
const withReason =
  (
    set: (reason: string | null) => ActionEffect<'case_report'>['set'] = () => ({}),
  ): Effect<Types.CaseReasonInput> =>
  ({ input, problems }) => {
    const text = reason(problems, input);
    return { set: set(text), comment: text };
  };

/** The pending requests a dispatcher's decision (or a park) settles. */
const noPendingRequest = { extension_days: null, extension_reason: null, return_reason: null };

/** 核查: a pass closes the case with the closure type its history earns; a failure sends it back (返工) with a reason. */
const verify: CaseRecordAction<Types.VerifyCaseInput> = {
  action: (input) => (input.passed ? 'verifyPass' : 'verifyFail'),
  effect: async ({ input, record, trx, problems, context, clock }) => {
    const { now } = clock;
    if (!input.passed) {
      // Its length is checked with every action's comment; here only that it is there.
      if ([...(input.comment?.trim() ?? '')].length < 2) {
        problems.add('input.comment', {
          zh: '核查不通过时必填（至少 2 个字符）：请说明仍存在的问题。',
          en: 'is required when verification fails (at least 2 characters): say what is still wrong.',
        });
      }
      return {
        set: { verified_at: now, verified_by: context.principal.username },
        detail: { passed: false },
      };
    }
    const counts =
      (await countCaseHistoryActions(trx, [record.id], ['park', 'approveReturn'])).get(record.id) ??
      new Map<string, number>();
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
  },
};

/** Each mutation of the case loop, by name; `caseActionMutations` maps the machine's actions to them. */
export const caseActions = {
  fileCase: act('file', ({ context, clock }) => ({
    set: { filed_at: clock.now, filed_by: context.principal.username },
  })),
  voidCase: act(
    'void',
    withReason((text) => ({ void_reason: text })),
  ),
  dispatchCase: act<Types.DispatchCaseInput>(
    'dispatch',
    async ({ input, record, trx, problems, context, clock }) => {
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
        problems.add('input.handlingUnit', {
          zh: `“${unit}”不是本市的处置部门（见 handlingUnits）。`,
          en: `"${unit}" is not a handling unit of this city (see handlingUnits).`,
        });
      }
      const due = handlingDueAt(context.node, clock.calendar, record, clock.now);
      return {
        set: { handling_unit: unit, dispatched_at: clock.now, due_at: due, ...noPendingRequest },
        detail: { handlingUnit: unit, dueAt: due.toISOString() },
      };
    },
  ),
  startHandlingCase: act('startHandling'),
  reportBackCase: act<Types.ReportBackCaseInput>('reportBack', ({ input, problems, clock }) => ({
    set: {
      handled_at: clock.now,
      handling_result: problems.text('input.result', input.result, {
        min: 1,
        max: 2000,
        multiline: true,
      }),
    },
  })),
  verifyCase: verify,
  requestCaseExtension: act<ExtensionRequestInput>('requestExtension', ({ input, problems }) =>
    extensionRequest(input, problems),
  ),
  approveCaseExtension: act('approveExtension', ({ record, context, clock }) => {
    const { dueAt, detail } = approvedExtension(record, context, clock);
    return { set: { due_at: dueAt, ...noPendingRequest }, detail };
  }),
  rejectCaseExtension: act(
    'rejectExtension',
    withReason(() => noPendingRequest),
  ),
  requestCaseReturn: act(
    'requestReturn',
    withReason((text) => ({ return_reason: text })),
  ),
  approveCaseReturn: act('approveReturn', ({ record }) => ({
    // Back to the command centre for a new dispatch: no unit, no clock.
    set: { handling_unit: null, due_at: null, ...noPendingRequest },
    detail: { handlingUnit: record.handling_unit, reason: record.return_reason },
  })),
  rejectCaseReturn: act(
    'rejectReturn',
    withReason(() => noPendingRequest),
  ),
  // The clock stops: a parked case has no due time (it gets a new one when dispatched again).
  parkCase: act(
    'park',
    withReason((text) => ({ parked_reason: text, due_at: null, ...noPendingRequest })),
  ),
  resumeCase: act('resume', ({ record }) => ({
    set: { handling_unit: null, due_at: null },
    detail: { handlingUnit: record.handling_unit },
  })),
  evaluateCase: act<Types.EvaluateCaseInput>('evaluate', ({ input, problems, clock }) => {
    if (!Number.isInteger(input.score) || input.score < 0 || input.score > 100) {
      problems.add('input.score', {
        zh: '应为 0 到 100 之间的整数。',
        en: 'must be a whole number from 0 to 100.',
      });
    }
    return {
      set: {
        evaluated_at: clock.now,
        evaluation_score: input.score,
        // Checked with every action's comment (at most 1000 characters).
        evaluation_comment: input.comment?.trim() || null,
      },
      detail: { score: input.score },
    };
  }),
};

export const caseWorkflowMutationNames = Object.keys(caseActions);

/** A case as its view, with the counters read from its history. */
const caseView = async (row: RecordRow<'case_report'>, context: RequestContext) => {
  const [view] = await inScope(context.node.db, { division: row.division }, (trx) =>
    caseViews(trx, [row]),
  );
  if (!view) throw new Error(`case ${row.id} has no view`);
  return view;
};

/** The case mutations: intake (信息采集, 热线转办) and every step of the loop. */
export const caseMutationResolvers: IResolvers<unknown, RequestContext> = {
  Mutation: {
    reportCase: (_root, { input }: { input: ReportCaseInput }, context) =>
      reportCase(input, context),
    convertTicketToCase: (_root, { input }: { input: ConvertTicketToCaseInput }, context) =>
      convertTicketToCase(input, context),
    ...(recordWorkflowResolvers(caseKind, caseActions, caseView).Mutation as object),
  },
};
