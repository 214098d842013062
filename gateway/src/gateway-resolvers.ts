import { delegateToSchema } from '@graphql-tools/delegate';
import { carriesUpload, withNativeUploads } from './native-uploads.js';
import { getNamedType } from 'graphql';
import { isAsyncIterable } from '@graphql-tools/utils';
import { notFound } from '@city-ops/kernel';
import type { GraphQLResolveInfo } from 'graphql';
import { narrowerScope } from '@city-ops/schema';
import { crossTierResolver } from './cross-tier-fields.js';
import { fanOutConnection, mergedConnectionResolvers } from './fan-out-connection.js';
import type { FanOutTarget } from './fan-out-connection.js';
import type { GatewayContext } from './gateway-context.js';
import { askWithFallbacks } from './node-fallback.js';
import type { NodeSubschema } from './node-subschemas.js';
import type { RegisteredNode } from './node-registry.js';
import { isListRule } from './route-rules.js';
import type { Route } from './route-rules.js';
import type { RootTypeName, RouteEntry } from './route-table.js';
import type { Routing } from './routing.js';
import { streamUntil } from './stream-until.js';

type Args = Record<string, unknown>;
type Resolver = (
  root: unknown,
  args: Args,
  context: GatewayContext,
  info: GraphQLResolveInfo,
) => unknown;

/**
 * Stitching's resolvers, derived from the route table (routing.ts): every root field
 * evaluates its entry's route and delegates to the node(s) it names — one node (with
 * the entry's fallbacks when it does not answer), or a list over several, merged —
 * and every cross-tier field asks the node that owns it. Nothing here decides where a
 * field goes: the forwarding decision reads the same table.
 */
export function buildGatewayResolvers(
  routing: Routing,
  subschemas: Map<RegisteredNode, NodeSubschema>,
  closing: AbortSignal = new AbortController().signal,
) {
  const { registry, schema } = routing;
  const subschemaOf = (node: RegisteredNode): NodeSubschema => {
    const subschema = subschemas.get(node);
    if (!subschema) throw new Error(`no subschema for ${node.name}`);
    return subschema;
  };

  const delegateTo =
    (
      rootType: RootTypeName,
      root: unknown,
      args: Args,
      context: GatewayContext,
      info: GraphQLResolveInfo,
    ) =>
    (node: RegisteredNode) =>
      delegateToSchema({
        schema: subschemaOf(node),
        operation: rootType.toLowerCase() as never,
        fieldName: info.fieldName,
        args,
        context,
        info,
      });

  /** A list: every node's page, merged; a city that does not answer is read from its province's replicas. */
  const acrossNodes = (
    route: Extract<Route, { to: 'nodes' }>,
    entry: RouteEntry,
    context: GatewayContext,
    info: GraphQLResolveInfo,
  ) => {
    const scope = route.args['division'] as string | undefined;
    const targets = route.nodes.map((node): FanOutTarget => {
      const province =
        entry.fallback === 'province-replica' ? registry.provinceNode(node.division) : undefined;
      if (!province) return { node, subschema: subschemaOf(node) };
      const cityScope = (scope && narrowerScope(scope, node.division)) ?? node.division;
      return {
        node,
        subschema: subschemaOf(node),
        fallback: {
          node: province,
          subschema: subschemaOf(province),
          args: { division: cityScope },
        },
      };
    });
    return fanOutConnection({
      targets,
      fieldName: info.fieldName,
      args: route.args,
      first: route.args['first'] as number,
      context,
      info,
    });
  };

  const rootResolver =
    (rootType: RootTypeName, entry: RouteEntry): Resolver =>
    (root, args, context, info) => {
      const route = routing.route(rootType, info.fieldName, args, context.principal);
      if (!route) throw new Error(`${rootType}.${info.fieldName} has no route`);
      switch (route.to) {
        case 'refused':
          throw route.error;
        case 'null':
          return null;
        case 'nodes':
          return acrossNodes(route, entry, context, info);
        case 'node': {
          if (carriesUpload(args)) {
            return withNativeUploads(args).then((uploads) =>
              delegateTo(rootType, root, uploads, context, info)(route.node),
            );
          }
          const ask = delegateTo(rootType, root, args, context, info);
          return entry.fallback
            ? askWithFallbacks(route, entry.fallback, registry, context, ask)
            : ask(route.node);
        }
      }
    };

  /**
   * A stream goes to one node, with no fallback: a replica is not written where a stream
   * reads. A route that names no record (an id of no city) is refused as a missing one.
   */
  const subscriptionResolver = () => ({
    subscribe: async (
      root: unknown,
      args: Args,
      context: GatewayContext,
      info: GraphQLResolveInfo,
    ) => {
      const route = routing.route('Subscription', info.fieldName, args, context.principal);
      if (!route) throw new Error(`Subscription.${info.fieldName} has no route`);
      if (route.to === 'refused') throw route.error;
      if (route.to !== 'node') {
        throw notFound({
          zh: `无可订阅的内容：没有您可读取的记录 ${String(args['id'] ?? '')}。`,
          en: `Nothing to follow here: no record ${String(args['id'] ?? '')} that you may read.`,
        });
      }
      const stream: unknown = await delegateTo(
        'Subscription',
        root,
        args,
        context,
        info,
      )(route.node);
      // A node's refusal comes back as one error result, not a stream.
      return isAsyncIterable(stream) ? streamUntil(stream, closing) : stream;
    },
    resolve: (payload: unknown) => payload,
  });

  const resolvers: Record<string, Record<string, unknown>> = {};
  for (const rootType of ['Query', 'Mutation'] as const) {
    resolvers[rootType] = Object.fromEntries(
      Object.entries(routing.entries[rootType]).map(([field, entry]) => [
        field,
        rootResolver(rootType, entry),
      ]),
    );
  }
  resolvers['Subscription'] = Object.fromEntries(
    Object.keys(routing.entries.Subscription).map((field) => [field, subscriptionResolver()]),
  );
  // A list's connection is merged from the nodes' pages, whichever field returns it.
  for (const [field, entry] of Object.entries(routing.entries.Query)) {
    if (!isListRule(entry.route)) continue;
    const type = schema.getQueryType()?.getFields()[field]?.type;
    if (type) resolvers[getNamedType(type).name] = mergedConnectionResolvers;
  }
  for (const [type, fields] of Object.entries(routing.crossTier)) {
    resolvers[type] = Object.fromEntries(
      Object.entries(fields).map(([field, entry]) => [
        field,
        crossTierResolver(entry, registry, subschemaOf),
      ]),
    );
  }
  return resolvers;
}
