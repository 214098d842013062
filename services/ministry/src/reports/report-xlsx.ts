import ExcelJS from 'exceljs';
import type { CellFormat, ReportSection } from './report-sections.js';

/** Excel number formats of the report's cells (text cells keep the default). */
export const XLSX_NUMBER_FORMATS: Record<Exclude<CellFormat, 'text'>, string> = {
  integer: '#,##0',
  decimal: '#,##0.00',
  amount: '"¥"#,##0.00',
  rate: '0.0%',
  score: '0.0',
  points: '+0.0;-0.0;0.0',
  relative: '+0.0%;-0.0%;0.0%',
};

/**
 * The report as a real spreadsheet: a sheet per section, the header row bold,
 * filterable and frozen (with the division columns), numbers stored as numbers with
 * their format (rates as fractions shown 0.0 %, money in yuan), empty cells where
 * there is no value.
 */
export async function writeReportXlsx(
  sections: readonly ReportSection[],
  meta: { title: string; created: Date },
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '一网统管 部级节点';
  workbook.title = meta.title;
  workbook.created = meta.created;
  for (const section of sections) {
    const sheet = workbook.addWorksheet(section.title, {
      views: [{ state: 'frozen', xSplit: section.frozenColumns, ySplit: 1 }],
    });
    sheet.columns = section.columns.map((column) => ({
      header: column.header,
      width: column.width,
    }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    for (const cells of section.rows) {
      const row = sheet.addRow(cells.map((cell) => cell.value));
      cells.forEach((cell, index) => {
        if (cell.format !== 'text' && cell.value !== null) {
          row.getCell(index + 1).numFmt = XLSX_NUMBER_FORMATS[cell.format];
        }
      });
    }
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1, column: section.columns.length },
    };
  }
  // A copy into a plain ArrayBuffer (exceljs hands back a Node Buffer), which a Response takes.
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
