import { buildSchema } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { authorize, authorizeAny } from '@city-ops/kernel';
import type { Principal } from '@city-ops/kernel';
import { typeDefs } from '@city-ops/schema';
import type { NodeRegistry } from './node-registry.js';
import { evaluateRule } from './route-rules.js';
import type { Route } from './route-rules.js';
import { crossTierFieldsOf, ROUTE_TABLE, rootEntriesOf } from './route-table.js';
import type { RootEntries, RootTypeName, RouteTable } from './route-table.js';

/** Every node serves the shared schema; the gateway reads its conventions from it. */
const sharedSchema = buildSchema(typeDefs);

/**
 * The route table over one registry: what stitching's resolvers (gateway-resolvers.ts)
 * execute and what the front door's forwarding decision (forwarding-decision.ts) reads,
 * so both answer by the very same rules.
 */
export interface Routing {
  registry: NodeRegistry;
  /** The shared schema the table was read against. */
  schema: GraphQLSchema;
  entries: RootEntries;
  crossTier: RouteTable['crossTier'];
  /** "Type.field" of the cross-tier fields (route-table.ts). */
  crossTierFields: ReadonlySet<string>;
  /**
   * Where one root field goes for one request: its entry's early refusal (the
   * operation), then its rule. Undefined for a field the table does not route.
   */
  route(
    rootType: RootTypeName,
    fieldName: string,
    args: Record<string, unknown>,
    principal: Principal,
  ): Route | undefined;
}

export function createRouting(
  registry: NodeRegistry,
  table: RouteTable = ROUTE_TABLE,
  schema: GraphQLSchema = sharedSchema,
): Routing {
  const entries = rootEntriesOf(schema, table);
  return {
    registry,
    schema,
    entries,
    crossTier: table.crossTier,
    crossTierFields: crossTierFieldsOf(table),
    route(rootType, fieldName, args, principal) {
      const entry = entries[rootType][fieldName];
      if (!entry) return undefined;
      if (entry.operation) {
        try {
          if (typeof entry.operation === 'string') authorize(principal, entry.operation);
          else authorizeAny(principal, entry.operation);
        } catch (error) {
          return { to: 'refused', error: error as Error };
        }
      }
      return evaluateRule(entry.route, { rootType, args, principal }, registry);
    },
  };
}
