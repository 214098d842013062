import { childCategories } from '@city-ops/schema';
import type { IResolvers } from '@graphql-tools/utils';
import type { Transaction } from 'kysely';
import { appendAudit } from '../audit/append-audit.js';
import { inScope } from '../database/scoped-transaction.js';
import type { RowScope } from '../database/scoped-transaction.js';
import type { Database, HotlineTicketRow } from '../database/tables.js';
import { requestedScope } from '../division-scope.js';
import { badUserInput } from '../errors.js';
import type { RequestContext } from '../node-context.js';
import { checkPageSize, decodeCursor } from '../paging/cursor.js';
import { canSeePersonalData } from '../permissions/personal-data.js';
import { authorize } from '../permissions/policy.js';
import { rowScopeAt } from '../permissions/row-scope.js';
import { findRecordInScope } from '../records/find-record-in-scope.js';
import { listTickets } from './ticket-repository.js';
import { ticketCursor, ticketHolder, toTicketView } from './ticket-view.js';

interface TicketFilterArgs {
  status?: string[] | null;
  intakeClass?: string[] | null;
  channel?: string[] | null;
  categoryCode?: string | null;
  createdFrom?: string | null;
  createdBefore?: string | null;
}

interface TicketsArgs {
  division?: string | null;
  filter?: TicketFilterArgs | null;
  first?: number | null;
  after?: string | null;
}

/** Every read of unmasked personal data leaves an audit entry, in the read's own transaction. */
async function auditUnmaskedReads(
  trx: Transaction<Database>,
  context: RequestContext,
  scope: RowScope,
  rows: HotlineTicketRow[],
): Promise<void> {
  const ids = rows
    .filter((row) => canSeePersonalData(context.principal, ticketHolder(row)))
    .map((row) => row.id);
  if (ids.length === 0) return;
  await appendAudit(trx, context, {
    action: 'personal-data.read',
    entity: 'hotline_ticket',
    entityIds: ids,
    scope: scope.division,
  });
}

const emptyConnection = { edges: [], nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };

export const ticketQueryResolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    ticket: async (_root, { id }: { id: string }, context) => {
      const scope = rowScopeAt(context.node, authorize(context.principal, 'ticket.read'));
      if (!scope) return null;
      return inScope(context.node.db, scope, async (trx) => {
        const row = await findRecordInScope(trx, 'hotline_ticket', id, scope);
        if (!row) return null;
        await auditUnmaskedReads(trx, context, scope, [row]);
        return toTicketView(row, context.principal);
      });
    },
    tickets: async (_root, args: TicketsArgs, context) => {
      const access = authorize(context.principal, 'ticket.read');
      const limit = checkPageSize(args.first);
      const after = args.after ? decodeCursor(args.after) : undefined;
      const filter = args.filter ?? {};
      const createdFrom = filter.createdFrom ? new Date(filter.createdFrom) : undefined;
      const createdBefore = filter.createdBefore ? new Date(filter.createdBefore) : undefined;
      if (createdFrom && createdBefore && createdFrom >= createdBefore) {
        throw badUserInput('filter.createdBefore', 'must be later than filter.createdFrom.');
      }
      // What the caller asked for, narrowed to what this node holds (nothing, for a sibling city).
      const scope = rowScopeAt(
        context.node,
        access,
        requestedScope(access.division, args.division),
      );
      if (!scope) return emptyConnection;
      return inScope(context.node.db, scope, async (trx) => {
        const { rows, hasMore } = await listTickets(trx, {
          scope,
          status: filter.status,
          intakeClass: filter.intakeClass,
          channel: filter.channel,
          categoryCode: filter.categoryCode,
          createdFrom,
          createdBefore,
          after,
          limit,
        });
        await auditUnmaskedReads(trx, context, scope, rows);
        const edges = rows.map((row) => ({
          cursor: ticketCursor(row),
          node: toTicketView(row, context.principal),
        }));
        return {
          edges,
          nodes: edges.map((edge) => edge.node),
          pageInfo: { hasNextPage: hasMore, endCursor: edges.at(-1)?.cursor ?? null },
        };
      });
    },
    ticketCategories: (_root, { parent }: { parent?: string | null }) =>
      childCategories(parent ?? undefined),
  },
};
