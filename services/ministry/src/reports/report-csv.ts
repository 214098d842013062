import type { ReportSection } from './report-sections.js';

/** The byte order mark: without it Excel reads a UTF-8 CSV in the system code page and garbles Chinese. */
export const UTF8_BOM = '\uFEFF';

/**
 * A number as CSV text: at most 12 significant digits, so floating-point noise
 * ((0.8 − 0.75) × 100 = 5.000000000000004) does not reach the file, and no exponent
 * for the noise around 0.
 */
export function csvNumber(value: number): string {
  if (Math.abs(value) < 1e-9) return '0';
  return String(Number(value.toPrecision(12)));
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return csvNumber(value);
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * One CSV file holding every section one after another: a title row, the header
 * row and the rows, a blank line between sections. UTF-8 with a byte order mark,
 * CRLF line ends (RFC 4180, and what Excel writes).
 */
export function writeReportCsv(sections: readonly ReportSection[]): string {
  const blocks = sections.map((section) =>
    [
      csvField(section.title),
      section.columns.map((column) => csvField(column.header)).join(','),
      ...section.rows.map((row) => row.map((cell) => csvField(cell.value)).join(',')),
    ].join('\r\n'),
  );
  return `${UTF8_BOM}${blocks.join('\r\n\r\n')}\r\n`;
}
