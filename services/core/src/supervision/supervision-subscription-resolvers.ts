import { authorize, divisionLabel, forbidden, requestedScope } from '@city-ops/kernel';
import { owningCityOf } from '@city-ops/schema';
import type { IResolvers } from '@graphql-tools/utils';
import { assertOwner } from '../ownership.js';
import { rowScopeAt } from '../permissions/row-scope.js';
import { afterOf } from '../live/subscription-args.js';
import type { SubscriptionContext } from '../live/subscription-args.js';
import { arrivalStream } from './arrival-stream.js';
import type { ArrivalEvent } from './arrival-stream.js';
import { arrivalHead } from './supervision-arrivals.js';
import { supervisionOrdersByIds } from './supervision-resolvers.js';

const ARRIVAL_KINDS = { issued: 'ISSUED', returned: 'RETURNED', assigned: 'ASSIGNED' } as const;

/**
 * Supervision orders as they arrive at a city (GraphQL over SSE), served by that city: the
 * one node that notes their arrival. Permission, division and row scope are those of the
 * `supervisionOrders` query, all checked before the stream starts, so a refusal is one
 * error result with the code a query would get.
 */
export const supervisionSubscriptionResolvers: IResolvers<unknown, SubscriptionContext> = {
  Subscription: {
    supervisionOrderArrived: {
      subscribe: async (
        _root,
        args: { division?: string | null; after?: string | null },
        context,
      ) => {
        const access = authorize(context.principal, 'supervision.read');
        const after = afterOf(args.after);
        const division = requestedScope(access.division, args.division);
        if (!owningCityOf(division)) {
          // A province or the ministry issues and reviews orders: none arrives for them.
          throw forbidden({
            zh: `督办单下达到市：${divisionLabel(division)} 不是市或区县，请用 supervisionOrders 查看督办单。`,
            en: `Supervision orders arrive at cities: ${divisionLabel(division)} is not a city or county; list orders with supervisionOrders.`,
          });
        }
        assertOwner(context.node, division, 'division');
        const scope = rowScopeAt(context.node, access, division);
        if (!scope) {
          throw forbidden({
            zh: `${divisionLabel(division)} 不在您可查看的范围内。`,
            en: `${divisionLabel(division)} is outside what you may read.`,
          });
        }
        const from = after ?? (await arrivalHead(context.node.db));
        return arrivalStream(
          {
            node: context.node,
            audience: { division: scope.division, unit: scope.unit },
            signal: context.request?.signal,
            visible: (ids) => supervisionOrdersByIds(context, scope, ids),
          },
          from,
        );
      },
      resolve: ({ position, kind, order }: ArrivalEvent<unknown>) => ({
        position,
        arrival: ARRIVAL_KINDS[kind],
        order,
      }),
    },
  },
};
