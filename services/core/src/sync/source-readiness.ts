/** How long a readiness probe may take: a source that answers slower is not back yet. */
export const READINESS_PROBE_TIMEOUT_MS = 1_000;

/** A source node's `/readyz`, beside its GraphQL endpoint (`…/graphql` → `…/readyz`). */
export function readinessUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = url.pathname.replace(/\/+$/, '');
  return new URL('readyz', url).href;
}

/**
 * True when the source answers its `/readyz` with 200 (its process is up and its database
 * answers) within `timeoutMs`; false on anything else, including `signal` firing. A GET
 * without a token: cheap enough to ask every few hundred milliseconds while backing off.
 */
export async function sourceIsReady(
  graphqlUrl: string,
  signal: AbortSignal,
  timeoutMs = READINESS_PROBE_TIMEOUT_MS,
): Promise<boolean> {
  try {
    const response = await fetch(readinessUrlOf(graphqlUrl), {
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
    });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}
