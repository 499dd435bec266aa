/**
 * The Bab IV draft (hasil penelitian dan pembahasan) in Word, drafted from the student's own
 * analysis: see build.ts.
 */
export { buildChapterDocx } from './build';
export type { ChapterOptions } from './build';
