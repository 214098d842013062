import type { IResolvers } from '@graphql-tools/utils';
import type { Transaction } from 'kysely';
import { appendAudit } from '../audit/append-audit.js';
import { workingCalendarOf } from '../calendar/working-calendar.js';
import { inScope } from '../database/scoped-transaction.js';
import type { RowScope } from '../database/scoped-transaction.js';
import type { Database, EnforcementRecordRow } from '../database/tables.js';
import { requestedScope } from '../division-scope.js';
import { badUserInput } from '../errors.js';
import type { RequestContext } from '../node-context.js';
import { checkPageSize, decodeCursor, listSort } from '../paging/cursor.js';
import type { SortDirection } from '../paging/cursor.js';
import { keysetCursor } from '../paging/keyset-order.js';
import { canSeePersonalData } from '../permissions/personal-data.js';
import { authorize } from '../permissions/policy.js';
import { rowScopeAt } from '../permissions/row-scope.js';
import { findRecordInScope } from '../records/find-record-in-scope.js';
import {
  ENFORCEMENT_SORT_COLUMNS,
  listEnforcementHistory,
  listEnforcementRecords,
} from './enforcement-repository.js';
import { toEnforcementView } from './enforcement-view.js';
import type { EnforcementView, EnforcementViewClock } from './enforcement-view.js';
import { enforcementWriteRefusals } from './enforcement-write-refusals.js';

interface EnforcementFilterArgs {
  status?: string[] | null;
  procedure?: string | null;
  overdue?: boolean | null;
  createdFrom?: string | null;
  createdBefore?: string | null;
}

interface EnforcementRecordsArgs {
  division?: string | null;
  filter?: EnforcementFilterArgs | null;
  first?: number | null;
  after?: string | null;
  sort?: { by: string; direction: SortDirection } | null;
}

/**
 * The clock a view is computed against. The calendar is read before any
 * transaction opens: PGlite has one connection, so a read on another one inside a
 * transaction would wait for ever.
 */
export async function enforcementViewClock(context: RequestContext): Promise<EnforcementViewClock> {
  return {
    calendar: await workingCalendarOf(context.node),
    timeZone: context.node.timeZone,
    now: new Date(),
  };
}

/** Every read of a party's unmasked personal data leaves an audit entry, in the read's own transaction. */
async function auditUnmaskedReads(
  trx: Transaction<Database>,
  context: RequestContext,
  scope: RowScope,
  rows: readonly EnforcementRecordRow[],
): Promise<void> {
  const ids = rows
    .filter((row) => canSeePersonalData(context.principal, { division: row.division }))
    .map((row) => row.id);
  if (ids.length === 0) return;
  await appendAudit(trx, context, {
    action: 'personal-data.read',
    entity: 'enforcement_record',
    entityIds: ids,
    scope: scope.division,
  });
}

/** For other readers of enforcement records (indicator drill-down), under a name that says what it audits. */
export { auditUnmaskedReads as auditUnmaskedEnforcementReads };

const emptyConnection = { edges: [], nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };

/**
 * An enforcement record by id inside `scope`, in the caller's open transaction, with
 * a read of unmasked personal data audited; undefined when missing or outside the scope.
 */
export async function enforcementRecordInScope(
  trx: Transaction<Database>,
  context: RequestContext,
  scope: RowScope,
  id: string,
): Promise<EnforcementRecordRow | undefined> {
  const row = await findRecordInScope(trx, 'enforcement_record', id, scope);
  if (row) await auditUnmaskedReads(trx, context, scope, [row]);
  return row;
}

export const enforcementQueryResolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    enforcementRecord: async (_root, { id }: { id: string }, context) => {
      const scope = rowScopeAt(context.node, authorize(context.principal, 'enforcement.read'));
      if (!scope) return null;
      const clock = await enforcementViewClock(context);
      return inScope(context.node.db, scope, async (trx) => {
        const row = await enforcementRecordInScope(trx, context, scope, id);
        return row ? toEnforcementView(row, context.principal, clock) : null;
      });
    },
    enforcementRecords: async (_root, args: EnforcementRecordsArgs, context) => {
      const access = authorize(context.principal, 'enforcement.read');
      const limit = checkPageSize(args.first);
      const sort = listSort(args.sort);
      const after = args.after ? decodeCursor(args.after, 'after', sort) : undefined;
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
      const clock = await enforcementViewClock(context);
      return inScope(context.node.db, scope, async (trx) => {
        const { rows, hasMore } = await listEnforcementRecords(trx, {
          scope,
          status: filter.status,
          procedure: filter.procedure,
          overdue: filter.overdue,
          now: clock.now,
          createdFrom,
          createdBefore,
          sort,
          after,
          limit,
        });
        await auditUnmaskedReads(trx, context, scope, rows);
        const edges = rows.map((row) => ({
          cursor: keysetCursor(ENFORCEMENT_SORT_COLUMNS, sort, row),
          node: toEnforcementView(row, context.principal, clock),
        }));
        return {
          edges,
          nodes: edges.map((edge) => edge.node),
          pageInfo: { hasNextPage: hasMore, endCursor: edges.at(-1)?.cursor ?? null },
        };
      });
    },
  },
  EnforcementRecord: {
    // Only the owning city knows the enforcement machine and overrides this; replicas are never acted on.
    allowedActions: () => [],
    history: (view: EnforcementView, _args, context) =>
      inScope(context.node.db, { division: view.division.code }, (trx) =>
        listEnforcementHistory(trx, view.id),
      ),
  },
  Mutation: enforcementWriteRefusals,
};
