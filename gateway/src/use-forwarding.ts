import { GraphQLError } from 'graphql';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import { decideForwarding } from './forwarding-decision.js';
import type { Forwarder, ForwardOutcome } from './forwarder.js';
import type { GatewayContext } from './gateway-context.js';
import type { Routing } from './routing.js';

/** The response header saying how the gateway answered: `forwarded:<node>` or `executed`. */
export const ROUTE_HEADER = 'x-gateway-route';

export interface ForwardingOptions {
  routing: Routing;
  schema: GraphQLSchema;
  /** Sends what is forwarded (shared with the front door). */
  forwarder: Forwarder;
  /**
   * Requests the front door already tried to forward and handed on (a node did not
   * answer): executed here by stitching, not forwarded a second time.
   */
  alreadyTried: WeakSet<Request>;
}

/** A result whose body the gateway already has as text (yoga's serializer uses `stringify`). */
type ForwardedResult = ExecutionResult & { stringify: () => string };

/** The node's answer as yoga's result: its errors (for the response status) and its text as the body. */
function asResult(outcome: ForwardOutcome): ForwardedResult | undefined {
  if (outcome.kind === 'execute') return undefined;
  if (outcome.kind === 'unanswered-write') {
    const body = { data: null, errors: [outcome.error] };
    return { ...body, stringify: () => JSON.stringify(body) };
  }
  const json = outcome.reply.json!;
  const text = outcome.reply.body.toString('utf8');
  return {
    ...('data' in json ? { data: json.data as ExecutionResult['data'] } : {}),
    ...(json.errors
      ? {
          errors: (
            json.errors as { message?: unknown; extensions?: Record<string, unknown> }[]
          ).map(
            (error) =>
              new GraphQLError(String(error.message), { extensions: error.extensions ?? {} }),
          ),
        }
      : {}),
    stringify: () => text,
  };
}

/**
 * The forwarding fast path inside yoga, for the requests the front door
 * (forwarding-front.ts) leaves to it — browsers' (with an Origin), chunked bodies: an
 * operation whose root fields all go to one node, and that selects nothing the gateway
 * resolves across tiers, is sent to that node as the client wrote it (text, variables,
 * operationName, the caller's token, x-request-id), and the node's JSON is returned as
 * it is — no stitching. A query whose one root field is a plain list over several nodes
 * is fanned out to them and merged. yoga's parsing, validation (depth, aliases) and
 * token check have run before; early refusals are never forwarded. A query whose node
 * does not answer falls back to normal execution (which serves replicas and the next
 * tier); a mutation does only when nothing was delivered, so a write is never sent twice.
 */
export function useForwarding(options: ForwardingOptions): Plugin<GatewayContext> {
  const routeOfRequest = new WeakMap<Request, string>();

  return {
    onExecute: async ({ args, setResultAndStopExecution }) => {
      const context = args.contextValue as GatewayContext & YogaInitialContext;
      if (typeof context.params?.query !== 'string') return;
      if (options.alreadyTried.has(context.request)) return;
      const decision = decideForwarding(args.schema, options.routing, {
        document: args.document,
        operationName: args.operationName,
        variables: args.variableValues,
        principal: context.principal,
      });
      if (!decision.forward) {
        routeOfRequest.set(context.request, 'executed');
        return;
      }
      const { params } = context;
      const headers = {
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${context.principal.token}`,
        'x-request-id': context.requestId,
      };
      if (decision.forward === 'fan-out') {
        const names = decision.nodes.map((node) => node.name).join(',');
        const merged = await options.forwarder.fanOut(
          decision,
          args.document,
          { variables: params.variables, operationName: params.operationName },
          headers,
        );
        routeOfRequest.set(context.request, merged ? `fanned-out:${names}` : `fell-back:${names}`);
        if (merged) {
          setResultAndStopExecution({
            data: merged.data as ExecutionResult['data'],
            stringify: () => merged.text,
          } as ForwardedResult);
        }
        return;
      }
      const body = JSON.stringify({
        query: params.query,
        variables: params.variables,
        operationName: params.operationName,
      });
      const outcome = await options.forwarder.forward(
        decision.node,
        { body, headers },
        decision.operation === 'mutation',
        true,
      );
      const result = asResult(outcome);
      routeOfRequest.set(
        context.request,
        `${result ? 'forwarded' : 'fell-back'}:${decision.node.name}`,
      );
      if (result) setResultAndStopExecution(result);
    },
    onResponse: ({ request, response }) => {
      const route = routeOfRequest.get(request);
      if (route) response.headers.set(ROUTE_HEADER, route);
    },
  };
}
