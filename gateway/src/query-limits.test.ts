import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryLimitRules } from './query-limits.js';

// A self-referencing type, so queries of any depth are valid against the schema and
// only the limit rules can refuse them.
const schema = buildSchema(/* GraphQL */ `
  type Division {
    code: String!
    name: String!
    parent: Division
    children: [Division!]!
  }
  type Query {
    division(code: String!): Division
  }
`);

const limits = { maxDepth: 4, maxAliases: 3 };

const check = (query: string) => validate(schema, parse(query), queryLimitRules(limits));

describe('queryLimitRules', () => {
  it('passes a query within both limits', () => {
    // Depth 4: the operation, division, parent, parent; three aliases.
    const query = /* GraphQL */ `
      {
        a: division(code: "320106") {
          parent {
            parent {
              code
            }
          }
        }
        b: division(code: "320100") {
          name
        }
        c: division(code: "320000") {
          code
        }
      }
    `;
    expect(check(query)).toEqual([]);
  });

  it('refuses a query nested deeper than the limit, once, with BAD_USER_INPUT', () => {
    const query = /* GraphQL */ `
      {
        division(code: "320106") {
          parent {
            parent {
              parent {
                code
              }
            }
          }
          children {
            children {
              children {
                code
              }
            }
          }
        }
      }
    `;
    const errors = check(query);
    // Two branches exceed the limit; one error is enough and keeps the response short.
    expect(errors).toHaveLength(1);
    expect(errors[0]?.extensions['code']).toBe('BAD_USER_INPUT');
    expect(errors[0]?.extensions['field']).toBe('query');
    expect(errors[0]?.message).toBe('The query is nested 5 levels deep; the limit is 4.');
  });

  it('counts the depth reached through named fragments', () => {
    // The same five levels as above, split into fragments: a client must not get around
    // the limit by moving the nesting into fragment definitions.
    const query = /* GraphQL */ `
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
          parent {
            code
          }
        }
      }
    `;
    const errors = check(query);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.extensions['code']).toBe('BAD_USER_INPUT');
  });

  it('refuses a query with more aliases than the limit, with BAD_USER_INPUT', () => {
    const query = /* GraphQL */ `
      {
        a: division(code: "320106") {
          code
        }
        b: division(code: "320100") {
          code
        }
        c: division(code: "320000") {
          n1: name
        }
      }
    `;
    const errors = check(query);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.extensions['code']).toBe('BAD_USER_INPUT');
    expect(errors[0]?.extensions['field']).toBe('query');
    expect(errors[0]?.message).toBe('The query uses 4 aliases; the limit is 3.');
  });

  it('reports both limits when a query breaks both', () => {
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
    expect(errors.map((error) => error.message).sort()).toEqual([
      'The query is nested 5 levels deep; the limit is 4.',
      'The query uses 4 aliases; the limit is 3.',
    ]);
  });
});
