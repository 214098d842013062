import { delegateToSchema } from '@graphql-tools/delegate';
import { buildSchema, getNamedType, isInputObjectType } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { typeDefs } from '@city-ops/schema';
import type { Operation } from '@city-ops/core';
import {
  divisionContains,
  findDivision,
  isKnownDivision,
  narrowerScope,
  owningCityOf,
} from '@city-ops/schema';
import {
  authorize,
  badUserInput,
  checkPageSize,
  forbidden,
  nodeUnavailable,
  owningCityFor,
  requestedScope,
} from '@city-ops/core';
import { fanOutConnection, mergedConnectionResolvers } from './fan-out-connection.js';
import type { GatewayContext } from './gateway-context.js';
import type { NodeSubschema } from './node-subschemas.js';
import type { NodeRegistry, RegisteredNode } from './node-registry.js';

type Args = Record<string, unknown>;
type Resolver = (
  root: unknown,
  args: Args,
  context: GatewayContext,
  info: GraphQLResolveInfo,
) => unknown;

/** Every node serves the shared schema; the gateway reads its conventions from it. */
const sharedSchema = buildSchema(typeDefs);

const readOperationOf: Record<string, Operation> = {
  HotlineTicket: 'ticket.read',
  CaseReport: 'case.read',
  EnforcementRecord: 'enforcement.read',
};

const label = (code: string) => `${code} ${findDivision(code)?.name ?? ''}`.trim();

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

  /** Fields answered by the caller's home node (the narrowest node containing their division). */
  const atHomeNode: Resolver = (root, args, context, info) => {
    const node = registry.homeNodeFor(context.principal.division);
    if (!node) {
      throw nodeUnavailable(
        `No node serves your division ${label(context.principal.division)}.`,
        context.principal.division,
      );
    }
    return delegate(node, 'query')(root, args, context, info);
  };

  /** Writes about the caller's home node itself (its working calendar), delegated as a mutation. */
  const atHomeMutation: Resolver = (root, args, context, info) => {
    const node = registry.homeNodeFor(context.principal.division);
    if (!node) {
      throw nodeUnavailable(
        `No node serves your division ${label(context.principal.division)}.`,
        context.principal.division,
      );
    }
    return delegate(node, 'mutation')(root, args, context, info);
  };

  /**
   * Fields about one record by id (`id`, or `input.id` for workflow mutations): the
   * id starts with its owning city's division. An id that names no city reads as
   * null, and is refused as bad input for a mutation.
   */
  const atOwnerOfId =
    (operation: 'query' | 'mutation', idField: `input.${string}` | 'id' = 'id'): Resolver =>
    (root, args, context, info) => {
      const input = (args['input'] ?? {}) as Record<string, unknown>;
      const id = String(
        (idField === 'id' ? args['id'] : input[idField.slice('input.'.length)]) ?? '',
      );
      const owner = /^(\d{6})-/.exec(id)?.[1];
      if (!owner || !isKnownDivision(owner) || owningCityOf(owner) !== owner) {
        if (operation === 'query') return null;
        throw badUserInput(
          idField,
          `"${id}" is not a record id: ids start with the owning city's division code.`,
        );
      }
      if (!narrowerScope(owner, context.principal.division)) {
        throw forbidden(
          `${id} belongs to ${label(owner)}, outside your division ${label(context.principal.division)}.`,
        );
      }
      const node = registry.cityNode(owner);
      if (!node)
        throw nodeUnavailable(`No node for ${label(owner)} is registered at this gateway.`, owner);
      return delegate(node, operation)(root, args, context, info);
    };

  /** List fields: every city node inside the requested division (default: the caller's), merged. */
  const acrossCityNodes: Resolver = async (_root, args, context, info) => {
    const scope = requestedScope(
      context.principal.division,
      args['division'] as string | null | undefined,
    );
    const first = checkPageSize(args['first'] as number | null | undefined);
    const targets = registry
      .cityNodesOverlapping(scope)
      .map((node) => ({ node, subschema: subschemaOf(node) }));
    return fanOutConnection({
      targets,
      fieldName: info.fieldName,
      args: { ...args, division: scope, first },
      first,
      context,
      info,
    });
  };

  /** Writes go to the city that owns the record's division; the node checks everything again. */
  const atOwnerOfInputDivision =
    (operation: 'query' | 'mutation'): Resolver =>
    (root, args, context, info) => {
      const input = (args['input'] ?? {}) as { division?: string };
      const division = String(input.division ?? '');
      const owner = owningCityFor(division, 'input.division');
      if (!divisionContains(context.principal.division, division)) {
        throw forbidden(
          `You may write only inside your division ${label(context.principal.division)}; ${label(division)} is outside it.`,
        );
      }
      const node = registry.cityNode(owner);
      if (!node)
        throw nodeUnavailable(
          `No city node for ${label(owner)} is registered at this gateway.`,
          owner,
        );
      return delegate(node, operation)(root, args, context, info);
    };

  /** Lists about the caller themselves (inbox, my tickets): one node, merged like every list. */
  const homeConnection: Resolver = (_root, args, context, info) => {
    const node = registry.homeNodeFor(context.principal.division);
    if (!node) {
      throw nodeUnavailable(
        `No node serves your division ${label(context.principal.division)}.`,
        context.principal.division,
      );
    }
    const first = checkPageSize(args['first'] as number | null | undefined);
    return fanOutConnection({
      targets: [{ node, subschema: subschemaOf(node) }],
      fieldName: info.fieldName,
      args: { ...args, first },
      first,
      context,
      info,
    });
  };

  /** Per-node fields (audit): the node named by `node` (default: the caller's home node), if inside the caller's division. */
  const atNamedNode: Resolver = (root, args, context, info) => {
    const requested = args['node'] as string | null | undefined;
    if (!requested) return atHomeNode(root, args, context, info);
    const node = registry.nodes.find((candidate) => candidate.division === requested);
    if (!node) throw badUserInput('node', `No node serves ${label(requested)} at this gateway.`);
    if (!narrowerScope(node.division, context.principal.division)) {
      throw forbidden(
        `Node ${label(node.division)} is outside your division ${label(context.principal.division)}.`,
      );
    }
    return delegate(node, 'query')(root, args, context, info);
  };

  /**
   * Refuses early what the token can never do: a root field whose operation none of
   * the caller's roles grants is answered FORBIDDEN here, before any node is asked
   * (each node checks again, with the row scope).
   */
  const requiring =
    (operation: Operation, resolver: Resolver): Resolver =>
    (root, args, context, info) => {
      authorize(context.principal, operation);
      return resolver(root, args, context, info);
    };

  /**
   * Record mutations by convention, so each new workflow action is routed without a
   * list to keep in step: a mutation returning a record whose `input` has `id` and
   * `version` acts on an existing record (→ the city in the id); one whose `input`
   * has `division` creates one (→ the city owning the division). The early refusal
   * is the record kind's read operation: who cannot read a kind cannot act on it;
   * the node checks the action itself.
   */
  const recordMutations = (): Record<string, Resolver> => {
    const routed: Record<string, Resolver> = {};
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
      setCalendarDay: requiring('calendar.edit', atHomeMutation),
      removeCalendarDay: requiring('calendar.edit', atHomeMutation),
    },
    TicketConnection: mergedConnectionResolvers,
    CaseReportConnection: mergedConnectionResolvers,
    EnforcementRecordConnection: mergedConnectionResolvers,
  };
}
