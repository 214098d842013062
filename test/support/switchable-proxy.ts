import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An HTTP forwarder to `target` that a test can switch off, to take a node "down" without stopping it. */
export interface SwitchableProxy {
  url: string;
  up: boolean;
  /** Requests received so far, up or down, by method and path (e.g. `POST /graphql`, `GET /readyz`). */
  received(what: string): number;
  close(): Promise<void>;
}

/**
 * Forwards each request to the same path on `target`'s host (the node's /graphql, /readyz,
 * /metrics); while down, drops the connection without an answer, as a dead host would.
 */
export async function startSwitchableProxy(target: string): Promise<SwitchableProxy> {
  const targetUrl = new URL(target);
  const state = { up: true };
  const counts = new Map<string, number>();
  const server = createServer((incoming, outgoing) => {
    const what = `${incoming.method} ${new URL(incoming.url ?? '/', targetUrl).pathname}`;
    counts.set(what, (counts.get(what) ?? 0) + 1);
    if (!state.up) {
      incoming.socket.destroy();
      return;
    }
    const forward = request(
      {
        host: targetUrl.hostname,
        port: targetUrl.port,
        path: incoming.url ?? targetUrl.pathname,
        method: incoming.method,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', () => outgoing.destroy());
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${targetUrl.pathname}`,
    get up() {
      return state.up;
    },
    set up(value: boolean) {
      state.up = value;
    },
    received: (what) => counts.get(what) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
