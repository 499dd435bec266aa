import { useEffect } from 'react';
import { translate } from '../../../shared/i18n';
import { api } from '../../lib/api';
import { useAppStore } from '../../store';
import { BACKUP_INTERVAL_MS, createAutoBackup } from './auto-backup';
import { projectFileBytes, projectFileBytesAsync } from '../../lib/project-file-writer';

/** Keeps rolling backups of the open project: on opening, every 5 minutes, and on closing. */
export function useAutoBackup(): void {
  useEffect(() => {
    const auto = createAutoBackup({
      write: async (state, closing) => {
        // A closing page may not wait for a worker: write those bytes here.
        const bytes = closing ? projectFileBytes(state) : await projectFileBytesAsync(state);
        return api.backupWrite({ projectId: state.project.id, title: state.project.title, bytes });
      },
      newestBackupAt: async (projectId) => (await api.backupList({ projectId }))[0]?.createdAt ?? null,
      onBackupTime(projectId, iso) {
        if (useAppStore.getState().current?.project.id === projectId) useAppStore.getState().setLastBackupAt(iso);
      },
      onError(err) {
        const { locale, reportError } = useAppStore.getState();
        reportError(translate(locale, 'errors:backupFailed', { detail: err instanceof Error ? err.message : String(err) }));
      },
    });
    const now = useAppStore.getState();
    if (now.current) void auto.opened(now.current, now.revision);

    const unsubscribe = useAppStore.subscribe((state, previous) => {
      const id = state.current?.project.id;
      const previousId = previous.current?.project.id;
      if (id === previousId) return;
      if (previous.current) void auto.closing(previous.current, previous.revision);
      if (state.current) void auto.opened(state.current, state.revision);
    });
    const timer = window.setInterval(() => {
      const { current, revision } = useAppStore.getState();
      if (current) void auto.interval(current, revision);
    }, BACKUP_INTERVAL_MS);
    // Best effort when the window goes away: the write is started; the desktop app lets it finish.
    const onHide = () => {
      const { current, revision } = useAppStore.getState();
      if (current) void auto.closing(current, revision);
    };
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onHide);
    return () => {
      unsubscribe();
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onHide);
    };
  }, []);
}
