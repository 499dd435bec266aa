import { useEffect } from 'react';
import { translate } from '../../../shared/i18n';
import { useAppStore } from '../../store';
import { startBrowserWriter } from './browser-writer';
import { createCoalescedRunner, type WriterStatus } from './writer-protocol';

/**
 * Keeps the open project's one-writer lock for this tab and mirrors its state in the store:
 * read-only with a reason while another tab writes, following that tab's writes, and
 * writable again only after re-reading the project when this tab becomes the writer late
 * (promoted when the other tab closed, or by taking over).
 */
export function useWriterLock(): void {
  useEffect(() => {
    const store = useAppStore;
    const reload = createCoalescedRunner(() => store.getState().reloadCurrent());
    const openId = () => store.getState().current?.project.id ?? null;

    const onStatus = (status: WriterStatus) => {
      const { setWriterState } = store.getState();
      switch (status.role) {
        case 'none':
          setWriterState({ readOnly: false, readOnlyReason: null });
          return;
        case 'checking':
          setWriterState({ readOnly: true, readOnlyReason: 'checking' });
          return;
        case 'reader':
          setWriterState({ readOnly: true, readOnlyReason: status.reason });
          // Undo here would revert commands against a copy the new writer moves on from: re-reading
          // empties the history (and picks up a write of ours that was still in flight).
          if (status.reason === 'taken-over') void reload.run();
          return;
        case 'writer':
          if (status.how === 'claimed' || status.how === 'unlocked') {
            setWriterState({ readOnly: false, readOnlyReason: null });
            return;
          }
          // The copy on screen may be older than what the last writer stored: re-read it first,
          // and keep refusing writes until then. Only still the writer afterwards may write.
          void reload.run().then(() => {
            const now = writer.status();
            if (now.role !== 'writer' || now.projectId !== status.projectId || openId() !== status.projectId) return;
            setWriterState({ readOnly: false, readOnlyReason: null, writerNotice: status.how === 'promoted' ? 'promoted' : null });
          });
      }
    };

    const { writer, stop } = startBrowserWriter({
      onStatus,
      onRemoteWrite(projectId, modifiedAt) {
        const current = store.getState().current;
        // A writer hears this only if two tabs wrote at once (no Web Locks, or a write in
        // flight while it took over): it re-reads too, so no tab keeps showing a stale copy.
        if (current?.project.id === projectId && current.project.modifiedAt !== modifiedAt) void reload.run();
      },
      onRemoteDelete(projectId) {
        const { current, closeProject, reportError, refreshProjects, locale } = store.getState();
        if (current?.project.id !== projectId) {
          void refreshProjects();
          return;
        }
        closeProject();
        reportError(translate(locale, 'writer:deletedElsewhere', { title: current.project.title }));
      },
    });

    const stopCommits = store.getState().onWriteCommitted((projectId, modifiedAt) => writer.announceWrite(projectId, modifiedAt));
    const stopFollowing = store.subscribe((state, previous) => {
      const id = state.current?.project.id ?? null;
      if (id !== (previous.current?.project.id ?? null)) writer.follow(id);
    });
    writer.follow(openId());
    // Give the lock back as the page goes (a reload, too), not only when the browser notices it
    // is gone, so the reloaded page finds it free; a page restored from the back-forward cache claims anew.
    const onPageHide = () => writer.follow(null);
    const onPageShow = (event: PageTransitionEvent) => event.persisted && writer.follow(openId());
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
      stopFollowing();
      stopCommits();
      stop();
      store.getState().setWriterState({ readOnly: false, readOnlyReason: null });
    };
  }, []);
}
