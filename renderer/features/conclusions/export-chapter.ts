/**
 * Saves the Bab IV draft as a Word document, built from the stored analysis on the spot, with
 * its figures drawn by the browser; and saves each figure on its own as PNG or SVG. Loaded only
 * when the student asks for it (the screen imports it on click), so the Word writer stays out
 * of the conclusions screen's first load.
 */
import { buildChapterDocx, chapterFigures, chapterSentence } from '../../../shared/chapter';
import { translate } from '../../../shared/i18n';
import type { ProjectState } from '../../../shared/model/changeset';
import type { Locale } from '../../../shared/model/types';
import { api } from '../../lib/api';
import { appendixFileName } from '../export';
import { figurePngInBrowser } from './figure-png';

/** Resolves with the name written, or null when the student cancelled the save dialog. */
export async function exportChapter(state: ProjectState, locale: Locale): Promise<string | null> {
  // In the campus format the project's profile holds, as the appendix is.
  const bytes = await buildChapterDocx(state, { locale, format: state.project.settings.formatProfile?.settings, figurePng: figurePngInBrowser });
  const suggestedName = appendixFileName(state.project.title, translate(locale, 'conclusions:chapterFileName'), 'docx');
  return api.fileSave({ kind: 'docx', suggestedName, bytes });
}

/** Saves the figure `name` of the draft as PNG or SVG; resolves with the name written, or null when cancelled. */
export async function exportFigure(state: ProjectState, locale: Locale, name: string, kind: 'png' | 'svg'): Promise<string | null> {
  const figure = chapterFigures(state, locale, chapterSentence(locale, state.project.settings.chapterTemplates)).find((f) => f.name === name);
  if (!figure) return null;
  const bytes = kind === 'svg' ? new TextEncoder().encode(figure.svg) : await figurePngInBrowser(figure);
  return api.fileSave({ kind, suggestedName: `${figure.name}.${kind}`, bytes });
}
