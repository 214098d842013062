import { GraphQLError } from 'graphql';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import { nodeUnavailable } from '@city-ops/core';
import type { Logger } from '@city-ops/core';
import { mergedConnectionResolvers } from './fan-out-connection.js';
import { decideForwarding } from './forwarding-decision.js';
import type { RootRoutes } from './forwarding-decision.js';
import type { GatewayContext } from './gateway-context.js';
import type { RegisteredNode } from './node-registry.js';
import type { RootRoute } from './root-routing.js';

/** The response header saying how the gateway answered: `forwarded:<node>` or `executed`. */
export const ROUTE_HEADER = 'x-gateway-route';

type Resolvers = Record<string, Record<string, unknown>>;

/** The root fields' routes, read off the gateway's resolvers (the same rules, not a copy). */
export function rootRoutesOf(resolvers: Resolvers): RootRoutes {
  const routes: RootRoutes = {};
  for (const typeName of ['Query', 'Mutation']) {
    routes[typeName] = Object.fromEntries(
      Object.entries(resolvers[typeName] ?? {}).map(([field, resolver]) => [
        field,
        (resolver as { route?: RootRoute }).route,
      ]),
    );
  }
  return routes;
}

/**
 * The fields below the root the gateway resolves itself ("Type.field"): an operation
 * selecting one is never forwarded. The merged-connection fields of a list are the
 * one exception, since a list over one node is that node's list.
 */
export function gatewayResolvedFields(resolvers: Resolvers): Set<string> {
  const fields = new Set<string>();
  for (const [typeName, typeResolvers] of Object.entries(resolvers)) {
    if (typeName === 'Query' || typeName === 'Mutation') continue;
    for (const [field, resolver] of Object.entries(typeResolvers)) {
      const merged = (mergedConnectionResolvers as Record<string, unknown>)[field];
      if (resolver !== merged) fields.add(`${typeName}.${field}`);
    }
  }
  return fields;
}

export interface ForwardingOptions {
  resolvers: Resolvers;
  schema: GraphQLSchema;
  timeoutMs: number;
  logger: Logger;
}

/** A connection refused before anything was sent: safe to try again by stitching, even for a mutation. */
function neverDelivered(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } }).cause?.code;
  return code === 'ECONNREFUSED' || code === 'ENOTFOUND';
}

/**
 * The fast path of issue 7: an operation whose root fields all go to one node, and
 * that selects nothing the gateway resolves across tiers, is sent to that node as the
 * client wrote it (text, variables, operationName, the caller's token, x-request-id),
 * and the node's JSON is returned as it is — no stitching. The gateway's parsing,
 * validation (depth, aliases) and token check have run before; early refusals are
 * never forwarded. A query whose node does not answer falls back to normal execution
 * (which serves replicas and the next tier); a mutation does only when nothing was
 * delivered, so a write is never sent twice.
 */
export function useForwarding(options: ForwardingOptions): Plugin<GatewayContext> {
  const routes = rootRoutesOf(options.resolvers);
  const gatewayFields = gatewayResolvedFields(options.resolvers);
  const routeOfRequest = new WeakMap<Request, string>();

  const forward = async (
    node: RegisteredNode,
    isMutation: boolean,
    context: GatewayContext & YogaInitialContext,
  ): Promise<(ExecutionResult & { stringify: () => string }) | undefined> => {
    const { params, principal, requestId } = context;
    let text: string;
    let body: unknown;
    try {
      const response = await fetch(node.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          authorization: `Bearer ${principal.token}`,
          'x-request-id': requestId,
        },
        body: JSON.stringify({
          query: params.query,
          variables: params.variables,
          operationName: params.operationName,
        }),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      text = await response.text();
      body = JSON.parse(text);
      if (!body || typeof body !== 'object' || !('data' in body || 'errors' in body)) {
        throw new Error(`node ${node.name} answered ${response.status} without a GraphQL response`);
      }
    } catch (error) {
      options.logger.debug({ err: error, node: node.name }, 'forwarding failed');
      if (!isMutation || neverDelivered(error)) return undefined;
      const unavailable = nodeUnavailable(
        `Node ${node.name} did not answer the write; it may or may not have been applied.`,
        node.division,
      );
      return {
        data: null,
        errors: [unavailable],
        stringify: () => JSON.stringify({ data: null, errors: [unavailable] }),
      };
    }
    const answer = body as { data?: ExecutionResult['data']; errors?: GraphQLError[] };
    return {
      ...('data' in answer ? { data: answer.data } : {}),
      // As GraphQLErrors for the response status only: the body is the node's text.
      ...(answer.errors
        ? {
            errors: answer.errors.map(
              (error) =>
                new GraphQLError(String(error.message), {
                  extensions: error.extensions ?? {},
                }),
            ),
          }
        : {}),
      stringify: () => text,
    };
  };

  return {
    onExecute: async ({ args, setResultAndStopExecution }) => {
      const context = args.contextValue as GatewayContext & YogaInitialContext;
      if (typeof context.params?.query !== 'string') return;
      const decision = decideForwarding(args.schema, routes, gatewayFields, {
        document: args.document,
        operationName: args.operationName,
        variables: args.variableValues,
        principal: context.principal,
      });
      if (!decision.forward) {
        routeOfRequest.set(context.request, 'executed');
        return;
      }
      const result = await forward(decision.node, decision.operation === 'mutation', context);
      if (!result) {
        routeOfRequest.set(context.request, `fell-back:${decision.node.name}`);
        return;
      }
      routeOfRequest.set(context.request, `forwarded:${decision.node.name}`);
      setResultAndStopExecution(result);
    },
    onResponse: ({ request, response }) => {
      const route = routeOfRequest.get(request);
      if (route) response.headers.set(ROUTE_HEADER, route);
    },
  };
}
