import type { GraphQLError } from 'graphql';
import type { Principal } from '@city-ops/kernel';

/** One request at the gateway. */
export interface GatewayContext {
  principal: Principal;
  /** The caller's X-Request-Id when it is a plausible id, else a new one (requestIdOf). */
  requestId: string;
  /** The address of the peer that sent the request (its socket), passed to nodes as X-Forwarded-For. */
  clientAddress: string | null;
  /** The client's Accept-Language, passed on to the nodes, which label in it; null when it sent none. */
  acceptLanguage: string | null;
  /**
   * Errors of nodes that failed while others answered (NODE_UNAVAILABLE): the data
   * that did arrive is returned, and these are appended to the response's errors.
   */
  partialErrors: GraphQLError[];
}
