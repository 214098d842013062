import type { IResolvers } from '@graphql-tools/utils';
import { workingCalendarOf } from '../calendar/working-calendar.js';
import { workingTimeBetween } from '../calendar/working-time.js';
import { inScope } from '../database/scoped-transaction.js';
import type { RequestContext } from '../node-context.js';
import type { TicketView } from './ticket-view.js';

/**
 * HotlineTicket fields every node answers from what it holds. `allowedActions`
 * is empty here: only the owning city (which knows the ticket's state machine)
 * overrides it; replicas at a province or the ministry are never acted on.
 */
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
    overdue: (ticket: TicketView) =>
      ticket.dueAt !== null && ticket.closedAt === null && Date.parse(ticket.dueAt) < Date.now(),
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
    allowedActions: () => [],
    mergedTicketIds: (ticket: TicketView, _args, context) =>
      inScope(context.node.db, { division: ticket.division.code }, async (trx) =>
        (
          await trx
            .selectFrom('hotline_ticket')
            .select('id')
            .where('parent_ticket_id', '=', ticket.id)
            .orderBy('id')
            .execute()
        ).map((child) => child.id),
      ),
    history: (ticket: TicketView, _args, context) =>
      inScope(context.node.db, { division: ticket.division.code }, async (trx) =>
        (
          await trx
            .selectFrom('record_history')
            .selectAll()
            .where('entity', '=', 'hotline_ticket')
            .where('entity_id', '=', ticket.id)
            .orderBy('id')
            .execute()
        ).map((entry) => ({
          action: entry.action,
          fromState: entry.from_state,
          toState: entry.to_state,
          actor: entry.actor_username,
          at: entry.at.toISOString(),
          comment: entry.comment,
        })),
      ),
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
