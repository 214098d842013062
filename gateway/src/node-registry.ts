import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  divisionContains,
  divisionLevel,
  findDivision,
  owningCityOf,
  provinceOf,
} from '@city-ops/schema';
import { ConfigError, divisionCode, tierName } from '@city-ops/kernel';
import type { TierName } from '@city-ops/kernel';

export interface RegisteredNode {
  /** Stable name used in logs and errors, e.g. city-320100. */
  name: string;
  tier: TierName;
  division: string;
  /** The node's GraphQL endpoint. */
  url: string;
}

const registrySchema = z
  .array(
    z.object({
      tier: tierName,
      division: divisionCode,
      url: z.url("must be the node's GraphQL endpoint, e.g. http://127.0.0.1:4101/graphql"),
      name: z.string().min(1).optional(),
    }),
  )
  .min(1, 'must list at least one node');

/** Parses the registry (a JSON array of {tier, division, url}) and rejects duplicates and mismatched tiers. */
export function parseNodeRegistry(json: string, source: string): NodeRegistry {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new ConfigError([`${source}: not valid JSON (${(error as Error).message})`]);
  }
  const result = registrySchema.safeParse(value);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${source}[${issue.path.join('.')}]: ${issue.message}`),
    );
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  const nodes = result.data.map((entry, index): RegisteredNode => {
    const level = divisionLevel(entry.division);
    const fits =
      (entry.tier === 'ministry' && level === 'NATIONAL') ||
      (entry.tier === 'province' && level === 'PROVINCE') ||
      (entry.tier === 'city' && owningCityOf(entry.division) === entry.division);
    if (!fits)
      problems.push(
        `${source}[${index}]: a ${entry.tier} node cannot serve ${level.toLowerCase()} division ${entry.division}`,
      );
    const key = `${entry.tier}-${entry.division}`;
    if (seen.has(key)) problems.push(`${source}[${index}]: ${key} is listed twice`);
    seen.add(key);
    return { name: entry.name ?? key, tier: entry.tier, division: entry.division, url: entry.url };
  });
  if (problems.length > 0) throw new ConfigError(problems);
  return new NodeRegistry(nodes);
}

export function readNodeRegistry(options: {
  json?: string | undefined;
  file?: string | undefined;
}): NodeRegistry {
  if (options.json) return parseNodeRegistry(options.json, 'GATEWAY_NODES');
  if (options.file) {
    let text: string;
    try {
      text = readFileSync(options.file, 'utf8');
    } catch (error) {
      throw new ConfigError([
        `GATEWAY_NODES_FILE: cannot read ${options.file} (${(error as Error).message})`,
      ]);
    }
    return parseNodeRegistry(text, options.file);
  }
  throw new ConfigError([
    'GATEWAY_NODES or GATEWAY_NODES_FILE: one of them must list the nodes to stitch',
  ]);
}

/** Where each division's data lives. */
export class NodeRegistry {
  constructor(readonly nodes: readonly RegisteredNode[]) {}

  /** The node serving the narrowest division that contains `division`: a user's home node. */
  homeNodeFor(division: string): RegisteredNode | undefined {
    return this.nodes
      .filter((node) => divisionContains(node.division, division))
      .sort(
        (a, b) => b.division.replace(/0+$/, '').length - a.division.replace(/0+$/, '').length,
      )[0];
  }

  /** The city node owning records of `cityDivision` (a code returned by owningCityOf). */
  cityNode(cityDivision: string): RegisteredNode | undefined {
    return this.nodes.find((node) => node.tier === 'city' && node.division === cityDivision);
  }

  /** The province node holding replicas of `division`'s records, if one is registered. */
  provinceNode(division: string): RegisteredNode | undefined {
    const province = provinceOf(division);
    return this.nodes.find((node) => node.tier === 'province' && node.division === province);
  }

  /** The national node, if one is registered. */
  ministryNode(): RegisteredNode | undefined {
    return this.nodes.find((node) => node.tier === 'ministry');
  }

  /** City nodes holding any record inside `scope`. */
  cityNodesOverlapping(scope: string): RegisteredNode[] {
    return this.nodes.filter(
      (node) =>
        node.tier === 'city' &&
        (divisionContains(scope, node.division) || divisionContains(node.division, scope)),
    );
  }

  label(node: RegisteredNode): string {
    return `${node.name} (${findDivision(node.division)?.name ?? node.division})`;
  }
}
