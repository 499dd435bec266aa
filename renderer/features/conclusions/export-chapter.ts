/**
 * Saves the Bab IV draft as a Word document, built from the stored analysis on the spot.
 * Loaded only when the student asks for it (the screen imports it on click), so the Word
 * writer stays out of the conclusions screen's first load.
 */
import { buildChapterDocx } from '../../../shared/chapter';
import { translate } from '../../../shared/i18n';
import type { ProjectState } from '../../../shared/model/changeset';
import type { Locale } from '../../../shared/model/types';
import { api } from '../../lib/api';
import { appendixFileName } from '../export';

/** Resolves with the name written, or null when the student cancelled the save dialog. */
export async function exportChapter(state: ProjectState, locale: Locale): Promise<string | null> {
  // In the campus format the project's profile holds, as the appendix is.
  const bytes = await buildChapterDocx(state, { locale, format: state.project.settings.formatProfile?.settings });
  const suggestedName = appendixFileName(state.project.title, translate(locale, 'conclusions:chapterFileName'), 'docx');
  return api.fileSave({ kind: 'docx', suggestedName, bytes });
}
