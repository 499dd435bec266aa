/**
 * Codebooks as Excel workbooks (.xlsx) via exceljs: one worksheet, a bold frozen header,
 * every cell written as text. Reading takes the first worksheet and each cell's text as
 * Excel shows it, so numbers or dates typed into a cell still come through as text.
 */
import ExcelJS from 'exceljs';
import type { Code, Locale } from '../model/types';
import { translate } from '../i18n';
import { safeUnzip, ZipError } from '../zip/safe-unzip';
import { checkCodebookSize, CodebookFileError } from './problems';
import { codebookRows, type NumberedRow } from './rows';
import { rowsFromTable, tableFromRows } from './table';

const WIDTHS = [40, 40, 60, 12];

/** A codebook workbook inflates to a few MB at most; more, or an extreme ratio, is a zip bomb. */
const WORKBOOK_LIMITS = { maxEntryBytes: 64 * 1024 * 1024, maxTotalBytes: 128 * 1024 * 1024, maxEntries: 2_000 };

/**
 * Checks the archive's directory (sizes, ratios, paths) before exceljs inflates anything:
 * exceljs itself would inflate whatever the archive claims.
 */
function checkWorkbookArchive(bytes: Uint8Array): void {
  try {
    safeUnzip(bytes, { wanted: () => false, limits: WORKBOOK_LIMITS });
  } catch (err) {
    if (err instanceof ZipError && err.problem !== 'not-zip' && err.problem !== 'truncated') throw new CodebookFileError('unsafe', err.message);
    throw new CodebookFileError('unreadable', err instanceof Error ? err.message : String(err));
  }
}

/** The bytes of an .xlsx codebook, headers and texts in `locale`. */
export async function writeCodebookXlsx(codes: readonly Code[], locale: Locale): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pilah';
  const sheet = workbook.addWorksheet(translate(locale, 'interop:sheet-name'), { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const cells of tableFromRows(codebookRows(codes, locale), locale)) sheet.addRow(cells);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, i) => {
    column.width = WIDTHS[i] ?? 20;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * The rows of the first worksheet of an .xlsx codebook.
 * @throws CodebookFileError when the bytes are not a workbook or hold no codebook table.
 */
export async function readCodebookXlsx(bytes: Uint8Array): Promise<NumberedRow[]> {
  checkCodebookSize(bytes);
  checkWorkbookArchive(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares Buffer; an ArrayBuffer is what it unzips in the browser and in Node alike.
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    await workbook.xlsx.load(copy as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (err) {
    throw new CodebookFileError('unreadable', err instanceof Error ? err.message : String(err));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new CodebookFileError('no-name-column');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text ?? '';
    });
    table[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return rowsFromTable(Array.from(table, (cells) => cells ?? []));
}
