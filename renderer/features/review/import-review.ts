/**
 * "Ambil komentar dari file tinjauan…": the supervisor's reviewed copy of the project file
 * is read as it is (its own ids, not a copy made for opening), and its new comments,
 * replies, resolutions and coders join the open project as one undoable step.
 */
import { describeRefusal } from '../../../shared/actions';
import { translate } from '../../../shared/i18n';

import { describeProjectFileError } from '../../../shared/refi/errors';
import { loadProjectFileReader } from '../../lib/project-file-reader';
import { describeMerge, mergeReview } from '../../../shared/review';
import { api } from '../../lib/api';
import { act, useAppStore } from '../../store';

export type ImportReviewOutcome = { ok: boolean; message: string } | null;

/** Asks for the file and merges it; null when the user cancels. Nothing changes on failure. */
export async function importReviewFile(): Promise<ImportReviewOutcome> {
  const picked = await api.projectOpenFile();
  if (!picked) return null;
  const { locale, current, clearError } = useAppStore.getState();
  if (!current) return null;
  clearError();
  let reviewed;
  try {
    reviewed = (await loadProjectFileReader()).readQdpx(picked.bytes).snapshot;
  } catch (err) {
    return { ok: false, message: describeProjectFileError(err, locale, picked.name) };
  }
  let outcome: ImportReviewOutcome = null;
  await act('importReview', (state) => {
    // Computed from the project as it is when the write runs, so nothing typed meanwhile is lost.
    try {
      const changeset = mergeReview(state, reviewed);
      const counts = describeMerge(state, changeset);
      const nothing = counts.comments + counts.replies + counts.resolutions + counts.coders === 0;
      outcome = {
        ok: true,
        message: nothing ? translate(locale, 'review:importNothing', { file: picked.name }) : translate(locale, 'review:importDone', { file: picked.name, ...counts }),
      };
      return changeset;
    } catch (err) {
      outcome = { ok: false, message: describeRefusal(locale, err) };
      return {};
    }
  });
  // A failed write is already in the error banner; the project is unchanged.
  if (useAppStore.getState().lastError !== null) return null;
  return outcome;
}
