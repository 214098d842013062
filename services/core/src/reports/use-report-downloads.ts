import { DATABASE_FAILURES } from '../server/database-unavailable-error.js';
import { trackingRequestWrites } from '../database/request-writes.js';
import {
  notFound,
  parseReportFilePath,
  REPORT_CONTENT_TYPES,
  REPORT_PATH_PREFIX,
  reportContentDisposition,
  httpErrorResponse,
} from '@city-ops/kernel';
import type { Logger } from '@city-ops/kernel';
import type { RequestContext } from '../node-context.js';
import { refuseDuty, TIER_DUTIES } from '../node/tier-duties.js';
import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';

export interface ReportDownloadOptions {
  /** The request's context exactly as a GraphQL request gets it (token verified: UNAUTHENTICATED, FORBIDDEN). */
  contextOf: (request: Request, req: IncomingMessage | undefined) => Promise<RequestContext>;
  logger: Logger;
}

/**
 * GET /reports/monthly/YYYY-MM.xlsx and .csv: the monthly national report as a file.
 * The token is verified and the request checked exactly as `monthlyReport` is (the
 * same context, the same function), and refusals carry the same codes in a JSON
 * body: 401 UNAUTHENTICATED, 403 FORBIDDEN, 400 BAD_USER_INPUT naming `month`, 421
 * NOT_OWNER at a node other than the ministry.
 */
export function useReportDownloads(options: ReportDownloadOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
      if (!url.pathname.startsWith(REPORT_PATH_PREFIX)) return;
      try {
        if (request.method !== 'GET') {
          endResponse(
            new fetchAPI.Response(
              JSON.stringify({ errors: [{ message: 'Report files are read with GET.' }] }),
              {
                status: 405,
                headers: { allow: 'GET', 'content-type': 'application/json; charset=utf-8' },
              },
            ),
          );
          return;
        }
        const file = parseReportFilePath(url.pathname);
        if (!file) {
          throw notFound(
            `No report at ${url.pathname}: ask for /reports/monthly/YYYY-MM.xlsx or /reports/monthly/YYYY-MM.csv.`,
          );
        }
        const context = await options.contextOf(
          request,
          (serverContext as { req?: IncomingMessage }).req,
        );
        const produce = context.node.spoke.reportFile;
        // A read: a database failure while making it changed nothing (request-writes.ts).
        const body = produce
          ? await trackingRequestWrites('query', () => produce(context, file.month, file.format))
          : refuseDuty(TIER_DUTIES.Query['monthlyReport']!, { month: file.month }, context);
        endResponse(
          new fetchAPI.Response(body, {
            status: 200,
            headers: {
              'content-type': REPORT_CONTENT_TYPES[file.format],
              'content-disposition': reportContentDisposition(file.month, file.format),
              'cache-control': 'no-store',
              'x-content-type-options': 'nosniff',
            },
          }),
        );
      } catch (error) {
        endResponse(httpErrorResponse(fetchAPI, error, options.logger, DATABASE_FAILURES));
      }
    },
  };
}
