import type { RequestContext } from '@city-ops/core';
import { monthlyReport } from './monthly-report.js';
import { writeReportCsv } from './report-csv.js';
import { reportSections } from './report-sections.js';
import { writeReportXlsx } from './report-xlsx.js';

/** The monthly national report as a file: the same view as `monthlyReport`, as CSV or XLSX. */
export async function monthlyReportFile(
  context: RequestContext,
  month: string,
  format: 'xlsx' | 'csv',
): Promise<Uint8Array<ArrayBuffer> | string> {
  const view = await monthlyReport(context, month, format);
  const sections = reportSections(view);
  return format === 'csv'
    ? writeReportCsv(sections)
    : writeReportXlsx(sections, {
        title: `全国城市运行管理服务月报 ${view.month}`,
        created: new Date(view.generatedAt),
      });
}
