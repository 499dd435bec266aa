import type { StateCreator } from 'zustand';
import { advance, commit, describeRefusal, refusalForChangeset, undoChangeset, type Action, type Committed } from '../../shared/actions';
import { ReviewError } from '../../shared/review/errors';
import { isCodingsOnlyIdentity, isReadOnlyIdentity, workLock } from '../../shared/sync';
import { isEmptyChangeset, prepareTableCopies, stateFromSnapshot, type Changeset, type ProjectState } from '../../shared/model/changeset';
import { afterRedo, afterUndo, emptyHistory, labelKeys, recordCommand, type History } from './history';
import { createSerialQueue } from './serial';
import type { ProjectStorage } from './storage';
import type { AppStore, ChangesetStoredListener, ProjectSlice } from './types';
import { describeWriteFailure } from './write-failure';
import { lockedWorkRefusal } from './work-lock';

type Write = { kind: 'perform'; action: Action; shown?: (() => void) | undefined } | { kind: 'undo' } | { kind: 'redo' };

/**
 * The open project and its undo history. Every action goes through shared/'s `commit`, run
 * inside one write queue against the state the previous action left (so two quick key presses
 * both land), is written to storage first and only then shown: if the write fails, the screen
 * keeps showing what is really stored.
 */
export function createProjectSlice(storage: () => ProjectStorage): StateCreator<AppStore, [], [], ProjectSlice> {
  return (set, get) => {
    const serial = createSerialQueue();
    let history: History = emptyHistory;

    const setHistory = (next: History) => {
      history = next;
      set(labelKeys(next));
    };

    /**
     * Once the browser is idle after a project is shown or changed, copy its large tables for
     * the next action (see prepareTableCopies): coding in a project of 50,000 codings then
     * copies nothing between the key press and the screen.
     */
    const copyAheadWhenIdle = () => {
      const run = () => {
        const state = get().current;
        if (state) prepareTableCopies(state);
      };
      const whenIdle = () => {
        if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
        else setTimeout(run, 0);
      };
      // Asked for once the action's own frame is being drawn: the idle time left over from the
      // frame before could otherwise run the copy (tens of milliseconds, in one piece) between
      // the render of the coding and its paint.
      if (typeof requestAnimationFrame === 'function') requestAnimationFrame(whenIdle);
      else whenIdle();
    };

    // Team sync (features/sync): told of every changeset this tab stored itself, never of one
    // that arrived from the server (those are applied by applyRemote and must not echo back).
    const storedListeners = new Set<ChangesetStoredListener>();
    const fail = (key: string, err: unknown) => set({ lastError: describeWriteFailure(get().locale, key, err), saveStatus: 'error' });

    /** Resolves true when the action was stored (or changed nothing), false when refused or not saved. */
    const write = (w: Write) =>
      serial(async (): Promise<boolean> => {
        // One writer per project (features/writer-lock): a read-only tab refuses, in words.
        await get().untilWriterKnown();
        if (get().refuseIfReadOnly()) return false;
        const before = get().current;
        if (!before) return false;
        let forward: Changeset;
        let nextHistory: History;
        let committed: Committed | null = null;
        // Team sync: an observer (or a user without a role) changes nothing, undo included.
        const readOnly = isReadOnlyIdentity(get().syncIdentity);
        // A second coder writes only their own codings, as the server's rules allow.
        const codingsOnly = isCodingsOnlyIdentity(get().syncIdentity);
        if (w.kind === 'perform') {
          const { activeCoderId, reviewing, locale } = get();
          try {
            committed = commit(before, w.action, { coderId: activeCoderId, reviewing, readOnly, codingsOnly });
          } catch (err) {
            // A refused action changes nothing; say why in the user's words. Nothing was
            // written, so the save indicator stays as it was.
            set({ lastError: describeRefusal(locale, err) });
            return false;
          }
          set({ lastError: null });
          if (!committed) {
            // Nothing to store (e.g. the code is on that segment already): shown as it is.
            w.shown?.();
            return true;
          }
          forward = committed.command.forward;
          nextHistory = recordCommand(history, committed.command);
        } else {
          const command = w.kind === 'undo' ? history.past.at(-1) : history.future.at(-1);
          if (!command) return false;
          if (readOnly) {
            set({ lastError: describeRefusal(get().locale, new ReviewError('read-only')) });
            return false;
          }
          try {
            // Team sync: never write back over a row a collaborator changed since (shared rule).
            forward = undoChangeset(before, command, w.kind);
            const beyond = refusalForChangeset(before, forward, { coderId: get().activeCoderId, reviewing: get().reviewing, codingsOnly });
            if (beyond) {
              set({ lastError: describeRefusal(get().locale, beyond) });
              return false;
            }
          } catch (err) {
            // The step can never be taken back now: drop it, so earlier steps stay reachable
            // (each is checked the same way when its turn comes).
            setHistory(w.kind === 'undo' ? { past: history.past.slice(0, -1), future: history.future } : { past: history.past, future: history.future.slice(0, -1) });
            set({ lastError: describeRefusal(get().locale, err) });
            return false;
          }
          nextHistory = w.kind === 'undo' ? afterUndo(history) : afterRedo(history);
        }
        set({ saveStatus: 'saving' });
        let modifiedAt: string;
        try {
          modifiedAt = await storage().applyChangeset(before.project.id, forward);
        } catch (err) {
          fail('errors:saveFailed', err);
          return false;
        }
        // One writer per project (features/writer-lock): the other tabs showing it re-read it.
        get().writeCommitted(before.project.id, modifiedAt);
        // The project may have been closed while the write ran; then there is nothing to show.
        const current = get().current;
        if (current?.project.id !== before.project.id) return false;
        const next = committed && current === before ? committed.next : advance(current, forward);
        next.project = { ...next.project, modifiedAt };
        setHistory(nextHistory);
        set({ current: next, saveStatus: 'saved', lastSavedAt: modifiedAt, revision: get().revision + 1 });
        // In the same task as the state above, so React renders both in one go.
        if (w.kind === 'perform') w.shown?.();
        copyAheadWhenIdle();
        for (const listener of storedListeners) listener(before.project.id, before, forward);
        return true;
      });

    /** Shows a stored project: read back from storage, or `known` when it was just stored whole from memory. */
    const open = async (id: string, known?: ProjectState) => {
      const state = known ?? (await storage().loadProject(id));
      // Team sync: the identity is the open project's (reopened while connected, it still holds,
      // and so does who works); another project waits for its own.
      const syncIdentity = get().current?.project.id === id ? get().syncIdentity : null;
      const lock = workLock(syncIdentity);
      setHistory(emptyHistory);
      set({
        current: state,
        saveStatus: 'idle',
        lastSavedAt: state.project.modifiedAt,
        lastBackupAt: null,
        lastError: null,
        revision: 0,
        screen: 'data',
        activeDocumentId: null,
        selectedSegmentId: null,
        selectedCodeId: null,
        revealOffset: null,
        activeCoderId: lock?.coderId ?? null,
        reviewing: lock?.reviewing ?? false,
        syncIdentity,
      });
      copyAheadWhenIdle();
    };

    /** Review mode starts or ends: what was done on the other side of it cannot be undone from here. */
    const crossReviewBoundary = (reviewing: boolean, coderId: string | null) =>
      serial(async () => {
        setHistory(emptyHistory);
        set({ reviewing, activeCoderId: coderId, lastError: null });
      });

    /** Team sync: a second coder or supervisor stays who they are while connected (work-lock.ts). */
    const refuseLocked = (change: Parameters<typeof lockedWorkRefusal>[1]): Promise<void> | null => {
      const locked = lockedWorkRefusal(get(), change);
      if (!locked) return null;
      set({ lastError: locked });
      return Promise.resolve();
    };

    return {
      current: null,
      saveStatus: 'idle',
      lastSavedAt: null,
      lastBackupAt: null,
      lastError: null,
      projects: [],
      undoLabelKey: null,
      redoLabelKey: null,
      revision: 0,
      reviewing: false,
      syncIdentity: null,

      async refreshProjects() {
        try {
          set({ projects: await storage().listProjects() });
        } catch (err) {
          fail('errors:loadFailed', err);
        }
      },

      openProject: (id) =>
        serial(async () => {
          try {
            await open(id);
          } catch (err) {
            fail('errors:openFailed', err);
          }
        }),

      reopenProject: (id) =>
        serial(async () => {
          if (get().current?.project.id === id) return true;
          try {
            await open(id);
            return true;
          } catch (err) {
            if (err instanceof Error && err.name === 'ProjectNotFoundError') return false;
            fail('errors:openFailed', err);
            return false;
          }
        }),

      closeProject() {
        setHistory(emptyHistory);
        set({ current: null, screen: 'start', activeDocumentId: null, selectedSegmentId: null, selectedCodeId: null, commentsOpen: false, commentTarget: null, activeCoderId: null, reviewing: false, syncIdentity: null, showOthersCodings: true, lastBackupAt: null, saveStatus: 'idle', revision: 0 });
        void get().refreshProjects();
      },

      addProject: (snapshot, signal) =>
        serial(async () => {
          try {
            signal?.throwIfAborted();
            await storage().saveSnapshot(snapshot, signal);
            if (signal?.aborted) {
              // Cancelled while the transaction was committing: take the whole project back out.
              await storage().deleteProject(snapshot.project.id);
              signal.throwIfAborted();
            }
            // What was just stored is in memory already: reading 50 transcripts back from
            // IndexedDB before showing them only made the student wait.
            await open(snapshot.project.id, stateFromSnapshot(snapshot));
          } catch (err) {
            if (!signal?.aborted) fail('errors:saveFailed', err);
            throw err;
          }
        }),

      deleteProject: (id) =>
        serial(async () => {
          try {
            await storage().deleteProject(id);
            if (get().current?.project.id === id) get().closeProject();
            else await get().refreshProjects();
          } catch (err) {
            fail('errors:saveFailed', err);
          }
        }),

      perform: (kind, build, shown) => write({ kind: 'perform', action: { kind, build }, shown }),
      undo: () => write({ kind: 'undo' }).then(() => undefined),
      redo: () => write({ kind: 'redo' }).then(() => undefined),

      startReview: (coderId) => refuseLocked({ kind: 'startReview', coderId }) ?? crossReviewBoundary(true, coderId),
      endReview: () => refuseLocked({ kind: 'endReview' }) ?? crossReviewBoundary(false, null),
      setSyncIdentity: (identity) => set({ syncIdentity: identity }),

      // One writer per project (features/writer-lock): another tab wrote; show what is stored.
      reloadCurrent: () =>
        serial(async () => {
          const id = get().current?.project.id;
          if (!id) return;
          try {
            const state = await storage().loadProject(id);
            if (get().current?.project.id !== id) return;
            // Commands recorded against the old copy could undo the other tab's work.
            setHistory(emptyHistory);
            const { activeDocumentId: doc, selectedSegmentId: segment, selectedCodeId: code } = get();
            set({
              current: state,
              lastSavedAt: state.project.modifiedAt,
              activeDocumentId: doc && state.documents[doc] ? doc : null,
              selectedSegmentId: segment && state.segments[segment] ? segment : null,
              selectedCodeId: code && state.codes[code] ? code : null,
            });
          } catch (err) {
            fail('errors:openFailed', err);
          }
        }),

      onChangesetStored(listener) {
        storedListeners.add(listener);
        return () => void storedListeners.delete(listener);
      },
      // Team sync: what another machine wrote, stored in one transaction like an action but
      // outside the undo history, and not told to onChangesetStored (it must not echo back).
      applyRemote: (projectId, build) =>
        serial(async (): Promise<boolean> => {
          const before = get().current;
          if (before?.project.id !== projectId) return false;
          const forward = build(before);
          if (isEmptyChangeset(forward)) return true;
          let modifiedAt: string;
          try {
            modifiedAt = await storage().applyChangeset(projectId, forward);
          } catch (err) {
            fail('errors:saveFailed', err);
            return false;
          }
          get().writeCommitted(projectId, modifiedAt);
          const current = get().current;
          if (current?.project.id !== projectId) return false;
          const next = advance(current, forward);
          next.project = { ...next.project, modifiedAt };
          const { selectedSegmentId: segment, activeDocumentId: doc } = get();
          set({
            current: next,
            lastSavedAt: modifiedAt,
            revision: get().revision + 1,
            selectedSegmentId: segment && next.segments[segment] ? segment : null,
            activeDocumentId: doc && next.documents[doc] ? doc : null,
          });
          return true;
        }),
      reportError: (message) => set({ lastError: message }),
      clearError: () => set({ lastError: null }),
      setLastBackupAt: (iso) => set({ lastBackupAt: iso }),
    };
  };
}

