import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from '@city-ops/kernel';

function parseKey(value: unknown): string {
  if (typeof value === 'string') return value;
  throw badUserInput('IdempotencyKey', {
    zh: `${JSON.stringify(value)} 不是字符串。`,
    en: `${JSON.stringify(value)} is not a string.`,
  });
}

/** A create's idempotency key travels as a string; its format is checked where it is used (createOnce). */
export const IdempotencyKeyScalar = new GraphQLScalarType({
  name: 'IdempotencyKey',
  serialize: parseKey,
  parseValue: parseKey,
  parseLiteral: (ast) => parseKey(ast.kind === Kind.STRING ? ast.value : null),
});
