/**
 * Domain operations on a project. Every operation is pure: it reads a ProjectState and
 * returns the Changeset of one undoable action (or a value), and never mutates the state.
 */
export { DomainError } from './errors';
export type { DomainErrorCode } from './errors';
export { createProject } from './create-project';
export type { NewProjectInput } from './create-project';
export { ancestorsAndSelf, childrenOf, codeLabel, codePath, descendantIds } from './code-tree';
export { addCode, codeUsage, deleteCode, mergeCodes, moveCode, updateCode } from './codebook';
export type { CodePatch, NewCodeInput } from './codebook';
export { applyCodes, codeAllHits, deleteSegment, removeCodeFromSegment, updateSegment } from './coding';
export type { CodingInput, SegmentPatch, TextRange } from './coding';
export {
  addInformant,
  deleteInformant,
  nextInformantLabel,
  updateInformant,
  updateProject,
} from './informants';
export type { InformantFields } from './informants';
export { addImportedTranscripts, deleteDocument, updateDocument, updateDocumentSource } from './documents';
export type { DocumentPatch } from './documents';
export {
  codeCounts,
  codeCountsWithDescendants,
  MAX_SEARCH_HITS,
  searchText,
  segmentsByCode,
  segmentsInDocument,
} from './queries';
export type { RetrievedSegment, SearchHit, SearchOptions } from './queries';
export type { CommandLabel } from './command-labels';
export {
  colorName,
  FRAMEWORKS,
  frameworkById,
  instantiateFramework,
  isHexColor,
  NEUTRAL,
  nextColor,
  PALETTE,
  tintOf,
} from '../frameworks';
export type { CodeTemplate, FrameworkTemplate, PaletteColor } from '../frameworks';
export { advanceDerivedData, advanceSegmentIndex } from './derived-data';
export { segmentCount } from './segment-index';
export { followReferences } from './follow-references';
export { advanceCodeCounts } from './code-counts';
export { categoryLabel } from './informant-category';
export { addImportedPictures, isPicture, updatePicture, wholePicture } from './pictures';
export type { PicturePatch } from './pictures';
