import type { GraphQLResolveInfo } from 'graphql';
import { errorCodeOf, nodeUnavailable } from '@city-ops/kernel';
import type { GatewayContext } from './gateway-context.js';
import type { NodeRegistry, RegisteredNode } from './node-registry.js';
import { deriveUnavailable } from './node-unavailable-log.js';
import type { RootRoute } from './root-routing.js';

type Resolver = (
  root: unknown,
  args: Record<string, unknown>,
  context: GatewayContext,
  info: GraphQLResolveInfo,
) => unknown;

/** Whether a delegation's outcome is "the node did not answer" (and nothing else). */
export function isNodeUnavailable(answer: unknown): boolean {
  if (!(answer instanceof Error)) return false;
  const errors = answer instanceof AggregateError ? answer.errors : [answer];
  return errors.length > 0 && errors.every((error) => errorCodeOf(error) === 'NODE_UNAVAILABLE');
}

/**
 * A root field sent to the node of its route (root-routing.ts: checked there as the node
 * will check it); when that node does not answer, the route's next fallback does, with a
 * NODE_UNAVAILABLE partial error saying what the answer came from (`answeredFrom`: "the
 * rollups it holds", for indicators; "the records it holds", for a drill-down).
 */
export function atNodeWithFallbacks(
  registry: NodeRegistry,
  route: RootRoute,
  delegate: (node: RegisteredNode) => Resolver,
  answeredFrom: string,
): Resolver {
  return async (root, args, context, info) => {
    const target = route(args, context.principal);
    if (target.to === 'refused') throw target.error;
    if (target.to !== 'node') throw new Error(`${info.fieldName} is not routed to one node`);
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
        deriveUnavailable(
          answer,
          nodeUnavailable(
            `${registry.label(node)} did not answer; ${registry.label(next)} answered from ${answeredFrom}.`,
            node.division,
          ),
        ),
      );
      node = next;
    }
  };
}
