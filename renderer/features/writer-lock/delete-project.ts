import { translate } from '../../../shared/i18n';
import { useAppStore } from '../../store';
import { activeWriter } from './browser-writer';

/**
 * Deletes a project from the start screen unless another tab or window has it open: its
 * editor would otherwise keep writing a project that no longer exists. Holds the project's
 * lock while deleting, so no tab can start editing it meanwhile.
 */
export async function deleteProjectUnlessOpenElsewhere(id: string): Promise<void> {
  const store = useAppStore.getState();
  const writer = activeWriter();
  if (!writer) return store.deleteProject(id);
  const title = store.projects.find((p) => p.id === id)?.title ?? '';
  const gone = () => !useAppStore.getState().projects.some((p) => p.id === id);
  const done = await writer.runIfNotOpenElsewhere(id, () => useAppStore.getState().deleteProject(id), gone);
  if (!done) {
    const { locale, reportError } = useAppStore.getState();
    reportError(translate(locale, 'writer:deleteRefused', { title }));
  }
}
