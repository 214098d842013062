import type { Plugin } from 'graphql-yoga';
import { GraphQLError, visit } from 'graphql';
import type { ASTNode, DocumentNode } from 'graphql';

// Validation messages graphql-js emits for bad argument values: unknown enum value,
// wrong scalar, missing required argument or input field.
const ARGUMENT_VALUE_PROBLEMS = [
  /does not exist in "[^"]+" enum/,
  /^Expected value of type/,
  /^Field "[^"]+" argument "[^"]+" of type .* is required, but it was not provided/,
  /^Field "[^"]+" of required type .* was not provided/,
  /is not defined by type "[^"]+"/,
  /^Variable "\$[^"]+" got invalid value/,
  /^Variable "\$[^"]+" of required type .* was not provided/,
  /^Int cannot represent/,
  /^Float cannot represent/,
  /^String cannot represent/,
  /^Boolean cannot represent/,
];

/** The dotted path named by a variable-coercion message, e.g. `input.channel` or `input.content`. */
function variablePathOf(message: string): string | undefined {
  // Variable "$input" got invalid value {…} [at "input.caller"]; Field "content" of required type "String!" was not provided.
  const missing =
    /^Variable "\$([^"]+)" got invalid value .*?(?: at "([^"]+)")?; Field "([^"]+)" of required type/s.exec(
      message,
    );
  if (missing) return `${missing[2] ?? missing[1]}.${missing[3]}`;
  return /at "([^"]+)"/.exec(message)?.[1] ?? /^Variable "\$([^"]+)"/.exec(message)?.[1];
}

/**
 * The dotted path of a bad literal, from where it sits in the document. For a
 * missing input field the error points at the object lacking it, so the field's
 * own name (the message says `Type.field`) is appended.
 */
function literalFieldOf(
  message: string,
  document: DocumentNode | undefined,
  node: ASTNode | undefined,
): string | undefined {
  const missingArgument = /^Field "[^"]+" argument "([^"]+)" of type/.exec(message)?.[1];
  if (missingArgument) return missingArgument;
  const path = literalPathOf(document, node);
  const missingField = /^Field "(?:[^".]+\.)?([^".]+)" of required type/.exec(message)?.[1];
  if (missingField) return path ? `${path}.${missingField}` : missingField;
  return path;
}

/**
 * For a literal in the query (no variable), the message does not say where the bad
 * value sits: find the argument and input-field names leading to it, e.g. input.channel.
 */
function literalPathOf(
  document: DocumentNode | undefined,
  target: ASTNode | undefined,
): string | undefined {
  if (!document || !target?.loc) return undefined;
  const start = target.loc.start;
  const names: string[] = [];
  let found: string | undefined;
  visit(document, {
    enter(node) {
      if (found !== undefined || !node.loc || start < node.loc.start || start >= node.loc.end)
        return false;
      if (node.kind === 'Argument' || node.kind === 'ObjectField') names.push(node.name.value);
      if (node.loc.start === start && node.kind === target.kind && names.length > 0)
        found = names.join('.');
      return undefined;
    },
    leave(node) {
      if (node.kind === 'Argument' || node.kind === 'ObjectField') names.pop();
    },
  });
  return found;
}

function asInputError<E extends Error>(error: E, document?: DocumentNode): E | GraphQLError {
  if (!(error instanceof GraphQLError)) return error;
  if (!ARGUMENT_VALUE_PROBLEMS.some((pattern) => pattern.test(error.message))) return error;
  const field = error.message.startsWith('Variable "$')
    ? variablePathOf(error.message)
    : literalFieldOf(error.message, document, error.nodes?.[0]);
  return new GraphQLError(
    field && !error.message.includes(field) ? `${field}: ${error.message}` : error.message,
    {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      originalError: error.originalError,
      extensions: { ...error.extensions, code: 'BAD_USER_INPUT', ...(field ? { field } : {}) },
    },
  );
}

/**
 * Bad argument values (an unknown enum value, a missing required field) are the
 * caller's input errors: give them the same BAD_USER_INPUT code, naming the field,
 * as the checks our resolvers make, instead of a generic validation failure.
 */
export function useInputErrorCodes(): Plugin {
  return {
    onValidate:
      ({ params }) =>
      ({ result, setResult }) => {
        if (result.length > 0)
          setResult(result.map((error) => asInputError(error, params.documentAST)));
      },
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        if (!('errors' in result) || !result.errors?.length) return;
        setResult({ ...result, errors: result.errors.map((error) => asInputError(error)) });
      },
    }),
  };
}
