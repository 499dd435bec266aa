/**
 * The Bab IV draft (hasil penelitian dan pembahasan) in Word, drafted from the student's own
 * analysis: see build.ts. Its figures (figures.ts), its template sentences (templates.ts) and
 * the lines the Word file and the in-app preview share (lines.ts).
 */
export { buildChapterDocx, chapterLines, indicatorDraft } from './build';
export type { ChapterOptions, ChapterProgress } from './build';
export { chapterFigures, FIGURE_PNG_SCALE, figureFrameworks } from './figures';
export type { ChapterFigure, FigureKind, FigurePng } from './figures';
export { lineText } from './lines';
export type { DraftLine } from './lines';
export {
  allowedPlaceholders,
  CHAPTER_TEMPLATE_KEYS,
  chapterSentence,
  defaultTemplate,
  fillTemplate,
  templateProblem,
  templateText,
  withTemplate,
} from './templates';
export type { ChapterTemplates } from './templates';
