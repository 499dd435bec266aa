/**
 * Every matrix as an Excel workbook (.xlsx) via exceljs, for students who finish their tables
 * in a spreadsheet: one sheet per matrix, a bold header row kept in view with the row labels,
 * wrapped text aligned to the top, widths that suit text or counts.
 */
import ExcelJS from 'exceljs';
import { createContext } from '../appendix/context';
import { resolveFormat, type AppendixFormat } from '../appendix/format';
import type { ProjectState } from '../model/changeset';
import type { Locale } from '../model/types';
import { MATRIX_SHEETS, matrixSheets, type MatrixSheet, type SheetValue } from './matrix-sheets';
import { sheetName } from './sheet-name';

export interface MatricesWorkbookOptions {
  /** Language of sheet names, headers and labels. */
  locale: Locale;
  /** The sheets to write (ids of MATRIX_SHEETS); default all. They are written in MATRIX_SHEETS order. */
  parts?: string[];
  /** The moment the workbook is made (its properties); default now. */
  now?: Date;
  /**
   * The appendix settings the tables share with the Word appendix (what unjudged triangulation
   * rows say, evidence as quotes or reduced statements, the citation style), so both read alike.
   */
  format?: Partial<AppendixFormat>;
}

/** Excel refuses a cell longer than this many characters. */
const MAX_CELL = 32_767;

/** Points per line of wrapped text at the default 11 pt, and Excel's tallest row. */
const LINE_POINTS = 15;
const MAX_ROW_POINTS = 409;

/**
 * The height a row needs for its wrapped text. Set explicitly because spreadsheets do not all
 * grow a row to fit wrapped text on opening (LibreOffice Calc keeps the default height, so
 * the lines would overlap the next row).
 */
export function rowHeight(row: readonly SheetValue[], widths: readonly number[]): number {
  let lines = 1;
  row.forEach((value, i) => {
    if (typeof value !== 'string') return;
    // A column `width` characters wide holds a little less than that many characters of proportional text.
    const perLine = Math.max(1, Math.floor((widths[i] ?? 20) * 1.2) - 1);
    const needed = value.split('\n').reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
    lines = Math.max(lines, needed);
  });
  return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS);
}

export function isMatrixSheet(value: string): value is MatrixSheet {
  return (MATRIX_SHEETS as readonly string[]).includes(value);
}

function fit(value: SheetValue): SheetValue {
  if (typeof value !== 'string' || value.length <= MAX_CELL) return value;
  return `${value.slice(0, MAX_CELL - 1)}…`;
}

/**
 * Builds the workbook.
 *
 * @returns the bytes of the .xlsx file (works the same in Node and in the browser)
 * @throws RangeError naming the unknown sheets when `parts` holds a name that is not a sheet
 */
export async function buildMatricesWorkbook(state: ProjectState, options: MatricesWorkbookOptions): Promise<Uint8Array> {
  const unknown = (options.parts ?? []).filter((part) => !isMatrixSheet(part));
  if (unknown.length > 0) throw new RangeError(`buildMatricesWorkbook: unknown sheets ${unknown.join(', ')}`);
  const chosen = options.parts ? options.parts.filter(isMatrixSheet) : [...MATRIX_SHEETS];
  const now = options.now ?? new Date();
  const ctx = createContext(state, resolveFormat(options.format), options.locale, now);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = state.project.researcher || 'Pilah';
  workbook.title = state.project.title;
  workbook.created = now;
  workbook.modified = now;
  const taken = new Set<string>();
  for (const table of matrixSheets(ctx, chosen)) {
    const name = sheetName(ctx.t(`sheet_${table.sheet}`), taken);
    taken.add(name.toLowerCase());
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: table.labelColumns, ySplit: 1 }] });
    sheet.addRow(table.header).height = rowHeight(table.header, table.widths);
    for (const row of table.rows) sheet.addRow(row.map(fit)).height = rowHeight(row, table.widths);
    sheet.columns.forEach((column, i) => {
      column.width = table.widths[i] ?? 20;
      column.alignment = { wrapText: true, vertical: 'top' };
    });
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    if (table.rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
