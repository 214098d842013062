import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { validate } from 'graphql';
import type {
  DocumentNode,
  GraphQLError,
  GraphQLSchema,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { z } from 'zod';
import { clientError } from '../errors.js';
import type { ErrorCode } from '../errors.js';
import type { Bilingual } from '../language/bilingual.js';

/** The limits every GraphQL server of the federation puts on one operation, before executing it. */
export interface QueryLimits {
  /** Deepest nesting of fields (fragments add no level of their own). */
  maxDepth: number;
  /** Most aliases, counting a fragment's once per spread. */
  maxAliases: number;
  /** Most lexical tokens in the document (checked while parsing, so a huge one is never built). */
  maxTokens: number;
  /** Most directives, counting a fragment's once per spread. */
  maxDirectives: number;
  /** Highest cost (graphql-armor's: fields weighted by depth, lists by their literal `first`). */
  maxCost: number;
}

/**
 * The gateway's defaults: room over the largest operation the tests and the benchmarks send
 * (depth 6, 4 aliases, 160 tokens, no directive, cost 7 250), and a cost that refuses a few
 * pages of a hundred rows each in one request (docs/ERRORS.md "Limits").
 */
export const GATEWAY_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 2_000,
  maxDirectives: 20,
  maxCost: 30_000,
};

/**
 * A node's defaults: the gateway's plus what the gateway adds to an operation it sends on
 * (a fanned-out list gets two aliased fields one level down, `edges { cursor }` and
 * `pageInfo { hasNextPage }`; stitching adds key fields), so the node never refuses what the
 * gateway accepted, and a client asking a node directly gets no more than that.
 */
export const NODE_QUERY_LIMITS: QueryLimits = {
  maxDepth: 14,
  maxAliases: 40,
  maxTokens: 3_000,
  maxDirectives: 20,
  maxCost: 40_000,
};

/**
 * The variables that set the limits, the same for the gateway and every node, each with
 * its own defaults (each service's README lists them).
 */
export function queryLimitsEnvironmentShape(defaults: QueryLimits) {
  return {
    MAX_DEPTH: z.coerce.number().int().min(2).default(defaults.maxDepth),
    MAX_ALIASES: z.coerce.number().int().min(1).default(defaults.maxAliases),
    MAX_TOKENS: z.coerce.number().int().min(100).default(defaults.maxTokens),
    MAX_DIRECTIVES: z.coerce.number().int().min(1).default(defaults.maxDirectives),
    MAX_COST: z.coerce.number().int().min(100).default(defaults.maxCost),
  };
}

export type QueryLimitsEnvironment = z.infer<
  z.ZodObject<ReturnType<typeof queryLimitsEnvironmentShape>>
>;

export const queryLimitsOf = (env: QueryLimitsEnvironment): QueryLimits => ({
  maxDepth: env.MAX_DEPTH,
  maxAliases: env.MAX_ALIASES,
  maxTokens: env.MAX_TOKENS,
  maxDirectives: env.MAX_DIRECTIVES,
  maxCost: env.MAX_COST,
});

/** What a refusal names: its code, the variable that sets the limit, and how to say it. */
interface LimitRefusal {
  code: ErrorCode;
  variable: keyof QueryLimitsEnvironment;
  message: (limit: number, found: number | undefined) => Bilingual;
}

export const QUERY_LIMIT_REFUSALS = {
  maxDepth: {
    code: 'QUERY_TOO_DEEP',
    variable: 'MAX_DEPTH',
    message: (limit, found) => ({
      zh: `查询嵌套了 ${found ?? '超过 ' + limit} 层，上限是 ${limit} 层。请减少嵌套层数，或拆成几个查询。`,
      en: `The query is nested ${found ?? 'more than ' + limit} levels deep; the limit is ${limit}. Ask for fewer nested levels, or split it into several queries.`,
    }),
  },
  maxAliases: {
    code: 'TOO_MANY_ALIASES',
    variable: 'MAX_ALIASES',
    message: (limit, found) => ({
      zh: `查询用了 ${found ?? '超过 ' + limit} 个别名，上限是 ${limit} 个。请改为发送几个较小的查询。`,
      en: `The query uses ${found ?? 'more than ' + limit} aliases; the limit is ${limit}. Send several smaller queries instead.`,
    }),
  },
  maxTokens: {
    code: 'TOO_MANY_TOKENS',
    variable: 'MAX_TOKENS',
    message: (limit) => ({
      zh: `查询超过 ${limit} 个词法单元，上限是 ${limit} 个。请发送更短的查询，或拆成几个。`,
      en: `The query has more than ${limit} tokens; the limit is ${limit}. Send a shorter query, or several.`,
    }),
  },
  maxDirectives: {
    code: 'TOO_MANY_DIRECTIVES',
    variable: 'MAX_DIRECTIVES',
    message: (limit, found) => ({
      zh: `查询用了 ${found ?? '超过 ' + limit} 个指令，上限是 ${limit} 个。请减少查询中的指令。`,
      en: `The query uses ${found ?? 'more than ' + limit} directives; the limit is ${limit}. Send a query with fewer directives.`,
    }),
  },
  maxCost: {
    code: 'QUERY_TOO_COSTLY',
    variable: 'MAX_COST',
    message: (limit, found) => ({
      zh: `查询的代价为 ${found ?? '超过 ' + limit}，上限是 ${limit}。请减小每页条数（first）或少取字段。`,
      en: `The query would cost ${found ?? 'more than ' + limit}; the limit is ${limit}. Ask for smaller pages (first) or fewer fields.`,
    }),
  },
} satisfies Record<keyof QueryLimits, LimitRefusal>;

/**
 * The coded refusal of `limit`. graphql-armor reports the measured value only inside its
 * own message ("… exceeded, found 31."), so it is read from there; the refusal stands
 * without it.
 */
function refusal(limit: keyof QueryLimits, value: number, armorMessage?: string): GraphQLError {
  const found = armorMessage
    ? /found (\d+(?:\.\d+)?(?:e\+\d+)?)/.exec(armorMessage)?.[1]
    : undefined;
  return queryLimitRefusal(
    limit,
    value,
    found === undefined ? undefined : Math.ceil(Number(found)),
  );
}

/** The refusal of an operation measured `measured` (when known) against `limit` set to `value`. */
export function queryLimitRefusal(
  limit: keyof QueryLimits,
  value: number,
  measured: number | undefined,
): GraphQLError {
  const { code, variable, message } = QUERY_LIMIT_REFUSALS[limit];
  return clientError(code, message(value, measured), {
    limit: variable,
    max: value,
    ...(measured === undefined ? {} : { found: measured }),
  });
}

/** A graphql-armor rule's options making its rejection our coded error instead of its thrown one. */
const reportingAs = (limit: keyof QueryLimits, value: number) => ({
  exposeLimits: true,
  propagateOnRejection: false,
  onAccept: [],
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      context?.reportError(refusal(limit, value, error.message));
    },
  ],
});

/**
 * The depth, alias, directive and cost limits as validation rules (graphql-armor's). Each
 * measures a named fragment once and reuses the measure at every further spread, so a
 * document of fragments spreading fragments is measured in time linear in its size — the
 * test sends thirty levels of fragments each spreading the next twice.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.maxDepth,
      // A fragment is a part of the selection it is spread into, not a level of its own.
      flattenFragments: true,
      ignoreIntrospection: true,
      ...reportingAs('maxDepth', limits.maxDepth),
    }) as unknown as ValidationRule,
    maxAliasesRule({
      n: limits.maxAliases,
      ...reportingAs('maxAliases', limits.maxAliases),
    }) as unknown as ValidationRule,
    maxDirectivesRule({
      n: limits.maxDirectives,
      ...reportingAs('maxDirectives', limits.maxDirectives),
    }) as unknown as ValidationRule,
    costLimitRule({
      maxCost: limits.maxCost,
      flattenFragments: true,
      ignoreIntrospection: true,
      ...reportingAs('maxCost', limits.maxCost),
    }) as unknown as ValidationRule,
  ];
}

/**
 * `parse` that stops at the token limit (graphql-armor's counting lexer), throwing the
 * coded refusal: a megabyte of `{a a a …}` is refused while it is read, not after its
 * syntax tree has been built.
 */
export function limitedParse(limits: QueryLimits): (source: string) => DocumentNode {
  return (source) => {
    const parser = new MaxTokensParserWLexer(source, {
      n: limits.maxTokens,
      exposeLimits: true,
      propagateOnRejection: true,
      onAccept: [],
      onReject: [
        () => {
          throw refusal('maxTokens', limits.maxTokens);
        },
      ],
    });
    return parser.parseDocument();
  };
}

/**
 * Validation with the limits first and alone: a document over a limit is refused without
 * running graphql's own rules over it (some of which compare fields pairwise), so
 * what a hostile document can cost is bounded by the limit rules, which are linear.
 */
export function validateWithLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  limitRules: readonly ValidationRule[],
  then: () => readonly GraphQLError[],
): readonly GraphQLError[] {
  const refused = validate(schema, document, limitRules);
  return refused.length > 0 ? refused : then();
}
