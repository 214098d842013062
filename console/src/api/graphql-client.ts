import type { TypedDocumentString } from '../generated/graphql';
import { ApiError, NETWORK_ERROR, apiErrorOf } from './api-error';
import { requestBodyOf } from './request-body';

/** Where the console sends GraphQL: the gateway that served it (or the dev server's proxy). */
export const GRAPHQL_PATH = '/graphql';

/** Sends typed operations with the signed-in user's token; one per session. */
export type GraphQLRequest = <Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  ...variables: Variables extends Record<string, never> ? [] : [Variables]
) => Promise<Result>;

/** The API's code for a request without a valid token. */
export const UNAUTHENTICATED = 'UNAUTHENTICATED';

/** The gateway's code for a node that did not answer (its note when another answered instead). */
const NODE_UNAVAILABLE = 'NODE_UNAVAILABLE';

const codeOf = (error: unknown) =>
  (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;

/** What a screen shows for the moment before the browser leaves for the login page. */
const sessionEndedError = () =>
  new ApiError(
    UNAUTHENTICATED,
    '登录已过期，正在转到登录页；重新登录后将回到本页，已填写的内容会保留。',
  );

/**
 * A plain-fetch GraphQL client: the documents are typed strings from codegen, so no client
 * library or parser is bundled. Any error in the answer is thrown as an ApiError (the console
 * shows no partial data); an answer that never came or is not JSON is a NETWORK ApiError, which
 * for a create means "may or may not have been applied". A session that ended during work (no
 * token to send, or the API's UNAUTHENTICATED) calls `sessionEnded` as well as throwing, so
 * the user signs in again wherever it was noticed.
 */
export function createGraphQLRequest(
  accessToken: () => Promise<string | undefined>,
  sessionEnded: () => void,
): GraphQLRequest {
  return async (document, ...rest) => {
    const token = await accessToken();
    if (!token) {
      sessionEnded();
      throw sessionEndedError();
    }
    let body: { data?: unknown; errors?: unknown[] };
    try {
      const { body: requestBody, contentType } = requestBodyOf(document.toString(), rest[0] ?? {});
      const response = await fetch(GRAPHQL_PATH, {
        method: 'POST',
        headers: {
          ...(contentType ? { 'content-type': contentType } : {}),
          accept: 'application/graphql-response+json, application/json',
          authorization: `Bearer ${token}`,
        },
        body: requestBody,
      });
      body = (await response.json()) as typeof body;
    } catch {
      throw new ApiError(NETWORK_ERROR, '未收到服务器的答复，请检查网络后重试。');
    }
    if (Array.isArray(body.errors) && body.errors.length > 0) {
      const error = apiErrorOf(body.errors);
      if (body.data && body.errors.every((each) => codeOf(each) === NODE_UNAVAILABLE)) {
        throw new ApiError(error.code, error.message, error.problems, body.data);
      }
      if (error.code === UNAUTHENTICATED) {
        sessionEnded();
        throw sessionEndedError();
      }
      throw error;
    }
    if (body.data === undefined || body.data === null) {
      throw new ApiError(NETWORK_ERROR, '服务器的答复不完整，请稍后重试。');
    }
    return body.data as never;
  };
}
