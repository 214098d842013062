import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An HTTP forwarder to `target` that a test can switch off, to take a node "down" without stopping it. */
export interface SwitchableProxy {
  url: string;
  up: boolean;
  close(): Promise<void>;
}

export async function startSwitchableProxy(target: string): Promise<SwitchableProxy> {
  const targetUrl = new URL(target);
  const state = { up: true };
  const server = createServer((incoming, outgoing) => {
    if (!state.up) {
      incoming.socket.destroy();
      return;
    }
    const forward = request(
      {
        host: targetUrl.hostname,
        port: targetUrl.port,
        path: targetUrl.pathname,
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
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
