import { recordFieldOfInput } from '@city-ops/kernel';
import type { Operation } from '@city-ops/kernel';
import { getNamedType, isInputObjectType } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import {
  cityNodes,
  homeList,
  homeNode,
  indicatorHolders,
  ministry,
  namedNode,
  ownerOfDivision,
  ownerOfId,
  ownerOfNumber,
  provinceOfRecord,
  recordHolders,
} from './route-rules.js';
import type { RouteRule } from './route-rules.js';

/**
 * When the node a field is routed to does not answer, who else may, and what the
 * answer then says it came from (node-fallback.ts words the partial error):
 * `province-replica`, the masked replica the city's province holds (a record by id,
 * each city of a list); `wider-rollups`, the next holder's rollups (indicators);
 * `held-records`, the next node holding the records (an indicator drill-down).
 */
export type Fallback = 'province-replica' | 'wider-rollups' | 'held-records';

/** One root field: who may ask at all, where it goes, and who answers when that node does not. */
export interface RouteEntry {
  /**
   * The early refusal: a token whose roles never grant this operation (or any of these
   * operations) is refused here, before any node is asked (each node checks again, with
   * the row scope). None: any authenticated caller.
   */
  operation?: Operation | readonly Operation[];
  route: RouteRule;
  fallback?: Fallback;
}

export type RootTypeName = 'Query' | 'Mutation' | 'Subscription';
export type RootEntries = Record<RootTypeName, Record<string, RouteEntry>>;

/**
 * A field below the root that the gateway answers from another node than the one that
 * served its parent record (type merging across tiers), so an operation selecting it
 * is never forwarded whole: a record's supervision orders come from the province that
 * owns them, asked once per request for every record of that province
 * (`supervisionOrders(recordIds)`); when it does not answer, the copy the record's own
 * node holds is used (cross-tier-fields.ts does both: the one way such a field is resolved,
 * so the entry names no source or fallback).
 */
export interface CrossTierEntry {
  operation: Operation;
  /** The root field of the owning node that answers for many records at once. */
  batchedBy: 'supervisionOrders';
}

export interface RouteTable {
  Query: Record<string, RouteEntry>;
  /** Mutations other than the record mutations, which the SDL convention routes (below). */
  Mutation: Record<string, RouteEntry>;
  /** Live updates: each stream goes to the one city node whose change log has the writes. */
  Subscription: Record<string, RouteEntry>;
  /**
   * Record mutations are routed by the shared SDL's convention (kernel's
   * recordFieldOfInput: the owner in the input's record id, or the city owning its
   * division), so a new workflow action needs no entry here; their early refusal is
   * the read operation of the kind they return (who cannot read a kind cannot act on
   * it; the node checks the action itself) unless named here.
   */
  recordMutationOperations: Record<string, Operation>;
  crossTier: Record<string, Record<string, CrossTierEntry>>;
}

/** The read operations of the record kinds: a lookup by number may find any of them. */
const RECORD_READS: readonly Operation[] = ['ticket.read', 'case.read', 'enforcement.read'];

/** Attaching to, and downloading from, a record of any kind (the node checks the kind's own). */
const ATTACHES: readonly Operation[] = ['ticket.attach', 'case.attach', 'enforcement.attach'];
const ATTACHMENT_READS: readonly Operation[] = [
  'ticket.attachment.read',
  'case.attachment.read',
  'enforcement.attachment.read',
];

const ordersOfRecord: CrossTierEntry = {
  operation: 'supervision.read',
  batchedBy: 'supervisionOrders',
};

/**
 * Every root field of the shared schema, routed. Identical root fields of identical
 * node schemas would all go to the last subschema when stitched, so the gateway owns
 * them all: each one here, or a record mutation by convention (a test walks this
 * against the schema, and start-up refuses a field without a route).
 */
export const ROUTE_TABLE: RouteTable = {
  Query: {
    nodeInfo: { route: homeNode },
    me: { route: homeNode },
    division: { route: homeNode },
    divisions: { route: homeNode },
    enumLabels: { route: homeNode },
    ticketCategories: { route: homeNode },
    workingCalendar: { route: homeNode },
    handlingUnits: { route: homeNode },
    ticket: { operation: 'ticket.read', route: ownerOfId('id'), fallback: 'province-replica' },
    caseReport: { operation: 'case.read', route: ownerOfId('id'), fallback: 'province-replica' },
    enforcementRecord: {
      operation: 'enforcement.read',
      route: ownerOfId('id'),
      fallback: 'province-replica',
    },
    tickets: { operation: 'ticket.read', route: cityNodes, fallback: 'province-replica' },
    caseReports: { operation: 'case.read', route: cityNodes, fallback: 'province-replica' },
    enforcementRecords: {
      operation: 'enforcement.read',
      route: cityNodes,
      fallback: 'province-replica',
    },
    ticketInbox: { operation: 'ticket.read', route: homeList },
    myTickets: { operation: 'ticket.read', route: homeList },
    caseInbox: { operation: 'case.read', route: homeList },
    ticketDuplicateSuggestions: {
      operation: 'ticket.read',
      route: ownerOfDivision('input.division'),
    },
    // The number's kind is the node's to tell (its record kinds hold the series letters).
    recordByNumber: {
      operation: RECORD_READS,
      route: ownerOfNumber,
      fallback: 'province-replica',
    },
    // Only the owning city holds phones unmasked: no replica can answer for it.
    ticketsByCallerPhone: { operation: 'caller.lookup', route: homeList },
    callerHistory: { operation: 'caller.lookup', route: homeNode },
    auditLog: { operation: 'audit.read', route: namedNode },
    auditChain: { operation: 'audit.read', route: namedNode },
    syncStatus: { operation: 'sync.read', route: namedNode },
    supervisionOrders: { operation: 'supervision.read', route: homeNode },
    directives: { operation: 'directive.read', route: homeNode },
    indicators: {
      operation: 'indicator.read',
      route: indicatorHolders('report'),
      fallback: 'wider-rollups',
    },
    indicatorRanking: {
      operation: 'indicator.read',
      route: indicatorHolders('ranking'),
      fallback: 'wider-rollups',
    },
    indicatorRecords: {
      operation: 'indicator.read',
      route: recordHolders,
      fallback: 'held-records',
    },
    monthlyReport: { operation: 'report.read', route: ministry },
    // Only the owning city holds the files: no replica can answer for it.
    attachmentContent: { operation: ATTACHMENT_READS, route: ownerOfId('id') },
  },
  Mutation: {
    revealTicketCaller: { operation: 'personal-data.reveal', route: ownerOfId('id') },
    issueSupervisionOrder: {
      operation: 'supervision.issue',
      route: provinceOfRecord('input.recordId'),
    },
    // A supervision step is taken at the node of whoever takes it (the city handles, the province reviews).
    signSupervisionOrder: { operation: 'supervision.handle', route: homeNode },
    assignSupervisionOrder: { operation: 'supervision.handle', route: homeNode },
    replyToSupervisionOrder: { operation: 'supervision.handle', route: homeNode },
    closeSupervisionOrder: { operation: 'supervision.review', route: homeNode },
    returnSupervisionOrder: { operation: 'supervision.review', route: homeNode },
    acknowledgeDirective: { operation: 'directive.respond', route: homeNode },
    reportOnDirective: { operation: 'directive.respond', route: homeNode },
    issueDirective: { operation: 'directive.issue', route: homeNode },
    setCalendarDay: { operation: 'calendar.edit', route: homeNode },
    removeCalendarDay: { operation: 'calendar.edit', route: homeNode },
    attachToRecord: { operation: ATTACHES, route: ownerOfId('recordId') },
  },
  Subscription: {
    // A unit's inbox is its city's: the home node of a unit's token is that city.
    inboxChanged: { operation: 'ticket.read', route: homeNode },
    caseInboxChanged: { operation: 'case.handle', route: homeNode },
    // No replica can stream: a province's copy is not written where the stream reads.
    recordChanged: { operation: 'ticket.read', route: ownerOfId('id') },
    // As supervisionOrders: the caller's own city, which notes what arrives there.
    supervisionOrderArrived: { operation: 'supervision.read', route: homeNode },
  },
  recordMutationOperations: {
    createTicket: 'ticket.create',
    // 信息采集 is its own operation: a hotline agent holds it without case.read (for 热线转办).
    reportCase: 'case.create',
    // 立案 is its own operation: a city supervisor reads enforcement records but files none.
    fileEnforcementCase: 'enforcement.create',
    // Converting reads the ticket it starts from.
    convertTicketToCase: 'ticket.read',
  },
  crossTier: {
    HotlineTicket: { supervisionOrders: ordersOfRecord },
    CaseReport: { supervisionOrders: ordersOfRecord },
  },
};

/** The record kinds a record mutation returns, and the operation that reads each. */
const READ_OPERATION_OF: Record<string, Operation> = {
  HotlineTicket: 'ticket.read',
  CaseReport: 'case.read',
  EnforcementRecord: 'enforcement.read',
};

/** The record mutations of `schema`, routed by the SDL convention (RouteTable.recordMutationOperations). */
export function recordMutationEntries(
  schema: GraphQLSchema,
  operations: Record<string, Operation>,
): Record<string, RouteEntry> {
  const entries: Record<string, RouteEntry> = {};
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const read = READ_OPERATION_OF[getNamedType(field.type).name];
    const input = field.args.find((arg) => arg.name === 'input');
    const inputType = input ? getNamedType(input.type) : undefined;
    if (!read || !isInputObjectType(inputType)) continue;
    const named = recordFieldOfInput(Object.keys(inputType.getFields()));
    if (!named) continue;
    const path = `input.${named.field}` as const;
    entries[field.name] = {
      operation: operations[field.name] ?? read,
      route: named.owner === 'of-division' ? ownerOfDivision(path) : ownerOfId(path),
    };
  }
  return entries;
}

/**
 * The table's root entries over `schema`: its queries and mutations, and the record
 * mutations by convention. A mutation listed both ways would have two routes, one
 * silently winning: refused.
 */
export function rootEntriesOf(schema: GraphQLSchema, table: RouteTable = ROUTE_TABLE): RootEntries {
  const records = recordMutationEntries(schema, table.recordMutationOperations);
  const twice = Object.keys(table.Mutation).filter((field) => field in records);
  if (twice.length > 0) {
    throw new Error(
      `Mutation.${twice.join(', Mutation.')} is routed by the record convention and listed in the route table; keep one`,
    );
  }
  const stray = Object.keys(table.recordMutationOperations).filter((field) => !(field in records));
  if (stray.length > 0) {
    throw new Error(
      `Mutation.${stray.join(', Mutation.')} has an operation in recordMutationOperations but is not a record mutation by convention`,
    );
  }
  return {
    Query: { ...table.Query },
    Mutation: { ...records, ...table.Mutation },
    Subscription: { ...table.Subscription },
  };
}

/** "Type.field" of every cross-tier field: an operation selecting one is never forwarded. */
export function crossTierFieldsOf(table: RouteTable = ROUTE_TABLE): Set<string> {
  return new Set(
    Object.entries(table.crossTier).flatMap(([type, fields]) =>
      Object.keys(fields).map((field) => `${type}.${field}`),
    ),
  );
}
