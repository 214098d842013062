import type { IResolvers } from '@graphql-tools/utils';
import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import type { Database } from '../database/tables.js';
import { inScope } from '../database/scoped-transaction.js';
import type { RowScope } from '../database/scoped-transaction.js';
import { badUserInput, divisionPattern, requestedScope, authorize } from '@city-ops/kernel';
import type { RequestContext } from '../node-context.js';
import { rowScopeAt } from '../permissions/row-scope.js';
import { foldSupervision, isSupervisionOverdue } from './supervision-machine.js';
import { orderRecordNumber } from './order-record-number.js';
import { toDirectiveView, toSupervisionOrderView } from './supervision-view.js';
import type { SupervisionCase } from './supervision-machine.js';
import { feedParentOf } from '../sync/feed-peers.js';

const LIST_LIMIT = 200;
/** Most records one `supervisionOrders(recordIds:)` may ask about (the gateway batches by this). */
export const MAX_RECORD_IDS = 200;

/**
 * The steps of `parents` (orders, directives) in one query, by the parent each
 * belongs to, in the order read. No parents, no query: `IN ()` is no SQL.
 */
async function stepsByParent<Step>(
  parents: readonly { id: string }[],
  read: (ids: string[]) => Promise<Step[]>,
  parentOf: (step: Step) => string,
): Promise<(id: string) => Step[]> {
  const byParent = new Map<string, Step[]>();
  if (parents.length > 0) {
    for (const step of await read(parents.map((parent) => parent.id))) {
      const siblings = byParent.get(parentOf(step));
      if (siblings) siblings.push(step);
      else byParent.set(parentOf(step), [step]);
    }
  }
  return (id) => byParent.get(id) ?? [];
}

/** Orders with their steps (one query for all steps), folded. */
async function withSteps(trx: Transaction<Database>, orders: SupervisionCase['order'][]) {
  const stepsOf = await stepsByParent(
    orders,
    (ids) => trx.selectFrom('supervision_step').selectAll().where('order_id', 'in', ids).execute(),
    (step) => step.order_id,
  );
  return orders.map((order) => foldSupervision(order, stepsOf(order.id)));
}

/** Orders inside the scope; a handling unit sees only those on its own work. */
async function ordersInScope(
  trx: Transaction<Database>,
  scope: RowScope,
  filter: {
    recordId?: string | null | undefined;
    /** Every order on these records, unlimited: a record carries a handful at most. */
    recordIds?: readonly string[] | null | undefined;
    id?: string | undefined;
    /** Only these orders (at most a page of them). */
    ids?: readonly string[] | undefined;
  },
) {
  let query = trx
    .selectFrom('supervision_order')
    .selectAll('supervision_order')
    .select(orderRecordNumber().as('record_number'));
  const pattern = divisionPattern(scope.division);
  if (pattern) query = query.where('division', 'like', pattern);
  if (filter.recordId) query = query.where('record_id', '=', filter.recordId);
  if (filter.recordIds) query = query.where('record_id', 'in', filter.recordIds);
  if (filter.id !== undefined) query = query.where('id', '=', filter.id);
  if (filter.ids !== undefined) query = query.where('id', 'in', filter.ids);
  const unit = scope.unit;
  if (unit !== undefined) {
    query = query.where(({ or, eb, selectFrom }) =>
      or([
        eb(
          'record_id',
          'in',
          selectFrom('hotline_ticket')
            .select('id')
            .where(sql<boolean>`(lead_unit = ${unit} OR co_units @> ARRAY[${unit}]::text[])`),
        ),
        eb(
          'record_id',
          'in',
          selectFrom('case_report').select('id').where('handling_unit', '=', unit),
        ),
        eb(
          'id',
          'in',
          selectFrom('supervision_step')
            .select('order_id')
            .where('action', '=', 'assign')
            .where('handling_unit', '=', unit),
        ),
      ]),
    );
  }
  query = query.orderBy('created_at', 'desc').orderBy('id', 'desc');
  const rows = await (filter.recordIds ? query : query.limit(LIST_LIMIT)).execute();
  return withSteps(trx, rows);
}

async function ordersOnRecord(record: { id: string }, context: RequestContext) {
  const scope = rowScopeAt(context.node, authorize(context.principal, 'supervision.read'));
  if (!scope) return [];
  return inScope(context.node.db, scope, async (trx) => {
    const orders = await ordersInScope(trx, scope, { recordId: record.id });
    const now = new Date();
    return orders
      .reverse()
      .map((supervision) => toSupervisionOrderView(supervision, context.principal, now));
  });
}

/** An order by id inside `scope`, in the caller's open transaction; undefined when missing or outside it. */
export async function supervisionOrderInScope(
  trx: Transaction<Database>,
  context: RequestContext,
  scope: RowScope,
  id: string,
) {
  const [supervision] = await ordersInScope(trx, scope, { id });
  return supervision && toSupervisionOrderView(supervision, context.principal, new Date());
}

/**
 * The orders of `ids` the caller sees in `scope` (as supervisionOrders shows them), by id;
 * those missing or outside it are left out.
 */
export async function supervisionOrdersByIds(
  context: RequestContext,
  scope: RowScope,
  ids: readonly string[],
) {
  if (ids.length === 0) return new Map<string, ReturnType<typeof toSupervisionOrderView>>();
  return inScope(context.node.db, scope, async (trx) => {
    const now = new Date();
    const orders = await ordersInScope(trx, scope, { ids });
    return new Map(
      orders.map((supervision) => [
        supervision.order.id,
        toSupervisionOrderView(supervision, context.principal, now),
      ]),
    );
  });
}

/**
 * Directives the transaction's row scope shows (addressed to it or to a division
 * containing it), newest first — or the one with `id` — with their steps.
 */
async function directivesInScope(trx: Transaction<Database>, context: RequestContext, id?: string) {
  const { node } = context;
  let query = trx.selectFrom('directive').selectAll();
  if (id !== undefined) query = query.where('id', '=', id);
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(LIST_LIMIT)
    .execute();
  const stepsOf = await stepsByParent(
    rows,
    (ids) =>
      trx.selectFrom('directive_step').selectAll().where('directive_id', 'in', ids).execute(),
    (step) => step.directive_id,
  );
  // Directives come down from a parent: a node with a parent is an addressee.
  const here = {
    division: node.division,
    addressee: feedParentOf(node.tier, node.division) !== undefined,
  };
  return rows.map((row) => toDirectiveView(row, stepsOf(row.id), here, context.principal));
}

/** A directive by id as the transaction's row scope shows it; undefined when missing or not addressed to it. */
export async function directiveInScope(
  trx: Transaction<Database>,
  context: RequestContext,
  id: string,
) {
  const [directive] = await directivesInScope(trx, context, id);
  return directive;
}

/** Reads of supervision orders and directives that every node serves from what it holds. */
export const supervisionQueryResolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    supervisionOrders: async (
      _root,
      args: {
        division?: string | null;
        recordId?: string | null;
        recordIds?: readonly string[] | null;
        overdue?: boolean | null;
      },
      context,
    ) => {
      const access = authorize(context.principal, 'supervision.read');
      if (args.recordIds && args.recordIds.length > MAX_RECORD_IDS)
        throw badUserInput('recordIds', {
          zh: `列出了 ${args.recordIds.length} 条记录；一次最多查询 ${MAX_RECORD_IDS} 条。`,
          en: `names ${args.recordIds.length} records; ask about at most ${MAX_RECORD_IDS} at once.`,
        });
      if (args.recordIds?.length === 0) return [];
      const scope = rowScopeAt(
        context.node,
        access,
        requestedScope(access.division, args.division),
      );
      if (!scope) return [];
      return inScope(context.node.db, scope, async (trx) => {
        const now = new Date();
        const orders = await ordersInScope(trx, scope, args);
        // Oldest first for a batch of records, as each record's own field lists them.
        if (args.recordIds) orders.reverse();
        return orders
          .filter(
            (supervision) =>
              args.overdue === null ||
              args.overdue === undefined ||
              isSupervisionOverdue(supervision, now) === args.overdue,
          )
          .map((supervision) => toSupervisionOrderView(supervision, context.principal, now));
      });
    },
    directives: async (_root, _args, context) => {
      const access = authorize(context.principal, 'directive.read');
      const scope = rowScopeAt(context.node, access);
      if (!scope) return [];
      // Row-level security shows directives addressed to the scope or to a division containing it.
      return inScope(context.node.db, { division: scope.division }, (trx) =>
        directivesInScope(trx, context),
      );
    },
  },
  HotlineTicket: {
    supervisionOrders: (ticket: { id: string }, _args, context) => ordersOnRecord(ticket, context),
  },
  CaseReport: {
    supervisionOrders: (report: { id: string }, _args, context) => ordersOnRecord(report, context),
  },
};
