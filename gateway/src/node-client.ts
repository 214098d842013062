import http from 'node:http';
import https from 'node:https';

/** A node's HTTP answer: its status, content type and body bytes. */
export interface NodeAnswer {
  status: number;
  contentType: string;
  body: Buffer;
}

export interface NodeClient {
  /** POSTs `body` (JSON) to `url` with `headers`; fails on a refused connection or after the timeout. */
  post(url: string, body: string, headers: Record<string, string>): Promise<NodeAnswer>;
  close(): void;
}

/**
 * The forwarding fast path's HTTP client: node's own http with kept-alive connections.
 * Why not fetch: on the forwarded path fetch (undici's WHATWG layer, its streams and an
 * AbortSignal timer per request) cost the gateway ≈ 0.6 ms of CPU per request, most of
 * what it added over asking the node directly (bench/results/profiles/gateway-overhead.md).
 */
export function createNodeClient(timeoutMs: number): NodeClient {
  const agents = {
    'http:': new http.Agent({ keepAlive: true }),
    'https:': new https.Agent({ keepAlive: true }),
  };
  const targets = new Map<string, URL>();
  return {
    post: (url, body, headers) =>
      new Promise<NodeAnswer>((resolve, reject) => {
        let target = targets.get(url);
        if (!target) {
          target = new URL(url);
          targets.set(url, target);
        }
        const transport = target.protocol === 'https:' ? https : http;
        const request = transport.request(
          target,
          {
            method: 'POST',
            agent: agents[target.protocol as keyof typeof agents],
            headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
            timeout: timeoutMs,
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                contentType: response.headers['content-type'] ?? 'application/json',
                body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks),
              }),
            );
            response.on('error', reject);
          },
        );
        request.on('timeout', () =>
          request.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)),
        );
        request.on('error', reject);
        request.end(body);
      }),
    close: () => {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}
