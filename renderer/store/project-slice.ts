import type { StateCreator } from 'zustand';
import { applyChangeset, isEmptyChangeset, makeCommand, type Changeset, type ProjectState } from '../../shared/model/changeset';
import { advanceDerivedData, followReferences } from '../../shared/project';
import { withMemoAuthor } from '../../shared/review/memo-author';
import { mayPerform } from '../../shared/review/review-mode';
import { translate } from '../../shared/i18n';
import { DomainError } from '../../shared/project/errors';
import { afterRedo, afterUndo, emptyHistory, labelKeys, recordCommand, type History } from './history';
import { createSerialQueue } from './serial';
import type { ProjectStorage } from './storage';
import type { AppStore, ProjectSlice } from './types';

type Write = { kind: 'perform'; labelKey: string; change: Changeset | ((state: ProjectState) => Changeset) } | { kind: 'undo' } | { kind: 'redo' };

/**
 * The open project and its undo history. Every change is written to storage first and only
 * then shown: if the write fails, the screen keeps showing what is really stored.
 */
export function createProjectSlice(storage: () => ProjectStorage): StateCreator<AppStore, [], [], ProjectSlice> {
  return (set, get) => {
    const serial = createSerialQueue();
    let history: History = emptyHistory;

    const setHistory = (next: History) => {
      history = next;
      set(labelKeys(next));
    };

    const describe = (key: string, err: unknown) =>
      translate(get().locale, key, { detail: err instanceof Error ? err.message : String(err) });
    const fail = (key: string, err: unknown) => set({ lastError: describe(key, err), saveStatus: 'error' });

    const write = (w: Write) =>
      serial(async () => {
        // One writer per project (features/writer-lock): a read-only tab refuses, in words.
        if (get().refuseIfReadOnly()) return;
        const before = get().current;
        if (!before) return;
        let forward: Changeset;
        let nextHistory: History;
        if (w.kind === 'perform') {
          if (!mayPerform(before, get().activeCoderId, w.labelKey)) {
            set({ lastError: translate(get().locale, 'review:refused.review-mode') });
            return;
          }
          try {
            const change = typeof w.change === 'function' ? w.change(before) : w.change;
            // Deleting a code, informant or segment also updates the analysis that named it;
            // a memo written records who wrote it, from whichever screen.
            forward = withMemoAuthor(before, followReferences(before, change), get().activeCoderId);
          } catch (err) {
            // A refused action (a domain rule) changes nothing; say why in the user's words.
            // Nothing was written, so the save indicator stays as it was.
            set({ lastError: err instanceof DomainError ? translate(get().locale, err.messageKey) : describe('errors:actionFailed', err) });
            return;
          }
          if (isEmptyChangeset(forward)) return;
          nextHistory = recordCommand(history, makeCommand(before, w.labelKey, forward));
        } else if (w.kind === 'undo') {
          const command = history.past.at(-1);
          if (!command) return;
          forward = command.backward;
          nextHistory = afterUndo(history);
        } else {
          const command = history.future.at(-1);
          if (!command) return;
          forward = command.forward;
          nextHistory = afterRedo(history);
        }
        set({ saveStatus: 'saving' });
        let modifiedAt: string;
        try {
          modifiedAt = await storage().applyChangeset(before.project.id, forward);
        } catch (err) {
          fail('errors:saveFailed', err);
          return;
        }
        // One writer per project (features/writer-lock): the other tabs showing it re-read it.
        get().writeCommitted(before.project.id, modifiedAt);
        // The project may have been closed while the write ran; then there is nothing to show.
        if (get().current?.project.id !== before.project.id) return;
        const current = get().current!;
        const next = applyChangeset(current, forward);
        // Carries segment index and code counts over, so the next action in a project with
        // tens of thousands of codings does not re-read every segment.
        advanceDerivedData(current, forward, next);
        next.project = { ...next.project, modifiedAt };
        setHistory(nextHistory);
        set({ current: next, saveStatus: 'saved', lastSavedAt: modifiedAt, revision: get().revision + 1 });
      });

    const open = async (id: string) => {
      const state = await storage().loadProject(id);
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
      });
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

      closeProject() {
        setHistory(emptyHistory);
        set({ current: null, screen: 'start', activeDocumentId: null, selectedSegmentId: null, selectedCodeId: null, commentsOpen: false, commentTarget: null, activeCoderId: null, showOthersCodings: true, lastBackupAt: null, saveStatus: 'idle', revision: 0 });
        void get().refreshProjects();
      },

      addProject: (snapshot) =>
        serial(async () => {
          try {
            await storage().saveSnapshot(snapshot);
            await open(snapshot.project.id);
          } catch (err) {
            fail('errors:saveFailed', err);
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

      perform: (labelKey, change) => write({ kind: 'perform', labelKey, change }),
      undo: () => write({ kind: 'undo' }),
      redo: () => write({ kind: 'redo' }),

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

      reportError: (message) => set({ lastError: message }),
      clearError: () => set({ lastError: null }),
      setLastBackupAt: (iso) => set({ lastBackupAt: iso }),
    };
  };
}
