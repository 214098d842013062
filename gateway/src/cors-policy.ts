import type { CORSOptions } from 'graphql-yoga';

/**
 * Which browser pages may read the gateway's answers (GATEWAY_CORS_ORIGINS), as both
 * of its paths apply it: yoga's `cors` option for what yoga answers (preflights
 * included), and the front door's own headers for what it forwards, so a browser gets
 * the same headers whichever path answered. A listed origin is allowed by name; any
 * other cross-origin page gets no CORS headers, so its browser refuses the preflight and
 * never sends the request. A page served from the gateway's own origin needs none.
 * No credentials: the API takes bearer tokens, never cookies.
 */
export interface CorsPolicy {
  /** For yoga's `cors` option. */
  yogaOptions(request: Request): CORSOptions;
  /** The CORS headers of an answer to a request carrying `origin`: what yoga adds to it. */
  headersFor(origin: string | undefined): Record<string, string>;
}

export function corsPolicy(origins: readonly string[]): CorsPolicy {
  const allowed = new Set(origins);
  const isAllowed = (origin: string | null | undefined): origin is string =>
    origin !== null && origin !== undefined && allowed.has(origin);
  return {
    yogaOptions: (request) => {
      const origin = request.headers.get('origin');
      return isAllowed(origin) ? { origin, credentials: false } : false;
    },
    headersFor: (origin): Record<string, string> =>
      isAllowed(origin) ? { 'access-control-allow-origin': origin } : {},
  };
}
