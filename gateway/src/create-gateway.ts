import { stitchSchemas } from '@graphql-tools/stitch';
import { createYoga } from 'graphql-yoga';
import type { GraphQLSchema } from 'graphql';
import {
  REPORT_PATH_PREFIX,
  requestIdOf,
  createLogger,
  createTokenVerifier,
  graphqlServerOptions,
  listen,
  queryLimitsOf,
} from '@city-ops/kernel';
import type { Logger } from '@city-ops/kernel';
import type { GatewayEnvironment } from './environment.js';
import type { GatewayContext } from './gateway-context.js';
import { buildGatewayResolvers } from './gateway-resolvers.js';
import { createNodeClient } from './node-client.js';
import { buildNodeSubschemas } from './node-subschemas.js';
import { readNodeRegistry } from './node-registry.js';
import type { NodeRegistry } from './node-registry.js';
import { peerAddressOf } from './client-address.js';
import type { NodeServerContext } from './client-address.js';
import { usePartialErrors } from './use-partial-errors.js';
import { corsPolicy } from './cors-policy.js';
import { createRouting } from './routing.js';
import type { Routing } from './routing.js';
import type { RootTypeName } from './route-table.js';
import { createForwarder } from './forwarder.js';
import { forwardingFront } from './forwarding-front.js';
import { useReportDownloads } from './use-report-downloads.js';
import { createNodeUnavailableLog, useNodeUnavailableLog } from './node-unavailable-log.js';
import { useNodeErrorStatus } from './use-node-error-status.js';
import { consoleFiles } from './console-files.js';

export interface RunningGateway {
  url: string;
  graphqlUrl: string;
  port: number;
  registry: NodeRegistry;
  close(): Promise<void>;
}

/** Every root field must have a route; a missing one would silently hit the last node. */
function assertGatewayOwnsRootFields(schema: GraphQLSchema, routing: Routing): void {
  for (const type of [
    schema.getQueryType(),
    schema.getMutationType(),
    schema.getSubscriptionType(),
  ]) {
    if (!type) continue;
    const routed = routing.entries[type.name as RootTypeName];
    const missing = Object.keys(type.getFields()).filter((field) => !(field in routed));
    if (missing.length > 0) {
      throw new Error(
        `The gateway has no route for ${type.name}.${missing.join(`, ${type.name}.`)}; add it to route-table.ts`,
      );
    }
  }
}

/** Starts the stitching gateway over the nodes of the registry. */
export async function startGateway(
  config: GatewayEnvironment,
  logger: Logger = createLogger('gateway', config.LOG_LEVEL),
): Promise<RunningGateway> {
  const registry = readNodeRegistry({
    json: config.GATEWAY_NODES,
    file: config.GATEWAY_NODES_FILE,
  });
  const subschemas = buildNodeSubschemas(registry, config.NODE_TIMEOUT_MS);
  const routing = createRouting(registry);
  // Ends the subscriptions the gateway passes on when it closes (stream-until.ts).
  const closing = new AbortController();
  const resolvers = buildGatewayResolvers(routing, subschemas, closing.signal);
  const schema = stitchSchemas<GatewayContext>({ subschemas: [...subschemas.values()], resolvers });
  assertGatewayOwnsRootFields(schema, routing);

  const verifier = createTokenVerifier({
    authServerUrl: config.KEYCLOAK_URL,
    realm: config.KEYCLOAK_REALM,
    clientId: config.KEYCLOAK_CLIENT_ID,
  });
  const nodeClient = createNodeClient(config.NODE_TIMEOUT_MS);
  const forwarder = createForwarder(nodeClient, logger);
  const cors = corsPolicy(config.GATEWAY_CORS_ORIGINS);
  const nodeUnavailableLog = createNodeUnavailableLog(logger, registry);
  const queryLimits = queryLimitsOf(config);
  const served = graphqlServerOptions({
    logger,
    queryLimits,
    // Ready when the identity provider's keys can be fetched: without them no request can pass.
    isReady: async () => {
      const response = await fetch(`${verifier.realmUrl}/protocol/openid-connect/certs`, {
        signal: AbortSignal.timeout(3_000),
      });
      if (!response.ok) throw new Error(`identity provider answered ${response.status}`);
    },
  });
  const yoga = createYoga<NodeServerContext, GatewayContext>({
    ...served,
    schema,
    // The listed origins only (GATEWAY_CORS_ORIGINS), as the front door answers them.
    cors: (request) => cors.yogaOptions(request),
    plugins: [
      ...served.plugins,
      usePartialErrors(),
      // After usePartialErrors, so they see its errors too.
      useNodeErrorStatus(),
      useNodeUnavailableLog(nodeUnavailableLog),
      useReportDownloads({
        registry,
        verifier,
        timeoutMs: config.NODE_TIMEOUT_MS,
        logger,
        nodeUnavailableLog,
      }),
    ],
    context: async ({ request, req }): Promise<GatewayContext> => ({
      principal: await verifier.verifyAuthorization(request.headers.get('authorization')),
      requestId: requestIdOf(request),
      clientAddress: peerAddressOf(req),
      acceptLanguage: request.headers.get('accept-language'),
      partialErrors: [],
    }),
  });

  const api =
    config.GATEWAY_FORWARDING === 'on'
      ? forwardingFront({
          yoga,
          graphqlPath: '/graphql',
          schema,
          queryLimits,
          routing,
          verifier,
          forwarder,
          cors,
          logger,
          nodeUnavailableLog,
        })
      : yoga;
  const handler = config.CONSOLE_DIR
    ? consoleFiles(
        {
          directory: config.CONSOLE_DIR,
          config: {
            oidc: {
              authority: `${(config.CONSOLE_KEYCLOAK_URL ?? config.KEYCLOAK_URL).replace(/\/$/, '')}/realms/${config.KEYCLOAK_REALM}`,
              clientId: config.CONSOLE_CLIENT_ID,
            },
          },
          apiPaths: ['/graphql', '/healthz', '/readyz'],
          // The report files are the API's; the console shows the report at /reports/monthly/….
          apiFilesUnder: [REPORT_PATH_PREFIX],
          logger,
        },
        api,
      )
    : api;
  const server = await listen(handler, config.HOST, config.PORT);
  logger.info(
    {
      url: `${server.url}/graphql`,
      nodes: registry.nodes.map((node) => `${node.name} ${node.url}`),
    },
    `gateway ready over ${registry.nodes.length} nodes`,
  );
  return {
    url: server.url,
    graphqlUrl: `${server.url}/graphql`,
    port: server.port,
    registry,
    close: async () => {
      closing.abort();
      await server.close();
      nodeClient.close();
      logger.info('gateway stopped');
    },
  };
}
