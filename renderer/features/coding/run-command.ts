/**
 * Runs one user action of the coding workspace: computes its changeset with a shared/
 * domain function from the project as it is now, and hands it to the store's `perform`
 * (one write, one undo step). A refusal from the domain (a cycle, an empty selection…)
 * becomes a message the student reads instead of a thrown error; nothing is changed.
 */
import { translate } from '../../../shared/i18n';
import type { Changeset, ProjectState } from '../../../shared/model/changeset';
import { DomainError, type CommandLabel } from '../../../shared/project';
import { useAppStore } from '../../store';

/** Returns true when the action was performed (not refused by the domain or the store). */
export async function runCommand(labelKey: `commands:${CommandLabel}`, build: (state: ProjectState) => Changeset): Promise<boolean> {
  const { current, perform, locale, reportError, clearError } = useAppStore.getState();
  if (!current) return false;
  let changeset: Changeset;
  try {
    changeset = build(current);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    const key = err instanceof DomainError ? err.messageKey : 'coding:actionFailed';
    const message = translate(locale, key, { detail });
    // A refusal without its own sentence yet still gets a readable one.
    reportError(message === key ? translate(locale, 'coding:actionFailed', { detail }) : message);
    return false;
  }
  clearError();
  await perform(labelKey, changeset);
  return useAppStore.getState().lastError === null;
}
