import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { typeDefs } from '@city-ops/schema';

export interface RunningHiveGateway {
  graphqlUrl: string;
  close(): Promise<void>;
}

/**
 * Hive Gateway (gateway-runtime, the library the `hive-gateway` CLI serves) in proxy mode over
 * one city node: the node speaks plain GraphQL, not Apollo Federation, so proxying is the one
 * mode that serves it unchanged. The schema is given as the shared SDL, as our gateway does,
 * because the node refuses an introspection without a token. The caller's token and request id
 * are forwarded.
 */
export async function startHiveGateway(
  nodeGraphqlUrl: string,
  options: { deduplicateInflightRequests: boolean },
): Promise<RunningHiveGateway> {
  const runtime = createGatewayRuntime({
    // executor-http collapses identical queries in flight into one upstream request by default.
    // Under a benchmark's identical requests that skips the node for most of them (and the
    // node's per-read audit with it), so the like-for-like comparison turns it off; our gateway
    // never collapses because it sends a fresh x-request-id with every upstream request.
    proxy: {
      endpoint: nodeGraphqlUrl,
      deduplicateInflightRequests: options.deduplicateInflightRequests,
    },
    schema: typeDefs,
    // The runtime imports its transports by package name, which pnpm's strict layout hides from
    // it; hand it the HTTP transport (what the `hive-gateway` CLI bundles) directly.
    transports: { http: httpTransport },
    logging: process.env['HIVE_DEBUG'] ? 'debug' : false,
    maskedErrors: !process.env['HIVE_DEBUG'],
    landingPage: false,
    graphiql: false,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({
        authorization: request.headers.get('authorization'),
        'x-request-id': request.headers.get('x-request-id'),
      }),
    },
  });
  // The runtime answers every request itself, errors included; nothing to await here.
  const server = createServer((request, response) => {
    void runtime(request, response);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    graphqlUrl: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await runtime.dispose();
    },
  };
}
