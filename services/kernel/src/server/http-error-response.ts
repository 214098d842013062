import { GraphQLError } from 'graphql';
import type { Logger } from '../logger.js';
import type { Language } from '../language/bilingual.js';
import { errorInLanguage } from '../language/error-language.js';
import { CONTENT_LANGUAGE } from '../language/request-language.js';
import { UNEXPECTED_ERROR_ZH } from './logging-mask-error.js';
import type { KnownFailures } from './logging-mask-error.js';

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
 * HTTP status. A known failure (a node's database failing) is answered with its code,
 * as in a GraphQL answer (logging-mask-error.ts). Anything else but a coded error is logged and
 * answered as "Unexpected error.", as yoga masks it. Written in the request's language.
 */
export function httpErrorResponse(
  fetchAPI: { Response: typeof Response },
  caught: unknown,
  logger: Logger,
  language: Language,
  known?: KnownFailures,
): Response {
  const unavailable =
    known && !(caught instanceof GraphQLError) ? known.translate(caught) : undefined;
  if (unavailable) logger.warn({ err: caught }, known?.warning);
  const error = unavailable ?? caught;
  let status = 500;
  let body: { message: string; extensions?: Record<string, unknown> } = {
    message: language === 'zh' ? UNEXPECTED_ERROR_ZH : 'Unexpected error.',
  };
  const code = error instanceof GraphQLError ? error.extensions['code'] : undefined;
  if (error instanceof GraphQLError && typeof code === 'string' && code in statusOf) {
    const answered = errorInLanguage(error, language);
    const { http: _http, ...extensions } = answered.extensions;
    status = statusOf[code]!;
    body = { message: answered.message, extensions };
  } else {
    logger.error({ err: error }, 'unexpected error while serving a file (masked for the client)');
  }
  return new fetchAPI.Response(JSON.stringify({ errors: [body] }), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-language': CONTENT_LANGUAGE[language],
      vary: 'Accept-Language',
      ...(status === 401 ? { 'www-authenticate': 'Bearer' } : {}),
    },
  });
}
