import { childCategories } from '@city-ops/schema';
import type { IResolvers } from '@graphql-tools/utils';
import type { Transaction } from 'kysely';
import { appendAudit } from '../audit/append-audit.js';
import { inScope } from '../database/scoped-transaction.js';
import type { RowScope } from '../database/scoped-transaction.js';
import type { Database, HotlineTicketRow } from '../database/tables.js';
import { requestedScope } from '../division-scope.js';
import { badUserInput } from '../errors.js';
import { InputProblems } from '../input-problems.js';
import { assertOwner } from '../ownership.js';
import type { RequestContext } from '../node-context.js';
import { checkPageSize, decodeCursor, listSort } from '../paging/cursor.js';
import type { SortDirection } from '../paging/cursor.js';
import { keysetCursor } from '../paging/keyset-order.js';
import { canSeePersonalData } from '../permissions/personal-data.js';
import { authorize } from '../permissions/policy.js';
import { rowScopeAt } from '../permissions/row-scope.js';
import { findRecordInScope } from '../records/find-record-in-scope.js';
import { TICKET_SORT_COLUMNS, findDuplicateCandidates, listTickets } from './ticket-repository.js';
import type { TicketListQuery } from './ticket-repository.js';
import { ticketHolder, toTicketView } from './ticket-view.js';
import { unitsOf } from './ticket-field-resolvers.js';

interface TicketFilterArgs {
  status?: string[] | null;
  intakeClass?: string[] | null;
  channel?: string[] | null;
  categoryCode?: string | null;
  createdFrom?: string | null;
  createdBefore?: string | null;
  leadUnit?: string | null;
  overdue?: boolean | null;
  supervised?: boolean | null;
  text?: string | null;
}

interface PageArgs {
  first?: number | null;
  after?: string | null;
  sort?: { by: string; direction: SortDirection } | null;
}

interface TicketsArgs extends PageArgs {
  division?: string | null;
  filter?: TicketFilterArgs | null;
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

/** For other readers of tickets (indicator drill-down), under a name that says what it audits. */
export { auditUnmaskedReads as auditUnmaskedTicketReads };

const emptyConnection = { edges: [], nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };

/** One page of tickets in `scope`, as a connection, with unmasked reads audited. */
async function ticketPage(
  context: RequestContext,
  scope: RowScope | undefined,
  page: PageArgs,
  query: Omit<TicketListQuery, 'scope' | 'limit' | 'after' | 'sort'>,
) {
  const limit = checkPageSize(page.first);
  const sort = listSort(page.sort);
  const after = page.after ? decodeCursor(page.after, 'after', sort) : undefined;
  if (!scope) return emptyConnection;
  return inScope(context.node.db, scope, async (trx) => {
    const { rows, hasMore } = await listTickets(trx, { ...query, scope, sort, after, limit });
    await auditUnmaskedReads(trx, context, scope, rows);
    const edges = rows.map((row) => ({
      cursor: keysetCursor(TICKET_SORT_COLUMNS, sort, row),
      node: toTicketView(row, context.principal),
    }));
    return {
      edges,
      nodes: edges.map((edge) => edge.node),
      pageInfo: { hasNextPage: hasMore, endCursor: edges.at(-1)?.cursor ?? null },
    };
  });
}

/**
 * A ticket by id inside `scope`, in the caller's open transaction, with a read of
 * unmasked personal data audited; undefined when missing or outside the scope.
 */
export async function ticketInScope(
  trx: Transaction<Database>,
  context: RequestContext,
  scope: RowScope,
  id: string,
): Promise<HotlineTicketRow | undefined> {
  const row = await findRecordInScope(trx, 'hotline_ticket', id, scope);
  if (row) await auditUnmaskedReads(trx, context, scope, [row]);
  return row;
}

const OPEN_FOR_UNIT = ['DISPATCHED', 'SIGNED_FOR', 'IN_PROGRESS'];

export const ticketQueryResolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    ticket: async (_root, { id }: { id: string }, context) => {
      const scope = rowScopeAt(context.node, authorize(context.principal, 'ticket.read'));
      if (!scope) return null;
      return inScope(context.node.db, scope, async (trx) => {
        const row = await ticketInScope(trx, context, scope, id);
        return row ? toTicketView(row, context.principal) : null;
      });
    },
    tickets: async (_root, args: TicketsArgs, context) => {
      const access = authorize(context.principal, 'ticket.read');
      const filter = args.filter ?? {};
      const createdFrom = filter.createdFrom ? new Date(filter.createdFrom) : undefined;
      const createdBefore = filter.createdBefore ? new Date(filter.createdBefore) : undefined;
      if (createdFrom && createdBefore && createdFrom >= createdBefore) {
        throw badUserInput('filter.createdBefore', 'must be later than filter.createdFrom.');
      }
      if (filter.text && filter.text.length > 100)
        throw badUserInput('filter.text', 'must be at most 100 characters.');
      // What the caller asked for, narrowed to what this node holds (nothing, for a sibling city).
      const scope = rowScopeAt(
        context.node,
        access,
        requestedScope(access.division, args.division),
      );
      return ticketPage(context, scope, args, { ...filter, createdFrom, createdBefore });
    },
    ticketInbox: async (_root, args: PageArgs, context) => {
      const access = authorize(context.principal, 'ticket.read');
      if (!context.principal.department) {
        throw badUserInput(
          'ticketInbox',
          'is for handling units: your token carries no department.',
        );
      }
      const scope = rowScopeAt(context.node, access);
      return ticketPage(context, scope, args, {
        leadUnit: context.principal.department,
        status: OPEN_FOR_UNIT,
      });
    },
    myTickets: async (_root, args: PageArgs, context) => {
      const scope = rowScopeAt(context.node, authorize(context.principal, 'ticket.read'));
      return ticketPage(context, scope, args, { createdBy: context.principal.username });
    },
    handlingUnits: async (_root, _args, context) => [...(await unitsOf(context)).values()],
    ticketCategories: (_root, { parent }: { parent?: string | null }) =>
      childCategories(parent ?? undefined),
    ticketDuplicateSuggestions: async (
      _root,
      args: {
        input: {
          division: string;
          categoryCode: string;
          title?: string | null;
          content?: string | null;
          address?: string | null;
        };
        days?: number | null;
        first?: number | null;
      },
      context,
    ) => {
      const access = authorize(context.principal, 'ticket.read');
      assertOwner(context.node, args.input.division, 'input.division');
      const problems = new InputProblems();
      const days = args.days ?? 7;
      if (!Number.isInteger(days) || days < 1 || days > 90) problems.add('days', 'must be 1–90.');
      const limit = args.first ?? 5;
      if (!Number.isInteger(limit) || limit < 1 || limit > 20)
        problems.add('first', 'must be 1–20.');
      const title = problems.text('input.title', args.input.title, { max: 100 }) ?? '';
      const content = problems.text('input.content', args.input.content, { max: 4000 }) ?? '';
      const address = problems.text('input.address', args.input.address, { max: 200 }) ?? '';
      if (!title && !content && !address)
        problems.add('input', 'give a title, content or address to compare.');
      problems.throwIfAny();
      const scope = rowScopeAt(context.node, access, args.input.division);
      if (!scope) return [];
      return inScope(context.node.db, scope, async (trx) => {
        const candidates = await findDuplicateCandidates(trx, {
          division: args.input.division,
          categoryCode: args.input.categoryCode,
          text: `${title} ${content}`.trim(),
          address,
          since: new Date(Date.now() - days * 86_400_000),
          limit,
        });
        await auditUnmaskedReads(
          trx,
          context,
          scope,
          candidates.map((candidate) => candidate.row),
        );
        return candidates.map(({ row, score }) => ({
          ticket: toTicketView(row, context.principal),
          score: Math.round(score * 1000) / 1000,
        }));
      });
    },
  },
};
