import { startCityNode } from '@city-ops/city';
import { parseNodeEnvironment, serviceTokenSource, SyncConsumer } from '@city-ops/core';
import type { Database, NodeRuntime, RunningNode, SyncConsumerOptions } from '@city-ops/core';
import type { TierName } from '@city-ops/kernel';
import { parseGatewayEnvironment, startGateway } from '@city-ops/gateway';
import type { RunningGateway } from '@city-ops/gateway';
import { startIdentityServer } from '@city-ops/identity';
import type { IdentityServer, IdentityServerOptions } from '@city-ops/identity';
import { startMinistryNode } from '@city-ops/ministry';
import { startProvinceNode } from '@city-ops/province';
import { createTestNodeDatabase } from './node-database.js';
import type { TestNodeDatabase } from './node-database.js';
import { startSwitchableProxy } from './switchable-proxy.js';
import type { SwitchableProxy } from './switchable-proxy.js';
import type { Kysely } from 'kysely';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

interface StartedNode {
  tier: TierName;
  division: string;
  node: RunningNode | undefined;
  database: TestNodeDatabase;
}

/** A whole federation in this process, each service on its own ephemeral port, talking real HTTP. */
export interface TestFederation {
  identity: IdentityServer;
  gateway: RunningGateway;
  /** A token for a demo user of the realm export (e.g. agent.320100). */
  token(username: string): string;
  /** POSTs a GraphQL request to the gateway (with `headers` besides its own, e.g. accept-language). */
  query<T = Record<string, unknown>>(
    token: string | undefined,
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** POSTs a GraphQL request straight to one node, bypassing the gateway. */
  queryNode<T = Record<string, unknown>>(
    division: string,
    token: string | undefined,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  nodeUrl(division: string): string;
  /** The node's token-less metrics listener (METRICS_PORT), undefined when it has none. */
  metricsUrl(division: string): string | undefined;
  /**
   * The node's own database connection (its owner role, outside row-level security),
   * for arranging fixtures no mutation creates yet and for inspecting what was stored.
   */
  database(division: string): Kysely<Database>;
  /** Stops one node, as if it had crashed; the gateway keeps its registration. */
  stopNode(division: string): Promise<void>;
  /**
   * A sync consumer for `division` pulling `sources` (their divisions), with the
   * node's realm sync account; not started, so a test can step it with syncOnce.
   * `urls` overrides a source's URL (e.g. a proxy that can be switched off).
   */
  syncConsumer(
    division: string,
    sources: string[],
    options?: Partial<SyncConsumerOptions> & { urls?: Record<string, string> },
  ): SyncConsumer;
  /** The node's running runtime (for direct calls such as applyBatch). */
  runtime(division: string): NodeRuntime;
  /** The proxy the gateway reaches a node of `layout.proxied` through. */
  proxy(division: string): SwitchableProxy;
  close(): Promise<void>;
}

export interface FederationLayout {
  ministry?: boolean;
  provinces?: string[];
  cities: string[];
  /**
   * Nodes the gateway reaches through a SwitchableProxy (registered as their URL), so
   * a test can cut the gateway off from them or make them lose answers; tests and
   * sync consumers still reach them directly.
   */
  proxied?: string[];
  /** More environment variables for a node, by division (e.g. TRUSTED_PROXIES, METRICS_PORT). */
  environment?: Record<string, Record<string, string>>;
  /** More environment variables for the gateway (e.g. CONSOLE_DIR). */
  gateway?: Record<string, string>;
  /** The identity server's options (e.g. a realm export registering the console's address). */
  identity?: Omit<IdentityServerOptions, 'port'>;
}

export async function postGraphQL<T>(
  url: string,
  token: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

const starters = { city: startCityNode, province: startProvinceNode, ministry: startMinistryNode };

export async function startFederation(layout: FederationLayout): Promise<TestFederation> {
  const identity = await startIdentityServer({ port: 0, ...layout.identity });
  const plan: { tier: TierName; division: string }[] = [
    ...(layout.ministry ? [{ tier: 'ministry' as const, division: '000000' }] : []),
    ...(layout.provinces ?? []).map((division) => ({ tier: 'province' as const, division })),
    ...layout.cities.map((division) => ({ tier: 'city' as const, division })),
  ];
  const started: StartedNode[] = [];
  let gateway: RunningGateway | undefined;
  const consumers: SyncConsumer[] = [];
  const proxies = new Map<string, SwitchableProxy>();
  const close = async () => {
    for (const consumer of consumers) await consumer.stop();
    await gateway?.close();
    for (const proxy of proxies.values()) await proxy.close();
    for (const entry of started) {
      await entry.node?.close();
      await entry.database.drop();
    }
    await identity.close();
  };
  try {
    // One at a time: PGlite start-up is CPU-bound, so parallel starts only contend.
    for (const { tier, division } of plan) {
      const database = await createTestNodeDatabase(`${tier}_${division}`);
      const entry: StartedNode = { tier, division, node: undefined, database };
      started.push(entry);
      entry.node = await starters[tier]({
        config: parseNodeEnvironment({
          NODE_TIER: tier,
          NODE_DIVISION: division,
          PORT: '0',
          KEYCLOAK_URL: identity.url,
          LOG_LEVEL: 'silent',
          // The gateway's address, as in the demo: it runs on loopback beside the nodes.
          TRUSTED_PROXIES: '127.0.0.1,::1',
          ...(database.url ? { DATABASE_URL: database.url } : {}),
          ...layout.environment?.[division],
        }),
        ...(database.pgliteSeed ? { pgliteSeed: database.pgliteSeed } : {}),
      });
    }
    for (const division of layout.proxied ?? []) {
      const entry = started.find((candidate) => candidate.division === division);
      if (!entry?.node) throw new Error(`no node ${division} to put behind a proxy`);
      proxies.set(division, await startSwitchableProxy(entry.node.graphqlUrl));
    }
    gateway = await startGateway(
      parseGatewayEnvironment({
        PORT: '0',
        KEYCLOAK_URL: identity.url,
        LOG_LEVEL: 'silent',
        NODE_TIMEOUT_MS: '3000',
        GATEWAY_NODES: JSON.stringify(
          started.map((entry) => ({
            tier: entry.tier,
            division: entry.division,
            url: proxies.get(entry.division)?.url ?? entry.node?.graphqlUrl,
          })),
        ),
        ...layout.gateway,
      }),
    );
  } catch (error) {
    await close();
    throw error;
  }
  const runningGateway = gateway;
  const find = (division: string) => {
    const entry = started.find((candidate) => candidate.division === division);
    if (!entry?.node) throw new Error(`no running node for ${division}`);
    return entry;
  };
  return {
    identity,
    gateway: runningGateway,
    token: (username) => identity.issueToken(username),
    query: (token, query, variables, headers) =>
      postGraphQL(runningGateway.graphqlUrl, token, query, variables, headers),
    queryNode: (division, token, query, variables) =>
      postGraphQL(find(division).node!.graphqlUrl, token, query, variables),
    nodeUrl: (division) => find(division).node!.graphqlUrl,
    metricsUrl: (division) => find(division).node!.metricsUrl,
    database: (division) => find(division).node!.runtime.db,
    syncConsumer: (division, sources, options = {}) => {
      const { urls = {}, ...rest } = options;
      const consumer = new SyncConsumer({
        node: find(division).node!.runtime,
        sources: sources.map((source) => ({
          division: source,
          url: urls[source] ?? find(source).node!.graphqlUrl,
        })),
        token: serviceTokenSource({
          keycloakUrl: identity.url,
          realm: 'city-ops',
          clientId: `node-${division}`,
          clientSecret: `node-${division}-secret`,
        }),
        waitSeconds: 1,
        backoff: { initialMs: 50, maxMs: 200 },
        ...rest,
      });
      consumers.push(consumer);
      return consumer;
    },
    runtime: (division) => find(division).node!.runtime,
    proxy: (division) => {
      const proxy = proxies.get(division);
      if (!proxy) throw new Error(`${division} is not in layout.proxied`);
      return proxy;
    },
    stopNode: async (division) => {
      const entry = find(division);
      await entry.node?.close();
      entry.node = undefined;
    },
    close,
  };
}

/**
 * Steps `consumer` until each of `sources` is caught up (or paused) with nothing of
 * the source left unsealed: a feed position is handed out only once every older
 * transaction on the server has ended (sealing follows the cluster-wide xmin), so
 * "caught up" alone can still be missing a change another node's background work
 * held back for a moment. Bounded turns, no timing assertions.
 */
export async function drain(
  consumer: SyncConsumer,
  sources: string[],
  federation: Pick<TestFederation, 'nodeUrl' | 'database'>,
): Promise<void> {
  for (const division of sources) {
    let settled = false;
    for (let turn = 0; turn < 200 && !settled; turn += 1) {
      const state = await consumer.syncOnce({ division, url: federation.nodeUrl(division) });
      if (state === 'PAUSED') settled = true;
      if (state !== 'CAUGHT_UP') continue;
      const unsealed = await federation
        .database(division)
        .selectFrom('change_log')
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .where('position', 'is', null)
        .executeTakeFirstOrThrow();
      settled = Number(unsealed.count) === 0;
      if (!settled) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // A test that goes on with a source still behind would assert on half-synced data.
    if (!settled) throw new Error(`sync of ${division} did not catch up in 200 turns`);
  }
}

/**
 * A second gateway in front of the federation's nodes that executes every operation by
 * stitching (GATEWAY_FORWARDING=off), so a test can ask the same of both gateway paths.
 */
export function startStitchingGateway(federation: TestFederation): Promise<RunningGateway> {
  return startGateway(
    parseGatewayEnvironment({
      PORT: '0',
      KEYCLOAK_URL: federation.identity.url,
      LOG_LEVEL: 'silent',
      GATEWAY_NODES: JSON.stringify(federation.gateway.registry.nodes),
      GATEWAY_FORWARDING: 'off',
    }),
  );
}
