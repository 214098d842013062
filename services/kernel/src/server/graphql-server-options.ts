import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import { loggingMaskError } from './logging-mask-error.js';
import type { KnownFailures } from './logging-mask-error.js';
import { GRAPHIQL_OPTIONS, renderLocalGraphiQL } from './local-graphiql.js';
import type { QueryLimits } from './query-limits.js';
import { useBodySizeLimit } from './use-body-size-limit.js';
import { useHttpProtocol } from './use-http-protocol.js';
import { useInputErrorCodes } from './use-input-error-codes.js';
import { usePartialResultStatus } from './use-partial-result-status.js';
import { useQueryLimits } from './use-query-limits.js';
import { useReadiness } from './use-readiness.js';
import { useResponseLanguage } from './use-response-language.js';

export interface GraphqlServerOptions {
  logger: Logger;
  /** For `/readyz`: resolves when the server can do its work, throws the reason otherwise. */
  isReady: () => Promise<void>;
  /** Failures the masking names to the client instead of hiding them (a node's database). */
  knownFailures?: KnownFailures;
  /** Depth, aliases, tokens, directives and cost of one operation (MAX_* in the environment). */
  queryLimits: QueryLimits;
}

const GRAPHQL_ENDPOINT = '/graphql';

/**
 * What every GraphQL server of the federation shares, the gateway and each node alike:
 * `/graphql`, `/healthz` and `/readyz`, no landing page, GraphiQL at `/graphql` for a browser
 * with all its code served from the server itself (local-graphiql.ts), the HTTP checks made before a
 * request is read (Accept, Content-Type, Content-Encoding), the request-body limit, the
 * query limits, answers in the client's language, input errors with codes, HTTP 200 for partial results, and masking that
 * logs what it hides. Spread into createYoga's options; the caller adds its schema,
 * context and its own plugins after `plugins`.
 */
export function graphqlServerOptions(options: GraphqlServerOptions) {
  const plugins: Plugin[] = [
    useResponseLanguage(),
    useHttpProtocol(GRAPHQL_ENDPOINT),
    useReadiness(options.isReady),
    useQueryLimits(options.queryLimits),
    useInputErrorCodes(),
    useBodySizeLimit(),
    usePartialResultStatus(),
  ];
  return {
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    // Uploads (attachToRecord) come as multipart requests; useHttpProtocol refuses other forms first.
    multipart: true,
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    graphiql: GRAPHIQL_OPTIONS,
    renderGraphiQL: renderLocalGraphiQL,
    // useBodySizeLimit enforces the same limit without a stream per request.
    maxRequestBodySize: false,
    logging: options.logger,
    maskedErrors: { maskError: loggingMaskError(options.logger, options.knownFailures) },
    plugins,
  } as const;
}
