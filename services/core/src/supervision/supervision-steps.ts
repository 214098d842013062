import { notFound, InputProblems, authorize } from '@city-ops/kernel';
import { appendAudit } from '../audit/append-audit.js';
import type { SupervisionAction } from '../database/sync-tables.js';
import type { Database } from '../database/tables.js';
import { inScope } from '../database/scoped-transaction.js';
import type { RequestContext } from '../node-context.js';
import { rowScopeAt } from '../permissions/row-scope.js';
import { planTransition } from '../workflow/state-machine.js';
import {
  foldSupervision,
  supervisionMachine,
  supervisionStepOperations,
} from './supervision-machine.js';
import type { SupervisionCase } from './supervision-machine.js';
import { insertStep } from './insert-step.js';
import { orderRecordNumber } from './order-record-number.js';
import { noteArrivals } from './supervision-arrivals.js';
import { toSupervisionOrderView } from './supervision-view.js';
import type { IResolvers } from '@graphql-tools/utils';
import type { Transaction } from 'kysely';

/** Loads an order with its steps, locking the order so two steps on it are taken one after the other. */
export async function loadSupervision(
  trx: Transaction<Database>,
  orderId: string,
  lock: boolean,
): Promise<SupervisionCase | undefined> {
  let query = trx
    .selectFrom('supervision_order')
    .selectAll('supervision_order')
    .select(orderRecordNumber().as('record_number'))
    .where('id', '=', orderId);
  if (lock) query = query.forUpdate();
  const order = await query.executeTakeFirst();
  if (!order) return undefined;
  const steps = await trx
    .selectFrom('supervision_step')
    .selectAll()
    .where('order_id', '=', orderId)
    .execute();
  return foldSupervision(order, steps);
}

interface StepInput {
  orderId: string;
  comment?: string | null;
  unit?: string | null;
}

/**
 * Takes one step of the supervision workflow at this node: checked against the
 * machine on the steps this node holds, written with its change-log entry (up to
 * the province for the city's steps, down to the city for the province's) and its
 * audit entry in one transaction.
 */
async function takeStep(action: SupervisionAction, input: StepInput, context: RequestContext) {
  const { node } = context;
  const access = authorize(context.principal, supervisionStepOperations[action]);
  const problems = new InputProblems();
  const comment = problems.text('input.comment', input.comment, { max: 4000, multiline: true });
  if (action === 'reply' && (!comment || [...comment].length < 2) && problems.isEmpty) {
    problems.add('input.comment', {
      zh: '必填：填写给省级的答复。',
      en: 'is required: the reply to the province.',
    });
  }
  // The handling unit an order is assigned to (交办): required there, ignored elsewhere.
  const unit =
    action === 'assign' ? problems.text('input.unit', input.unit, { min: 1, max: 64 }) : null;
  problems.throwIfAny();
  const scope = rowScopeAt(node, access);
  const missing = () =>
    notFound({
      zh: `在此找不到您有权查看的督办单 ${input.orderId}；请核对编号。`,
      en: `No supervision order ${input.orderId} within your reach here; check the id.`,
    });
  if (!scope) throw missing();
  return inScope(node.db, { division: scope.division }, async (trx) => {
    const supervision = await loadSupervision(trx, input.orderId, true);
    if (!supervision) throw missing();
    planTransition(supervisionMachine, action, {
      record: supervision,
      principal: context.principal,
      input: { comment, unit },
      now: new Date(),
    });
    if (action === 'assign') {
      const known = await trx
        .selectFrom('handling_unit')
        .select('code')
        .where('code', '=', unit ?? '')
        .executeTakeFirst();
      if (!known) {
        const problems = new InputProblems();
        problems.add('input.unit', {
          zh: `${unit} 不是本市的承办单位（见 handlingUnits）。`,
          en: `${unit} is not a handling unit of this city (see handlingUnits).`,
        });
        problems.throwIfAny();
      }
    }
    const step = await insertStep(trx, context, 'supervision_step', {
      order_id: supervision.order.id,
      division: supervision.order.division,
      action,
      comment,
      handling_unit: action === 'assign' ? unit : null,
      actor_division: node.division,
    });
    if (action === 'assign') {
      // The unit hears of it (supervisionOrderArrived) once this commits.
      await noteArrivals(trx, [
        {
          kind: 'assigned',
          sourceId: step.id,
          orderId: step.order_id,
          division: step.division,
          handlingUnit: step.handling_unit,
        },
      ]);
    }
    await appendAudit(trx, context, {
      action: `supervision.${action}`,
      entity: 'supervision_order',
      entityIds: [supervision.order.id, supervision.order.record_id],
      reason: comment ?? undefined,
      scope: step.division,
      detail: { from: supervision.state, unit: step.handling_unit },
    });
    return toSupervisionOrderView(
      foldSupervision(supervision.order, [...supervision.steps, step]),
      context.principal,
    );
  });
}

const step =
  (action: SupervisionAction) =>
  (_root: unknown, { input }: { input: StepInput }, context: RequestContext) =>
    takeStep(action, input, context);

/** 签收, 交办, 反馈: taken at the city node that holds the record. */
export const supervisionHandlingResolvers: IResolvers<unknown, RequestContext> = {
  Mutation: {
    signSupervisionOrder: step('sign'),
    assignSupervisionOrder: step('assign'),
    replyToSupervisionOrder: step('reply'),
  },
};

/** 办结, 退回: taken at the province node that issued the order. */
export const supervisionReviewResolvers: IResolvers<unknown, RequestContext> = {
  Mutation: {
    closeSupervisionOrder: step('close'),
    returnSupervisionOrder: step('return'),
  },
};
