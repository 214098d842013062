import { GraphQLError } from 'graphql';
import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, mapAsyncIterator } from 'graphql-yoga';
import type { Plugin } from 'graphql-yoga';
import type { Language } from '../language/bilingual.js';
import { errorInLanguage } from '../language/error-language.js';
import { CONTENT_LANGUAGE, languageOf } from '../language/request-language.js';

function resultInLanguage<R extends ExecutionResult>(result: R, language: Language): R {
  if (!result.errors?.length) return result;
  return {
    ...result,
    errors: result.errors.map((error) =>
      error instanceof GraphQLError ? errorInLanguage(error, language) : error,
    ),
  };
}

/**
 * Answers in the request's language (language/request-language.ts): every error made with a
 * Chinese wording is written in Chinese unless the client prefers English, on each result of
 * a batch and each event of a subscription alike. Listed first among the plugins, so it reads
 * the errors before others rebuild them. The answer says its language and that it varies
 * with `Accept-Language`, so no cache hands one client's language to another.
 */
export function useResponseLanguage(): Plugin {
  return {
    onResultProcess({ request, result, setResult }) {
      const language = languageOf(request.headers.get('accept-language'));
      if (language === 'en') return;
      if (isAsyncIterable(result)) {
        setResult(
          mapAsyncIterator(result as AsyncIterable<ExecutionResult>, (each) =>
            resultInLanguage(each, language),
          ) as typeof result,
        );
        return;
      }
      setResult(
        (Array.isArray(result)
          ? result.map((each: ExecutionResult) => resultInLanguage(each, language))
          : resultInLanguage(result as ExecutionResult, language)) as typeof result,
      );
    },
    onResponse({ request, response }) {
      const language = languageOf(request.headers.get('accept-language'));
      response.headers.set('content-language', CONTENT_LANGUAGE[language]);
      response.headers.append('vary', 'Accept-Language');
    },
  };
}
