import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';
import type { YogaServerOptions } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import { rateLimitedWarn } from '../rate-limited-warn.js';
import { databaseUnavailableError } from './database-unavailable-error.js';

type MaskErrorFn = Extract<
  NonNullable<YogaServerOptions<object, object>['maskedErrors']>,
  object
>['maskError'];

/**
 * Yoga's masking (anything but our coded GraphQLErrors becomes "Unexpected error.")
 * plus a log line with the real error, so the operator sees what the client must not.
 * The one exception, at a node: a transient database failure (the connection was lost, the
 * server is restarting…) becomes SERVICE_UNAVAILABLE, which tells the client to send
 * the request again and what may have been applied (database-unavailable-error.ts),
 * and its cause is logged at warn, at most once per 10 s with a count of the others.
 */
export function loggingMaskError(
  logger: Logger,
  options: {
    /** A node's: its database's failures are told apart (the gateway has no database). */
    databaseErrors?: boolean;
  } = {},
): NonNullable<MaskErrorFn> {
  const warn = rateLimitedWarn(logger);
  return (error, message, isDev) => {
    const original = (error as { originalError?: unknown }).originalError ?? error;
    const unavailable =
      options.databaseErrors && !(original instanceof GraphQLError)
        ? databaseUnavailableError(original)
        : undefined;
    if (unavailable) {
      warn(
        'database',
        { err: original },
        'the database failed during a request; the client was told to retry (SERVICE_UNAVAILABLE)',
      );
      const located = error instanceof GraphQLError ? error : undefined;
      return new GraphQLError(unavailable.message, {
        ...(located
          ? {
              nodes: located.nodes ?? null,
              source: located.source ?? null,
              positions: located.positions ?? null,
              path: located.path ?? null,
            }
          : {}),
        extensions: unavailable.extensions,
      });
    }
    const masked = maskError(error, message, isDev);
    if (masked !== error) {
      logger.error(
        { err: original },
        'unexpected error while serving a request (masked for the client)',
      );
    }
    return masked;
  };
}
