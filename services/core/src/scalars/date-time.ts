import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from '@city-ops/kernel';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseInstant(value: unknown): string {
  if (typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) {
    return new Date(value).toISOString();
  }
  throw badUserInput(
    'DateTime',
    `${JSON.stringify(value)} is not an ISO 8601 instant with a time zone, e.g. 2026-11-21T08:30:00Z.`,
  );
}

/** Instants travel as ISO 8601 strings in UTC; a value without a zone is refused, not guessed. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value.toISOString() : parseInstant(value)),
  parseValue: parseInstant,
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseInstant(ast.value) : parseInstant(null)),
});
