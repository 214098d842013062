import {
  divisionLabel,
  authorize,
  badUserInput,
  indicatorDivisionProblem,
  recordDivisionProblem,
  checkPageSize,
  decodeCursor,
  forbidden,
  indicatorRecordNodesFor,
  listSort,
  nodeUnavailable,
  owningCityFor,
  requestedScope,
  recordOwnerOf,
} from '@city-ops/kernel';
import { divisionContains, isKnownDivision, narrowerScope, owningCityOf } from '@city-ops/schema';
import type { ListSort, Operation, Principal, IndicatorQuery } from '@city-ops/kernel';
import { indicatorNodesFor } from './indicator-routing.js';
import type { NodeRegistry, RegisteredNode } from './node-registry.js';

type Args = Record<string, unknown>;

/**
 * Where one root field goes, decided from its arguments and the caller's token alone
 * (no I/O): the gateway's resolvers execute it, and the forwarding fast path
 * (use-forwarding.ts) reads it to tell whether a whole operation has one node.
 */
export type Route =
  /** One node; `fallbacks`, in order, only when it does not answer. */
  | { to: 'node'; node: RegisteredNode; fallbacks: RegisteredNode[] }
  /** A list over these nodes, merged; `args` are the checked arguments each node is asked with. */
  | { to: 'nodes'; nodes: RegisteredNode[]; args: Args }
  /** Answered by the gateway itself: null (e.g. an id that names no city). */
  | { to: 'null' }
  /** Refused before any node is asked. */
  | { to: 'refused'; error: Error };

export type RootRoute = (args: Args, principal: Principal) => Route;

const one = (node: RegisteredNode, fallbacks: RegisteredNode[] = []): Route => ({
  to: 'node',
  node,
  fallbacks,
});

/** A route whose checks throw (the core helpers do) becomes a refusal. */
const guarded =
  (route: RootRoute): RootRoute =>
  (args, principal) => {
    try {
      return route(args, principal);
    } catch (error) {
      return { to: 'refused', error: error as Error };
    }
  };

/**
 * The early refusal of what the token can never do: a root field whose operation none
 * of the caller's roles grants is refused here, before any node is asked (each node
 * checks again, with the row scope).
 */
export const requiringRoute =
  (operation: Operation, route: RootRoute): RootRoute =>
  (args, principal) => {
    try {
      authorize(principal, operation);
    } catch (error) {
      return { to: 'refused', error: error as Error };
    }
    return route(args, principal);
  };

/** Always refused with `error` (e.g. `changes`, node to node only). */
export const refusedRoute =
  (error: () => Error): RootRoute =>
  () => ({ to: 'refused', error: error() });

/**
 * A list's page size, checked here, and its `after` checked against its `sort`,
 * so a cursor of another sort is refused once rather than by every node.
 */
export function pageSizeOf(args: Args): number {
  const first = checkPageSize(args['first'] as number | null | undefined);
  const after = args['after'] as string | null | undefined;
  if (after) decodeCursor(after, 'after', listSort(args['sort'] as Partial<ListSort> | null));
  return first;
}

/**
 * The division an indicator field is routed by, checked for what routing needs (a
 * division that has holders, inside the caller's); the node checks every other
 * argument the same way whichever holder answers.
 */
function routedDivision(principal: Principal, args: Args, problem: string | undefined): string {
  const access = authorize(principal, 'indicator.read');
  const division = String(args['division']);
  if (problem) throw badUserInput('division', problem);
  if (!divisionContains(access.division, division)) {
    throw forbidden(
      `Division ${divisionLabel(division)} is outside your division ${divisionLabel(access.division)}.`,
      { operation: access.operation },
    );
  }
  return division;
}

/** The routing rules of the gateway's root fields, over one registry. */
export function buildRootRoutes(registry: NodeRegistry) {
  const homeNodeOf = (principal: Principal): RegisteredNode => {
    const node = registry.homeNodeFor(principal.division);
    if (!node) {
      throw nodeUnavailable(
        `No node serves your division ${divisionLabel(principal.division)}.`,
        principal.division,
      );
    }
    return node;
  };

  /** The caller's home node (the narrowest node containing their division). */
  const homeNode: RootRoute = guarded((_args, principal) => one(homeNodeOf(principal)));

  /**
   * One record by id (`id`, or `input.<field>` for workflow mutations): the id starts
   * with its owning city's division. An id that names no city reads as null, and is
   * refused as bad input for a mutation. A read falls back to the province's replica.
   */
  const ownerOfId = (
    operation: 'query' | 'mutation',
    idField: `input.${string}` | 'id' = 'id',
  ): RootRoute =>
    guarded((args, principal) => {
      const input = (args['input'] ?? {}) as Record<string, unknown>;
      const id = String(
        (idField === 'id' ? args['id'] : input[idField.slice('input.'.length)]) ?? '',
      );
      const owner = recordOwnerOf(id);
      if (!owner || !isKnownDivision(owner) || owningCityOf(owner) !== owner) {
        if (operation === 'query') return { to: 'null' };
        throw badUserInput(
          idField,
          `"${id}" is not a record id: ids start with the owning city's division code.`,
        );
      }
      if (!narrowerScope(owner, principal.division)) {
        throw forbidden(
          `${id} belongs to ${divisionLabel(owner)}, outside your division ${divisionLabel(principal.division)}.`,
        );
      }
      const node = registry.cityNode(owner);
      if (!node)
        throw nodeUnavailable(
          `No node for ${divisionLabel(owner)} is registered at this gateway.`,
          owner,
        );
      const province = operation === 'query' ? registry.provinceNode(owner) : undefined;
      return one(node, province ? [province] : []);
    });

  /** List fields: every city node inside the requested division (default: the caller's). */
  const cityNodes: RootRoute = guarded((args, principal) => {
    const scope = requestedScope(principal.division, args['division'] as string | null | undefined);
    const first = pageSizeOf(args);
    return {
      to: 'nodes',
      nodes: registry.cityNodesOverlapping(scope),
      args: { ...args, division: scope, first },
    };
  });

  /** Writes (and duplicate look-ups) go to the city that owns `input.division`. */
  const ownerOfInputDivision: RootRoute = guarded((args, principal) => {
    const input = (args['input'] ?? {}) as { division?: string };
    const division = String(input.division ?? '');
    const owner = owningCityFor(division, 'input.division');
    if (!divisionContains(principal.division, division)) {
      throw forbidden(
        `You may write only inside your division ${divisionLabel(principal.division)}; ${divisionLabel(division)} is outside it.`,
      );
    }
    const node = registry.cityNode(owner);
    if (!node)
      throw nodeUnavailable(
        `No city node for ${divisionLabel(owner)} is registered at this gateway.`,
        owner,
      );
    return one(node);
  });

  /** Lists about the caller themselves (inbox, my tickets): their home node, merged like every list. */
  const homeList: RootRoute = guarded((args, principal) => {
    const node = homeNodeOf(principal);
    return { to: 'nodes', nodes: [node], args: { ...args, first: pageSizeOf(args) } };
  });

  /** Per-node fields (audit, sync status): the node named by `node` (default: home), inside the caller's division. */
  const namedNode: RootRoute = guarded((args, principal) => {
    const requested = args['node'] as string | null | undefined;
    if (!requested) return one(homeNodeOf(principal));
    const node = registry.nodes.find((candidate) => candidate.division === requested);
    if (!node)
      throw badUserInput('node', `No node serves ${divisionLabel(requested)} at this gateway.`);
    if (!narrowerScope(node.division, principal.division)) {
      throw forbidden(
        `Node ${divisionLabel(node.division)} is outside your division ${divisionLabel(principal.division)}.`,
      );
    }
    return one(node);
  });

  /** What only the ministry computes (the monthly national report), wherever the caller sits. */
  const ministry: RootRoute = guarded(() => {
    const node = registry.ministryNode();
    if (!node) throw nodeUnavailable('No ministry node is registered at this gateway.', '000000');
    return one(node);
  });

  /** 督办 is written at the province node that holds the record's city. */
  const provinceOfRecord: RootRoute = guarded((args) => {
    const input = (args['input'] ?? {}) as { recordId?: string };
    const owner = recordOwnerOf(String(input.recordId ?? ''));
    if (!owner || !isKnownDivision(owner)) {
      throw badUserInput(
        'input.recordId',
        `"${String(input.recordId)}" is not a record id: ids start with the owning city's division code.`,
      );
    }
    const node = registry.provinceNode(owner);
    if (!node) {
      throw nodeUnavailable(
        `No province node holding ${divisionLabel(owner)} is registered at this gateway.`,
        owner,
      );
    }
    return one(node);
  });

  /**
   * `indicators` / `indicatorRanking`: checked as the node will check them, then the
   * nodes of `indicatorNodesFor`, narrowest first (the rest only when it does not answer).
   */
  const indicatorNode = (query: IndicatorQuery): RootRoute =>
    guarded((args, principal) => {
      const division = routedDivision(
        principal,
        args,
        indicatorDivisionProblem(String(args['division']), query),
      );
      const [first, ...fallbacks] = indicatorNodesFor(
        registry,
        principal.division,
        division,
        query,
      );
      if (!first) {
        throw nodeUnavailable(
          `No node holding the indicators of ${divisionLabel(division)} for your division ${divisionLabel(principal.division)} is registered at this gateway.`,
          division,
        );
      }
      return one(first, fallbacks);
    });

  /** `indicatorRecords` (drill-down): the nodes holding the records, in `indicatorRecordNodesFor`'s order. */
  const recordHolderNode: RootRoute = guarded((args, principal) => {
    const division = routedDivision(
      principal,
      args,
      recordDivisionProblem(String(args['division'])),
    );
    const [first, ...fallbacks] = indicatorRecordNodesFor(principal.division, division).flatMap(
      (holder) =>
        registry.nodes.find(
          (node) => node.tier === holder.tier && node.division === holder.division,
        ) ?? [],
    );
    if (!first) {
      throw nodeUnavailable(
        `No node holding the records of ${divisionLabel(division)} is registered at this gateway.`,
        division,
      );
    }
    return one(first, fallbacks);
  });

  return {
    homeNode,
    ownerOfId,
    cityNodes,
    ownerOfInputDivision,
    homeList,
    namedNode,
    ministry,
    provinceOfRecord,
    indicatorNode,
    recordHolderNode,
  };
}

/** The single node a route sends everything to, if it has exactly one (fallbacks aside). */
export function singleNodeOf(route: Route): RegisteredNode | undefined {
  if (route.to === 'node') return route.node;
  if (route.to === 'nodes' && route.nodes.length === 1) return route.nodes[0];
  return undefined;
}
