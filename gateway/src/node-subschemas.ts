import { buildHTTPExecutor } from '@graphql-tools/executor-http';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { SubschemaConfig } from '@graphql-tools/delegate';
import { typeDefs } from '@city-ops/schema';
import { nodeUnavailable } from '@city-ops/kernel';
import { forwardedForHeaders } from './client-address.js';
import { acceptLanguageHeaders } from './accept-language.js';
import type { GatewayContext } from './gateway-context.js';
import { noteUnavailableCause, transportCauseOf } from './node-unavailable-log.js';
import type { NodeRegistry, RegisteredNode } from './node-registry.js';
import { neverDelivered, unansweredWrite } from './unanswered-write.js';

export type NodeSubschema = SubschemaConfig<unknown, unknown, unknown, GatewayContext>;

/**
 * A fetch that turns "could not reach the node" (refused, reset, timed out) into a
 * NODE_UNAVAILABLE error naming the node. executor-http passes GraphQLErrors thrown
 * by fetch through unchanged, so fan-out can tell an absent node from a node's answer.
 * executor-http also passes the delegating field's info: a mutation's root field that
 * was sent and went unanswered may have been applied, and is reported as such
 * (unanswered-write.ts).
 */
function fetchFor(node: RegisteredNode, label: string, timeoutMs: number) {
  return async (
    input: Parameters<typeof fetch>[0],
    init?: RequestInit,
    _context?: unknown,
    info?: { operation?: { operation?: string }; path?: { prev?: unknown } },
  ): Promise<Response> => {
    // A subscription's answer is a stream that lasts: only its start is timed.
    const timer = info?.operation?.operation === 'subscription' ? new AbortController() : undefined;
    const timeout = timer ? timer.signal : AbortSignal.timeout(timeoutMs);
    const clock = timer ? setTimeout(() => timer.abort(), timeoutMs) : undefined;
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return await fetch(input, { ...init, signal });
    } catch (error) {
      const cause = timeout.aborted
        ? `did not answer within ${timeoutMs / 1000} s`
        : transportCauseOf(error);
      const reasonZh = timeout.aborted
        ? `在 ${timeoutMs / 1000} 秒内未应答`
        : `无法连接（${transportCauseOf(error)}）`;
      // The write itself: a root field of a mutation (type merging's reads in one are not).
      const write = info?.operation?.operation === 'mutation' && info.path?.prev === undefined;
      if (write && !neverDelivered(error)) {
        throw unansweredWrite(label, node.division, cause);
      }
      const reason = timeout.aborted ? cause : `could not be reached (${cause})`;
      throw noteUnavailableCause(
        nodeUnavailable(
          {
            zh: `节点 ${label} ${reasonZh}；查询允许时，仍返回其他节点的数据。`,
            en: `Node ${label} ${reason}; other nodes' data is still returned where the query allows.`,
          },
          node.division,
        ),
        reason,
      );
    } finally {
      clearTimeout(clock);
    }
  };
}

/**
 * One subschema per node. Every node serves the same shared SDL, so the gateway
 * builds each subschema from it instead of introspecting: it starts even while a
 * node is down. The caller's token, request id and address (X-Forwarded-For) are
 * forwarded; nodes check the token again.
 */
export function buildNodeSubschemas(
  registry: NodeRegistry,
  timeoutMs: number,
): Map<RegisteredNode, NodeSubschema> {
  const schema = makeExecutableSchema({ typeDefs });
  return new Map(
    registry.nodes.map((node) => [
      node,
      {
        name: node.name,
        schema,
        executor: buildHTTPExecutor({
          endpoint: node.url,
          fetch: fetchFor(node, registry.label(node), timeoutMs) as never,
          // Every call carries its own x-request-id, so no two are ever shared; looking
          // for one to share cost a key the size of the request and a structuredClone
          // of every answer.
          deduplicateInflightRequests: false,
          // An upload is passed on as the multipart request it came as; the fetch above is
          // Node's own, which sends only its own FormData as multipart (executor-http's
          // default, a ponyfill's, would go out as the text "[object FormData]").
          FormData: globalThis.FormData,
          File: globalThis.File,
          headers: (request): Record<string, string> => {
            const context = request?.context as GatewayContext | undefined;
            if (!context) return {};
            return {
              authorization: `Bearer ${context.principal.token}`,
              'x-request-id': context.requestId,
              ...forwardedForHeaders(context.clientAddress),
              ...acceptLanguageHeaders(context.acceptLanguage),
            };
          },
        }),
      } satisfies NodeSubschema,
    ]),
  );
}
