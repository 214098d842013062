import type { Plugin } from 'graphql-yoga';
import { GraphQLError, Kind, visit } from 'graphql';
import type { ASTNode, DocumentNode, ExecutionResult, ValueNode } from 'graphql';
import { badUserInput } from '../errors.js';
import { unstorableCharacterProblem } from '../input-text.js';
import type { Bilingual, Language } from '../language/bilingual.js';
import { chineseWordingOf, withChinese } from '../language/error-language.js';
import { languageOf } from '../language/request-language.js';

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
  const coded = new GraphQLError(
    field && !error.message.includes(field) ? `${field}: ${error.message}` : error.message,
    {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      // A scalar's own parse error is in the message already; kept, it would make yoga
      // treat this client error as an unexpected one.
      originalError: error.originalError instanceof GraphQLError ? error.originalError : undefined,
      extensions: { ...error.extensions, code: 'BAD_USER_INPUT', ...(field ? { field } : {}) },
    },
  );
  // A scalar of ours (DateTime) says what is wrong in both languages, on the error graphql-js
  // wraps; graphql-js's own detail is English only, so the Chinese names the field and quotes
  // it, for the console developer who can fix it.
  const own = chineseWordingOf(error)?.message;
  return withChinese(coded, {
    message: `${field ? `${field}：` : ''}${own ?? `输入值不符合接口定义（${error.message}）。`}`,
  });
}

interface ValueProblem {
  field: string;
  message: Bilingual;
}

/** The first string inside a variable's value that no text may carry, with its dotted path. */
function unstorableInValue(value: unknown, path: string): ValueProblem | undefined {
  if (typeof value === 'string') {
    const message = unstorableCharacterProblem(value);
    return message ? { field: path, message } : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = unstorableInValue(item, `${path}.${index}`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const problem = unstorableInValue(item, `${path}.${key}`);
      if (problem) return problem;
    }
  }
  return undefined;
}

/** The same for a literal written in the document. */
function unstorableInLiteral(value: ValueNode, path: string): ValueProblem | undefined {
  switch (value.kind) {
    case Kind.STRING:
      return unstorableInValue(value.value, path);
    case Kind.LIST:
      for (const [index, item] of value.values.entries()) {
        const problem = unstorableInLiteral(item, `${path}.${index}`);
        if (problem) return problem;
      }
      return undefined;
    case Kind.OBJECT:
      for (const field of value.fields) {
        const problem = unstorableInLiteral(field.value, `${path}.${field.name.value}`);
        if (problem) return problem;
      }
      return undefined;
    default:
      return undefined;
  }
}

/**
 * A string argument no text may carry (a NUL, which PostgreSQL refuses with an error of its
 * own; an unpaired surrogate, which it would store changed), wherever it is — ids, codes and
 * filters as much as the free texts `InputProblems.text` checks further — found before any
 * resolver runs.
 */
function unstorableArgument(
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
): ValueProblem | undefined {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const problem = unstorableInValue(value, name);
    if (problem) return problem;
  }
  let found: ValueProblem | undefined;
  visit(document, {
    // A variable's default is used as written when the request leaves the variable out.
    VariableDefinition(node) {
      if (node.defaultValue)
        found ??= unstorableInLiteral(node.defaultValue, node.variable.name.value);
      return false;
    },
    Argument(node) {
      found ??= unstorableInLiteral(node.value, node.name.value);
      return false;
    },
  });
  return found;
}

const INVALID_JSON = 'POST body sent invalid JSON.';

/** What a body that is not JSON is answered with instead of yoga's message and its parser's. */
export const INVALID_JSON_ANSWER: Bilingual = {
  zh: '请求体不是有效的 JSON：请发送 JSON 对象，例如 {"query": "…", "variables": {…}}。',
  en: 'The request body is not valid JSON: send a JSON object such as {"query": "…", "variables": {…}}.',
};

/**
 * An error as a client may see it: without `extensions.originalError`, which yoga fills
 * with the JSON parser's message for a body that is not JSON (and with the cause of a masked
 * error when NODE_ENV=development). The HTTP status stays the error's own: yoga's `spec`
 * flag would turn a 400 into a 200 once the original error is gone.
 */
function withoutInternals(error: GraphQLError, language: Language): GraphQLError {
  const { originalError, http, ...extensions } = error.extensions as {
    originalError?: unknown;
    http?: { spec?: boolean; status?: number; headers?: Record<string, string> };
  } & Record<string, unknown>;
  if (originalError === undefined) return error;
  const { spec: _spec, ...status } = http ?? {};
  const invalidJson = error.message === INVALID_JSON;
  return new GraphQLError(invalidJson ? INVALID_JSON_ANSWER[language] : error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...extensions, ...(http ? { http: status } : {}) },
  });
}

function cleanResult(result: ExecutionResult, language: Language): ExecutionResult {
  if (!result.errors?.some((error) => error.extensions?.['originalError'] !== undefined))
    return result;
  return {
    ...result,
    errors: result.errors.map((error) =>
      error instanceof GraphQLError ? withoutInternals(error, language) : error,
    ),
  };
}

/**
 * A client's mistakes get coded answers that name the field and carry nothing internal:
 * bad argument values (an unknown enum value, a missing required field) get the same
 * BAD_USER_INPUT code, naming the field, as the checks our resolvers make, instead of a
 * generic validation failure; a string argument PostgreSQL cannot store is BAD_USER_INPUT
 * before anything runs; and no answer carries yoga's `originalError` (the JSON parser's
 * message for a body that is not JSON).
 */
export function useInputErrorCodes(): Plugin {
  return {
    onValidate:
      ({ params }) =>
      ({ result, setResult }) => {
        if (result.length > 0)
          setResult(result.map((error) => asInputError(error, params.documentAST)));
      },
    onExecute: ({ args, setResultAndStopExecution }) => {
      const problem = unstorableArgument(args.document, args.variableValues);
      if (problem) {
        setResultAndStopExecution({ errors: [badUserInput(problem.field, problem.message)] });
        return undefined;
      }
      return {
        onExecuteDone: ({ result, setResult }) => {
          if (!('errors' in result) || !result.errors?.length) return;
          setResult({ ...result, errors: result.errors.map((error) => asInputError(error)) });
        },
      };
    },
    onResultProcess: ({ request, result, setResult }) => {
      if (Symbol.asyncIterator in result) return;
      // Made here, after the answer's language was applied (use-response-language.ts).
      const language = languageOf(request.headers.get('accept-language'));
      setResult(
        Array.isArray(result)
          ? result.map((each) => cleanResult(each, language))
          : cleanResult(result, language),
      );
    },
  };
}
