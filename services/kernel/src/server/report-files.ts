/** The file formats the monthly report is downloadable in. */
export type ReportFileFormat = 'xlsx' | 'csv';

/** Where report files are served, at the ministry node and at the gateway alike. */
export const REPORT_PATH_PREFIX = '/reports/';
const MONTHLY_FILE = /^\/reports\/monthly\/([^/]+)\.(xlsx|csv)$/;

export const reportFilePath = (month: string, format: ReportFileFormat) =>
  `/reports/monthly/${month}.${format}`;

/**
 * The month (as written, not yet checked) and format a path asks for, or undefined
 * for a path under /reports/ that names no report file.
 */
export function parseReportFilePath(
  pathname: string,
): { month: string; format: ReportFileFormat } | undefined {
  const match = MONTHLY_FILE.exec(pathname);
  if (!match) return undefined;
  let month: string;
  try {
    month = decodeURIComponent(match[1]!);
  } catch {
    month = match[1]!;
  }
  return { month, format: match[2] as ReportFileFormat };
}

export const REPORT_CONTENT_TYPES: Record<ReportFileFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** `attachment; filename="national-report-2026-11.xlsx"` (ASCII, so no encoding is needed). */
export const reportContentDisposition = (month: string, format: ReportFileFormat) =>
  `attachment; filename="national-report-${month}.${format}"`;
