/**
 * Conclusion drawing and verification: conclusions on indicators, dimensions and
 * frameworks, the editable verdict scale, the supervisor's warnings and the triangulation
 * status of each code. Operations return the changeset of one undoable action.
 */
export { addConclusion, conclusionsOn, deleteConclusion, linkEvidence, requireConclusion, unlinkEvidence, updateConclusion } from './conclusions';
export type { Authorship, ConclusionPatch, NewConclusionInput } from './conclusions';
export { editVerdictScale, scaleAsEdits, verdictUsage } from './verdict-scale';
export type { VerdictLevelEdit } from './verdict-scale';
export { conclusionWarnings, countWarnings, WARNING_KINDS } from './warnings';
export type { ConclusionWarning, ConclusionWarningKind } from './warnings';
export { conclusionCards } from './cards';
export type { ConclusionCard, ConclusionLevel } from './cards';
export { triangulationStatuses } from './triangulation-status';
export type { GroupTriangulation, IndicatorTriangulation, TriangulationStatus } from './triangulation-status';
export { CONCLUSION_ERROR_CODES, ConclusionError } from './errors';
export type { ConclusionErrorCode } from './errors';
