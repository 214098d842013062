import type { GraphQLError } from 'graphql';
import type { Principal } from '@city-ops/kernel';

/** One request at the gateway. */
export interface GatewayContext {
  principal: Principal;
  requestId: string;
  /**
   * Errors of nodes that failed while others answered (NODE_UNAVAILABLE): the data
   * that did arrive is returned, and these are appended to the response's errors.
   */
  partialErrors: GraphQLError[];
}
