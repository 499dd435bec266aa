/** Codebooks as CSV and XLSX spreadsheets: export from the project, import into it. */
export { COLUMNS, HEADERS, type CodebookColumn } from './columns';
export { codebookRows, PATH_SEPARATOR, type CodebookRow, type CodeRow, type NumberedRow } from './rows';
export { writeCodebookCsv, readCodebookCsv } from './csv';
export { TAGUETTE_HEADER, writeTaguetteCodebookCsv } from './taguette';
// The XLSX reader and writer (exceljs) are imported from "./xlsx" directly, so that apps can load them only when needed.
export { importCodebookRows, type CodebookImportResult, type CodebookImportSummary } from './import-rows';
export {
  CodebookFileError,
  checkCodebookSize,
  MAX_CODEBOOK_BYTES,
  describeCodebookFileError,
  describeRowProblem,
  type CodebookFileErrorCode,
  type RowProblem,
  type RowProblemCode,
} from './problems';
