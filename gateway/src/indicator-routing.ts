import type { GraphQLResolveInfo } from 'graphql';
import { divisionContains } from '@city-ops/schema';
import { errorCodeOf, indicatorHolders, nodeUnavailable } from '@city-ops/core';
import type { IndicatorQuery } from '@city-ops/core';
import type { GatewayContext } from './gateway-context.js';
import type { NodeRegistry, RegisteredNode } from './node-registry.js';
import type { RootRoute } from './root-routing.js';

type Resolver = (
  root: unknown,
  args: Record<string, unknown>,
  context: GatewayContext,
  info: GraphQLResolveInfo,
) => unknown;

/**
 * The nodes that may answer a caller's request for `division`'s indicators, in the
 * order to ask them: the nodes holding the data (indicator-request.ts), narrowest
 * first, that sit at or above the caller's own division. A provincial supervisor
 * asking for 南京 is answered by 江苏's node, a ministry analyst by the ministry: each
 * reads at the lowest tier that holds the data *for them*, so everything one caller
 * compares comes from one node's snapshot.
 */
export function indicatorNodesFor(
  registry: NodeRegistry,
  callerDivision: string,
  division: string,
  query: IndicatorQuery,
): RegisteredNode[] {
  return indicatorHolders(division, query)
    .filter((holder) => divisionContains(holder.division, callerDivision))
    .flatMap(
      (holder) =>
        registry.nodes.find(
          (node) => node.tier === holder.tier && node.division === holder.division,
        ) ?? [],
    );
}

/**
 * `indicators` and `indicatorRanking`: sent to the node of their route (root-routing.ts:
 * checked there as the node will check them, then the first of `indicatorNodesFor`);
 * when it does not answer, the next one (a broader tier, from its rollups) does, with a
 * NODE_UNAVAILABLE partial error saying so.
 */
export function atIndicatorNode(
  registry: NodeRegistry,
  route: RootRoute,
  delegate: (node: RegisteredNode) => Resolver,
): Resolver {
  return async (root, args, context, info) => {
    const target = route(args, context.principal);
    if (target.to === 'refused') throw target.error;
    if (target.to !== 'node') throw new Error('indicators are routed to one node');
    const fallbacks = [...target.fallbacks];
    let node = target.node;
    for (;;) {
      const answer: unknown = await Promise.resolve(
        delegate(node)(root, args, context, info),
      ).catch((error: unknown) => error);
      const next = fallbacks.shift();
      if (!next || !(answer instanceof Error) || !isNodeUnavailable(answer)) {
        if (answer instanceof Error) throw answer;
        return answer;
      }
      context.partialErrors.push(
        nodeUnavailable(
          `${registry.label(node)} did not answer; ${registry.label(next)} answered from the rollups it holds (see currentTo).`,
          node.division,
        ),
      );
      node = next;
    }
  };
}

function isNodeUnavailable(error: Error): boolean {
  const errors = error instanceof AggregateError ? error.errors : [error];
  return errors.length > 0 && errors.every((one) => errorCodeOf(one) === 'NODE_UNAVAILABLE');
}
