import { childCategories, narrowerScope } from '@city-ops/schema';
import type { IResolvers } from '@graphql-tools/utils';
import { appendAudit } from '../audit/append-audit.js';
import { requestedScope } from '../division-scope.js';
import { badUserInput } from '../errors.js';
import type { RequestContext } from '../node-context.js';
import { checkPageSize, decodeCursor } from '../paging/cursor.js';
import { canSeePersonalData } from '../permissions/personal-data.js';
import { authorize } from '../permissions/policy.js';
import type { HotlineTicketRow } from '../database/tables.js';
import { findRecordInScope } from '../records/find-record-in-scope.js';
import { listTickets } from './ticket-repository.js';
import { ticketCursor, toTicketView } from './ticket-view.js';

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

/** Every read of unmasked personal data leaves an audit entry (in its own transaction: reads have none). */
async function auditUnmaskedReads(
  context: RequestContext,
  rows: HotlineTicketRow[],
): Promise<void> {
  const ids = rows
    .filter((row) => canSeePersonalData(context.principal, row.origin_node))
    .map((row) => row.id);
  if (ids.length === 0) return;
  await appendAudit(context.node.db, context, {
    action: 'personal-data.read',
    entity: 'hotline_ticket',
    entityIds: ids,
  });
}

export const ticketQueryResolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    ticket: async (_root, { id }: { id: string }, context) => {
      authorize(context.principal, 'ticket.read');
      const row = await findRecordInScope(context.node.db, 'hotline_ticket', id, context.scope);
      if (!row) return null;
      await auditUnmaskedReads(context, [row]);
      return toTicketView(row, context.principal);
    },
    tickets: async (_root, args: TicketsArgs, context) => {
      authorize(context.principal, 'ticket.read');
      const limit = checkPageSize(args.first);
      const after = args.after ? decodeCursor(args.after) : undefined;
      const filter = args.filter ?? {};
      const createdFrom = filter.createdFrom ? new Date(filter.createdFrom) : undefined;
      const createdBefore = filter.createdBefore ? new Date(filter.createdBefore) : undefined;
      if (createdFrom && createdBefore && createdFrom >= createdBefore) {
        throw badUserInput('filter.createdBefore', 'must be later than filter.createdFrom.');
      }
      // What the caller asked for, narrowed to what this node holds (nothing, for a sibling city).
      const scope = narrowerScope(
        requestedScope(context.principal.division, args.division),
        context.scope,
      );
      if (!scope)
        return { edges: [], nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
      const { rows, hasMore } = await listTickets(context.node.db, {
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
      await auditUnmaskedReads(context, rows);
      const edges = rows.map((row) => ({
        cursor: ticketCursor(row),
        node: toTicketView(row, context.principal),
      }));
      return {
        edges,
        nodes: edges.map((edge) => edge.node),
        pageInfo: { hasNextPage: hasMore, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
    ticketCategories: (_root, { parent }: { parent?: string | null }) =>
      childCategories(parent ?? undefined),
  },
};
