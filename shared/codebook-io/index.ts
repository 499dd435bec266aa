/** Codebooks as CSV and XLSX spreadsheets: export from the project, import into it. */
export { COLUMNS, HEADERS, type CodebookColumn } from './columns';
export { codebookRows, PATH_SEPARATOR, type CodebookRow, type NumberedRow } from './rows';
export { writeCodebookCsv, readCodebookCsv } from './csv';
export { writeCodebookXlsx, readCodebookXlsx } from './xlsx';
export { importCodebookRows, type CodebookImportResult, type CodebookImportSummary } from './import-rows';
export {
  CodebookFileError,
  describeCodebookFileError,
  describeRowProblem,
  type CodebookFileErrorCode,
  type RowProblem,
  type RowProblemCode,
} from './problems';
