import { GraphQLError } from 'graphql';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * A response with data is HTTP 200, whatever its errors (GraphQL over HTTP: "data" present
 * and not null means 2xx): a list with one refused field is a partial success, and a client
 * must read its data. yoga would give it the highest status its errors carry (FORBIDDEN's
 * 403); only a response without data keeps its errors' status. Headers the errors ask for
 * stay.
 */
export function usePartialResultStatus(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !isPartialResult(result)) return;
      if (!result.errors?.some(hasStatus)) return;
      setResult({ ...result, errors: result.errors.map(withoutStatus) });
    },
  };
}

function isPartialResult(result: unknown): result is ExecutionResult {
  if (typeof result !== 'object' || result === null || !('data' in result)) return false;
  const { data } = result as ExecutionResult;
  return data !== null && data !== undefined;
}

/** Errors as yoga holds them here: GraphQLErrors, though a stitched one may lack extensions. */
const httpOf = (error: GraphQLError): Record<string, unknown> | undefined =>
  (error as { extensions?: Record<string, unknown> }).extensions?.['http'] as
    Record<string, unknown> | undefined;

const statusOf = (error: GraphQLError): unknown => httpOf(error)?.['status'];

const hasStatus = (error: GraphQLError): boolean => statusOf(error) !== undefined;

function withoutStatus(error: GraphQLError): GraphQLError {
  if (!hasStatus(error)) return error;
  const { status: _status, ...http } = httpOf(error)!;
  return new GraphQLError(error.message, {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    path: error.path ?? null,
    originalError: error.originalError ?? null,
    extensions: { ...error.extensions, http },
  });
}
