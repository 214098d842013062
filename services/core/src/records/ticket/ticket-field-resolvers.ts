import type { IResolvers } from '@graphql-tools/utils';
import { workingCalendarOf } from '../../calendar/working-calendar-cache.js';
import { workingTimeBetween } from '../../calendar/working-time.js';
import { inScope } from '../../database/scoped-transaction.js';
import type { RequestContext } from '../../node-context.js';
import type { TicketView } from './ticket-view.js';
import { authorize } from '@city-ops/kernel';
import { rowScopeAt } from '../../permissions/row-scope.js';
import { isOverdue } from '../overdue-rule.js';
import { batchPerRequest } from '../request-batch.js';
import { ticketKind } from './ticket-kind.js';

/** The tickets merged into each of a page's tickets (并单), in one query read in the caller's scope. */
const mergedInto = batchPerRequest<string, string[]>(async (context, parents) => {
  const scope = rowScopeAt(context.node, authorize(context.principal, 'ticket.read'));
  const merged = new Map<string, string[]>(parents.map((parent) => [parent, []]));
  if (!scope) return merged;
  const children = await inScope(context.node.db, scope, (trx) =>
    trx
      .selectFrom('hotline_ticket')
      .select(['id', 'parent_ticket_id'])
      .where('parent_ticket_id', 'in', [...parents])
      .orderBy('id')
      .execute(),
  );
  for (const child of children) merged.get(child.parent_ticket_id ?? '')?.push(child.id);
  return merged;
});

/** HotlineTicket fields every node answers from what it holds. */
export const ticketFieldResolvers: IResolvers<unknown, RequestContext> = {
  HotlineTicket: {
    leadUnit: async (ticket: TicketView, _args, context) =>
      ticket.leadUnitCode
        ? ((await unitsOf(context)).get(ticket.leadUnitCode) ?? unknownUnit(ticket.leadUnitCode))
        : null,
    coUnits: async (ticket: TicketView, _args, context) => {
      const units = await unitsOf(context);
      return ticket.coUnitCodes.map((code) => units.get(code) ?? unknownUnit(code));
    },
    coUnitReplies: async (ticket: TicketView, _args, context) => {
      const units = await unitsOf(context);
      return Object.entries(ticket.coUnitReplies)
        .map(([code, reply]) => ({ unit: units.get(code) ?? unknownUnit(code), ...reply }))
        .sort((a, b) => a.repliedAt.localeCompare(b.repliedAt));
    },
    overdue: (ticket: TicketView) => isOverdue(ticketKind, ticket.record, new Date()),
    mergedTicketIds: async (ticket: TicketView, _args, context) =>
      (await mergedInto(context, ticket.id)) ?? [],
    workingMinutesRemaining: async (ticket: TicketView, _args, context) => {
      if (ticket.dueAt === null || ticket.closedAt !== null) return null;
      const calendar = await workingCalendarOf(context.node);
      const remaining = workingTimeBetween(
        new Date(),
        new Date(ticket.dueAt),
        calendar,
        context.node.workingTime,
      );
      return Math.trunc(remaining / 60_000);
    },
  },
};

interface UnitView {
  code: string;
  name: string;
  parent: string | null;
}

const unknownUnit = (code: string): UnitView => ({ code, name: code, parent: null });

/** Units change rarely and are few: read them once per request (kept on the context object). */
const unitCache = new WeakMap<RequestContext, Promise<Map<string, UnitView>>>();

export function unitsOf(context: RequestContext): Promise<Map<string, UnitView>> {
  let units = unitCache.get(context);
  if (!units) {
    units = inScope(context.node.db, { division: context.node.division }, async (trx) => {
      const rows = await trx.selectFrom('handling_unit').selectAll().orderBy('code').execute();
      return new Map(
        rows.map((row) => [row.code, { code: row.code, name: row.name, parent: row.parent }]),
      );
    });
    unitCache.set(context, units);
  }
  return units;
}
