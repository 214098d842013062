import { GraphQLError } from 'graphql';
import type { Logger } from '../logger.js';
import { databaseUnavailableError } from '../server/database-unavailable-error.js';

/** HTTP statuses of the error codes for plain HTTP endpoints (GraphQL answers 200 for most). */
const statusOf: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  // The request reached a node that cannot produce the answer; the error names the one that can.
  NOT_OWNER: 421,
  NODE_UNAVAILABLE: 503,
  SERVICE_UNAVAILABLE: 503,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
};

/**
 * A plain-HTTP endpoint's error as a JSON body shaped like a GraphQL response's
 * errors (`errors[0].extensions.code`, `field` for bad input …), with the code's
 * HTTP status. A transient database failure is SERVICE_UNAVAILABLE, as in a GraphQL
 * answer (logging-mask-error.ts). Anything else but a coded error is logged and
 * answered as "Unexpected error.", as yoga masks it.
 */
export function httpErrorResponse(
  fetchAPI: { Response: typeof Response },
  caught: unknown,
  logger: Logger,
  options: {
    /** A node's: its database's failures are told apart (the gateway has no database). */
    databaseErrors?: boolean;
  } = {},
): Response {
  const unavailable =
    options.databaseErrors && !(caught instanceof GraphQLError)
      ? databaseUnavailableError(caught)
      : undefined;
  if (unavailable) logger.warn({ err: caught }, 'the database failed while serving a file');
  const error = unavailable ?? caught;
  let status = 500;
  let body: { message: string; extensions?: Record<string, unknown> } = {
    message: 'Unexpected error.',
  };
  const code = error instanceof GraphQLError ? error.extensions['code'] : undefined;
  if (error instanceof GraphQLError && typeof code === 'string' && code in statusOf) {
    const { http: _http, ...extensions } = error.extensions;
    status = statusOf[code]!;
    body = { message: error.message, extensions };
  } else {
    logger.error({ err: error }, 'unexpected error while serving a file (masked for the client)');
  }
  return new fetchAPI.Response(JSON.stringify({ errors: [body] }), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      ...(status === 401 ? { 'www-authenticate': 'Bearer' } : {}),
    },
  });
}
