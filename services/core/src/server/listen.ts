import { createServer } from 'node:http';
import type { RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ListeningServer {
  server: Server;
  port: number;
  url: string;
  /** Stops accepting, lets requests in flight finish (up to `graceMs`), then drops the rest. */
  close(graceMs?: number): Promise<void>;
}

/** An HTTP server on `host:port` (0 = ephemeral), with a graceful close for SIGTERM. */
export async function listen(handler: RequestListener, host: string, port: number): Promise<ListeningServer> {
  const server = createServer(handler);
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
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
