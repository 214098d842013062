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

export async function startSwitchableProxy(target: string): Promise<SwitchableProxy> {
  const targetUrl = new URL(target);
  const state = { up: true, cutAnswers: false, answersCut: 0 };
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
