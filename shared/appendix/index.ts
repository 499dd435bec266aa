/**
 * The thesis appendix in Word: informant table, codebook, the reduction, display,
 * triangulation and conclusion matrices, coded segments and line-numbered transcripts,
 * formatted by the pedoman penulisan skripsi (see format.ts).
 */
export { buildAppendix } from './build';
export type { AppendixOptions, AppendixProgress } from './build';
export { APPENDIX_PARTS, DEFAULT_APPENDIX_PARTS, describeAppendixParts, isAppendixPart, partsToWrite } from './parts';
export { appendixPartsWithData } from './availability';
export type { AppendixPart, AppendixPartInfo } from './parts';
export { cmToTwips, DEFAULT_APPENDIX_FORMAT, resolveFormat } from './format';
export type { AppendixFormat, CitationStyle, EvidenceText, MarginsCm, Orientation, PageNumberPlacement, TableNumbering, UnjudgedVerdicts } from './format';
export { appendixSection } from './sections';
export { caption, dataTable, sourceNote } from './blocks';
export type { Block, Cell, Column } from './blocks';
export { citeSegment } from './citation';
export type { CitedSegment } from './citation';
export { createContext, dataYear, formatDate } from './context';
export type { AppendixContext } from './context';
export { matrixGroups, mergeMatrices } from './matrix-groups';
export type { MatrixGroup } from './matrix-groups';
