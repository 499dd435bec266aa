/**
 * From a table of cells (what a CSV or a worksheet holds) to codebook rows: the first
 * non-empty row is the header, blank rows are skipped, and every row keeps the number a
 * spreadsheet shows for it.
 */
import { COLUMNS, findColumns, HEADERS, type CodebookColumn } from './columns';
import { CodebookFileError } from './problems';
import type { CodebookRow, NumberedRow } from './rows';
import type { Locale } from '../model/types';

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

/**
 * The codebook rows of a table; `table[i]` is spreadsheet row i + 1.
 * @throws CodebookFileError('no-name-column') without a recognisable header,
 *   CodebookFileError('no-rows') when no row follows it.
 */
export function rowsFromTable(table: readonly (readonly string[])[]): NumberedRow[] {
  const headerIndex = table.findIndex((cells) => !isBlank(cells));
  const columns = headerIndex < 0 ? null : findColumns(table[headerIndex]!);
  if (!columns) throw new CodebookFileError('no-name-column');
  const cell = (cells: readonly string[], column: CodebookColumn): string => {
    const index = columns[column];
    return index === undefined ? '' : (cells[index] ?? '');
  };
  const rows: NumberedRow[] = [];
  for (let i = headerIndex + 1; i < table.length; i++) {
    const cells = table[i]!;
    if (isBlank(cells)) continue;
    rows.push({ row: i + 1, name: cell(cells, 'name'), parent: cell(cells, 'parent'), definition: cell(cells, 'definition'), colour: cell(cells, 'colour') });
  }
  if (rows.length === 0) throw new CodebookFileError('no-rows');
  return rows;
}

/** The header and rows of a codebook as a table of text cells, headers in `locale`. */
export function tableFromRows(rows: readonly CodebookRow[], locale: Locale): string[][] {
  return [COLUMNS.map((c) => HEADERS[locale][c]), ...rows.map((r) => COLUMNS.map((c) => r[c]))];
}
