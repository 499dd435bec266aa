/**
 * Data reduction: the student's cell summaries (indicator × informant), drafts assembled
 * from reduced statements, and the triangulation verdicts and notes per indicator. Every
 * operation is pure and returns the Changeset of one undoable action.
 */
export { cellSummaryOf, cellSummaryText, setCellSummary } from './cell-summaries';
export type { Authorship } from './cell-summaries';
export { cellSegmentsOf, draftableCells, draftCellSummary, draftEmptyCellSummaries, draftFromStatements } from './draft';
export {
  setTechniqueNote,
  setTechniqueVerdict,
  setTriangulationNote,
  setTriangulationVerdict,
  TRIANGULATION_VERDICTS,
  triangulationNoteOf,
} from './triangulation-notes';
export { cellSummariesFromState, triangulationVerdictsFromState } from './display-inputs';
