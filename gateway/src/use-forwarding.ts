import { GraphQLError } from 'graphql';
import type { DocumentNode, ExecutionResult, FieldNode, GraphQLSchema } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import { nodeUnavailable } from '@city-ops/core';
import type { Logger } from '@city-ops/core';
import { mergedConnectionResolvers } from './fan-out-connection.js';
import { fanOutText, mergeFanOutAnswers } from './forwarded-fan-out.js';
import { decideForwarding } from './forwarding-decision.js';
import type { ForwardingDecision, RootRoutes } from './forwarding-decision.js';
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

/** A result whose body the gateway already has as text (yoga's serializer uses `stringify`). */
type ForwardedResult = ExecutionResult & { stringify: () => string };

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
 * delivered, so a write is never sent twice. A query whose one root field is a list
 * over several nodes is fanned out to them and merged here (`fanOut` below).
 */
export function useForwarding(options: ForwardingOptions): Plugin<GatewayContext> {
  const routes = rootRoutesOf(options.resolvers);
  const gatewayFields = gatewayResolvedFields(options.resolvers);
  const routeOfRequest = new WeakMap<Request, string>();

  /** The node's answer to `body` sent as the caller (token and request id): its text and its JSON. */
  const post = async (
    node: RegisteredNode,
    body: string,
    context: GatewayContext,
  ): Promise<{ text: string; json: unknown }> => {
    const response = await fetch(node.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${context.principal.token}`,
        'x-request-id': context.requestId,
      },
      body,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const text = await response.text();
    const json: unknown = JSON.parse(text);
    if (!json || typeof json !== 'object' || !('data' in json || 'errors' in json)) {
      throw new Error(`node ${node.name} answered ${response.status} without a GraphQL response`);
    }
    return { text, json };
  };

  const forward = async (
    node: RegisteredNode,
    isMutation: boolean,
    context: GatewayContext & YogaInitialContext,
  ): Promise<ForwardedResult | undefined> => {
    const { params } = context;
    let text: string;
    let body: unknown;
    try {
      ({ text, json: body } = await post(
        node,
        JSON.stringify({
          query: params.query,
          variables: params.variables,
          operationName: params.operationName,
        }),
        context,
      ));
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

  /** The text sent to every node of a fan-out, made once per parsed document (yoga caches those). */
  const fanOutTexts = new WeakMap<FieldNode, string>();

  /**
   * A list over several nodes: the client's operation, with the merge keys added, to
   * every node at once, and the pages merged here. Anything but a clean page from every
   * node (an error, a node down) returns undefined, and the list is executed by
   * stitching instead, which serves replicas and partial errors.
   */
  const fanOut = async (
    decision: Extract<ForwardingDecision, { forward: 'fan-out' }>,
    document: DocumentNode,
    context: GatewayContext & YogaInitialContext,
  ): Promise<ForwardedResult | undefined> => {
    let query = fanOutTexts.get(decision.listField);
    if (query === undefined) {
      query = fanOutText(document, decision.listField);
      fanOutTexts.set(decision.listField, query);
    }
    const { params } = context;
    const body = JSON.stringify({
      query,
      variables: params.variables,
      operationName: params.operationName,
    });
    let answers: unknown[];
    try {
      answers = await Promise.all(
        decision.nodes.map(async (node) => (await post(node, body, context)).json),
      );
    } catch (error) {
      options.logger.debug({ err: error }, 'fan-out failed');
      return undefined;
    }
    const responseKey = decision.listField.alias?.value ?? decision.listField.name.value;
    const merged = mergeFanOutAnswers(answers, responseKey, decision.shape, decision.first);
    if (!merged) return undefined;
    return {
      data: merged['data'] as ExecutionResult['data'],
      stringify: () => JSON.stringify(merged),
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
      if (decision.forward === 'fan-out') {
        const names = decision.nodes.map((node) => node.name).join(',');
        const result = await fanOut(decision, args.document, context);
        routeOfRequest.set(context.request, result ? `fanned-out:${names}` : `fell-back:${names}`);
        if (result) setResultAndStopExecution(result);
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
