import { maskError } from 'graphql-yoga';
import type { YogaServerOptions } from 'graphql-yoga';
import type { Logger } from '../logger.js';

type MaskErrorFn = Extract<
  NonNullable<YogaServerOptions<object, object>['maskedErrors']>,
  object
>['maskError'];

/**
 * Yoga's masking (anything but our coded GraphQLErrors becomes "Unexpected error.")
 * plus a log line with the real error, so the operator sees what the client must not.
 */
export function loggingMaskError(logger: Logger): NonNullable<MaskErrorFn> {
  return (error, message, isDev) => {
    const masked = maskError(error, message, isDev);
    if (masked !== error) {
      const original = (error as { originalError?: unknown }).originalError ?? error;
      logger.error(
        { err: original },
        'unexpected error while serving a request (masked for the client)',
      );
    }
    return masked;
  };
}
