/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query IntakeOptions($city: String!) {\n    districts: divisions(parent: $city) {\n      code\n      name\n    }\n    categories: ticketCategories {\n      code\n      name\n    }\n    enumLabels(enums: ["TicketChannel", "IntakeClass", "Urgency", "TicketStatus"]) {\n      enum\n      value\n      label\n    }\n  }\n': typeof types.IntakeOptionsDocument;
  '\n  query CategoryChildren($parent: String!) {\n    ticketCategories(parent: $parent) {\n      code\n      name\n    }\n  }\n': typeof types.CategoryChildrenDocument;
  '\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      number\n      title\n      version\n    }\n  }\n': typeof types.CreateTicketDocument;
  '\n  query DuplicateSuggestions($input: DuplicateQueryInput!) {\n    ticketDuplicateSuggestions(input: $input) {\n      score\n      ticket {\n        id\n        number\n        title\n        status\n        createdAt\n      }\n    }\n  }\n': typeof types.DuplicateSuggestionsDocument;
  '\n  mutation MergeTicket($input: MergeTicketInput!) {\n    mergeTicket(input: $input) {\n      id\n      parentTicketId\n    }\n  }\n': typeof types.MergeTicketDocument;
  '\n  query CallerHistory($phone: String!) {\n    callerHistory(phone: $phone) {\n      phone\n      total\n      open\n      recent {\n        id\n        number\n        title\n        status\n        createdAt\n      }\n    }\n  }\n': typeof types.CallerHistoryDocument;
  '\n  query Session {\n    me {\n      username\n      roles\n      division {\n        code\n        name\n        level\n      }\n    }\n    nodeInfo {\n      timeZone\n    }\n  }\n': typeof types.SessionDocument;
};
const documents: Documents = {
  '\n  query IntakeOptions($city: String!) {\n    districts: divisions(parent: $city) {\n      code\n      name\n    }\n    categories: ticketCategories {\n      code\n      name\n    }\n    enumLabels(enums: ["TicketChannel", "IntakeClass", "Urgency", "TicketStatus"]) {\n      enum\n      value\n      label\n    }\n  }\n':
    types.IntakeOptionsDocument,
  '\n  query CategoryChildren($parent: String!) {\n    ticketCategories(parent: $parent) {\n      code\n      name\n    }\n  }\n':
    types.CategoryChildrenDocument,
  '\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      number\n      title\n      version\n    }\n  }\n':
    types.CreateTicketDocument,
  '\n  query DuplicateSuggestions($input: DuplicateQueryInput!) {\n    ticketDuplicateSuggestions(input: $input) {\n      score\n      ticket {\n        id\n        number\n        title\n        status\n        createdAt\n      }\n    }\n  }\n':
    types.DuplicateSuggestionsDocument,
  '\n  mutation MergeTicket($input: MergeTicketInput!) {\n    mergeTicket(input: $input) {\n      id\n      parentTicketId\n    }\n  }\n':
    types.MergeTicketDocument,
  '\n  query CallerHistory($phone: String!) {\n    callerHistory(phone: $phone) {\n      phone\n      total\n      open\n      recent {\n        id\n        number\n        title\n        status\n        createdAt\n      }\n    }\n  }\n':
    types.CallerHistoryDocument,
  '\n  query Session {\n    me {\n      username\n      roles\n      division {\n        code\n        name\n        level\n      }\n    }\n    nodeInfo {\n      timeZone\n    }\n  }\n':
    types.SessionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IntakeOptions($city: String!) {\n    districts: divisions(parent: $city) {\n      code\n      name\n    }\n    categories: ticketCategories {\n      code\n      name\n    }\n    enumLabels(enums: ["TicketChannel", "IntakeClass", "Urgency", "TicketStatus"]) {\n      enum\n      value\n      label\n    }\n  }\n',
): typeof import('./graphql').IntakeOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CategoryChildren($parent: String!) {\n    ticketCategories(parent: $parent) {\n      code\n      name\n    }\n  }\n',
): typeof import('./graphql').CategoryChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      number\n      title\n      version\n    }\n  }\n',
): typeof import('./graphql').CreateTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DuplicateSuggestions($input: DuplicateQueryInput!) {\n    ticketDuplicateSuggestions(input: $input) {\n      score\n      ticket {\n        id\n        number\n        title\n        status\n        createdAt\n      }\n    }\n  }\n',
): typeof import('./graphql').DuplicateSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MergeTicket($input: MergeTicketInput!) {\n    mergeTicket(input: $input) {\n      id\n      parentTicketId\n    }\n  }\n',
): typeof import('./graphql').MergeTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CallerHistory($phone: String!) {\n    callerHistory(phone: $phone) {\n      phone\n      total\n      open\n      recent {\n        id\n        number\n        title\n        status\n        createdAt\n      }\n    }\n  }\n',
): typeof import('./graphql').CallerHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Session {\n    me {\n      username\n      roles\n      division {\n        code\n        name\n        level\n      }\n    }\n    nodeInfo {\n      timeZone\n    }\n  }\n',
): typeof import('./graphql').SessionDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
