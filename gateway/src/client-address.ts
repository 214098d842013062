import type { IncomingMessage } from 'node:http';

/** The server context yoga gets from node:http (its adapter's `req`), or from the front door. */
export interface NodeServerContext {
  req?: IncomingMessage;
}

/**
 * The address of the peer that sent this request to the gateway, from its socket: what
 * the gateway tells the nodes as `X-Forwarded-For`. Whatever `X-Forwarded-For` the client
 * sent is not passed on: the gateway is where requests enter the federation, so a value a
 * client wrote names no one the gateway has seen; nodes trust the header only from the
 * gateway.
 */
export function peerAddressOf(req: IncomingMessage | undefined): string | null {
  return req?.socket.remoteAddress ?? null;
}

/** The headers that tell a node whom the gateway is asking for. */
export const forwardedForHeaders = (address: string | null): Record<string, string> =>
  address ? { 'x-forwarded-for': address } : {};
