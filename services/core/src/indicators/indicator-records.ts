import type { Selectable, Transaction } from 'kysely';
import { caseViews } from '../records/case/case-resolvers.js';
import type { CaseView } from '../records/case/case-view.js';
import { withPlannerSwitchesOff } from '../database/planner-settings.js';
import { inScope } from '../database/scoped-transaction.js';
import type { RowScope } from '../database/scoped-transaction.js';
import type { Database } from '../database/tables.js';
import { divisionRef, encodeCursor } from '@city-ops/kernel';
import type { DivisionRef } from '@city-ops/kernel';
import { enforcementViewClock } from '../records/enforcement/enforcement-resolvers.js';
import { toEnforcementView } from '../records/enforcement/enforcement-view.js';
import type {
  EnforcementView,
  EnforcementViewClock,
} from '../records/enforcement/enforcement-view.js';
import type { NodeRuntime, RequestContext } from '../node-context.js';
import { rowScopeAt } from '../permissions/row-scope.js';
import { scopeConditions } from '../records/find-record-in-scope.js';
import type { RecordTable } from '../records/record-kind.js';
import { METRIC_INSTANTS } from './rollup-contributions.js';
import type { Contribution } from './rollup-contributions.js';
import { toTicketView } from '../records/ticket/ticket-view.js';
import type { TicketView } from '../records/ticket/ticket-view.js';
import {
  assertHoldsRecords,
  checkIndicatorRecordRequest,
  drillDownOrder,
} from './indicator-record-request.js';
import type { IndicatorRecordArgs, IndicatorRecordRequest } from './indicator-record-request.js';
import type { RecordSelector } from './indicator-parts.js';
import { rollupsCurrentTo } from './indicator-service.js';
import { categoryAt, CATEGORY_LEVELS } from './metric-table.js';
import { RECORD_PAGE_SWITCHES_OFF, recordContributions } from './record-metrics.js';
import { ownsRecordsOf } from '../ownership.js';
import { auditUnmaskedReads } from '../records/record-page.js';
import { ticketKind } from '../records/ticket/ticket-kind.js';
import { enforcementKind } from '../records/enforcement/enforcement-kind.js';

export type IndicatorRecordView = TicketView | CaseView | EnforcementView;

export interface IndicatorRecordsView {
  division: DivisionRef;
  recordKind: RecordTable;
  metric: string;
  excluding: string | null;
  category: string | null;
  start: string;
  end: string;
  label: string;
  servedBy: NodeRuntime;
  currentTo: string | null;
  edges: { cursor: string; amount: number; node: IndicatorRecordView }[];
  nodes: IndicatorRecordView[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const instantOf = (value: unknown): Date =>
  value instanceof Date ? value : new Date(String(value));

const drillDownCursor = (selector: RecordSelector, record: CellRecord) =>
  encodeCursor({ sort: drillDownOrder(selector), value: record.at.toISOString(), id: record.id });

/** Records read per query while looking for a page; doubled up to the cap while matches are sparse. */
const FIRST_BATCH = 200;
const MAX_BATCH = 5000;

/** Whether a contribution's category lies in the cell's (a code of any level; null: every category). */
function inCategory(kind: RecordTable, category: string, cell: string | null): boolean {
  return (
    cell === null || CATEGORY_LEVELS.some((level) => categoryAt(kind, category, level) === cell)
  );
}

/**
 * What one record adds to the cell: its `metric` contributions less its `excluding`
 * ones, inside the category — exactly what it adds to the metric sums `indicators`
 * shows, because both come from the same `rollupContributions` over the same days.
 */
function amountInCell(
  contributions: readonly Contribution[],
  selector: RecordSelector,
  category: string | null,
): number {
  let amount = 0;
  for (const contribution of contributions) {
    if (!inCategory(selector.recordKind, contribution.category, category)) continue;
    if (contribution.metric === selector.metric) amount += contribution.amount;
    else if (contribution.metric === selector.excluding) amount -= contribution.amount;
  }
  return amount;
}

/** A record of the cell: where it stands in the drill-down's order, and what it adds. */
interface CellRecord {
  id: string;
  at: Date;
  amount: number;
}

/**
 * The cell's records after the cursor, one more than a page to know whether another
 * follows. Reads the records whose instant dating the metric falls in the period, in
 * that instant's order from the cursor (each kind's index on it), in growing batches
 * until the page is full: a page costs a walk of the period's records from the cursor
 * on, never the whole period at once. The walk is forced, since the planner, blind to
 * the row-level-security bounds, would rather gather and sort the period
 * (planner-settings.ts).
 */
async function cellRecords(
  trx: Transaction<Database>,
  timeZone: string,
  request: IndicatorRecordRequest,
  scope: RowScope,
): Promise<CellRecord[]> {
  const { selector, period, category, limit } = request;
  const datedBy = METRIC_INSTANTS[selector.recordKind][selector.metric]!;
  const found: CellRecord[] = [];
  let after = request.after;
  return withPlannerSwitchesOff(trx, RECORD_PAGE_SWITCHES_OFF, async () => {
    for (let batch = FIRST_BATCH; ; batch = Math.min(batch * 2, MAX_BATCH)) {
      const records = await recordContributions(
        trx,
        selector.recordKind,
        timeZone,
        period.start,
        period.end,
        { datedBy, after, limit: batch, scope },
      );
      for (const { row, contributions } of records) {
        const amount = amountInCell(contributions, selector, category);
        if (amount === 0) continue;
        found.push({ id: String(row['id']), at: instantOf(row[datedBy.column]), amount });
        if (found.length > limit) return found;
      }
      if (records.length < batch) return found;
      const last = records.at(-1)!.row;
      after = { at: instantOf(last[datedBy.column]), id: String(last['id']) };
    }
  });
}

/** The whole rows of `ids` in the scope, in id order. */
async function rowsOf<T extends RecordTable>(
  trx: Transaction<Database>,
  kind: T,
  ids: readonly string[],
  scope: RowScope,
): Promise<Selectable<Database[T]>[]> {
  if (ids.length === 0) return [];
  // kysely cannot narrow a generic table name; the cast keeps the row type of `kind`.
  let query = trx
    .selectFrom(kind as RecordTable)
    .selectAll()
    .where('id', 'in', [...ids]);
  for (const condition of scopeConditions(kind, scope)) query = query.where(condition);
  return (await query.orderBy('id').execute()) as Selectable<Database[T]>[];
}

/** The records as the record types' own resolvers shape them: masked for the viewer, unmasked reads audited. */
async function recordViews(
  trx: Transaction<Database>,
  context: RequestContext,
  kind: RecordTable,
  ids: readonly string[],
  scope: RowScope,
  clock: EnforcementViewClock | undefined,
): Promise<Map<string, IndicatorRecordView>> {
  const views = new Map<string, IndicatorRecordView>();
  switch (kind) {
    case 'hotline_ticket': {
      const rows = await rowsOf(trx, kind, ids, scope);
      await auditUnmaskedReads(trx, context, ticketKind, scope, rows);
      for (const row of rows) views.set(row.id, toTicketView(row, context));
      break;
    }
    case 'case_report': {
      const rows = await rowsOf(trx, kind, ids, scope);
      for (const view of await caseViews(trx, rows)) views.set(view.id, view);
      break;
    }
    case 'enforcement_record': {
      const rows = await rowsOf(trx, kind, ids, scope);
      await auditUnmaskedReads(trx, context, enforcementKind, scope, rows);
      for (const row of rows) views.set(row.id, toEnforcementView(row, context, clock!));
      break;
    }
  }
  return views;
}

/**
 * `indicatorRecords`: the records behind one cell of `indicators`, where they are —
 * a city's own records, or the masked replicas its province holds. The set is found
 * by running `rollupContributions` over the period's records, as a city's metric
 * sums are, so it is exactly the records the cell counts; each edge says what its
 * record adds.
 */
export async function indicatorRecords(
  context: RequestContext,
  args: IndicatorRecordArgs,
): Promise<IndicatorRecordsView> {
  const { node, principal } = context;
  const request = checkIndicatorRecordRequest(principal, args);
  assertHoldsRecords(node, request.division);
  const { selector, period, division } = request;
  // A holder's division contains the requested one, so the scope is never empty.
  const scope = rowScopeAt(node, request.access, division)!;
  // Read before the transaction: PGlite has one connection (enforcement-resolvers.ts).
  const clock =
    selector.recordKind === 'enforcement_record' ? await enforcementViewClock(context) : undefined;
  return inScope(node.db, scope, async (trx) => {
    const found = await cellRecords(trx, node.timeZone, request, scope);
    const page = found.slice(0, request.limit);
    const views = await recordViews(
      trx,
      context,
      selector.recordKind,
      page.map((entry) => entry.id),
      scope,
      clock,
    );
    const edges = page.flatMap((record) => {
      const view = views.get(record.id);
      return view
        ? [{ cursor: drillDownCursor(selector, record), amount: record.amount, node: view }]
        : [];
    });
    return {
      division: divisionRef(division),
      recordKind: selector.recordKind,
      metric: selector.metric,
      excluding: selector.excluding ?? null,
      category: request.category,
      start: period.start,
      end: period.end,
      label: period.label,
      servedBy: node,
      currentTo: ownsRecordsOf(node, node.division)
        ? null
        : await rollupsCurrentTo(trx, node, division),
      edges,
      nodes: edges.map((edge) => edge.node),
      pageInfo: {
        hasNextPage: found.length > request.limit,
        endCursor: page.length > 0 ? drillDownCursor(selector, page.at(-1)!) : null,
      },
    };
  });
}
