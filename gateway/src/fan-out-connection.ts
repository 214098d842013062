import { defaultMergedResolver, delegateToSchema } from '@graphql-tools/delegate';
import type { ExternalObject } from '@graphql-tools/delegate';
import { GraphQLError, Kind } from 'graphql';
import type { FieldNode, GraphQLResolveInfo, SelectionNode } from 'graphql';
import {
  chineseWordingOf,
  compareCursorKeys,
  decodeCursor,
  sameWording,
  withChinese,
} from '@city-ops/kernel';
import type { CursorKey } from '@city-ops/kernel';
import type { GatewayContext } from './gateway-context.js';
import { isNodeUnavailable } from './node-fallback.js';
import { deriveUnavailable } from './node-unavailable-log.js';
import type { NodeSubschema } from './node-subschemas.js';
import type { RegisteredNode } from './node-registry.js';

// Aliases the gateway adds to each node's selection to learn the sort keys and
// whether the node has more; a client cannot collide with them (leading "__" is reserved).
export const SORT_KEYS = '__gatewayKeys';
export const PAGE_KEYS = '__gatewayPage';

function field(
  name: string,
  alias: string | undefined,
  selections: SelectionNode[] = [],
): FieldNode {
  return {
    kind: Kind.FIELD,
    name: { kind: Kind.NAME, value: name },
    ...(alias ? { alias: { kind: Kind.NAME, value: alias } } : {}),
    ...(selections.length ? { selectionSet: { kind: Kind.SELECTION_SET, selections } } : {}),
  };
}

/** `fieldNode` with the aliases above selected on its connection. */
export function withSortKeys(fieldNode: FieldNode): FieldNode {
  return {
    ...fieldNode,
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        ...(fieldNode.selectionSet?.selections ?? []),
        field('edges', SORT_KEYS, [field('cursor', undefined)]),
        field('pageInfo', PAGE_KEYS, [field('hasNextPage', undefined)]),
      ],
    },
  };
}

interface ConnectionPart {
  node: RegisteredNode;
  /** The node's answer, an external object that keeps its subschema for nested resolution. */
  connection: ExternalObject;
}

/** A connection merged from several nodes; its fields are resolved by mergedConnectionResolvers. */
export interface MergedConnection extends MergedPage {
  parts: ConnectionPart[];
}

/** Where each item of a merged page comes from, and the merged page's own pageInfo. */
export interface MergedPage {
  order: { part: number; index: number }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * The first `first` items of several nodes' pages (each a connection carrying the merge
 * keys above) in the order their cursors carry — core's compareCursorKeys, the order
 * each node's SQL produced. The end cursor is the last item's own node cursor, so the
 * next page asks every node again "after" it under the same sort: stable paging, no
 * gateway state. Shared by stitching (below) and the forwarded fan-out.
 */
export function mergePages(
  connections: readonly Record<string, unknown>[],
  first: number,
): MergedPage {
  const keyed: { part: number; index: number; cursor: string; key: CursorKey }[] = [];
  let someNodeHasMore = false;
  connections.forEach((connection, part) => {
    const edges = (connection[SORT_KEYS] ?? []) as { cursor: string }[];
    edges.forEach((edge, index) =>
      keyed.push({ part, index, cursor: edge.cursor, key: decodeCursor(edge.cursor) }),
    );
    someNodeHasMore ||= Boolean(
      (connection[PAGE_KEYS] as { hasNextPage?: boolean } | undefined)?.hasNextPage,
    );
  });
  keyed.sort((a, b) => compareCursorKeys(a.key, b.key));
  const page = keyed.slice(0, first);
  return {
    order: page.map(({ part, index }) => ({ part, index })),
    pageInfo: {
      hasNextPage: keyed.length > first || someNodeHasMore,
      endCursor: page.at(-1)?.cursor ?? null,
    },
  };
}

export interface FanOutTarget {
  node: RegisteredNode;
  subschema: NodeSubschema;
  /**
   * Where to read the same rows when the node does not answer: the province holding
   * the city's replicas, asked for the city's division only.
   */
  fallback?: { node: RegisteredNode; subschema: NodeSubschema; args: Record<string, unknown> };
}

export interface FanOutOptions {
  targets: FanOutTarget[];
  fieldName: string;
  args: Record<string, unknown>;
  first: number;
  context: GatewayContext;
  info: GraphQLResolveInfo;
}

/**
 * Asks every target node for one page (the client's `sort` and `after` go along
 * unchanged) and merges them (`mergePages`). A node that cannot be reached adds a NODE_UNAVAILABLE error; the others' data stays.
 */
export async function fanOutConnection(options: FanOutOptions): Promise<MergedConnection> {
  const { targets, fieldName, args, context, info, first } = options;
  const fieldNodes = info.fieldNodes.map(withSortKeys);
  const ask = async (subschema: NodeSubschema, nodeArgs: Record<string, unknown>) => {
    try {
      return (await delegateToSchema({
        schema: subschema,
        operation: 'query' as never,
        fieldName,
        args: nodeArgs,
        context,
        info,
        fieldNodes,
      })) as unknown;
    } catch (error) {
      return error;
    }
  };
  const answers = await Promise.all(
    targets.map(async ({ node, subschema, fallback }) => {
      const value = await ask(subschema, args);
      if (!fallback || !isNodeUnavailable(value)) return { node, value };
      const replica = await ask(fallback.subschema, { ...args, ...fallback.args });
      if (replica instanceof Error) return { node, value };
      const note = new GraphQLError(
        `${(value as Error).message} Its records come from the replica held by node ${fallback.node.name} (see replica.currentTo on each).`,
        { path: pathOf(info), extensions: (value as GraphQLError).extensions ?? {} },
      );
      const unavailable = chineseWordingOf(value)?.message ?? (value as Error).message;
      withChinese(note, {
        message: `${unavailable}其记录来自节点 ${fallback.node.name} 保存的副本（见各条记录的 replica.currentTo）。`,
      });
      context.partialErrors.push(deriveUnavailable(value, note));
      return { node: fallback.node, value: replica };
    }),
  );

  const parts: ConnectionPart[] = [];
  for (const { node, value } of answers) {
    if (value instanceof Error) {
      if (isNodeUnavailable(value)) {
        const errors = value instanceof AggregateError ? value.errors : [value];
        const path = pathOf(info);
        context.partialErrors.push(
          ...errors.map((error) =>
            deriveUnavailable(
              error,
              sameWording(
                error,
                new GraphQLError((error as Error).message, {
                  path,
                  extensions: (error as GraphQLError).extensions,
                }),
              ),
            ),
          ),
        );
        continue;
      }
      throw value;
    }
    if (!value || typeof value !== 'object') continue;
    parts.push({ node, connection: value as ExternalObject });
  }
  const merged = mergePages(
    parts.map((part) => part.connection as Record<string, unknown>),
    first,
  );
  return { parts, ...merged };
}

function pathOf(info: GraphQLResolveInfo): (string | number)[] {
  const path: (string | number)[] = [];
  for (
    let current: GraphQLResolveInfo['path'] | undefined = info.path;
    current;
    current = current.prev
  ) {
    path.unshift(current.key);
  }
  return path;
}

/**
 * The list fields of a merged connection: each part's list is resolved as stitching
 * would (aliases, nested merging, the part's own subschema), then picked in merged order.
 */
async function mergedList(
  parent: MergedConnection,
  args: Record<string, unknown>,
  context: GatewayContext,
  info: GraphQLResolveInfo,
): Promise<unknown[]> {
  const lists = await Promise.all(
    parent.parts.map(
      async (part) =>
        ((await defaultMergedResolver(part.connection, args, context, info)) ?? []) as unknown[],
    ),
  );
  return parent.order.map(({ part, index }) => lists[part]?.[index]);
}

export const mergedConnectionResolvers = {
  edges: mergedList,
  nodes: mergedList,
  pageInfo: (parent: MergedConnection) => parent.pageInfo,
};
