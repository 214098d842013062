import type { Plugin } from 'graphql-yoga';
import {
  requestIdOf,
  authorize,
  httpErrorResponse,
  nodeUnavailable,
  languageOf,
  REPORT_PATH_PREFIX,
} from '@city-ops/kernel';
import type { Logger, TokenVerifier } from '@city-ops/kernel';
import { forwardedForHeaders, peerAddressOf } from './client-address.js';
import { acceptLanguageHeaders } from './accept-language.js';
import type { NodeServerContext } from './client-address.js';
import type { NodeRegistry } from './node-registry.js';
import { noteUnavailableCause, transportCauseOf } from './node-unavailable-log.js';
import type { NodeUnavailableLog } from './node-unavailable-log.js';

/** What the gateway passes back of the ministry's answer. */
const FORWARDED_HEADERS = [
  'content-type',
  'content-disposition',
  'cache-control',
  'x-content-type-options',
  'www-authenticate',
  'allow',
];

export interface GatewayReportDownloadOptions {
  registry: NodeRegistry;
  verifier: TokenVerifier;
  timeoutMs: number;
  logger: Logger;
  nodeUnavailableLog: NodeUnavailableLog;
}

/**
 * GET /reports/… at the gateway: the same path at the ministry node, which computes
 * the file. Like the `monthlyReport` field, the token is verified here (401 before
 * any node is asked) and a caller who can never read reports is refused (403); the
 * ministry checks everything again with the caller's token, and its answer — the
 * file with its Content-Type and Content-Disposition, or its JSON error — is passed
 * back as it is. A ministry that does not answer within NODE_TIMEOUT_MS is 503
 * NODE_UNAVAILABLE.
 */
export function useReportDownloads(options: GatewayReportDownloadOptions): Plugin {
  const { registry, verifier, timeoutMs, logger, nodeUnavailableLog } = options;
  return {
    async onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
      if (!url.pathname.startsWith(REPORT_PATH_PREFIX)) return;
      try {
        const principal = await verifier.verifyAuthorization(request.headers.get('authorization'));
        authorize(principal, 'report.read');
        const ministry = registry.ministryNode();
        if (!ministry) {
          throw nodeUnavailable(
            {
              zh: '本网关未登记部级节点。',
              en: 'No ministry node is registered at this gateway.',
            },
            '000000',
          );
        }
        const target = new URL(`${url.pathname}${url.search}`, ministry.url);
        const timeout = AbortSignal.timeout(timeoutMs);
        let answer: Response;
        let body: ArrayBuffer;
        try {
          answer = await fetch(target, {
            method: request.method,
            headers: {
              authorization: `Bearer ${principal.token}`,
              'x-request-id': requestIdOf(request),
              ...forwardedForHeaders(peerAddressOf((serverContext as NodeServerContext).req)),
              ...acceptLanguageHeaders(request.headers.get('accept-language')),
            },
            signal: timeout,
          });
          // Read whole (reports are small), so the timeout covers the body too.
          body = await answer.arrayBuffer();
        } catch (error) {
          const reason = timeout.aborted
            ? `did not answer within ${timeoutMs / 1000} s`
            : `could not be reached (${transportCauseOf(error)})`;
          const reasonZh = timeout.aborted
            ? `在 ${timeoutMs / 1000} 秒内未应答`
            : `无法连接（${transportCauseOf(error)}）`;
          throw noteUnavailableCause(
            nodeUnavailable(
              {
                zh: `节点 ${registry.label(ministry)} ${reasonZh}。`,
                en: `Node ${registry.label(ministry)} ${reason}.`,
              },
              ministry.division,
            ),
            reason,
          );
        }
        const headers = new fetchAPI.Headers();
        for (const name of FORWARDED_HEADERS) {
          const value = answer.headers.get(name);
          if (value !== null) headers.set(name, value);
        }
        endResponse(new fetchAPI.Response(body, { status: answer.status, headers }));
      } catch (error) {
        nodeUnavailableLog([error]);
        endResponse(
          httpErrorResponse(
            fetchAPI,
            error,
            logger,
            languageOf(request.headers.get('accept-language')),
          ),
        );
      }
    },
  };
}
