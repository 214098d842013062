import { GraphQLError } from 'graphql';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { errorCodeOf, httpStatusOf, sameWording } from '@city-ops/kernel';

/**
 * The HTTP status of a gateway answer is the one the node would have sent. A node
 * answers with the status its errors' codes carry (core/errors.ts: FORBIDDEN 403,
 * SERVICE_UNAVAILABLE 503 …), and the front door passes that status on as it is; but
 * stitching rebuilds a node's errors from the JSON body, and a node never writes its
 * status into the body, so yoga would answer 200. This gives every coded error without
 * a status the one of its code, so both paths answer alike.
 */
export function useNodeErrorStatus(): Plugin {
  return {
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        if (!('errors' in result) || !result.errors?.length) return;
        const errors = (result as ExecutionResult).errors!;
        if (!errors.some(lacksStatus)) return;
        setResult({ ...result, errors: errors.map(withStatus) } as typeof result);
      },
    }),
  };
}

function lacksStatus(error: GraphQLError): boolean {
  const code = errorCodeOf(error);
  return code !== undefined && httpStatusOf(code) !== undefined && !error.extensions['http'];
}

function withStatus(error: GraphQLError): GraphQLError {
  if (!lacksStatus(error)) return error;
  return sameWording(
    error,
    new GraphQLError(error.message, {
      nodes: error.nodes ?? null,
      source: error.source ?? null,
      positions: error.positions ?? null,
      path: error.path ?? null,
      originalError: error.originalError ?? null,
      extensions: {
        ...error.extensions,
        http: { status: httpStatusOf(errorCodeOf(error)!) },
      },
    }),
  );
}
