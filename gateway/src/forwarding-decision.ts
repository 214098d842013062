import {
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLObjectType,
  GraphQLSchema,
  SelectionSetNode,
} from 'graphql';
import type { Principal } from '@city-ops/kernel';
import type { RegisteredNode } from './node-registry.js';
import { connectionShape } from './forwarded-fan-out.js';
import type { ConnectionShape } from './forwarded-fan-out.js';
import { singleNodeOf } from './route-rules.js';
import type { Route } from './route-rules.js';
import type { Routing } from './routing.js';

/** Why an operation is executed by the gateway rather than forwarded (for logs and tests). */
export type ForwardingDecision =
  | { forward: true; node: RegisteredNode; operation: 'query' | 'mutation' }
  /** A list over several nodes: the same text to each, the pages merged by the gateway. */
  | {
      forward: 'fan-out';
      nodes: RegisteredNode[];
      listField: FieldNode;
      shape: ConnectionShape;
      first: number;
    }
  | { forward: false; reason: string };

export interface ForwardingRequest {
  document: DocumentNode;
  operationName?: string | null | undefined;
  variables?: Record<string, unknown> | null | undefined;
  principal: Principal;
}

/**
 * Whether a whole operation can be sent to one node unchanged: every root field
 * routes to the same single node (by the route table stitching executes, so refusals
 * stay the gateway's), and nothing anywhere in the document is a field the gateway
 * resolves itself across tiers (the table's cross-tier fields, "Type.field"). Pure: no I/O.
 */
export function decideForwarding(
  schema: GraphQLSchema,
  routing: Routing,
  request: ForwardingRequest,
): ForwardingDecision {
  const gatewayFields = routing.crossTierFields;
  const operation = getOperationAST(request.document, request.operationName);
  if (!operation) return { forward: false, reason: 'no single operation' };
  if (operation.operation === 'subscription') return { forward: false, reason: 'subscription' };
  const rootType =
    operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!rootType) return { forward: false, reason: 'no root type' };

  const crossTier = crossTierFieldOf(schema, request.document, gatewayFields);
  if (crossTier) return { forward: false, reason: `selects ${crossTier}` };

  const variables = getVariableValues(
    schema,
    // Stryker disable next-line ArrayDeclaration: never used: graphql-js's parser gives every operation a variableDefinitions array (empty when it declares none)
    operation.variableDefinitions ?? [],
    request.variables ?? {},
  );
  if (variables.errors) return { forward: false, reason: 'variables do not coerce' };

  const fragments = new Map(
    request.document.definitions
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const fields = rootFields(operation.selectionSet, fragments, new Set()).filter(
    (field) => field.name.value !== '__typename',
  );
  let target: RegisteredNode | undefined;
  for (const field of fields) {
    const name = field.name.value;
    if (name.startsWith('__')) return { forward: false, reason: 'introspection' };
    const definition = rootType.getFields()[name];
    const routed =
      definition &&
      routing.route(
        operation.operation === 'mutation' ? 'Mutation' : 'Query',
        name,
        getArgumentValues(definition, field, variables.coerced),
        request.principal,
      );
    if (!routed) return { forward: false, reason: `${name} has no route` };
    const node = singleNodeOf(routed);
    if (!node) {
      return fields.length === 1 && operation.operation === 'query'
        ? fanOutOf(routed, field)
        : { forward: false, reason: `${name} is not routed to exactly one node` };
    }
    if (target && target !== node)
      return { forward: false, reason: 'root fields on several nodes' };
    target = node;
  }
  if (!target) return { forward: false, reason: 'no root field for a node' };
  return { forward: true, node: target, operation: operation.operation };
}

/**
 * A query's only root field, a list over several nodes, is fanned out when the
 * gateway can rebuild the client's connection selection from the nodes' pages.
 */
function fanOutOf(route: Route, field: FieldNode): ForwardingDecision {
  const name = field.name.value;
  if (route.to !== 'nodes' || route.nodes.length < 2) {
    return { forward: false, reason: `${name} is not routed to nodes` };
  }
  // Stryker disable next-line OptionalChaining: documents come parsed, and graphql-js's parser gives every field a directives array (empty when it has none)
  if ((field.directives?.length ?? 0) > 0) {
    return { forward: false, reason: `${name} has directives` };
  }
  const shape = connectionShape(field);
  if (!shape) return { forward: false, reason: `${name} selects more than a plain connection` };
  return {
    forward: 'fan-out',
    nodes: route.nodes,
    listField: field,
    shape,
    first: route.args['first'] as number,
  };
}

/** The root fields of an operation, through fragment spreads and inline fragments (directives are ignored: both branches count). */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return rootFields(selection.selectionSet, fragments, seen);
    const fragment = fragments.get(selection.name.value);
    if (!fragment || seen.has(fragment.name.value)) return [];
    seen.add(fragment.name.value);
    return rootFields(fragment.selectionSet, fragments, seen);
  });
}

/** Documents come from the parse caches, so each is walked once per set of gateway fields. */
const crossTierCache = new WeakMap<ReadonlySet<string>, WeakMap<DocumentNode, string | null>>();

function crossTierFieldOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  gatewayFields: ReadonlySet<string>,
): string | undefined {
  let byDocument = crossTierCache.get(gatewayFields);
  // Stryker disable next-line ConditionalExpression: the cache only: always true makes it anew on every call and the walk gives the same answer (always false throws on every request, which every test catches)
  if (!byDocument) {
    byDocument = new WeakMap();
    crossTierCache.set(gatewayFields, byDocument);
  }
  let found = byDocument.get(document);
  // Stryker disable next-line ConditionalExpression: the cache only: always true walks the document again for the same answer (always false never walks it, which every cross-tier test catches)
  if (found === undefined) {
    found = selectsGatewayField(schema, document, gatewayFields) ?? null;
    byDocument.set(document, found);
  }
  return found ?? undefined;
}

/**
 * The first field of the document (every operation and fragment, used or not) that
 * the gateway resolves itself, as "Type.field"; a field selected on an interface or
 * union counts when any type it may be is such a field.
 */
function selectsGatewayField(
  schema: GraphQLSchema,
  document: DocumentNode,
  gatewayFields: ReadonlySet<string>,
): string | undefined {
  const typeInfo = new TypeInfo(schema);
  let found: string | undefined;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        // Stryker disable next-line BooleanLiteral: graphql's visit (and visitWithTypeInfo) skips a field's selections whether the visitor returns false or true, and the edited tree visit returns is not used
        if (found) return false;
        // None below a field the schema does not know (validation has refused such a document).
        const parent = typeInfo.getParentType();
        if (!parent) return undefined;
        const candidates: readonly GraphQLObjectType[] = isObjectType(parent)
          ? [parent]
          : schema.getPossibleTypes(parent);
        for (const type of candidates) {
          const coordinate = `${type.name}.${node.name.value}`;
          if (gatewayFields.has(coordinate)) {
            found = coordinate;
            // Stryker disable next-line BooleanLiteral: as above, true skips the selections just as false does
            return false;
          }
        }
        return undefined;
      },
    }),
  );
  return found;
}
