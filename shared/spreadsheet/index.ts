/** Every matrix of a project as an .xlsx workbook, for finishing the tables in a spreadsheet. */
export { buildMatricesWorkbook, isMatrixSheet } from './matrices-workbook';
export type { MatricesWorkbookOptions } from './matrices-workbook';
export { MATRIX_SHEETS } from './matrix-sheets';
export type { MatrixSheet } from './matrix-sheets';
export { sheetName } from './sheet-name';
