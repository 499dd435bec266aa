/** Saves the instruments as a Word document (built on the spot: a guide is a few pages). */
import { buildGuideDocx } from '../../../shared/instruments/docx';
import { translate } from '../../../shared/i18n';
import type { ProjectState } from '../../../shared/model/changeset';
import type { Locale } from '../../../shared/model/types';
import { api } from '../../lib/api';

/** Resolves with the name written, or null when the student cancelled the save dialog. */
export async function exportGuide(state: ProjectState, locale: Locale): Promise<string | null> {
  const bytes = await buildGuideDocx(state, { locale });
  const suggestedName = `${translate(locale, 'instruments:fileName')} - ${state.project.title}`.slice(0, 120) + '.docx';
  return api.fileSave({ kind: 'docx', suggestedName, bytes });
}
