import { GraphQLError } from 'graphql';
import { aboutField } from './language/bilingual.js';
import type { Bilingual } from './language/bilingual.js';
import { withChinese } from './language/error-language.js';

/**
 * The closed set of error codes a client can see (docs/ARCHITECTURE.md "Errors"). Everything
 * else is masked by yoga as an unexpected error, so no SQL or stack escapes.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_OWNER'
  | 'NODE_UNAVAILABLE'
  | 'CONFLICT'
  // An uploaded file refused (records/attachments): nothing was written.
  | 'UNSUPPORTED_FILE_TYPE'
  | 'FILE_TOO_LARGE'
  | 'TOO_MANY_ATTACHMENTS'
  | 'SERVICE_UNAVAILABLE'
  // The request itself, refused before anything is parsed or executed (server/http-protocol.ts).
  | 'BAD_REQUEST'
  | 'NOT_ACCEPTABLE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  // An operation over one of the query limits (server/query-limits.ts), refused before execution.
  | 'QUERY_TOO_DEEP'
  | 'TOO_MANY_ALIASES'
  | 'TOO_MANY_TOKENS'
  | 'TOO_MANY_DIRECTIVES'
  | 'QUERY_TOO_COSTLY';

const httpStatus: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 200,
  BAD_USER_INPUT: 200,
  INVALID_TRANSITION: 200,
  NOT_OWNER: 200,
  NODE_UNAVAILABLE: 200,
  CONFLICT: 200,
  UNSUPPORTED_FILE_TYPE: 200,
  FILE_TOO_LARGE: 200,
  TOO_MANY_ATTACHMENTS: 200,
  // The node cannot reach its database right now: the request may simply be sent again.
  SERVICE_UNAVAILABLE: 503,
  BAD_REQUEST: 400,
  // No response type the client accepts: nothing was executed, so a write was not applied.
  NOT_ACCEPTABLE: 406,
  UNSUPPORTED_MEDIA_TYPE: 415,
  QUERY_TOO_DEEP: 400,
  TOO_MANY_ALIASES: 400,
  TOO_MANY_TOKENS: 400,
  TOO_MANY_DIRECTIVES: 400,
  QUERY_TOO_COSTLY: 400,
};

/** Every code of the closed set, in the order above (the error catalog must describe each). */
export const ERROR_CODES = Object.keys(httpStatus) as ErrorCode[];

/** The HTTP status a response carrying `code` gets (the highest of its errors'), as a node sends it. */
export function httpStatusOf(code: string): number | undefined {
  return (httpStatus as Record<string, number | undefined>)[code];
}

/**
 * An error a client may see: `code` is stable, the message says what to fix, in Chinese
 * unless the request asks for English (language/error-language.ts).
 */
export function clientError(
  code: ErrorCode,
  message: Bilingual,
  details: Record<string, unknown> = {},
): GraphQLError {
  const error = new GraphQLError(message.en, {
    extensions: { ...details, code, http: { status: httpStatus[code] } },
  });
  return withChinese(error, { message: message.zh });
}

export const unauthenticated = (message: Bilingual) => clientError('UNAUTHENTICATED', message);

export const forbidden = (message: Bilingual, details?: Record<string, unknown>) =>
  clientError('FORBIDDEN', message, details);

export const notFound = (message: Bilingual) => clientError('NOT_FOUND', message);

/** Names the offending field (a dotted path into the input) so a form can highlight it. */
export const badUserInput = (field: string, message: Bilingual) =>
  clientError('BAD_USER_INPUT', aboutField(field, message), { field });

export const notOwner = (message: Bilingual, owner: string | undefined) =>
  clientError('NOT_OWNER', message, { owner: owner ?? null });

export const nodeUnavailable = (message: Bilingual, node: string) =>
  clientError('NODE_UNAVAILABLE', message, { node });

/** A transient failure: the same request, sent again in a few seconds, is expected to succeed. */
export const serviceUnavailable = (message: Bilingual) =>
  clientError('SERVICE_UNAVAILABLE', message);

export function errorCodeOf(error: unknown): string | undefined {
  if (error instanceof GraphQLError) {
    const code = error.extensions['code'];
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
