import { trackingRequestWrites } from '../database/request-writes.js';
import { useNodeGetEndpoint } from '../server/use-node-get-endpoint.js';
import type { NodeGetEndpoint } from '../server/use-node-get-endpoint.js';
import {
  notFound,
  parseReportFilePath,
  REPORT_CONTENT_TYPES,
  REPORT_PATH_PREFIX,
  reportContentDisposition,
} from '@city-ops/kernel';
import { refuseDuty, TIER_DUTIES } from '../node/tier-duties.js';
import type { Plugin } from 'graphql-yoga';

export type ReportDownloadOptions = Pick<NodeGetEndpoint, 'contextOf' | 'logger'>;

/**
 * GET /reports/monthly/YYYY-MM.xlsx and .csv: the monthly national report as a file.
 * The token is verified and the request checked exactly as `monthlyReport` is (the
 * same context, the same function), and refusals carry the same codes in a JSON
 * body: 401 UNAUTHENTICATED, 403 FORBIDDEN, 400 BAD_USER_INPUT naming `month`, 421
 * NOT_OWNER at a node other than the ministry.
 */
export function useReportDownloads(options: ReportDownloadOptions): Plugin {
  return useNodeGetEndpoint({
    serves: (pathname) => pathname.startsWith(REPORT_PATH_PREFIX),
    getOnly: { zh: '报表文件请用 GET 读取。', en: 'Report files are read with GET.' },
    contextOf: options.contextOf,
    logger: options.logger,
    answer: async ({ url, fetchAPI, context: contextOfRequest }) => {
      const file = parseReportFilePath(url.pathname);
      if (!file) {
        throw notFound({
          zh: `${url.pathname} 没有报表：请求 /reports/monthly/YYYY-MM.xlsx 或 /reports/monthly/YYYY-MM.csv。`,
          en: `No report at ${url.pathname}: ask for /reports/monthly/YYYY-MM.xlsx or /reports/monthly/YYYY-MM.csv.`,
        });
      }
      const context = await contextOfRequest();
      const produce = context.node.spoke.reportFile;
      // A read: a database failure while making it changed nothing (request-writes.ts).
      const body = produce
        ? await trackingRequestWrites('query', () => produce(context, file.month, file.format))
        : refuseDuty(TIER_DUTIES.Query['monthlyReport']!, { month: file.month }, context);
      return new fetchAPI.Response(body, {
        status: 200,
        headers: {
          'content-type': REPORT_CONTENT_TYPES[file.format],
          'content-disposition': reportContentDisposition(file.month, file.format),
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        },
      });
    },
  });
}
