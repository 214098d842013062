import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { CONTENT_LANGUAGE, languageOf } from '../language/request-language.js';
import { protocolRefusalBody, protocolRefusalOf } from './http-protocol.js';

/**
 * The HTTP checks of http-protocol.ts in yoga, before the request is parsed: yoga itself
 * would execute an operation whose Accept it cannot answer and refuse it only when writing
 * the response, and would read form and multipart posts. Also keeps the JSON parser's own
 * message out of yoga's answer to a body that is not JSON (its `originalError`).
 */
export function useHttpProtocol(graphqlEndpoint: string): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== graphqlEndpoint) return;
      const refusal = protocolRefusalOf({
        method: request.method,
        header: (name) => request.headers.get(name),
      });
      if (!refusal) return;
      const language = languageOf(request.headers.get('accept-language'));
      endResponse(
        new fetchAPI.Response(protocolRefusalBody(refusal, language), {
          status: refusal.status,
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'content-language': CONTENT_LANGUAGE[language],
            vary: 'Accept-Language',
            ...refusal.headers,
          },
        }),
      );
    },
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      const parse = requestParser;
      setRequestParser((request) => {
        try {
          const parsed = parse(request);
          return parsed instanceof Promise ? parsed.catch(rethrowWithoutOriginalError) : parsed;
        } catch (error) {
          return rethrowWithoutOriginalError(error);
        }
      });
    },
  };
}

function rethrowWithoutOriginalError(error: unknown): never {
  if (!(error instanceof GraphQLError) || !('originalError' in error.extensions)) throw error;
  const { originalError: _parserMessage, ...extensions } = error.extensions;
  // yoga answers a body it could not read 400 even under application/json only because the
  // error carries its cause; without the cause, `spec: false` keeps that status.
  const http = (extensions['http'] ?? {}) as Record<string, unknown>;
  throw new GraphQLError(error.message, {
    extensions: { ...extensions, http: { ...http, spec: false } },
  });
}
