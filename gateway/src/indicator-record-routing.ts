import type { GraphQLResolveInfo } from 'graphql';
import { findDivision } from '@city-ops/schema';
import {
  checkIndicatorRecordRequest,
  errorCodeOf,
  indicatorRecordNodesFor,
  nodeUnavailable,
} from '@city-ops/core';
import type { IndicatorRecordArgs } from '@city-ops/core';
import type { GatewayContext } from './gateway-context.js';
import type { NodeRegistry, RegisteredNode } from './node-registry.js';

type Resolver = (
  root: unknown,
  args: Record<string, unknown>,
  context: GatewayContext,
  info: GraphQLResolveInfo,
) => unknown;

const label = (code: string) => `${code} ${findDivision(code)?.name ?? ''}`.trim();

const isNodeUnavailable = (answer: unknown): boolean => {
  if (!(answer instanceof Error)) return false;
  const errors = answer instanceof AggregateError ? answer.errors : [answer];
  return errors.length > 0 && errors.every((error) => errorCodeOf(error) === 'NODE_UNAVAILABLE');
};

/**
 * `indicatorRecords` (drill-down): checked here as the node will check it, then sent
 * to a node holding the records — never the ministry, which holds none. The order is
 * `indicatorRecordNodesFor`: a city user's own city first, a provincial supervisor's
 * or a ministry analyst's drill-down into a city to its province's masked replicas
 * (the same node whose rollups gave them the cell), each falling back to the other
 * holder, with a NODE_UNAVAILABLE partial error, when the first does not answer.
 * Paging goes on at whichever node answers: both order by record id.
 */
export function atRecordHolderNode(
  registry: NodeRegistry,
  delegate: (node: RegisteredNode) => Resolver,
): Resolver {
  return async (root, args, context, info) => {
    const { division } = checkIndicatorRecordRequest(
      context.principal,
      args as unknown as IndicatorRecordArgs,
    );
    const nodes = indicatorRecordNodesFor(context.principal.division, division).flatMap(
      (holder) =>
        registry.nodes.find(
          (node) => node.tier === holder.tier && node.division === holder.division,
        ) ?? [],
    );
    const [first, ...fallbacks] = nodes;
    if (!first) {
      throw nodeUnavailable(
        `No node holding the records of ${label(division)} is registered at this gateway.`,
        division,
      );
    }
    let node = first;
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
