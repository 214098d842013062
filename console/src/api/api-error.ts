/** One refused field as the API names it: a dotted path into the variables (`input.title`). */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * A request the console could not complete, as the user is told about it: the API's stable
 * `extensions.code` and its message (Chinese by default), with the fields it names. `NETWORK`
 * is the console's own code for an answer that never came or could not be read.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: string,
    message: string,
    readonly problems: readonly FieldProblem[] = [],
    /**
     * The data that came with the error when the only errors were NODE_UNAVAILABLE notes
     * (another node answered instead: a province's replica of a city's record). Unused by
     * default — the console shows no partial data — a screen that shows where its answer
     * came from takes it with `acceptingReplicaAnswer`.
     */
    readonly answeredInstead?: unknown,
  ) {
    super(message);
  }
}

/** The console's code for a request whose answer was lost or unreadable. */
export const NETWORK_ERROR = 'NETWORK';

interface GraphQLErrorShape {
  message?: unknown;
  extensions?: { code?: unknown; field?: unknown; problems?: unknown };
}

const isProblem = (value: unknown): value is FieldProblem =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as FieldProblem).field === 'string' &&
  typeof (value as FieldProblem).message === 'string';

/**
 * The first error of a GraphQL answer as an ApiError. Every field problem is kept: the
 * `problems` list when the API sent one, else the single `field` with the message.
 */
export function apiErrorOf(errors: readonly unknown[]): ApiError {
  const first = (errors[0] ?? {}) as GraphQLErrorShape;
  const message =
    typeof first.message === 'string' && first.message
      ? first.message
      : '服务器返回了无法识别的错误，请稍后重试。';
  const code =
    typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
  const listed = Array.isArray(first.extensions?.problems)
    ? first.extensions.problems.filter(isProblem)
    : [];
  const field = first.extensions?.field;
  const problems =
    listed.length > 0 ? listed : typeof field === 'string' ? [{ field, message }] : [];
  return new ApiError(code, message, problems);
}
