import { defaultMergedResolver, delegateToSchema } from '@graphql-tools/delegate';
import type { GraphQLResolveInfo } from 'graphql';
import { isAllowed, recordOwnerOf } from '@city-ops/kernel';
import type { GatewayContext } from './gateway-context.js';
import { isNodeUnavailable } from './node-fallback.js';
import type { NodeRegistry, RegisteredNode } from './node-registry.js';
import type { NodeSubschema } from './node-subschemas.js';
import type { CrossTierEntry } from './route-table.js';

/**
 * A cross-tier field of a record (route-table.ts): asked of the province that owns it,
 * by the record's id; when that province does not answer, the copy the answering node
 * holds (a city's replica of the orders) is used instead.
 */
export function crossTierResolver(
  entry: CrossTierEntry,
  registry: NodeRegistry,
  subschemaOf: (node: RegisteredNode) => NodeSubschema,
) {
  return {
    selectionSet: '{ id }',
    resolve: async (
      record: Record<string, unknown>,
      args: Record<string, unknown>,
      context: GatewayContext,
      info: GraphQLResolveInfo,
    ) => {
      const id = String(record['id'] ?? '');
      const owner = recordOwnerOf(id);
      const province = owner ? registry.provinceNode(owner) : undefined;
      if (province && isAllowed(context.principal, entry.operation)) {
        const answer: unknown = await delegateToSchema({
          schema: subschemaOf(province),
          operation: 'query' as never,
          fieldName: entry.batchedBy,
          args: { recordId: id },
          context,
          info,
        }).catch((error: unknown) => error);
        if (!isNodeUnavailable(answer)) {
          if (answer instanceof Error) throw answer;
          return answer;
        }
      }
      return defaultMergedResolver(record as never, args, context, info);
    },
  };
}
