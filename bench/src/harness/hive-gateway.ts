import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { typeDefs } from '@city-ops/schema';

export interface RunningHiveGateway {
  graphqlUrl: string;
  close(): Promise<void>;
}

/**
 * Hive Gateway (gateway-runtime, the library the `hive-gateway` CLI serves) in proxy mode over
 * one city node: the node speaks plain GraphQL, not Apollo Federation, so proxying is the one
 * mode that serves it unchanged. The schema is given as the shared SDL, as our gateway does,
 * because the node refuses an introspection without a token. The caller's token is forwarded.
 */
export async function startHiveGateway(nodeGraphqlUrl: string): Promise<RunningHiveGateway> {
  const runtime = createGatewayRuntime({
    proxy: { endpoint: nodeGraphqlUrl },
    schema: typeDefs,
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
  const server = createServer(runtime);
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
