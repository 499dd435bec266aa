/**
 * Saves the Bab IV draft as a Word document, built from the stored analysis in the export
 * worker with its figures drawn by the browser; and saves each figure on its own as PNG or SVG. Loaded only
 * when the student asks for it (the screen imports it on click), so the Word writer stays out
 * of the conclusions screen's first load.
 */
import { resolveFormat } from '../../../shared/appendix';
import { chapterFigures, chapterSentence } from '../../../shared/chapter';
import { translate } from '../../../shared/i18n';
import { snapshotFromState, type ProjectState } from '../../../shared/model/changeset';
import type { Locale } from '../../../shared/model/types';
import { api } from '../../lib/api';
import { appendixFileName, buildChapterInWorker, type BuildProgress } from '../export';
import { figurePngInBrowser } from './figure-png';

/**
 * Builds the draft as the appendix is built: in the export worker, with progress, cancelled by
 * `signal`. The figures are drawn here first (a worker cannot draw SVG), then handed over.
 * Resolves with the name written, or null when the student cancelled the save dialog.
 */
export async function exportChapter(
  state: ProjectState,
  locale: Locale,
  opts: { signal: AbortSignal; onProgress(progress: BuildProgress): void },
): Promise<string | null> {
  opts.onProgress({ done: 0, total: 3, step: 'figures' });
  const figures: Record<string, Uint8Array> = {};
  for (const figure of chapterFigures(state, locale, chapterSentence(locale, state.project.settings.chapterTemplates))) {
    figures[figure.name] = await figurePngInBrowser(figure);
  }
  const bytes = await buildChapterInWorker(
    {
      snapshot: snapshotFromState(state),
      parts: [],
      orientation: {},
      // In the campus format the project's profile holds, as the appendix is.
      format: resolveFormat(state.project.settings.formatProfile?.settings),
      locale,
      now: new Date().toISOString(),
      figures,
    },
    opts,
  );
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
