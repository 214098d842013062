import type { ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { errorCodeOf, rateLimitedWarn } from '@city-ops/kernel';
import type { Logger } from '@city-ops/kernel';
import type { NodeRegistry } from './node-registry.js';

/**
 * Why the gateway could not get an answer from a node (refused, reset, timed out …),
 * kept beside the NODE_UNAVAILABLE error it made of it (node-subschemas.ts,
 * forwarder.ts) and carried over to the errors derived from it (a fallback's partial
 * error), so the log line says the cause, not only the client's message.
 */
const causes = new WeakMap<object, string>();

export function noteUnavailableCause<E extends Error>(error: E, cause: string): E {
  causes.set(error, cause);
  return error;
}

/** The cause noted for `error`, for an error it was derived from, or for one it wraps. */
export function unavailableCauseOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 6; depth += 1) {
    const cause = causes.get(current);
    if (cause !== undefined) return cause;
    if (current instanceof AggregateError) {
      for (const inner of current.errors) {
        const innerCause = unavailableCauseOf(inner);
        if (innerCause !== undefined) return innerCause;
      }
    }
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/** Logs the NODE_UNAVAILABLE errors of an answer (see createNodeUnavailableLog). */
export type NodeUnavailableLog = (errors: readonly unknown[] | undefined) => void;

/**
 * One warn line per NODE_UNAVAILABLE the gateway answers, naming the node and the
 * cause, at most one per node per 10 s with the count of the others (a node that is
 * down fails every request that needs it; the log must still be readable).
 */
export function createNodeUnavailableLog(
  logger: Logger,
  registry: NodeRegistry,
  intervalMs?: number,
): NodeUnavailableLog {
  const warn = rateLimitedWarn(logger, intervalMs === undefined ? {} : { intervalMs });
  return (errors) => {
    for (const error of errors ?? []) {
      if (errorCodeOf(error) !== 'NODE_UNAVAILABLE') continue;
      const division = String((error as GraphQLError).extensions['node'] ?? '');
      const node = registry.nodes.find((candidate) => candidate.division === division);
      const name = node?.name ?? division;
      warn(
        name,
        {
          node: name,
          division,
          cause: unavailableCauseOf(error) ?? (error as GraphQLError).message,
        },
        `node ${name} unavailable: answered NODE_UNAVAILABLE`,
      );
    }
  };
}

/** Runs `log` over every answer yoga sends (stitched, forwarded, or partial). */
export function useNodeUnavailableLog(log: NodeUnavailableLog): Plugin {
  return {
    onExecute: () => ({
      onExecuteDone: ({ result }) => {
        if ('errors' in result) log((result as ExecutionResult).errors);
      },
    }),
  };
}

/** For errors the gateway derives from a node's NODE_UNAVAILABLE (fallbacks): keeps its cause. */
export function deriveUnavailable(from: unknown, error: GraphQLError): GraphQLError {
  const cause = unavailableCauseOf(from);
  return cause === undefined ? error : noteUnavailableCause(error, cause);
}

/**
 * The most specific reason a request to a node failed: the first error code found
 * through `cause` chains and AggregateErrors (fetch reports "fetch failed" with the
 * socket's ECONNREFUSED a level or two below), else the innermost cause's message.
 */
export function transportCauseOf(error: unknown): string {
  const codeOf = (current: unknown, depth: number): string | undefined => {
    if (!current || typeof current !== 'object' || depth > 5) return undefined;
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    if (current instanceof AggregateError) {
      for (const inner of current.errors) {
        const innerCode = codeOf(inner, depth + 1);
        if (innerCode) return innerCode;
      }
    }
    return codeOf((current as { cause?: unknown }).cause, depth + 1);
  };
  let innermost: unknown = error;
  for (let depth = 0; depth < 5 && innermost instanceof Error && innermost.cause; depth += 1) {
    innermost = innermost.cause;
  }
  return codeOf(error, 0) ?? (innermost instanceof Error ? innermost.message : String(innermost));
}
