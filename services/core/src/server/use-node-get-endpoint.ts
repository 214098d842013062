import type { IncomingMessage } from 'node:http';
import type { FetchAPI, Plugin } from 'graphql-yoga';
import { httpErrorResponse, languageOf } from '@city-ops/kernel';
import type { Bilingual, Logger } from '@city-ops/kernel';
import type { RequestContext } from '../node-context.js';
import { DATABASE_FAILURES } from './database-unavailable-error.js';

export interface NodeGetRequest {
  request: Request;
  url: URL;
  fetchAPI: FetchAPI;
  /** The request's context as a GraphQL request gets it: verifies the token, so call it when the answer needs it. */
  context: () => Promise<RequestContext>;
}

export interface NodeGetEndpoint {
  /** Whether a path is this endpoint's. */
  serves: (pathname: string) => boolean;
  /** What a request with another method is told: 'The change feed is read with GET.' */
  getOnly: Bilingual;
  /** The request's context exactly as a GraphQL request gets it (token verified: UNAUTHENTICATED, FORBIDDEN). */
  contextOf: (request: Request, req: IncomingMessage | undefined) => Promise<RequestContext>;
  logger: Logger;
  /** The answer to a GET; a thrown coded error becomes its JSON refusal. */
  answer: (get: NodeGetRequest) => Promise<Response>;
}

/**
 * An HTTP endpoint a node serves beside `/graphql` (report files, the change feed): GET
 * only (405 otherwise), and every refusal a coded JSON error with its status, exactly as
 * a GraphQL request would be refused, a database failure included (503).
 */
export function useNodeGetEndpoint(endpoint: NodeGetEndpoint): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
      if (!endpoint.serves(url.pathname)) return;
      const language = languageOf(request.headers.get('accept-language'));
      try {
        if (request.method !== 'GET') {
          endResponse(
            new fetchAPI.Response(
              JSON.stringify({ errors: [{ message: endpoint.getOnly[language] }] }),
              {
                status: 405,
                headers: { allow: 'GET', 'content-type': 'application/json; charset=utf-8' },
              },
            ),
          );
          return;
        }
        const context = () =>
          endpoint.contextOf(request, (serverContext as { req?: IncomingMessage }).req);
        endResponse(await endpoint.answer({ request, url, fetchAPI, context }));
      } catch (error) {
        endResponse(
          httpErrorResponse(fetchAPI, error, endpoint.logger, language, DATABASE_FAILURES),
        );
      }
    },
  };
}
