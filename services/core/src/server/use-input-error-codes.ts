import type { Plugin } from 'graphql-yoga';
import { GraphQLError } from 'graphql';

// Validation messages graphql-js emits for bad argument values: unknown enum value,
// wrong scalar, missing required argument or input field.
const ARGUMENT_VALUE_PROBLEMS = [
  /does not exist in "[^"]+" enum/,
  /^Expected value of type/,
  /^Argument "[^"]+" of required type .* was not provided/,
  /^Field "[^"]+" of required type .* was not provided/,
  /is not defined by type "[^"]+"/,
  /^Variable "\$[^"]+" got invalid value/,
  /^Variable "\$[^"]+" of required type .* was not provided/,
  /^Int cannot represent/,
  /^Float cannot represent/,
  /^String cannot represent/,
  /^Boolean cannot represent/,
];

/** `input.channel` from `... at "input.channel"`, or the argument's name. */
function fieldOf(message: string): string | undefined {
  return (
    /at "([^"]+)"/.exec(message)?.[1] ??
    /^(?:Argument|Field) "([^"]+)"/.exec(message)?.[1] ??
    /^Variable "\$([^"]+)"/.exec(message)?.[1]
  );
}

function asInputError<E extends Error>(error: E): E | GraphQLError {
  if (!(error instanceof GraphQLError)) return error;
  if (!ARGUMENT_VALUE_PROBLEMS.some((pattern) => pattern.test(error.message))) return error;
  const field = fieldOf(error.message);
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT', ...(field ? { field } : {}) },
  });
}

/**
 * Bad argument values (an unknown enum value, a missing required field) are the
 * caller's input errors: give them the same BAD_USER_INPUT code, naming the field,
 * as the checks our resolvers make, instead of a generic validation failure.
 */
export function useInputErrorCodes(): Plugin {
  return {
    onValidate: () => ({ result, setResult }) => {
      if (result.length > 0) setResult(result.map(asInputError));
    },
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        if (!('errors' in result) || !result.errors?.length) return;
        setResult({ ...result, errors: result.errors.map(asInputError) });
      },
    }),
  };
}
