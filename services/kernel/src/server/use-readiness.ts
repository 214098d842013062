import type { Plugin } from 'graphql-yoga';

/**
 * `/readyz`: 200 when the service can do its work (for a node, its database answers),
 * 503 with the reason otherwise. `/healthz` (yoga's own) only says the process is up.
 */
export function useReadiness(check: () => Promise<void>): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/readyz') return;
      try {
        await check();
        endResponse(
          new fetchAPI.Response(JSON.stringify({ status: 'ready' }), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          }),
        );
      } catch (error) {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              status: 'not ready',
              reason: error instanceof Error ? error.message : String(error),
            }),
            { status: 503, headers: { 'content-type': 'application/json' } },
          ),
        );
      }
    },
  };
}
