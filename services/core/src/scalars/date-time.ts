import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { ValueNode } from 'graphql';
import { parseInputInstant, withChinese } from '@city-ops/kernel';
import type { Bilingual } from '@city-ops/kernel';

/**
 * An instant a client sends: a real calendar date and time with its zone, inside the
 * supported years (kernel input-instant.ts) — 2030-02-30 is refused, not read as March 2nd.
 */
function parsed(value: unknown): string | { problem: Bilingual } {
  if (typeof value !== 'string') {
    return {
      problem: {
        zh: `${JSON.stringify(value)} 不是带时区的 ISO 8601 时间，例如 2026-11-21T08:30:00Z。`,
        en: `${JSON.stringify(value)} is not an ISO 8601 instant with a time zone, e.g. 2026-11-21T08:30:00Z.`,
      },
    };
  }
  const instant = parseInputInstant(value);
  return instant.problem === undefined ? instant.instant.toISOString() : instant;
}

/**
 * A literal's problem as the plain error graphql-js wraps with the literal's place
 * (useInputErrorCodes then names the field), carrying its Chinese wording to the answer.
 */
const refusal = (problem: Bilingual) =>
  withChinese(new TypeError(problem.en), { message: problem.zh });

/** A variable's value: GraphQL names the variable's path ("input.dueAt") in the error. */
function parseValue(value: unknown): string {
  const result = parsed(value);
  if (typeof result !== 'string') {
    // Its cause a GraphQLError too: a plain one would be masked as an unexpected failure.
    const cause = withChinese(new GraphQLError(result.problem.en), {
      message: result.problem.zh,
    });
    throw new GraphQLError(`DateTime: ${result.problem.en}`, { originalError: cause });
  }
  return result;
}

/**
 * A literal in the document: a plain error, which GraphQL reports as "Expected value of type
 * DateTime, found …" at the literal, so that useInputErrorCodes finds and names its path (a
 * GraphQLError would be reported as it is, naming no field).
 */
function parseLiteral(ast: ValueNode): string {
  const result = parsed(ast.kind === Kind.STRING ? ast.value : null);
  if (typeof result !== 'string') throw refusal(result.problem);
  return result;
}

/** What the node answers: a stored instant, whatever its year. */
function serialize(value: unknown): string {
  const instant = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(instant.getTime())) {
    throw new TypeError(`DateTime cannot represent ${JSON.stringify(value)}`);
  }
  return instant.toISOString();
}

/** Instants travel as ISO 8601 strings in UTC; a value without a zone is refused, not guessed. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize,
  parseValue,
  parseLiteral,
});
