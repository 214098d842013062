import { startCityNode } from '@city-ops/city';
import { parseNodeEnvironment } from '@city-ops/core';
import type { RunningNode } from '@city-ops/core';
import type { TierName } from '@city-ops/kernel';
import { parseGatewayEnvironment, startGateway } from '@city-ops/gateway';
import type { RunningGateway } from '@city-ops/gateway';
import { startIdentityServer } from '@city-ops/identity';
import type { IdentityServer } from '@city-ops/identity';
import { startMinistryNode } from '@city-ops/ministry';
import { startProvinceNode } from '@city-ops/province';
import type { BenchPostgres } from './postgres.js';

/**
 * The services a scenario measures, all in this process on ephemeral loopback ports, each
 * node on its own database of the bench's PostgreSQL server. Like test/support/federation.ts,
 * but without vitest's inject() and with several gateways over subsets of the nodes.
 */
export interface BenchFederation {
  identity: IdentityServer;
  /** A token minted by the issuer, as the realm's user would get it. */
  token(username: string, overrides?: Readonly<Record<string, unknown>>): string;
  node(division: string): RunningNode;
  /** The node's own database, for checks after a run. */
  databaseUrl(division: string): string;
  /** A gateway over the named nodes (all already started). */
  startGateway(divisions: readonly string[]): Promise<RunningGateway>;
  /** A gateway over nodes running elsewhere (their own processes), closed with the federation. */
  startGatewayOver(nodes: readonly GatewayNode[]): Promise<RunningGateway>;
  close(): Promise<void>;
}

export interface NodePlan {
  tier: TierName;
  division: string;
}

/** A node as a gateway's registry names it. */
export interface GatewayNode {
  tier: TierName;
  division: string;
  url: string;
}

const starters = { city: startCityNode, province: startProvinceNode, ministry: startMinistryNode };

export async function startBenchFederation(
  postgres: BenchPostgres,
  plan: readonly NodePlan[],
): Promise<BenchFederation> {
  const identity = await startIdentityServer({ port: 0 });
  const nodes = new Map<string, { tier: TierName; node: RunningNode; url: string }>();
  const gateways: RunningGateway[] = [];
  const close = async () => {
    for (const gateway of gateways.splice(0)) await gateway.close();
    for (const { node } of nodes.values()) await node.close();
    nodes.clear();
    await identity.close();
  };
  try {
    // One at a time: start-up (migration check, identity claim) is short, and parallel
    // starts would only interleave their logs of failure.
    for (const { tier, division } of plan) {
      const url = await postgres.createNodeDatabase(`${tier}_${division}`);
      const node = await starters[tier]({
        config: parseNodeEnvironment({
          NODE_TIER: tier,
          NODE_DIVISION: division,
          PORT: '0',
          KEYCLOAK_URL: identity.url,
          DATABASE_URL: url,
          LOG_LEVEL: 'silent',
        }),
      });
      nodes.set(division, { tier, node, url });
    }
  } catch (error) {
    await close();
    throw error;
  }
  const nodeOf = (division: string) => {
    const entry = nodes.get(division);
    if (!entry) throw new Error(`no node for ${division} was started`);
    return entry;
  };
  const startGatewayOver = async (gatewayNodes: readonly GatewayNode[]) => {
    const gateway = await startGateway(
      parseGatewayEnvironment({
        PORT: '0',
        KEYCLOAK_URL: identity.url,
        LOG_LEVEL: 'silent',
        GATEWAY_NODES: JSON.stringify(gatewayNodes),
      }),
    );
    gateways.push(gateway);
    return gateway;
  };
  return {
    identity,
    token: (username, overrides) => identity.issueToken(username, overrides),
    node: (division) => nodeOf(division).node,
    databaseUrl: (division) => nodeOf(division).url,
    startGatewayOver,
    startGateway: (divisions) =>
      startGatewayOver(
        divisions.map((division) => {
          const { tier, node } = nodeOf(division);
          return { tier, division, url: node.graphqlUrl };
        }),
      ),
    close,
  };
}
