/**
 * Runs one action of the conclusions screen: builds its changeset with a shared/conclusions
 * function, as the coder who is working, from the project as it is when the store's write
 * queue reaches it (so two quick edits of a new card cannot both create a conclusion), and
 * writes it as one undo step. A refusal (review mode, a domain rule) becomes a sentence in
 * the error banner and nothing changes.
 */
import { ConclusionError, type Authorship } from '../../../shared/conclusions';
import { translate } from '../../../shared/i18n';
import type { Changeset, ProjectState } from '../../../shared/model/changeset';
import { DomainError, type CommandLabel } from '../../../shared/project';
import { useAppStore } from '../../store';
import { refuseInReviewMode } from '../review';

/** Resolves false when the action was refused. */
export async function runConclusionCommand(
  labelKey: `commands:${CommandLabel}`,
  build: (state: ProjectState, by: Authorship) => Changeset,
): Promise<boolean> {
  // A supervisor reviewing the project comments on conclusions; the student writes them.
  if (refuseInReviewMode()) return false;
  const { perform, clearError, activeCoderId } = useAppStore.getState();
  let refused = false;
  clearError();
  await perform(labelKey, (state) => {
    try {
      return build(state, { coderId: activeCoderId });
    } catch (err) {
      refused = true;
      const { locale, reportError } = useAppStore.getState();
      const known = err instanceof ConclusionError || err instanceof DomainError;
      const detail = err instanceof Error ? err.message : String(err);
      reportError(known ? translate(locale, err.messageKey) : translate(locale, 'conclusions:actionFailed', { detail }));
      return {};
    }
  });
  return !refused;
}
