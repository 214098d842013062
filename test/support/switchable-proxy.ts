import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP forwarder to `target` that a test can switch off, to take a node "down"
 * without stopping it, or make lose its answers.
 */
export interface SwitchableProxy {
  url: string;
  /** Off: every connection is dropped before anything reaches the target. */
  up: boolean;
  /** Requests received so far, up or down, by method and path (e.g. `POST /graphql`, `GET /readyz`). */
  received(what: string): number;
  /**
   * On: each request is forwarded and the target's whole answer read, then the
   * caller's connection is dropped instead of relaying it — the target did the work
   * and the caller never learns of it (a write "that may or may not have been applied").
   */
  cutAnswers: boolean;
  /** How many answers were dropped that way. */
  readonly answersCut: number;
  close(): Promise<void>;
}

/**
 * Forwards each request to the same path on `target`'s host (the node's /graphql, /readyz,
 * /metrics); while down, drops the connection without an answer, as a dead host would;
 * while cutting answers, lets the target do the work and drops the caller's connection.
 */
export async function startSwitchableProxy(target: string): Promise<SwitchableProxy> {
  const targetUrl = new URL(target);
  const state = { up: true, cutAnswers: false, answersCut: 0 };
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
        if (state.cutAnswers) {
          answer.resume();
          answer.on('end', () => {
            state.answersCut += 1;
            outgoing.destroy();
          });
          return;
        }
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
    get cutAnswers() {
      return state.cutAnswers;
    },
    set cutAnswers(value: boolean) {
      state.cutAnswers = value;
    },
    get answersCut() {
      return state.answersCut;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
