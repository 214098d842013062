import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';
import type { YogaServerOptions } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import { chineseWordingOf, withChinese } from '../language/error-language.js';
import { rateLimitedWarn } from '../rate-limited-warn.js';

/** What a masked error says in Chinese (yoga's "Unexpected error."). */
export const UNEXPECTED_ERROR_ZH = '服务内部出错，请稍后重试；仍然出错请联系管理员。';

type MaskErrorFn = Extract<
  NonNullable<YogaServerOptions<object, object>['maskedErrors']>,
  object
>['maskError'];

/**
 * Failures a service knows how to tell a client about although they carry no code
 * (a node's database going away): `translate` gives the coded error, or undefined
 * for anything else; `warning` is the log line, at most once per 10 s.
 */
export interface KnownFailures {
  translate(error: unknown): GraphQLError | undefined;
  warning: string;
}

/**
 * Yoga's masking (anything but our coded GraphQLErrors becomes "Unexpected error.")
 * plus a log line with the real error, so the operator sees what the client must not.
 * A known failure (a node's database failing: SERVICE_UNAVAILABLE, telling the client
 * to retry and what may have been applied) is answered with its code instead, and its
 * cause logged at warn, rate-limited.
 */
export function loggingMaskError(logger: Logger, known?: KnownFailures): NonNullable<MaskErrorFn> {
  const warn = rateLimitedWarn(logger);
  return (error, message, isDev) => {
    const original = (error as { originalError?: unknown }).originalError ?? error;
    const unavailable =
      known && !(original instanceof GraphQLError) ? known.translate(original) : undefined;
    if (unavailable && known) {
      warn('known failure', { err: original }, known.warning);
      const located = error instanceof GraphQLError ? error : undefined;
      const answered = new GraphQLError(unavailable.message, {
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
      const wording = chineseWordingOf(unavailable);
      return wording ? withChinese(answered, wording) : answered;
    }
    const masked = maskError(error, message, isDev);
    if (masked !== error) {
      logger.error(
        { err: original },
        'unexpected error while serving a request (masked for the client)',
      );
      if (masked instanceof GraphQLError) withChinese(masked, { message: UNEXPECTED_ERROR_ZH });
    }
    return masked;
  };
}
