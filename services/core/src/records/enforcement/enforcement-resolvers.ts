import { listRecords } from '../record-list.js';
import { workingCalendarOf } from '../../calendar/working-calendar-cache.js';
import { inScope } from '../../database/scoped-transaction.js';
import { requestedScope, badUserInput, authorize } from '@city-ops/kernel';
import type { RequestContext } from '../../node-context.js';
import { rowScopeAt } from '../../permissions/row-scope.js';
import { findRecordInScope } from '../find-record-in-scope.js';
import { toEnforcementView } from './enforcement-view.js';
import { enforcementKind } from './enforcement-kind.js';
import { auditUnmaskedReads, EMPTY_CONNECTION, readPage, toConnection } from '../record-page.js';
import type { PageArgs } from '../record-page.js';
import type { EnforcementViewClock } from './enforcement-view.js';
import type { Types } from '@city-ops/schema';
import type { IResolvers } from '@graphql-tools/utils';

interface EnforcementRecordsArgs extends PageArgs {
  division?: string | null;
  filter?: Types.EnforcementRecordFilter | null;
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

export const enforcementQueryResolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    enforcementRecord: async (_root, { id }: { id: string }, context) => {
      const scope = rowScopeAt(context.node, authorize(context.principal, 'enforcement.read'));
      if (!scope) return null;
      const clock = await enforcementViewClock(context);
      return inScope(context.node.db, scope, async (trx) => {
        const row = await findRecordInScope(trx, 'enforcement_record', id, scope);
        if (!row) return null;
        await auditUnmaskedReads(trx, context, enforcementKind, scope, [row]);
        return toEnforcementView(row, context, clock);
      });
    },
    enforcementRecords: async (_root, args: EnforcementRecordsArgs, context) => {
      const access = authorize(context.principal, 'enforcement.read');
      const page = readPage(args);
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
      if (!scope) return EMPTY_CONNECTION;
      const clock = await enforcementViewClock(context);
      return inScope(context.node.db, scope, async (trx) => {
        const found = await listRecords(trx, enforcementKind, {
          scope,
          status: filter.status,
          procedure: filter.procedure,
          overdue: filter.overdue,
          now: clock.now,
          createdFrom,
          createdBefore,
          ...page,
        });
        await auditUnmaskedReads(trx, context, enforcementKind, scope, found.rows);
        const views = found.rows.map((row) => toEnforcementView(row, context, clock));
        return toConnection(enforcementKind, found, page.sort, views);
      });
    },
  },
};
