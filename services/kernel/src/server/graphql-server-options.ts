import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import { loggingMaskError } from './logging-mask-error.js';
import type { KnownFailures } from './logging-mask-error.js';
import { useBodySizeLimit } from './use-body-size-limit.js';
import { useInputErrorCodes } from './use-input-error-codes.js';
import { useReadiness } from './use-readiness.js';

export interface GraphqlServerOptions {
  logger: Logger;
  /** For `/readyz`: resolves when the server can do its work, throws the reason otherwise. */
  isReady: () => Promise<void>;
  /** Failures the masking names to the client instead of hiding them (a node's database). */
  knownFailures?: KnownFailures;
}

/**
 * What every GraphQL server of the federation shares, the gateway and each node alike:
 * `/graphql`, `/healthz` and `/readyz`, no landing page, the request-body limit, input
 * errors with codes, and masking that logs what it hides. Spread into createYoga's
 * options; the caller adds its schema, context and its own plugins after `plugins`.
 */
export function graphqlServerOptions(options: GraphqlServerOptions) {
  const plugins: Plugin[] = [
    useReadiness(options.isReady),
    useInputErrorCodes(),
    useBodySizeLimit(),
  ];
  return {
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    // useBodySizeLimit enforces the same limit without a stream per request.
    maxRequestBodySize: false,
    logging: options.logger,
    maskedErrors: { maskError: loggingMaskError(options.logger, options.knownFailures) },
    plugins,
  } as const;
}
