import { listRecords } from '../record-list.js';
import { inScope } from '../../database/scoped-transaction.js';
import type { RowScope } from '../../database/scoped-transaction.js';
import type { CaseReportRow, Database } from '../../database/tables.js';
import { requestedScope, InputProblems, authorize } from '@city-ops/kernel';
import type { RequestContext } from '../../node-context.js';
import { rowScopeAt } from '../../permissions/row-scope.js';
import { findRecordInScope } from '../find-record-in-scope.js';
import type { RecordKey } from '../find-record-in-scope.js';
import { caseCounters } from './case-counters.js';
import { caseInboxOf } from './case-inbox.js';
import type { RecordListQuery } from '../record-list.js';
import { toCaseView } from './case-view.js';
import { caseKind } from './case-kind.js';
import { EMPTY_CONNECTION, readPage, toConnection } from '../record-page.js';
import { deadlineFilter, filterText, instantRange } from '../list-filter-input.js';
import type { PageArgs } from '../record-page.js';
import type { CaseView } from './case-view.js';
import type { Types } from '@city-ops/schema';
import type { IResolvers } from '@graphql-tools/utils';
import type { Transaction } from 'kysely';

interface CaseReportsArgs extends PageArgs {
  division?: string | null;
  filter?: Types.CaseReportFilter | null;
}

/** A handling unit's inbox: work waiting for it (派遣, 处置, 返工). */

/** Views of `rows` with their counters, read in the same transaction. */
export async function caseViews(
  trx: Transaction<Database>,
  rows: readonly CaseReportRow[],
): Promise<CaseView[]> {
  const counters = await caseCounters(
    trx,
    rows.map((row) => row.id),
  );
  const now = new Date();
  return rows.map((row) => toCaseView(row, counters.get(row.id), now));
}

export async function caseConnection(
  context: RequestContext,
  scope: RowScope,
  // The kind's own filters (caseKind.listFilters) ride along under their argument names.
  query: Omit<RecordListQuery, 'scope' | 'now'> & Readonly<Record<string, unknown>>,
) {
  return inScope(context.node.db, scope, async (trx) => {
    const found = await listRecords(trx, caseKind, {
      ...query,
      scope,
      reader: context,
      now: new Date(),
    });
    const views = await caseViews(trx, found.rows);
    return toConnection(caseKind, found, query.sort, views);
  });
}

/** The list filter, checked like any input (every problem at once). */
function checkFilter(filter: Types.CaseReportFilter) {
  const problems = new InputProblems();
  const created = instantRange(problems, filter, 'created');
  const due = instantRange(problems, filter, 'due');
  if (filter.minorCode && !/^\d{1,4}$/.test(filter.minorCode)) {
    problems.add('filter.minorCode', {
      zh: '应为小类代码（四位数字）或其开头部分。',
      en: 'must be a minor category code (four digits) or its start.',
    });
  }
  const handlingUnit = problems.text('filter.handlingUnit', filter.handlingUnit, { max: 64 });
  const text = filterText(problems, filter.text);
  problems.throwIfAny();
  return {
    createdFrom: created.from,
    createdBefore: created.before,
    dueFrom: due.from,
    dueBefore: due.before,
    handlingUnit,
    text,
  };
}

/** A case by id (or number) inside `scope`, in the caller's open transaction; undefined when missing or outside it. */
export async function caseReportInScope(
  trx: Transaction<Database>,
  scope: RowScope,
  key: RecordKey,
): Promise<CaseView | undefined> {
  const row = await findRecordInScope(trx, 'case_report', key, scope);
  return row ? (await caseViews(trx, [row]))[0] : undefined;
}

/** A case by id or number as the caller may see it, or null (missing and out of scope alike). */
export async function readCaseReport(
  context: RequestContext,
  key: RecordKey,
): Promise<CaseView | null> {
  const scope = rowScopeAt(context.node, authorize(context.principal, 'case.read'));
  if (!scope) return null;
  return inScope(
    context.node.db,
    scope,
    async (trx) => (await caseReportInScope(trx, scope, key)) ?? null,
  );
}

export const caseQueryResolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    caseReport: (_root, { id }: { id: string }, context) => readCaseReport(context, id),
    caseReports: async (_root, args: CaseReportsArgs, context) => {
      const access = authorize(context.principal, 'case.read');
      const page = readPage(args);
      const filter = args.filter ?? {};
      const checked = checkFilter(filter);
      const deadlineStatus = await deadlineFilter(context, caseKind, filter.deadlineStatus);
      // What the caller asked for, narrowed to what this node holds (nothing, for a sibling city).
      const scope = rowScopeAt(
        context.node,
        access,
        requestedScope(access.division, args.division),
      );
      if (!scope) return EMPTY_CONNECTION;
      return caseConnection(context, scope, {
        status: filter.status,
        majorClass: filter.majorClass,
        minorCode: filter.minorCode,
        handlingUnit: checked.handlingUnit,
        createdFrom: checked.createdFrom,
        createdBefore: checked.createdBefore,
        dueFrom: checked.dueFrom,
        dueBefore: checked.dueBefore,
        deadlineStatus,
        overdue: filter.overdue,
        supervised: filter.supervised,
        text: checked.text,
        ...page,
      });
    },
    caseInbox: async (_root, args: PageArgs, context) => {
      const inbox = caseInboxOf(context);
      const page = readPage(args);
      if (!inbox?.scope) return EMPTY_CONNECTION;
      return caseConnection(context, inbox.scope, { ...inbox.query, ...page });
    },
  },
};
