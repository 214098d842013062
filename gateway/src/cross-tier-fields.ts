import { batchDelegateToSchema } from '@graphql-tools/batch-delegate';
import { defaultMergedResolver } from '@graphql-tools/delegate';
import { Kind, parse } from 'graphql';
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { isAllowed, recordOwnerOf } from '@city-ops/kernel';
import type { GatewayContext } from './gateway-context.js';
import { isNodeUnavailable } from './node-fallback.js';
import type { NodeRegistry, RegisteredNode } from './node-registry.js';
import type { NodeSubschema } from './node-subschemas.js';
import type { CrossTierEntry } from './route-table.js';

/** As many records as a node answers for in one `supervisionOrders(recordIds:)` (its limit). */
const BATCH_SIZE = 200;

/** The field each order is grouped back to its record by, added to the client's selection. */
const RECORD_ID_FIELD = (parse('{ recordId }').definitions[0] as { selectionSet: SelectionSetNode })
  .selectionSet.selections[0] as FieldNode;

const withRecordId = new WeakMap<SelectionSetNode, SelectionSetNode>();

/** The client's selection under the field, with `recordId` so the answers can be grouped. */
function selectionWithRecordId(info: GraphQLResolveInfo): SelectionSetNode | undefined {
  const selectionSet = info.fieldNodes[0]?.selectionSet;
  if (!selectionSet) return undefined;
  let extended = withRecordId.get(selectionSet);
  if (!extended) {
    extended = {
      kind: Kind.SELECTION_SET,
      selections: [...selectionSet.selections, RECORD_ID_FIELD],
    };
    withRecordId.set(selectionSet, extended);
  }
  return extended;
}

/**
 * A cross-tier field of a record (route-table.ts): asked of the province that owns it.
 * Every record of one response whose orders that province owns is asked about in one
 * request (`supervisionOrders(recordIds:)`, batched per province, selection and
 * request), not one request per record; when the province does not answer, the copy the
 * answering node holds (a city's replica of the orders) is used instead.
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
        const answer: unknown = await batchDelegateToSchema({
          schema: subschemaOf(province),
          operation: 'query' as never,
          fieldName: entry.batchedBy,
          key: id,
          argsFromKeys: (recordIds: readonly string[]) => ({ recordIds }),
          valuesFromResults: (orders: unknown, recordIds: readonly string[]) =>
            groupByRecord(orders, recordIds),
          dataLoaderOptions: { maxBatchSize: BATCH_SIZE },
          selectionSet: selectionWithRecordId(info),
          context,
          info,
        });
        if (!isNodeUnavailable(answer)) {
          if (answer instanceof Error) throw answer;
          return answer;
        }
      }
      return defaultMergedResolver(record as never, args, context, info);
    },
  };
}

/** Each record's orders, in the order the node listed them (oldest first). */
function groupByRecord(orders: unknown, recordIds: readonly string[]): unknown[] {
  if (!Array.isArray(orders)) return recordIds.map(() => orders);
  const byRecord = new Map<string, unknown[]>(recordIds.map((id) => [id, []]));
  for (const order of orders as { recordId?: unknown }[]) {
    byRecord.get(String(order.recordId))?.push(order);
  }
  return recordIds.map((id) => byRecord.get(id) ?? []);
}
