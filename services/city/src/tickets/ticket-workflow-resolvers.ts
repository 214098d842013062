import { toTicketView, workingCalendarOf } from '@city-ops/core';
import type { Database, RequestContext } from '@city-ops/core';
import type { InputProblems } from '@city-ops/kernel';
import { actOnTicket, closeMergedChildren } from './ticket-actions.js';
import type { ActionEffects, TicketActionInput } from './ticket-actions.js';
import { extendDueAt } from './ticket-deadlines.js';
import type { IResolvers } from '@graphql-tools/utils';
import type { Transaction } from 'kysely';

interface DispatchInput extends TicketActionInput {
  leadUnit: string;
  coUnits?: string[] | null;
}
interface AnswerInput extends TicketActionInput {
  reply: string;
  resolution: string;
}
interface ExtensionInput extends TicketActionInput {
  workingDays: number;
  reason: string;
}
interface ReasonInput extends TicketActionInput {
  reason: string;
}
interface CallBackInput extends TicketActionInput {
  resolution: string;
  satisfaction: string;
}
interface MergeInput extends TicketActionInput {
  parentId: string;
}

/** Unit codes must name units of this city (the handling_unit table, read under the request's row scope). */
async function checkUnits(
  trx: Transaction<Database>,
  problems: InputProblems,
  lead: string,
  co: readonly string[],
): Promise<void> {
  const codes = [lead, ...co];
  const known = new Set(
    (await trx.selectFrom('handling_unit').select('code').where('code', 'in', codes).execute()).map(
      (unit) => unit.code,
    ),
  );
  if (!known.has(lead)) {
    problems.add(
      'input.leadUnit',
      `"${lead}" is not a handling unit of this city (see handlingUnits).`,
    );
  }
  co.forEach((code, index) => {
    if (!known.has(code))
      problems.add(`input.coUnits.${index}`, `"${code}" is not a handling unit of this city.`);
    else if (code === lead)
      problems.add(`input.coUnits.${index}`, `${code} is already the lead unit.`);
  });
  if (new Set(co).size !== co.length) problems.add('input.coUnits', 'lists a unit twice.');
}

const dispatch =
  (input: DispatchInput): ActionEffects =>
  async (_ticket, trx, problems) => {
    const coUnits = input.coUnits ?? [];
    await checkUnits(trx, problems, input.leadUnit, coUnits);
    return {
      set: { lead_unit: input.leadUnit, co_units: coUnits, handling_mode: 'DISPATCH' },
      detail: { leadUnit: input.leadUnit, coUnits },
    };
  };

/** The stated reason of 退单, 审核退回 or 延期驳回, checked and kept as the history comment. */
const statedReason = (input: ReasonInput, problems: InputProblems) =>
  problems.text('input.reason', input.reason, { min: 2, max: 1000 });

const withReason =
  (input: ReasonInput): ActionEffects =>
  (_ticket, _trx, problems) => ({ comment: statedReason(input, problems) });

/** Closing (直办 or 办结) takes the merged tickets along. */
const closing = (context: RequestContext) => ({
  after: (updated: Parameters<typeof closeMergedChildren>[2], trx: Transaction<Database>) =>
    closeMergedChildren(trx, context, updated),
});

type Act = (input: never, context: RequestContext) => ReturnType<typeof actOnTicket>;

/** Each workflow action of the ticket machine, as the mutation of the same purpose. */
const actions: Record<string, Act> = {
  answerTicketDirectly: (input: AnswerInput, context) =>
    actOnTicket(context, 'answerDirectly', input, (_ticket, _trx, problems) => {
      const now = new Date();
      return {
        set: {
          reply: problems.text('input.reply', input.reply, { min: 1, max: 2000 }),
          replied_at: now,
          resolution: input.resolution,
          handling_mode: 'DIRECT',
          closed_at: now,
        },
        detail: { resolution: input.resolution },
        ...closing(context),
      };
    }),
  dispatchTicket: (input: DispatchInput, context) =>
    actOnTicket(context, 'dispatch', input, dispatch(input)),
  redispatchTicket: (input: DispatchInput, context) =>
    actOnTicket(context, 'redispatch', input, dispatch(input)),
  signForTicket: (input: TicketActionInput, context) => actOnTicket(context, 'signFor', input),
  startHandlingTicket: (input: TicketActionInput, context) =>
    actOnTicket(context, 'startHandling', input),
  requestTicketExtension: (input: ExtensionInput, context) =>
    actOnTicket(context, 'requestExtension', input, (_ticket, _trx, problems) => {
      if (!Number.isInteger(input.workingDays) || input.workingDays < 1 || input.workingDays > 30) {
        problems.add('input.workingDays', 'must be a whole number of working days from 1 to 30.');
      }
      const reason = problems.text('input.reason', input.reason, { min: 2, max: 1000 });
      return {
        set: { extension_days: input.workingDays, extension_reason: reason },
        comment: reason,
        detail: { workingDays: input.workingDays },
      };
    }),
  approveTicketExtension: (input: TicketActionInput, context) =>
    workingCalendarOf(context.node).then((calendar) =>
      actOnTicket(context, 'approveExtension', input, (ticket) => {
        const dueAt = extendDueAt(
          context.node,
          calendar,
          ticket.due_at ?? new Date(),
          ticket.extension_days ?? 0,
        );
        return {
          set: { due_at: dueAt, extension_days: null, extension_reason: null },
          detail: { workingDays: ticket.extension_days, dueAt: dueAt.toISOString() },
        };
      }),
    ),
  rejectTicketExtension: (input: ReasonInput, context) =>
    actOnTicket(context, 'rejectExtension', input, (_ticket, _trx, problems) => ({
      comment: statedReason(input, problems),
      set: { extension_days: null, extension_reason: null },
    })),
  returnTicket: (input: ReasonInput, context) =>
    actOnTicket(context, 'return', input, withReason(input)),
  replyToTicket: (input: AnswerInput, context) =>
    actOnTicket(context, 'reply', input, (_ticket, _trx, problems) => ({
      set: {
        reply: problems.text('input.reply', input.reply, { min: 1, max: 2000 }),
        replied_at: new Date(),
        resolution: input.resolution,
      },
      detail: { resolution: input.resolution },
    })),
  approveTicketReply: (input: TicketActionInput, context) =>
    actOnTicket(context, 'approveReply', input),
  rejectTicketReply: (input: ReasonInput, context) =>
    actOnTicket(context, 'rejectReply', input, withReason(input)),
  callBackTicket: (input: CallBackInput, context) =>
    actOnTicket(context, 'callBack', input, () => ({
      set: { resolution: input.resolution, satisfaction: input.satisfaction },
      detail: { resolution: input.resolution, satisfaction: input.satisfaction },
    })),
  reopenTicket: (input: TicketActionInput, context) => actOnTicket(context, 'reopen', input),
  closeTicket: (input: TicketActionInput, context) =>
    actOnTicket(context, 'close', input, () => ({
      set: { closed_at: new Date() },
      ...closing(context),
    })),
  archiveTicket: (input: TicketActionInput, context) => actOnTicket(context, 'archive', input),
  mergeTicket: (input: MergeInput, context) =>
    actOnTicket(context, 'merge', input, async (ticket, trx, problems) => {
      const parent = await trx
        .selectFrom('hotline_ticket')
        .select(['id', 'status', 'parent_ticket_id'])
        .where('id', '=', input.parentId)
        .executeTakeFirst();
      if (!parent)
        problems.add('input.parentId', `no ticket ${input.parentId} inside your division.`);
      else if (parent.id === ticket.id)
        problems.add('input.parentId', 'a ticket cannot be merged into itself.');
      else if (parent.parent_ticket_id) {
        problems.add(
          'input.parentId',
          `${parent.id} is itself merged into ${parent.parent_ticket_id}; merge into that one.`,
        );
      } else if (parent.status === 'CLOSED' || parent.status === 'ARCHIVED') {
        problems.add(
          'input.parentId',
          `${parent.id} is already ${parent.status}; only an open ticket takes merges.`,
        );
      }
      return { set: { parent_ticket_id: input.parentId }, detail: { parentId: input.parentId } };
    }),
  unmergeTicket: (input: TicketActionInput, context) =>
    actOnTicket(context, 'unmerge', input, (ticket) => ({
      set: { parent_ticket_id: null },
      detail: { parentId: ticket.parent_ticket_id },
    })),
};

export const ticketWorkflowMutationNames = Object.keys(actions);

export const ticketWorkflowResolvers: IResolvers<unknown, RequestContext> = {
  Mutation: Object.fromEntries(
    Object.entries(actions).map(([name, act]) => [
      name,
      async (_root: unknown, { input }: { input: never }, context: RequestContext) =>
        toTicketView(await act(input, context), context.principal),
    ]),
  ),
};
