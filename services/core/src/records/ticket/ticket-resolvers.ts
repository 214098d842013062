import { listRecords } from '../record-list.js';
import { recordInScope } from '../record-created.js';
import { childCategories } from '@city-ops/schema';
import { inScope } from '../../database/scoped-transaction.js';
import type { RowScope } from '../../database/scoped-transaction.js';
import { requestedScope, InputProblems, authorize } from '@city-ops/kernel';
import { deadlineFilter, filterText, instantRange } from '../list-filter-input.js';
import { assertOwner } from '../../ownership.js';
import type { RequestContext } from '../../node-context.js';
import { rowScopeAt } from '../../permissions/row-scope.js';
import { findDuplicateCandidates } from './ticket-repository.js';
import type { RecordListQuery } from '../record-list.js';
import { toTicketView } from './ticket-view.js';
import type { TicketView } from './ticket-view.js';
import type { RecordKey } from '../find-record-in-scope.js';
import { ticketKind } from './ticket-kind.js';
import { ticketInboxOf } from './ticket-inbox.js';
import { auditUnmaskedReads, EMPTY_CONNECTION, readPage, toConnection } from '../record-page.js';
import type { PageArgs } from '../record-page.js';
import { unitsOf } from './ticket-field-resolvers.js';
import type { Types } from '@city-ops/schema';
import type { IResolvers } from '@graphql-tools/utils';

interface TicketsArgs extends PageArgs {
  division?: string | null;
  filter?: Types.TicketFilter | null;
}

/** One page of tickets in `scope`, as a connection, with unmasked reads audited. */
export async function ticketPage(
  context: RequestContext,
  scope: RowScope | undefined,
  args: PageArgs,
  // The kind's own filters (ticketKind.listFilters) ride along under their argument names.
  query: Omit<RecordListQuery, 'scope' | 'limit' | 'after' | 'sort'> &
    Readonly<Record<string, unknown>>,
) {
  const page = readPage(args);
  if (!scope) return EMPTY_CONNECTION;
  return inScope(context.node.db, scope, async (trx) => {
    const found = await listRecords(trx, ticketKind, {
      ...query,
      ...page,
      scope,
      reader: context,
    });
    await auditUnmaskedReads(trx, context, ticketKind, scope, found.rows);
    const views = found.rows.map((row) => toTicketView(row, context));
    return toConnection(ticketKind, found, page.sort, views);
  });
}

/** A ticket by id or number as the caller may see it, or null (missing and out of scope alike). */
export async function readTicket(
  context: RequestContext,
  key: RecordKey,
): Promise<TicketView | null> {
  const scope = rowScopeAt(context.node, authorize(context.principal, 'ticket.read'));
  if (!scope) return null;
  return inScope(context.node.db, scope, async (trx) => {
    const row = await recordInScope(trx, context, ticketKind, scope, key);
    return row ? toTicketView(row, context) : null;
  });
}

/**
 * A ticket list's `filter`, checked (every problem at once) and ready for listRecords;
 * the deadline clock is read here, before the list's transaction.
 */
export async function ticketFilterQuery(
  context: RequestContext,
  input: Types.TicketFilter | null | undefined,
) {
  const filter = input ?? {};
  const problems = new InputProblems();
  const created = instantRange(problems, filter, 'created');
  const due = instantRange(problems, filter, 'due');
  const leadUnit = problems.text('filter.leadUnit', filter.leadUnit, { max: 64 });
  const text = filterText(problems, filter.text);
  problems.throwIfAny();
  return {
    ...filter,
    leadUnit,
    text,
    createdFrom: created.from,
    createdBefore: created.before,
    dueFrom: due.from,
    dueBefore: due.before,
    deadlineStatus: await deadlineFilter(context, ticketKind, filter.deadlineStatus),
  };
}

export const ticketQueryResolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    ticket: (_root, { id }: { id: string }, context) => readTicket(context, id),
    tickets: async (_root, args: TicketsArgs, context) => {
      const access = authorize(context.principal, 'ticket.read');
      const filter = await ticketFilterQuery(context, args.filter);
      // What the caller asked for, narrowed to what this node holds (nothing, for a sibling city).
      const scope = rowScopeAt(
        context.node,
        access,
        requestedScope(access.division, args.division),
      );
      return ticketPage(context, scope, args, filter);
    },
    ticketInbox: async (_root, args: PageArgs, context) => {
      const inbox = ticketInboxOf(context, 'ticketInbox');
      return ticketPage(context, inbox.scope, args, inbox.query);
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
      if (!Number.isInteger(days) || days < 1 || days > 90) {
        problems.add('days', { zh: '应在 1–90 之间。', en: 'must be 1–90.' });
      }
      const limit = args.first ?? 5;
      if (!Number.isInteger(limit) || limit < 1 || limit > 20)
        problems.add('first', { zh: '应在 1–20 之间。', en: 'must be 1–20.' });
      const title = problems.text('input.title', args.input.title, { max: 100 }) ?? '';
      const content =
        problems.text('input.content', args.input.content, { max: 4000, multiline: true }) ?? '';
      const address = problems.text('input.address', args.input.address, { max: 200 }) ?? '';
      if (!title && !content && !address)
        problems.add('input', {
          zh: '请填写标题、内容或地址，用于比对。',
          en: 'give a title, content or address to compare.',
        });
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
          ticketKind,
          scope,
          candidates.map((candidate) => candidate.row),
        );
        return candidates.map(({ row, score }) => ({
          ticket: toTicketView(row, context),
          score: Math.round(score * 1000) / 1000,
        }));
      });
    },
  },
};
