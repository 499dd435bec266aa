/**
 * Research instruments: the interview guide (pedoman wawancara) with its follow-up
 * questions, the observation guide and the documentation checklist, per framework →
 * dimension → indicator; their built-in defaults; how interview turns link to questions;
 * and their Word export, stand-alone for the proposal or as lampiran parts.
 */
export { NO_INSTRUMENTS, guideOutline, instrumentsOf, isLeaf, localized, orderedQuestions, questionApplies } from './outline';
export type { GuideFramework, GuideGroup, GuideOutline, GuideSection } from './outline';
export {
  addGuideItem,
  addGuideProbe,
  createGuide,
  deleteGuideItem,
  deleteGuideProbe,
  editGuideItemText,
  editGuideItemWhere,
  editGuideProbe,
  linkAnswer,
  moveGuideItem,
  moveGuideProbe,
  removeGuideFramework,
  setGuideAudience,
} from './edit';
export { defaultTextOf, instantiateDefaults, templateKeys } from './instantiate';
export { contentWords, linkedTurns, MATCH_THRESHOLD, overlap } from './match';
export type { LinkedTurn } from './match';
export { answerMatrix, questionsNeverAsked } from './answers';
export type { AnswerMatrix, GuideAnswer, NeverAsked } from './answers';
export { FRAMEWORK_DEFAULTS, CLOSING_QUESTIONS } from './defaults';
