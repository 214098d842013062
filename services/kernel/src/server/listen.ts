import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ListeningServer {
  server: Server;
  port: number;
  url: string;
  /** Stops accepting, lets requests in flight finish (up to `graceMs`), then drops the rest. */
  close(graceMs?: number): Promise<void>;
}

/** A request handler such as a yoga instance; it answers every request itself, errors included. */
export type HttpHandler = (request: IncomingMessage, response: ServerResponse) => unknown;

/** An HTTP server on `host:port` (0 = ephemeral), with a graceful close for SIGTERM. */
export async function listen(
  handler: HttpHandler,
  host: string,
  port: number,
): Promise<ListeningServer> {
  const server = createServer((request, response) => {
    void handler(request, response);
  });
  // Keep-alive sockets from the gateway's pool must not outlive a shutdown by minutes.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    server,
    port: actualPort,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`,
    close: (graceMs = 5_000) =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        // A request still running at close (an event stream, ended by the service's own
        // closing) leaves its keep-alive socket idle afterwards, and the client may hold it
        // for seconds: closed here as soon as it is idle, so close() waits for work, not sockets.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        sweep.unref();
        server.close(() => {
          clearTimeout(force);
          clearInterval(sweep);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
