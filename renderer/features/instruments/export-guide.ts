/** Saves the instruments as a Word document (built on the spot: a guide is a few pages). */
import { buildGuideDocx } from '../../../shared/instruments/docx';
import { translate } from '../../../shared/i18n';
import type { ProjectState } from '../../../shared/model/changeset';
import type { Locale } from '../../../shared/model/types';
import { api } from '../../lib/api';
import { appendixFileName } from '../export';

/** Resolves with the name written, or null when the student cancelled the save dialog. */
export async function exportGuide(state: ProjectState, locale: Locale): Promise<string | null> {
  // In the campus format the project's profile holds, as the appendix is.
  const bytes = await buildGuideDocx(state, { locale, format: state.project.settings.formatProfile?.settings });
  const suggestedName = appendixFileName(state.project.title, translate(locale, 'instruments:fileName'), 'docx');
  return api.fileSave({ kind: 'docx', suggestedName, bytes });
}
