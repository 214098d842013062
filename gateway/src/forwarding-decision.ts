import {
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isAbstractType,
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
import type { Principal } from '@city-ops/core';
import type { RegisteredNode } from './node-registry.js';
import { singleNodeOf } from './root-routing.js';
import type { RootRoute } from './root-routing.js';

/** Where the gateway's resolvers send each root field: `{ Query: { ticket: route, … }, Mutation: … }`. */
export type RootRoutes = Partial<Record<string, Record<string, RootRoute | undefined>>>;

/** Why an operation is executed by the gateway rather than forwarded (for logs and tests). */
export type ForwardingDecision =
  | { forward: true; node: RegisteredNode; operation: 'query' | 'mutation' }
  | { forward: false; reason: string };

export interface ForwardingRequest {
  document: DocumentNode;
  operationName?: string | null | undefined;
  variables?: Record<string, unknown> | null | undefined;
  principal: Principal;
}

/**
 * Whether a whole operation can be sent to one node unchanged: every root field
 * routes to the same single node (by the resolvers' own routes, so refusals stay
 * the gateway's), and nothing anywhere in the document is a field the gateway
 * resolves itself across tiers (`gatewayFields`, "Type.field"). Pure: no I/O.
 */
export function decideForwarding(
  schema: GraphQLSchema,
  routes: RootRoutes,
  gatewayFields: ReadonlySet<string>,
  request: ForwardingRequest,
): ForwardingDecision {
  const operation = getOperationAST(request.document, request.operationName);
  if (!operation) return { forward: false, reason: 'no single operation' };
  if (operation.operation === 'subscription') return { forward: false, reason: 'subscription' };
  const rootType =
    operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!rootType) return { forward: false, reason: 'no root type' };

  const crossTier = selectsGatewayField(schema, request.document, gatewayFields);
  if (crossTier) return { forward: false, reason: `selects ${crossTier}` };

  const variables = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    request.variables ?? {},
  );
  if (variables.errors) return { forward: false, reason: 'variables do not coerce' };

  const fragments = new Map(
    request.document.definitions
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  let target: RegisteredNode | undefined;
  for (const field of rootFields(operation.selectionSet, fragments, new Set())) {
    const name = field.name.value;
    if (name === '__typename') continue;
    if (name.startsWith('__')) return { forward: false, reason: 'introspection' };
    const definition = rootType.getFields()[name];
    const route = routes[rootType.name]?.[name];
    if (!definition || !route) return { forward: false, reason: `${name} has no route` };
    const node = singleNodeOf(
      route(getArgumentValues(definition, field, variables.coerced), request.principal),
    );
    if (!node) return { forward: false, reason: `${name} is not routed to exactly one node` };
    if (target && target !== node)
      return { forward: false, reason: 'root fields on several nodes' };
    target = node;
  }
  if (!target) return { forward: false, reason: 'no root field for a node' };
  return { forward: true, node: target, operation: operation.operation };
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
  if (gatewayFields.size === 0) return undefined;
  const typeInfo = new TypeInfo(schema);
  let found: string | undefined;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (found) return false;
        const parent = typeInfo.getParentType();
        if (!parent) return undefined;
        const named = getNamedType(parent);
        const candidates: readonly GraphQLObjectType[] = isObjectType(named)
          ? [named]
          : isAbstractType(named)
            ? schema.getPossibleTypes(named)
            : [];
        for (const type of candidates) {
          const coordinate = `${type.name}.${node.name.value}`;
          if (gatewayFields.has(coordinate)) {
            found = coordinate;
            return false;
          }
        }
        return undefined;
      },
    }),
  );
  return found;
}
