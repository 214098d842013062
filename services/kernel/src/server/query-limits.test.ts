import { buildSchema, validate } from 'graphql';
import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { limitedParse, queryLimitRules, validateWithLimits } from './query-limits.js';
import type { QueryLimits } from './query-limits.js';

// A self-referencing type, so queries of any depth are valid against the schema and
// only the limit rules can refuse them.
const schema = buildSchema(/* GraphQL */ `
  type Division {
    code: String!
    name: String!
    parent: Division
    children(first: Int): [Division!]!
  }
  type Query {
    division(code: String!): Division
  }
`);

const limits: QueryLimits = {
  maxDepth: 4,
  maxAliases: 3,
  maxTokens: 2_000,
  maxDirectives: 2,
  maxCost: 500,
};

const parse = limitedParse(limits);
const check = (query: string, over: Partial<QueryLimits> = {}) =>
  validate(schema, parse(query), queryLimitRules({ ...limits, ...over }));

const summary = (errors: readonly GraphQLError[]) =>
  errors.map((error) => ({
    code: error.extensions['code'],
    limit: error.extensions['limit'],
    max: error.extensions['max'],
    found: error.extensions['found'],
    status: (error.extensions['http'] as { status: number }).status,
  }));

/**
 * `levels` fragments, each spreading the next twice (once under `parent`, once under
 * `children`), the last selecting an aliased field: walked spread by spread, that is
 * 2^levels visits — the shape that froze the gateway's former depth rule.
 */
function nestedFragments(levels: number): string {
  const fragments = Array.from(
    { length: levels },
    (_, level) =>
      `fragment F${level} on Division { parent { ...F${level + 1} } children { ...F${level + 1} } }`,
  );
  return [
    `{ division(code: "320106") { ...F0 } }`,
    ...fragments,
    `fragment F${levels} on Division { alias: code }`,
  ].join('\n');
}

describe('queryLimitRules', () => {
  it('passes a query within every limit', () => {
    // Depth 4: division, parent, parent, code; three aliases; two directives.
    const query = /* GraphQL */ `
      {
        a: division(code: "320106") {
          parent {
            parent @include(if: true) {
              code
            }
          }
        }
        b: division(code: "320100") {
          name @skip(if: false)
        }
        c: division(code: "320000") {
          code
        }
      }
    `;
    expect(check(query)).toEqual([]);
  });

  it('refuses a query nested deeper than the limit with QUERY_TOO_DEEP, naming the limit', () => {
    const errors = check(/* GraphQL */ `
      {
        division(code: "320106") {
          parent {
            parent {
              parent {
                code
              }
            }
          }
        }
      }
    `);
    expect(summary(errors)).toEqual([
      { code: 'QUERY_TOO_DEEP', limit: 'MAX_DEPTH', max: 4, found: 5, status: 400 },
    ]);
    expect(errors[0]?.message).toMatch(/^The query is nested 5 levels deep; the limit is 4\./);
  });

  it('counts the depth reached through named and inline fragments, which add no level', () => {
    const deep = /* GraphQL */ `
      {
        division(code: "320106") {
          ...Up
        }
      }
      fragment Up on Division {
        parent {
          ...UpAgain
        }
      }
      fragment UpAgain on Division {
        parent {
          ... on Division {
            parent {
              code
            }
          }
        }
      }
    `;
    expect(summary(check(deep))).toMatchObject([{ code: 'QUERY_TOO_DEEP', found: 5 }]);
    // The same four levels through fragments pass: a fragment is no level of its own.
    expect(check(deep, { maxDepth: 5 })).toEqual([]);
  });

  it('refuses more aliases than the limit with TOO_MANY_ALIASES, a fragment counted per spread', () => {
    const errors = check(/* GraphQL */ `
      {
        a: division(code: "320106") {
          ...Named
        }
        b: division(code: "320100") {
          ...Named
        }
      }
      fragment Named on Division {
        n: name
      }
    `);
    expect(summary(errors)).toEqual([
      { code: 'TOO_MANY_ALIASES', limit: 'MAX_ALIASES', max: 3, found: 4, status: 400 },
    ]);
  });

  it('refuses more directives than the limit with TOO_MANY_DIRECTIVES', () => {
    const errors = check(/* GraphQL */ `
      {
        division(code: "320106") {
          code @include(if: true)
          name @include(if: true)
          parent @skip(if: false) {
            code
          }
        }
      }
    `);
    expect(summary(errors)).toEqual([
      { code: 'TOO_MANY_DIRECTIVES', limit: 'MAX_DIRECTIVES', max: 2, found: 3, status: 400 },
    ]);
  });

  it('refuses a query costing more than the limit with QUERY_TOO_COSTLY, lists weighted by first', () => {
    const query = /* GraphQL */ `
      {
        division(code: "320106") {
          children(first: 100) {
            code
            name
          }
        }
      }
    `;
    expect(check(query, { maxCost: 1_000 })).toEqual([]);
    const errors = check(query, { maxCost: 100 });
    expect(summary(errors)).toMatchObject([
      { code: 'QUERY_TOO_COSTLY', limit: 'MAX_COST', max: 100, status: 400 },
    ]);
    expect(errors[0]?.extensions['found']).toBeGreaterThan(100);
  });

  it('reports every limit a query breaks', () => {
    const errors = check(/* GraphQL */ `
      {
        a: division(code: "1") {
          b: parent {
            c: parent {
              d: parent {
                code
              }
            }
          }
        }
      }
    `);
    expect(errors.map((error) => error.extensions['code']).sort()).toEqual([
      'QUERY_TOO_DEEP',
      'TOO_MANY_ALIASES',
    ]);
  });

  it('measures nested fragment spreads once per fragment: thirty levels are refused', () => {
    // Each level doubles the fields a spread-by-spread walk visits: 2^30 of them here.
    const errors = check(nestedFragments(30), { maxDepth: 12, maxAliases: 30, maxCost: 30_000 });
    expect(errors.map((error) => error.extensions['code']).sort()).toEqual([
      'QUERY_TOO_COSTLY',
      'QUERY_TOO_DEEP',
      'TOO_MANY_ALIASES',
    ]);
    // The aliases the response would hold, one per path to the last fragment: counted, not visited.
    expect(
      errors.find((e) => e.extensions['code'] === 'TOO_MANY_ALIASES')?.extensions,
    ).toMatchObject({ found: 2 ** 30 });
  });

  it('reports a measure too large to print in full as what it is', () => {
    // armor writes 1.2e+36; read as "1.2" it would say the query costs 2.
    const costly = check(nestedFragments(60), { maxDepth: 100, maxAliases: 2 ** 62 });
    expect(costly.map((error) => error.extensions['code'])).toEqual(['QUERY_TOO_COSTLY']);
    expect(costly[0]?.extensions['found']).toBeGreaterThan(1e30);
  });
});

describe('limitedParse', () => {
  it('parses a document within the token limit', () => {
    expect(parse('{ division(code: "1") { code } }').definitions).toHaveLength(1);
  });

  it('stops at the token limit with TOO_MANY_TOKENS', () => {
    const query = `{ ${Array.from({ length: 2_100 }, () => '__typename').join(' ')} }`;
    let thrown: unknown;
    try {
      parse(query);
    } catch (error) {
      thrown = error;
    }
    expect(summary([thrown as GraphQLError])).toEqual([
      { code: 'TOO_MANY_TOKENS', limit: 'MAX_TOKENS', max: 2_000, found: undefined, status: 400 },
    ]);
  });
});

describe('validateWithLimits', () => {
  it("refuses by the limits alone, without running graphql's own rules", () => {
    let ran = false;
    const tooDeep = parse('{ division(code: "1") { parent { parent { parent { code } } } } }');
    const refused = validateWithLimits(schema, tooDeep, queryLimitRules(limits), () => {
      ran = true;
      return [];
    });
    expect(refused.map((error) => error.extensions['code'])).toEqual(['QUERY_TOO_DEEP']);
    expect(ran).toBe(false);
    const fine = parse('{ division(code: "1") { nope } }');
    const errors = validateWithLimits(schema, fine, queryLimitRules(limits), () =>
      validate(schema, fine),
    );
    expect(errors[0]?.message).toContain('Cannot query field "nope"');
  });
});
