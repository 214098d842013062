import {
  divisionLabel,
  authorize,
  isAllowed,
  nodeUnavailable,
  recordOwnerOf,
} from '@city-ops/kernel';
import { typeDefs, narrowerScope } from '@city-ops/schema';
import type { Operation } from '@city-ops/kernel';
import { fanOutConnection, mergedConnectionResolvers } from './fan-out-connection.js';
import { atNodeWithFallbacks, isNodeUnavailable } from './node-fallback.js';
import { deriveUnavailable } from './node-unavailable-log.js';
import type { GatewayContext } from './gateway-context.js';
import type { NodeSubschema } from './node-subschemas.js';
import type { NodeRegistry, RegisteredNode } from './node-registry.js';
import { buildRootRoutes, requiringRoute } from './root-routing.js';
import type { Route, RootRoute } from './root-routing.js';
import { defaultMergedResolver, delegateToSchema } from '@graphql-tools/delegate';
import { buildSchema, getNamedType, isInputObjectType } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';

type Args = Record<string, unknown>;
type Resolver = (
  root: unknown,
  args: Args,
  context: GatewayContext,
  info: GraphQLResolveInfo,
) => unknown;

/** A root field's resolver, carrying the route it executes (absent: answered by the gateway alone). */
export type RoutedResolver = Resolver & { route: RootRoute };

/** Every node serves the shared schema; the gateway reads its conventions from it. */
const sharedSchema = buildSchema(typeDefs);

const readOperationOf: Record<string, Operation> = {
  HotlineTicket: 'ticket.read',
  CaseReport: 'case.read',
  EnforcementRecord: 'enforcement.read',
};

/**
 * The gateway's own root fields. Every node serves the same root fields, and
 * stitching identical fields would silently send them all to the last node; so each
 * root field here decides which node(s) answer — by the division argument, the id's
 * owner prefix, or the caller's token — and delegates.
 */
export function buildGatewayResolvers(
  registry: NodeRegistry,
  subschemas: Map<RegisteredNode, NodeSubschema>,
) {
  const subschemaOf = (node: RegisteredNode): NodeSubschema => {
    const subschema = subschemas.get(node);
    if (!subschema) throw new Error(`no subschema for ${node.name}`);
    return subschema;
  };
  const routes = buildRootRoutes(registry);

  const delegate =
    (node: RegisteredNode, operation: 'query' | 'mutation'): Resolver =>
    (_root, args, context, info) =>
      delegateToSchema({
        schema: subschemaOf(node),
        operation: operation as never,
        fieldName: info.fieldName,
        args,
        context,
        info,
      });

  /**
   * A resolver that asks its route (root-routing.ts) where to go, then executes that.
   * The route rides along on the resolver, so the forwarding fast path
   * (use-forwarding.ts) decides by the very same rules.
   */
  const routedBy = <T extends Route['to']>(
    route: RootRoute,
    execute: (
      target: Extract<Route, { to: T }>,
      root: unknown,
      args: Args,
      context: GatewayContext,
      info: GraphQLResolveInfo,
    ) => unknown,
  ): RoutedResolver =>
    Object.assign(
      (root: unknown, args: Args, context: GatewayContext, info: GraphQLResolveInfo) => {
        const target = route(args, context.principal);
        if (target.to === 'refused') throw target.error;
        if (target.to === 'null') return null;
        return execute(target as Extract<Route, { to: T }>, root, args, context, info);
      },
      { route },
    );

  /** Fields answered by the caller's home node (the narrowest node containing their division). */
  const atHomeNode = routedBy<'node'>(routes.homeNode, (target, ...rest) =>
    delegate(target.node, 'query')(...rest),
  );

  /** Writes about the caller's home node itself (its working calendar), delegated as a mutation. */
  const atHomeMutation = routedBy<'node'>(routes.homeNode, (target, ...rest) =>
    delegate(target.node, 'mutation')(...rest),
  );

  /**
   * Fields about one record by id (`id`, or `input.id` for workflow mutations): the
   * id starts with its owning city's division (routes.ownerOfId).
   */
  const atOwnerOfId = (
    operation: 'query' | 'mutation',
    idField: `input.${string}` | 'id' = 'id',
  ): RoutedResolver =>
    routedBy<'node'>(routes.ownerOfId(operation, idField), (target, root, args, context, info) => {
      const [province] = target.fallbacks;
      if (operation === 'mutation' || !province)
        return delegate(target.node, operation)(root, args, context, info);
      return withReplicaFallback(
        target.node.division,
        province,
        delegate(target.node, operation),
        root,
        args,
        context,
        info,
      );
    });

  /**
   * A read of one record whose city does not answer is served from the replica its
   * province holds (masked, with `replica.currentTo` saying how fresh it is), and
   * the answer says so in a partial error, rather than failing.
   */
  const withReplicaFallback = async (
    owner: string,
    province: RegisteredNode,
    live: Resolver,
    root: unknown,
    args: Args,
    context: GatewayContext,
    info: GraphQLResolveInfo,
  ): Promise<unknown> => {
    const answer = await Promise.resolve(live(root, args, context, info)).catch(
      (error: unknown) => error,
    );
    if (!isNodeUnavailable(answer)) {
      if (answer instanceof Error) throw answer;
      return answer;
    }
    const replica = await delegate(province, 'query')(root, args, context, info);
    context.partialErrors.push(
      deriveUnavailable(
        answer,
        nodeUnavailable(
          `${divisionLabel(owner)} did not answer; this is the replica held by ${divisionLabel(province.division)} (see replica.currentTo).`,
          owner,
        ),
      ),
    );
    return replica;
  };

  /** List fields: every city node inside the requested division (default: the caller's), merged. */
  const acrossCityNodes = routedBy<'nodes'>(
    routes.cityNodes,
    (target, _root, _args, context, info) => {
      const scope = target.args['division'] as string;
      const targets = target.nodes.map((node) => {
        const province = registry.provinceNode(node.division);
        const cityScope = narrowerScope(scope, node.division) ?? node.division;
        return {
          node,
          subschema: subschemaOf(node),
          // A city that does not answer is read from its province's replicas.
          ...(province
            ? {
                fallback: {
                  node: province,
                  subschema: subschemaOf(province),
                  args: { division: cityScope },
                },
              }
            : {}),
        };
      });
      return fanOutConnection({
        targets,
        fieldName: info.fieldName,
        args: target.args,
        first: target.args['first'] as number,
        context,
        info,
      });
    },
  );

  /** Writes go to the city that owns the record's division; the node checks everything again. */
  const atOwnerOfInputDivision = (operation: 'query' | 'mutation'): RoutedResolver =>
    routedBy<'node'>(routes.ownerOfInputDivision, (target, ...rest) =>
      delegate(target.node, operation)(...rest),
    );

  /** Lists about the caller themselves (inbox, my tickets): one node, merged like every list. */
  const homeConnection = routedBy<'nodes'>(routes.homeList, (target, _root, _args, context, info) =>
    fanOutConnection({
      targets: target.nodes.map((node) => ({ node, subschema: subschemaOf(node) })),
      fieldName: info.fieldName,
      args: target.args,
      first: target.args['first'] as number,
      context,
      info,
    }),
  );

  /** Per-node fields (audit): the node named by `node` (default: the caller's home node), if inside the caller's division. */
  const atNamedNode = routedBy<'node'>(routes.namedNode, (target, ...rest) =>
    delegate(target.node, 'query')(...rest),
  );

  /** What only the ministry computes (the monthly national report), wherever the caller sits. */
  const atMinistry = routedBy<'node'>(routes.ministry, (target, ...rest) =>
    delegate(target.node, 'query')(...rest),
  );

  /** 督办 is written at the province node that holds the record's city. */
  const atProvinceOfRecord = routedBy<'node'>(routes.provinceOfRecord, (target, ...rest) =>
    delegate(target.node, 'mutation')(...rest),
  );

  /** Indicator fields: their own executors (a chain of fallback tiers), routed like the rest. */
  const withRoute = (route: RootRoute, resolver: Resolver): RoutedResolver =>
    Object.assign(resolver, { route });
  const indicatorsAt = (query: 'report' | 'ranking'): RoutedResolver =>
    withRoute(
      routes.indicatorNode(query),
      // A broader tier answers from its rollups when the first does not answer.
      atNodeWithFallbacks(
        registry,
        routes.indicatorNode(query),
        (node) => delegate(node, 'query'),
        'the rollups it holds (see currentTo)',
      ),
    );

  /**
   * HotlineTicket/CaseReport.supervisionOrders: asked of the province that issued
   * them (the owner), by record id; when that province does not answer, the copy
   * the answering node holds (the city's replica of the orders) is used instead.
   */
  const ordersFromProvince = {
    selectionSet: '{ id }',
    resolve: async (
      record: Record<string, unknown>,
      args: Args,
      context: GatewayContext,
      info: GraphQLResolveInfo,
    ) => {
      const id = String(record['id'] ?? '');
      const owner = recordOwnerOf(id);
      const province = owner ? registry.provinceNode(owner) : undefined;
      if (province && isAllowed(context.principal, 'supervision.read')) {
        const orders: unknown = await delegateToSchema({
          schema: subschemaOf(province),
          operation: 'query' as never,
          fieldName: 'supervisionOrders',
          args: { recordId: id },
          context,
          info,
        }).catch((error: unknown) => error);
        if (!isNodeUnavailable(orders)) {
          if (orders instanceof Error) throw orders;
          return orders;
        }
      }
      return defaultMergedResolver(record as never, args, context, info);
    },
  };

  /**
   * Refuses early what the token can never do: a root field whose operation none of
   * the caller's roles grants is answered FORBIDDEN here, before any node is asked
   * (each node checks again, with the row scope).
   */
  const requiring = (operation: Operation, resolver: RoutedResolver): RoutedResolver =>
    Object.assign(
      (root: unknown, args: Args, context: GatewayContext, info: GraphQLResolveInfo) => {
        authorize(context.principal, operation);
        return resolver(root, args, context, info);
      },
      { route: requiringRoute(operation, resolver.route) },
    );

  /**
   * Record mutations by convention, so each new workflow action is routed without a
   * list to keep in step: a mutation returning a record whose `input` has `id` and
   * `version` acts on an existing record (→ the city in the id); one whose `input`
   * has `division` creates one (→ the city owning the division). The early refusal
   * is the record kind's read operation: who cannot read a kind cannot act on it;
   * the node checks the action itself.
   */
  const recordMutations = (): Record<string, RoutedResolver> => {
    const routed: Record<string, RoutedResolver> = {};
    for (const field of Object.values(sharedSchema.getMutationType()?.getFields() ?? {})) {
      const operation = readOperationOf[getNamedType(field.type).name];
      const input = field.args.find((arg) => arg.name === 'input');
      const inputType = input ? getNamedType(input.type) : undefined;
      if (!operation || !isInputObjectType(inputType)) continue;
      const fields = inputType.getFields();
      if (fields['id'] && fields['version']) {
        routed[field.name] = requiring(operation, atOwnerOfId('mutation', 'input.id'));
      } else if (fields['division']) {
        routed[field.name] = requiring(operation, atOwnerOfInputDivision('mutation'));
      }
    }
    return routed;
  };

  return {
    Query: {
      nodeInfo: atHomeNode,
      me: atHomeNode,
      division: atHomeNode,
      divisions: atHomeNode,
      ticketCategories: atHomeNode,
      ticket: requiring('ticket.read', atOwnerOfId('query')),
      caseReport: requiring('case.read', atOwnerOfId('query')),
      enforcementRecord: requiring('enforcement.read', atOwnerOfId('query')),
      tickets: requiring('ticket.read', acrossCityNodes),
      auditLog: requiring('audit.read', atNamedNode),
      auditChain: requiring('audit.read', atNamedNode),
      workingCalendar: atHomeNode,
      handlingUnits: atHomeNode,
      ticketInbox: requiring('ticket.read', homeConnection),
      myTickets: requiring('ticket.read', homeConnection),
      ticketDuplicateSuggestions: requiring('ticket.read', atOwnerOfInputDivision('query')),
      caseReports: requiring('case.read', acrossCityNodes),
      caseInbox: requiring('case.read', homeConnection),
      enforcementRecords: requiring('enforcement.read', acrossCityNodes),
      syncStatus: requiring('sync.read', atNamedNode),
      supervisionOrders: requiring('supervision.read', atHomeNode),
      directives: requiring('directive.read', atHomeNode),
      indicators: requiring('indicator.read', indicatorsAt('report')),
      indicatorRanking: requiring('indicator.read', indicatorsAt('ranking')),
      indicatorRecords: requiring(
        'indicator.read',
        withRoute(
          routes.recordHolderNode,
          // A city's drill-down falls back to its province's replicas, and back.
          atNodeWithFallbacks(
            registry,
            routes.recordHolderNode,
            (node) => delegate(node, 'query'),
            'the records it holds (see servedBy and currentTo)',
          ),
        ),
      ),
      monthlyReport: requiring('report.read', atMinistry),
    },
    Mutation: {
      // By convention first; the explicit entries below override it where an operation of its own applies.
      ...recordMutations(),
      createTicket: requiring('ticket.create', atOwnerOfInputDivision('mutation')),
      convertTicketToCase: requiring('ticket.read', atOwnerOfId('mutation', 'input.ticketId')),
      // 信息采集 is its own operation: a hotline agent holds it without case.read (for 热线转办).
      reportCase: requiring('case.create', atOwnerOfInputDivision('mutation')),
      // 立案 is its own operation: a city supervisor reads enforcement records but files none.
      fileEnforcementCase: requiring('enforcement.create', atOwnerOfInputDivision('mutation')),
      revealTicketCaller: requiring('personal-data.reveal', atOwnerOfId('mutation')),
      issueSupervisionOrder: requiring('supervision.issue', atProvinceOfRecord),
      // A supervision step is taken at the node of whoever takes it (the city handles, the province reviews).
      signSupervisionOrder: requiring('supervision.handle', atHomeMutation),
      assignSupervisionOrder: requiring('supervision.handle', atHomeMutation),
      replyToSupervisionOrder: requiring('supervision.handle', atHomeMutation),
      closeSupervisionOrder: requiring('supervision.review', atHomeMutation),
      returnSupervisionOrder: requiring('supervision.review', atHomeMutation),
      acknowledgeDirective: requiring('directive.respond', atHomeMutation),
      reportOnDirective: requiring('directive.respond', atHomeMutation),
      issueDirective: requiring('directive.issue', atHomeMutation),
      setCalendarDay: requiring('calendar.edit', atHomeMutation),
      removeCalendarDay: requiring('calendar.edit', atHomeMutation),
    },
    TicketConnection: mergedConnectionResolvers,
    CaseReportConnection: mergedConnectionResolvers,
    EnforcementRecordConnection: mergedConnectionResolvers,
    // Type merging across tiers: a record's supervision orders come from the province that owns them.
    HotlineTicket: { supervisionOrders: ordersFromProvince },
    CaseReport: { supervisionOrders: ordersFromProvince },
  };
}
