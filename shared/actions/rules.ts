/**
 * Every action a user can take on a project, and whether a supervisor may take it while
 * reviewing. Declared once per action, here, for every front end: a new action does not
 * type-check until it says what review mode does with it (and until it has an undo label in
 * `i18n/strings/commands.ts`, from which the action names come).
 */
import type { CommandLabel } from '../project/command-labels';

export type ActionKind = CommandLabel;

export interface ActionRule {
  /** True when a reviewing supervisor may take it: comments, and naming the coders. */
  inReview: boolean;
}

const EDIT: ActionRule = { inReview: false };
const REVIEW: ActionRule = { inReview: true };

export const ACTION_RULES = {
  createProject: EDIT,
  updateProject: EDIT,
  editJournal: EDIT,
  updateSettings: EDIT,
  addFramework: EDIT,
  addCode: EDIT,
  renameCode: EDIT,
  recolorCode: EDIT,
  editCodeDefinition: EDIT,
  editCodeMemo: EDIT,
  updateCode: EDIT,
  moveCode: EDIT,
  mergeCodes: EDIT,
  deleteCode: EDIT,
  applyCode: EDIT,
  codeAllHits: EDIT,
  removeCode: EDIT,
  deleteSegment: EDIT,
  editSegmentMemo: EDIT,
  editReduced: EDIT,
  resizeSegment: EDIT,
  editCellSummary: EDIT,
  draftCellSummaries: EDIT,
  setTriangulationVerdict: EDIT,
  editTriangulationNote: EDIT,
  setTechniqueVerdict: EDIT,
  editTechniqueNote: EDIT,
  addConclusion: EDIT,
  editConclusion: EDIT,
  setConclusionVerdict: EDIT,
  linkEvidence: EDIT,
  unlinkEvidence: EDIT,
  deleteConclusion: EDIT,
  editVerdictScale: EDIT,
  addCoder: REVIEW,
  updateCoder: REVIEW,
  removeCoder: REVIEW,
  addComment: REVIEW,
  replyComment: REVIEW,
  resolveComment: REVIEW,
  reopenComment: REVIEW,
  deleteComment: REVIEW,
  importReview: EDIT,
  importSecondCoder: EDIT,
  acceptCoding: EDIT,
  importCodebook: EDIT,
  addInformant: EDIT,
  updateInformant: EDIT,
  deleteInformant: EDIT,
  importTranscripts: EDIT,
  importPictures: EDIT,
  updatePicture: EDIT,
  updateDocument: EDIT,
  editDocumentSource: EDIT,
  deleteDocument: EDIT,
  // The instruments are the student's: a reviewing supervisor comments on them instead.
  createGuide: EDIT,
  removeGuideFramework: EDIT,
  addGuideItem: EDIT,
  editGuideItem: EDIT,
  setGuideAudience: EDIT,
  moveGuideItem: EDIT,
  deleteGuideItem: EDIT,
  addGuideProbe: EDIT,
  editGuideProbe: EDIT,
  moveGuideProbe: EDIT,
  deleteGuideProbe: EDIT,
  linkAnswer: EDIT,
} as const satisfies Record<ActionKind, ActionRule>;
