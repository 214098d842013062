import type { GraphQLResolveInfo } from 'graphql';
import { errorCodeOf, nodeUnavailable } from '@city-ops/core';
import type { GatewayContext } from './gateway-context.js';
import type { NodeRegistry, RegisteredNode } from './node-registry.js';
import type { RootRoute } from './root-routing.js';

type Resolver = (
  root: unknown,
  args: Record<string, unknown>,
  context: GatewayContext,
  info: GraphQLResolveInfo,
) => unknown;

const isNodeUnavailable = (answer: unknown): boolean => {
  if (!(answer instanceof Error)) return false;
  const errors = answer instanceof AggregateError ? answer.errors : [answer];
  return errors.length > 0 && errors.every((error) => errorCodeOf(error) === 'NODE_UNAVAILABLE');
};

/**
 * `indicatorRecords` (drill-down): checked by its route (root-routing.ts) as the node
 * will check it, then sent to a node holding the records — never the ministry, which holds none. The order is
 * `indicatorRecordNodesFor`: a city user's own city first, a provincial supervisor's
 * or a ministry analyst's drill-down into a city to its province's masked replicas
 * (the same node whose rollups gave them the cell), each falling back to the other
 * holder, with a NODE_UNAVAILABLE partial error, when the first does not answer.
 * Paging goes on at whichever node answers: both order by the metric's instant, then id.
 */
export function atRecordHolderNode(
  registry: NodeRegistry,
  route: RootRoute,
  delegate: (node: RegisteredNode) => Resolver,
): Resolver {
  return async (root, args, context, info) => {
    const target = route(args, context.principal);
    if (target.to === 'refused') throw target.error;
    if (target.to !== 'node') throw new Error('indicator records are routed to one node');
    const fallbacks = [...target.fallbacks];
    let node = target.node;
    for (;;) {
      const answer: unknown = await Promise.resolve(
        delegate(node)(root, args, context, info),
      ).catch((error: unknown) => error);
      const next = fallbacks.shift();
      if (!next || !isNodeUnavailable(answer)) {
        if (answer instanceof Error) throw answer;
        return answer;
      }
      context.partialErrors.push(
        nodeUnavailable(
          `${registry.label(node)} did not answer; ${registry.label(next)} answered from the records it holds (see servedBy and currentTo).`,
          node.division,
        ),
      );
      node = next;
    }
  };
}
