import type { GraphQLResolveInfo } from 'graphql';
import { findDivision, divisionContains } from '@city-ops/schema';
import {
  checkIndicatorRequest,
  errorCodeOf,
  indicatorHolders,
  nodeUnavailable,
} from '@city-ops/core';
import type { IndicatorArgs, IndicatorQuery } from '@city-ops/core';
import type { GatewayContext } from './gateway-context.js';
import type { NodeRegistry, RegisteredNode } from './node-registry.js';

type Resolver = (
  root: unknown,
  args: Record<string, unknown>,
  context: GatewayContext,
  info: GraphQLResolveInfo,
) => unknown;

const label = (code: string) => `${code} ${findDivision(code)?.name ?? ''}`.trim();

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
 * `indicators` and `indicatorRanking`: checked here as the node will check them (so
 * a bad request is refused before any node is asked), then sent to the first node of
 * `indicatorNodesFor`; when it does not answer, the next one (a broader tier, from
 * its rollups) does, with a NODE_UNAVAILABLE partial error saying so.
 */
export function atIndicatorNode(
  registry: NodeRegistry,
  query: IndicatorQuery,
  delegate: (node: RegisteredNode) => Resolver,
): Resolver {
  return async (root, args, context, info) => {
    const { division } = checkIndicatorRequest(
      context.principal,
      args as unknown as IndicatorArgs,
      query,
    );
    const [first, ...fallbacks] = indicatorNodesFor(
      registry,
      context.principal.division,
      division,
      query,
    );
    if (!first) {
      throw nodeUnavailable(
        `No node holding the indicators of ${label(division)} for your division ${label(context.principal.division)} is registered at this gateway.`,
        division,
      );
    }
    let node = first;
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
