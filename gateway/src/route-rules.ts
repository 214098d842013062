import {
  divisionLabel,
  authorize,
  badUserInput,
  chosenIndicatorHolder,
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
  readRecordNumber,
  recordOwnerOf,
  recordOwnerOfNumber,
} from '@city-ops/kernel';
import type { Bilingual } from '@city-ops/kernel';
import { divisionContains, isKnownDivision, narrowerScope, owningCityOf } from '@city-ops/schema';
import type { ListSort, Principal, IndicatorQuery } from '@city-ops/kernel';
import { indicatorNodesFor } from './indicator-routing.js';
import type { NodeRegistry, RegisteredNode } from './node-registry.js';

type Args = Record<string, unknown>;

/** Where one root field goes for one request: what the route table's rules evaluate to. */
export type Route =
  /** One node; `fallbacks`, in order, may answer when it does not (if the field's entry says so). */
  | { to: 'node'; node: RegisteredNode; fallbacks: RegisteredNode[] }
  /** A list over these nodes, merged; `args` are the checked arguments each node is asked with. */
  | { to: 'nodes'; nodes: RegisteredNode[]; args: Args }
  /** Answered by the gateway itself: null (e.g. an id that names no city). */
  | { to: 'null' }
  /** Refused before any node is asked. */
  | { to: 'refused'; error: Error };

/** An argument holding an id or a division: a root argument, or a field of `input`. */
export type ArgumentPath = 'id' | 'recordId' | `input.${string}`;

/**
 * How a root field finds its node(s), as data: the route table (route-table.ts) names one
 * rule per field, and `evaluateRule` turns it into a Route from the field's arguments and
 * the caller's token alone (no I/O), for stitching and the front door alike.
 */
export type RouteRule =
  /** The caller's home node (the narrowest node containing their division). */
  | { rule: 'home-node' }
  /** The city whose division the record id at `id` starts with (its province may answer a read). */
  | { rule: 'owner-of-id'; id: ArgumentPath }
  /** The city owning the division at `division`. */
  | { rule: 'owner-of-division'; division: ArgumentPath }
  /** The city whose division the record number in `number` starts with (its province may answer). */
  | { rule: 'owner-of-number' }
  /** The node named by the `node` argument (default: home), inside the caller's division. */
  | { rule: 'named-node' }
  /** The ministry, wherever the caller sits. */
  | { rule: 'ministry' }
  /** The province holding the city of the record id at `id`. */
  | { rule: 'province-of-record'; id: ArgumentPath }
  /** The nodes holding a division's indicators, narrowest first, at or above the caller. */
  | { rule: 'indicator-holders'; query: IndicatorQuery }
  /** The nodes holding the records behind an indicator cell (the city, then its province). */
  | { rule: 'record-holders' }
  /** A list over every city node inside the requested division (default: the caller's). */
  | { rule: 'city-nodes' }
  /** A list about the caller themselves (inbox, my tickets), at their home node. */
  | { rule: 'home-list' };

export const homeNode: RouteRule = { rule: 'home-node' };
export const ownerOfId = (id: ArgumentPath): RouteRule => ({ rule: 'owner-of-id', id });
export const ownerOfDivision = (division: ArgumentPath): RouteRule => ({
  rule: 'owner-of-division',
  division,
});
export const ownerOfNumber: RouteRule = { rule: 'owner-of-number' };
export const namedNode: RouteRule = { rule: 'named-node' };
export const ministry: RouteRule = { rule: 'ministry' };
export const provinceOfRecord = (id: ArgumentPath): RouteRule => ({
  rule: 'province-of-record',
  id,
});
export const indicatorHolders = (query: IndicatorQuery): RouteRule => ({
  rule: 'indicator-holders',
  query,
});
export const recordHolders: RouteRule = { rule: 'record-holders' };
export const cityNodes: RouteRule = { rule: 'city-nodes' };
export const homeList: RouteRule = { rule: 'home-list' };

/** Rules whose field is a connection merged from one or more nodes' pages. */
export function isListRule(rule: RouteRule): boolean {
  return rule.rule === 'city-nodes' || rule.rule === 'home-list';
}

/** What a rule is evaluated on: one root field of one request. */
export interface RouteRequest {
  rootType: 'Query' | 'Mutation' | 'Subscription';
  args: Args;
  principal: Principal;
}

const one = (node: RegisteredNode, fallbacks: RegisteredNode[] = []): Route => ({
  to: 'node',
  node,
  fallbacks,
});

function valueAt(args: Args, path: ArgumentPath): string {
  if (path === 'id' || path === 'recordId') return String(args[path] ?? '');
  const input = (args['input'] ?? {}) as Args;
  return String(input[path.slice('input.'.length)] ?? '');
}

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
function routedDivision(principal: Principal, args: Args, problem: Bilingual | undefined): string {
  const access = authorize(principal, 'indicator.read');
  const division = String(args['division']);
  if (problem) throw badUserInput('division', problem);
  if (!divisionContains(access.division, division)) {
    throw forbidden(
      {
        zh: `行政区划 ${divisionLabel(division)} 不在您的辖区 ${divisionLabel(access.division)} 之内。`,
        en: `Division ${divisionLabel(division)} is outside your division ${divisionLabel(access.division)}.`,
      },
      { operation: access.operation },
    );
  }
  return division;
}

const notARecordId = (id: string): Bilingual => ({
  zh: `"${id}" 不是记录 ID：ID 以所属城市的行政区划代码开头。`,
  en: `"${id}" is not a record id: ids start with the owning city's division code.`,
});

/** The node the registry found for `division`, or NODE_UNAVAILABLE naming the `missing` one. */
function registered(
  node: RegisteredNode | undefined,
  missing: Bilingual,
  division: string,
): RegisteredNode {
  if (!node)
    throw nodeUnavailable(
      { zh: `本网关未登记${missing.zh}。`, en: `No ${missing.en} is registered at this gateway.` },
      division,
    );
  return node;
}

function homeNodeOf(registry: NodeRegistry, principal: Principal): RegisteredNode {
  const node = registry.homeNodeFor(principal.division);
  if (!node) {
    throw nodeUnavailable(
      {
        zh: `没有节点服务您的辖区 ${divisionLabel(principal.division)}。`,
        en: `No node serves your division ${divisionLabel(principal.division)}.`,
      },
      principal.division,
    );
  }
  return node;
}

type Evaluate<R extends RouteRule['rule']> = (
  rule: Extract<RouteRule, { rule: R }>,
  request: RouteRequest,
  registry: NodeRegistry,
) => Route;

/** Each rule's evaluation; a check that throws (the kernel's helpers do) becomes a refusal. */
const EVALUATE: { [R in RouteRule['rule']]: Evaluate<R> } = {
  'home-node': (_rule, { principal }, registry) => one(homeNodeOf(registry, principal)),

  /**
   * The id starts with its owning city's division. An id that names no city reads as
   * null, and is refused as bad input for a mutation. The city's province holds its
   * replica, so may answer a read when the city does not.
   */
  'owner-of-id': (rule, { rootType, args, principal }, registry) => {
    const id = valueAt(args, rule.id);
    const owner = recordOwnerOf(id);
    if (!owner || !isKnownDivision(owner) || owningCityOf(owner) !== owner) {
      if (rootType === 'Query') return { to: 'null' };
      throw badUserInput(rule.id, notARecordId(id));
    }
    if (!narrowerScope(owner, principal.division)) {
      throw forbidden({
        zh: `${id} 属于 ${divisionLabel(owner)}，不在您的辖区 ${divisionLabel(principal.division)} 之内。`,
        en: `${id} belongs to ${divisionLabel(owner)}, outside your division ${divisionLabel(principal.division)}.`,
      });
    }
    const node = registered(
      registry.cityNode(owner),
      { zh: ` ${divisionLabel(owner)} 的节点`, en: `node for ${divisionLabel(owner)}` },
      owner,
    );
    const province = registry.provinceNode(owner);
    return one(node, province ? [province] : []);
  },

  /**
   * A number starts with its owning city's division, like an id, and routes the same
   * way — except that a number outside the caller's division reads as missing (null),
   * not FORBIDDEN: whoever looks a number up gets the same answer for a record they may
   * not see as for one that does not exist.
   */
  'owner-of-number': (_rule, { args, principal }, registry) => {
    const written = args['number'];
    // Stryker disable next-line StringLiteral: a missing number is refused as no record number; the mutant's placeholder is no record number either (spaces, '!'), and the refusal does not quote what it was given
    const number = readRecordNumber(String(written ?? ''));
    const owner = recordOwnerOfNumber(number);
    if (!owner || !isKnownDivision(owner) || owningCityOf(owner) !== owner) return { to: 'null' };
    if (!narrowerScope(owner, principal.division)) return { to: 'null' };
    const node = registered(
      registry.cityNode(owner),
      { zh: ` ${divisionLabel(owner)} 的节点`, en: `node for ${divisionLabel(owner)}` },
      owner,
    );
    const province = registry.provinceNode(owner);
    return one(node, province ? [province] : []);
  },

  'owner-of-division': (rule, { principal, args }, registry) => {
    const division = valueAt(args, rule.division);
    const owner = owningCityFor(division, rule.division);
    if (!divisionContains(principal.division, division)) {
      throw forbidden({
        zh: `您只能在本辖区 ${divisionLabel(principal.division)} 之内写入；${divisionLabel(division)} 不在其中。`,
        en: `You may write only inside your division ${divisionLabel(principal.division)}; ${divisionLabel(division)} is outside it.`,
      });
    }
    return one(
      registered(
        registry.cityNode(owner),
        { zh: ` ${divisionLabel(owner)} 的市级节点`, en: `city node for ${divisionLabel(owner)}` },
        owner,
      ),
    );
  },

  'named-node': (_rule, { principal, args }, registry) => {
    const requested = args['node'] as string | null | undefined;
    if (!requested) return one(homeNodeOf(registry, principal));
    const node = registry.nodes.find((candidate) => candidate.division === requested);
    if (!node) {
      throw badUserInput('node', {
        zh: `本网关没有服务 ${divisionLabel(requested)} 的节点。`,
        en: `No node serves ${divisionLabel(requested)} at this gateway.`,
      });
    }
    if (!narrowerScope(node.division, principal.division)) {
      throw forbidden({
        zh: `节点 ${divisionLabel(node.division)} 不在您的辖区 ${divisionLabel(principal.division)} 之内。`,
        en: `Node ${divisionLabel(node.division)} is outside your division ${divisionLabel(principal.division)}.`,
      });
    }
    return one(node);
  },

  ministry: (_rule, _request, registry) => {
    return one(
      registered(registry.ministryNode(), { zh: '部级节点', en: 'ministry node' }, '000000'),
    );
  },

  /** 督办 is written at the province node that holds the record's city. */
  'province-of-record': (rule, { args }, registry) => {
    const id = valueAt(args, rule.id);
    const owner = recordOwnerOf(id);
    if (!owner || !isKnownDivision(owner)) {
      throw badUserInput(rule.id, notARecordId(id));
    }
    const node = registry.provinceNode(owner);
    return one(
      registered(
        node,
        {
          zh: `保存 ${divisionLabel(owner)} 副本的省级节点`,
          en: `province node holding ${divisionLabel(owner)}`,
        },
        owner,
      ),
    );
  },

  /** Checked as the node will check it, then the nodes of `indicatorNodesFor`, narrowest first. */
  'indicator-holders': (rule, { principal, args }, registry) => {
    const division = routedDivision(
      principal,
      args,
      indicatorDivisionProblem(String(args['division']), rule.query),
    );
    const at = args['at'] as string | null | undefined;
    if (at) {
      // A named holder answers itself or not at all: another node's numbers are not what
      // was asked for (a check of the ministry against the province must compare two tiers).
      const chosen = chosenIndicatorHolder(division, at, principal.division);
      if ('problem' in chosen) throw badUserInput('at', chosen.problem);
      const node = registry.nodes.find(
        (candidate) =>
          candidate.tier === chosen.holder.tier && candidate.division === chosen.holder.division,
      );
      return one(
        registered(
          node,
          { zh: ` ${divisionLabel(at)} 的节点`, en: `node for ${divisionLabel(at)}` },
          at,
        ),
      );
    }
    const [first, ...fallbacks] = indicatorNodesFor(
      registry,
      principal.division,
      division,
      rule.query,
    );
    const holder = {
      zh: `为您的辖区 ${divisionLabel(principal.division)} 保存 ${divisionLabel(division)} 指标的节点`,
      en: `node holding the indicators of ${divisionLabel(division)} for your division ${divisionLabel(principal.division)}`,
    };
    return one(registered(first, holder, division), fallbacks);
  },

  /** The nodes holding the records, in `indicatorRecordNodesFor`'s order. */
  'record-holders': (_rule, { principal, args }, registry) => {
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
    const holder = {
      zh: `保存 ${divisionLabel(division)} 记录的节点`,
      en: `node holding the records of ${divisionLabel(division)}`,
    };
    return one(registered(first, holder, division), fallbacks);
  },

  'city-nodes': (_rule, { principal, args }, registry) => {
    const scope = requestedScope(principal.division, args['division'] as string | null | undefined);
    const first = pageSizeOf(args);
    return {
      to: 'nodes',
      nodes: registry.cityNodesOverlapping(scope),
      args: { ...args, division: scope, first },
    };
  },

  'home-list': (_rule, { principal, args }, registry) => ({
    to: 'nodes',
    nodes: [homeNodeOf(registry, principal)],
    args: { ...args, first: pageSizeOf(args) },
  }),
};

/** The route `rule` gives one request; pure. */
export function evaluateRule(
  rule: RouteRule,
  request: RouteRequest,
  registry: NodeRegistry,
): Route {
  try {
    return (EVALUATE[rule.rule] as Evaluate<RouteRule['rule']>)(rule, request, registry);
  } catch (error) {
    return { to: 'refused', error: error as Error };
  }
}

/** The single node a route sends everything to, if it has exactly one (fallbacks aside). */
export function singleNodeOf(route: Route): RegisteredNode | undefined {
  if (route.to === 'node') return route.node;
  if (route.to === 'nodes' && route.nodes.length === 1) return route.nodes[0];
  return undefined;
}
