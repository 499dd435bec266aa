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
export { appendixFormatSchema, cmToTwips, DEFAULT_APPENDIX_FORMAT, FORMAT_LIMITS, resolveFormat } from './format';
export type {
  AppendixFormat,
  AppendixNumbering,
  CitationStyle,
  EvidenceText,
  HeadingCase,
  MarginsCm,
  Orientation,
  PageNumberPlacement,
  TableNumbering,
  UnjudgedVerdicts,
} from './format';
export {
  BUILT_IN_PROFILE_IDS,
  builtInProfile,
  defaultFormatProfile,
  describeFormatProfileError,
  FORMAT_PROFILE_KIND,
  FormatProfileError,
  formatProfileFileName,
  formatProfileJson,
  isBuiltInProfileId,
  matchingBuiltIn,
  readFormatProfile,
  withSettings,
} from './format-profile';
export type { BuiltInProfileId, FormatProfile, FormatProfileProblem } from './format-profile';
export { appendixSection } from './sections';
export { caption, dataTable, sourceNote } from './blocks';
export type { Block, Cell, Column } from './blocks';
export { citeSegment } from './citation';
export type { CitedSegment } from './citation';
export { createContext, dataYear, formatDate } from './context';
export type { AppendixContext } from './context';
export { matrixGroups, mergeMatrices } from './matrix-groups';
export type { MatrixGroup } from './matrix-groups';
