import type { Types } from '@city-ops/schema';
import type { InputProblems } from '@city-ops/kernel';
import type { Database } from '../../database/tables.js';
import type { RequestContext } from '../../node-context.js';
import { rowActions } from '../act-on-record.js';
import type { ActionEffect, ActionInput, RowActionEffect } from '../act-on-record.js';
import { approvedExtension, extensionRequest } from '../handling-extension.js';
import type { ExtensionRequestInput } from '../handling-extension.js';
import { recordWorkflowResolvers } from '../record-workflow-resolvers.js';
import { childrenFollowParent } from './ticket-actions.js';
import { reopenedDueAt } from './ticket-deadlines.js';
import { ticketKind } from './ticket-kind.js';
import { ticketMachine } from './ticket-machine.js';
import { stateLabel } from '../../workflow/state-machine.js';
import { toTicketView } from './ticket-view.js';
import type { Transaction } from 'kysely';

type Effect<I extends ActionInput> = RowActionEffect<'hotline_ticket', I>;

/** Every ticket action needs ticket.read (ticketKind.actionOperation); the machine's roles and guards then decide. */
const act = rowActions<'hotline_ticket'>();

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
    problems.add('input.leadUnit', {
      zh: `“${lead}”不是本市的承办单位（见 handlingUnits）。`,
      en: `"${lead}" is not a handling unit of this city (see handlingUnits).`,
    });
  }
  co.forEach((code, index) => {
    if (!known.has(code)) {
      problems.add(`input.coUnits.${index}`, {
        zh: `“${code}”不是本市的承办单位。`,
        en: `"${code}" is not a handling unit of this city.`,
      });
    } else if (code === lead) {
      problems.add(`input.coUnits.${index}`, {
        zh: `${code} 已是主办单位。`,
        en: `${code} is already the lead unit.`,
      });
    }
  });
  if (new Set(co).size !== co.length) {
    problems.add('input.coUnits', { zh: '同一单位重复填写。', en: 'lists a unit twice.' });
  }
}

const dispatch: Effect<Types.DispatchTicketInput> = async ({ input, trx, problems }) => {
  const coUnits = input.coUnits ?? [];
  await checkUnits(trx, problems, input.leadUnit, coUnits);
  return {
    // A new dispatch is a new round for the co-handling units: their replies start afresh.
    set: {
      lead_unit: input.leadUnit,
      co_units: coUnits,
      co_unit_replies: '{}',
      handling_mode: 'DISPATCH',
    },
    detail: { leadUnit: input.leadUnit, coUnits },
  };
};

/** The stated reason of 退单, 审核退回 or 延期驳回, checked and kept as the history comment. */
const statedReason = (input: Types.TicketReasonInput, problems: InputProblems) =>
  problems.text('input.reason', input.reason, { min: 2, max: 1000, multiline: true });

const withReason: Effect<Types.TicketReasonInput> = ({ input, problems }) => ({
  comment: statedReason(input, problems),
});

/** Closing (直办 or 办结) takes the merged tickets along, to their own callback. */
const closing = (
  context: RequestContext,
  now: Date,
): Pick<ActionEffect<'hotline_ticket'>, 'after'> => ({
  after: (updated, trx) => childrenFollowParent(trx, context, updated, now),
});

/** Each workflow action of the ticket machine, under the mutation of the same purpose. */
export const ticketActions = {
  answerTicketDirectly: act<Types.AnswerTicketInput>(
    'answerDirectly',
    ({ input, problems, context, clock }) => ({
      set: {
        reply: problems.text('input.reply', input.reply, { min: 1, max: 2000, multiline: true }),
        replied_at: clock.now,
        resolution: input.resolution,
        handling_mode: 'DIRECT',
        closed_at: clock.now,
      },
      detail: { resolution: input.resolution },
      ...closing(context, clock.now),
    }),
  ),
  dispatchTicket: act('dispatch', dispatch),
  redispatchTicket: act('redispatch', dispatch),
  signForTicket: act('signFor'),
  startHandlingTicket: act('startHandling'),
  requestTicketExtension: act<ExtensionRequestInput>('requestExtension', ({ input, problems }) =>
    extensionRequest(input, problems),
  ),
  approveTicketExtension: act('approveExtension', ({ record, context, clock }) => {
    const { dueAt, detail } = approvedExtension(record, context, clock);
    return { set: { due_at: dueAt, extension_days: null, extension_reason: null }, detail };
  }),
  rejectTicketExtension: act<Types.TicketReasonInput>('rejectExtension', ({ input, problems }) => ({
    comment: statedReason(input, problems),
    set: { extension_days: null, extension_reason: null },
  })),
  returnTicket: act('return', withReason),
  replyToTicket: act<Types.AnswerTicketInput>('reply', ({ input, problems, clock }) => ({
    set: {
      reply: problems.text('input.reply', input.reply, { min: 1, max: 2000, multiline: true }),
      replied_at: clock.now,
      resolution: input.resolution,
    },
    detail: { resolution: input.resolution },
  })),
  coReplyToTicket: act<Types.CoReplyToTicketInput>(
    'coReply',
    ({ input, problems, record, context, clock }) => {
      const reply = problems.text('input.reply', input.reply, {
        min: 1,
        max: 2000,
        multiline: true,
      });
      // The machine let only a co-handling unit's user this far: the unit is their department.
      const unit = context.principal.department ?? '';
      const replies = {
        ...(record.co_unit_replies ?? {}),
        [unit]: {
          reply: reply ?? '',
          repliedAt: clock.now.toISOString(),
          repliedBy: context.principal.username,
        },
      };
      return {
        set: { co_unit_replies: JSON.stringify(replies) },
        comment: reply,
        detail: { unit },
      };
    },
  ),
  approveTicketReply: act('approveReply'),
  rejectTicketReply: act('rejectReply', withReason),
  callBackTicket: act<Types.CallBackTicketInput>('callBack', ({ input }) => ({
    set: { resolution: input.resolution, satisfaction: input.satisfaction },
    detail: { resolution: input.resolution, satisfaction: input.satisfaction },
  })),
  // 重办 starts the handling over: a fresh due time by the same rule as at 受理. A merged
  // ticket whose caller is dissatisfied leaves its parent, to be handled on its own.
  reopenTicket: act('reopen', ({ record, context, clock }) => {
    const dueAt = reopenedDueAt(context.node, clock, record);
    return {
      set: { due_at: dueAt, parent_ticket_id: null },
      detail: {
        dueAt: dueAt.toISOString(),
        ...(record.parent_ticket_id ? { leftParent: record.parent_ticket_id } : {}),
      },
    };
  }),
  closeTicket: act('close', ({ context, clock }) => ({
    set: { closed_at: clock.now },
    ...closing(context, clock.now),
  })),
  archiveTicket: act('archive'),
  mergeTicket: act<Types.MergeTicketInput>('merge', async ({ input, record, trx, problems }) => {
    const parent = await trx
      .selectFrom('hotline_ticket')
      .select(['id', 'status', 'parent_ticket_id'])
      .where('id', '=', input.parentId)
      .executeTakeFirst();
    if (!parent) {
      problems.add('input.parentId', {
        zh: `您所属行政区划内没有工单 ${input.parentId}。`,
        en: `no ticket ${input.parentId} inside your division.`,
      });
    } else if (parent.id === record.id) {
      problems.add('input.parentId', {
        zh: '工单不能并入其自身。',
        en: 'a ticket cannot be merged into itself.',
      });
    } else if (parent.parent_ticket_id) {
      problems.add('input.parentId', {
        zh: `${parent.id} 本身已并入 ${parent.parent_ticket_id}；请并入该工单。`,
        en: `${parent.id} is itself merged into ${parent.parent_ticket_id}; merge into that one.`,
      });
    } else if (parent.status === 'CLOSED' || parent.status === 'ARCHIVED') {
      problems.add('input.parentId', {
        zh: `${parent.id} 已是 ${parent.status}（${stateLabel(ticketMachine, parent.status)}）状态；只有未办结的工单才能接受并单。`,
        en: `${parent.id} is already ${parent.status}; only an open ticket takes merges.`,
      });
    }
    return { set: { parent_ticket_id: input.parentId }, detail: { parentId: input.parentId } };
  }),
  unmergeTicket: act('unmerge', ({ record }) => ({
    set: { parent_ticket_id: null },
    detail: { parentId: record.parent_ticket_id },
  })),
};

export const ticketWorkflowMutationNames = Object.keys(ticketActions);

export const ticketWorkflowResolvers = recordWorkflowResolvers(
  ticketKind,
  ticketActions,
  (row, context) => toTicketView(row, context),
);
