/**
 * Runs one review action (a comment, a reply, a coder …): computes its changeset with a
 * shared/review function from the project as it is now and hands it to the store's
 * `perform` as one undoable step. A refusal becomes a sentence in the error banner and
 * nothing is changed.
 */
import { translate } from '../../../shared/i18n';
import type { Changeset, ProjectState } from '../../../shared/model/changeset';
import { DomainError, type CommandLabel } from '../../../shared/project';
import { ReviewError } from '../../../shared/review';
import { useAppStore } from '../../store';

/** The sentence for a refused action, in the user's language. */
export function describeRefusal(err: unknown): string {
  const { locale } = useAppStore.getState();
  if (err instanceof ReviewError) return translate(locale, err.messageKey, err.values);
  if (err instanceof DomainError) return translate(locale, err.messageKey);
  return translate(locale, 'review:actionFailed', { detail: err instanceof Error ? err.message : String(err) });
}

/** Returns true when the action was performed. */
export async function runReviewAction(labelKey: `commands:${CommandLabel}`, build: (state: ProjectState) => Changeset): Promise<boolean> {
  const { current, perform, reportError, clearError } = useAppStore.getState();
  if (!current) return false;
  let changeset: Changeset;
  try {
    changeset = build(current);
  } catch (err) {
    reportError(describeRefusal(err));
    return false;
  }
  clearError();
  await perform(labelKey, changeset);
  return useAppStore.getState().lastError === null;
}
