import { listRecords } from '../record-list.js';
import { workingCalendarOf } from '../../calendar/working-calendar-cache.js';
import { inScope } from '../../database/scoped-transaction.js';
import { requestedScope, authorize, InputProblems } from '@city-ops/kernel';
import { deadlineFilter, filterText, instantRange } from '../list-filter-input.js';
import type { RequestContext } from '../../node-context.js';
import { rowScopeAt } from '../../permissions/row-scope.js';
import { findRecordInScope } from '../find-record-in-scope.js';
import type { RecordKey } from '../find-record-in-scope.js';
import { toEnforcementView } from './enforcement-view.js';
import { enforcementKind } from './enforcement-kind.js';
import { auditUnmaskedReads, EMPTY_CONNECTION, readPage, toConnection } from '../record-page.js';
import type { PageArgs } from '../record-page.js';
import type { EnforcementView, EnforcementViewClock } from './enforcement-view.js';
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

/** An enforcement record by id or number as the caller may see it, or null (missing and out of scope alike). */
export async function readEnforcementRecord(
  context: RequestContext,
  key: RecordKey,
): Promise<EnforcementView | null> {
  const scope = rowScopeAt(context.node, authorize(context.principal, 'enforcement.read'));
  if (!scope) return null;
  const clock = await enforcementViewClock(context);
  return inScope(context.node.db, scope, async (trx) => {
    const row = await findRecordInScope(trx, 'enforcement_record', key, scope);
    if (!row) return null;
    await auditUnmaskedReads(trx, context, enforcementKind, scope, [row]);
    return toEnforcementView(row, context, clock);
  });
}

export const enforcementQueryResolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    enforcementRecord: (_root, { id }: { id: string }, context) =>
      readEnforcementRecord(context, id),
    enforcementRecords: async (_root, args: EnforcementRecordsArgs, context) => {
      const access = authorize(context.principal, 'enforcement.read');
      const page = readPage(args);
      const filter = args.filter ?? {};
      const problems = new InputProblems();
      const created = instantRange(problems, filter, 'created');
      const decisionDue = instantRange(problems, filter, 'decisionDue');
      const text = filterText(problems, filter.text);
      problems.throwIfAny();
      // What the caller asked for, narrowed to what this node holds (nothing, for a sibling city).
      const scope = rowScopeAt(
        context.node,
        access,
        requestedScope(access.division, args.division),
      );
      if (!scope) return EMPTY_CONNECTION;
      const clock = await enforcementViewClock(context);
      const deadlineStatus = await deadlineFilter(context, enforcementKind, filter.deadlineStatus);
      return inScope(context.node.db, scope, async (trx) => {
        const found = await listRecords(trx, enforcementKind, {
          scope,
          reader: context,
          status: filter.status,
          procedure: filter.procedure,
          overdue: filter.overdue,
          deadlineStatus,
          text,
          now: clock.now,
          createdFrom: created.from,
          createdBefore: created.before,
          decisionDueFrom: decisionDue.from,
          decisionDueBefore: decisionDue.before,
          ...page,
        });
        await auditUnmaskedReads(trx, context, enforcementKind, scope, found.rows);
        const views = found.rows.map((row) => toEnforcementView(row, context, clock));
        return toConnection(enforcementKind, found, page.sort, views);
      });
    },
  },
};
