import type { IResolvers } from '@graphql-tools/utils';
import { accessFor } from '@city-ops/kernel';
import type { Operation } from '@city-ops/kernel';
import type { Transaction } from 'kysely';
import { inScope } from '../../database/scoped-transaction.js';
import type { RowScope } from '../../database/scoped-transaction.js';
import type { CaseReportRow, Database, HotlineTicketRow } from '../../database/tables.js';
import type { RequestContext } from '../../node-context.js';
import { rowScopeAt } from '../../permissions/row-scope.js';
import { scopeConditions } from '../find-record-in-scope.js';
import { auditUnmaskedReads } from '../record-page.js';
import { batchPerRequest } from '../request-batch.js';
import { ticketKind } from '../ticket/ticket-kind.js';
import { toTicketView } from '../ticket/ticket-view.js';
import type { TicketView } from '../ticket/ticket-view.js';
import { caseViews } from './case-resolvers.js';
import type { CaseView } from './case-view.js';

/**
 * The records a page's links name, of one table, read in one transaction in the
 * reader's own scope for `operation`: a reader who may not read that kind, or that
 * record, gets no record (the id stays on the linking record).
 */
function linkedRecords<Row extends { id: string }, View>(
  table: 'hotline_ticket' | 'case_report',
  operation: Operation,
  views: (
    trx: Transaction<Database>,
    context: RequestContext,
    scope: RowScope,
    rows: Row[],
  ) => Promise<View[]>,
) {
  return batchPerRequest<string, View>(async (context, ids) => {
    const found = new Map<string, View>();
    const access = accessFor(context.principal, operation);
    const scope = access && rowScopeAt(context.node, access);
    if (!scope) return found;
    await inScope(context.node.db, scope, async (trx) => {
      let query = trx
        .selectFrom(table)
        .selectAll()
        .where('id', 'in', [...new Set(ids)]);
      for (const condition of scopeConditions(table, scope)) query = query.where(condition);
      const rows = (await query.execute()) as unknown as Row[];
      const shown = await views(trx, context, scope, rows);
      rows.forEach((row, index) => found.set(row.id, shown[index]!));
    });
    return found;
  });
}

const linkedTickets = linkedRecords<HotlineTicketRow, TicketView>(
  'hotline_ticket',
  'ticket.read',
  async (trx, context, scope, rows) => {
    // A ticket shown with its caller unmasked is an audited read, as anywhere else.
    await auditUnmaskedReads(trx, context, ticketKind, scope, rows);
    return rows.map((row) => toTicketView(row, context));
  },
);

const linkedCases = linkedRecords<CaseReportRow, CaseView>(
  'case_report',
  'case.read',
  (trx, _context, _scope, rows) => caseViews(trx, rows),
);

/**
 * 热线转办 both ways: a ticket's case and a case's ticket, at whichever node answers (the
 * owning city, or a province's replicas, masked as they are stored).
 */
export const ticketCaseLinkResolvers: IResolvers<unknown, RequestContext> = {
  HotlineTicket: {
    case: async (ticket: TicketView, _args, context) =>
      ticket.caseId ? ((await linkedCases(context, ticket.caseId)) ?? null) : null,
  },
  CaseReport: {
    sourceTicket: async (report: CaseView, _args, context) =>
      report.linkedTicketId
        ? ((await linkedTickets(context, report.linkedTicketId)) ?? null)
        : null,
  },
};
