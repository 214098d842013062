import type { Transaction } from 'kysely';
import { checkPageSize, decodeCursor, listSort } from '@city-ops/kernel';
import type { SortDirection } from '@city-ops/kernel';
import { appendAudit } from '../audit/append-audit.js';
import type { RowScope } from '../database/scoped-transaction.js';
import type { Database } from '../database/tables.js';
import type { RequestContext } from '../node-context.js';
import { keysetCursor } from '../paging/keyset-order.js';
import { canSeePersonalData } from '../permissions/personal-data.js';
import type { RecordKind, RecordRow, RecordTable } from './record-kind.js';

/** A list's paging arguments, as every list field takes them. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  sort?: { by: string; direction: SortDirection } | null;
}

/** The page size, order and start of a list request, checked before any database work. */
export function readPage(args: PageArgs) {
  const limit = checkPageSize(args.first);
  const sort = listSort(args.sort);
  const after = args.after ? decodeCursor(args.after, 'after', sort) : undefined;
  return { limit, sort, after };
}

/** A list that this node holds nothing of (a sibling city's node, asked for its neighbour). */
export const EMPTY_CONNECTION = {
  edges: [],
  nodes: [],
  pageInfo: { hasNextPage: false, endCursor: null },
};

/** A page of rows as a connection: each view with its cursor in the list's order. */
export function toConnection<T extends RecordTable, Subject, View>(
  kind: RecordKind<T, Subject>,
  page: { rows: RecordRow<T>[]; hasMore: boolean },
  sort: ReturnType<typeof readPage>['sort'],
  views: readonly View[],
) {
  const edges = page.rows.map((row, index) => ({
    cursor: keysetCursor(kind.sortColumns, sort, row as RecordRow<T> & { id: string }),
    node: views[index] as View,
  }));
  return {
    edges,
    nodes: [...views],
    pageInfo: { hasNextPage: page.hasMore, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/**
 * Every read of unmasked personal data leaves an audit entry, in the read's own
 * transaction: one entry naming the records whose personal columns the reader saw.
 */
export async function auditUnmaskedReads<T extends RecordTable, Subject>(
  trx: Transaction<Database>,
  context: RequestContext,
  kind: RecordKind<T, Subject>,
  scope: RowScope,
  rows: readonly RecordRow<T>[],
): Promise<void> {
  const holder = kind.personalHolder;
  if (!holder) return;
  const ids = rows
    .filter((row) => canSeePersonalData(context, holder(row)))
    .map((row) => (row as { id: string }).id);
  if (ids.length === 0) return;
  await appendAudit(trx, context, {
    action: 'personal-data.read',
    entity: kind.table,
    entityIds: ids,
    scope: scope.division,
  });
}
