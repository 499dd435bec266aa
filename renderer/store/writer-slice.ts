import type { StateCreator } from 'zustand';
import { translate } from '../../shared/i18n';
import type { AppStore } from './types';

/**
 * Why this tab may not change the open project: it is still asking whether another tab
 * edits it ("checking", a moment after opening), another tab was editing it first, or
 * another tab took editing over from this one.
 */
export type ReadOnlyReason = 'checking' | 'other-tab' | 'taken-over';

export interface WriterSlice {
  /** True while another tab is the project's one writer: every write is refused, in words. */
  readOnly: boolean;
  readOnlyReason: ReadOnlyReason | null;
  /** A passing note: this tab became the writer because the editing tab was closed. */
  writerNotice: 'promoted' | null;
  setWriterState(state: { readOnly: boolean; readOnlyReason: ReadOnlyReason | null; writerNotice?: 'promoted' | null }): void;
  dismissWriterNotice(): void;
  /**
   * Resolves once this tab knows whether it is the writer (a moment after opening a project),
   * so an action taken right away — e.g. starting a review as a file opens — waits for the
   * answer instead of being refused for it.
   */
  untilWriterKnown(): Promise<void>;
  /** In a read-only tab: says in the error banner why nothing was written, and returns true. */
  refuseIfReadOnly(): boolean;
  /** The project slice calls this after every committed write (the writer-lock feature tells other tabs). */
  writeCommitted(projectId: string, modifiedAt: string): void;
  /** Listens to this tab's committed writes; returns the function that stops listening. */
  onWriteCommitted(listener: (projectId: string, modifiedAt: string) => void): () => void;
}

const REFUSAL: Record<ReadOnlyReason, string> = {
  checking: 'writer:refused.checking',
  'other-tab': 'writer:refused.otherTab',
  'taken-over': 'writer:refused.takenOver',
};

/** One writer per project across tabs: this tab's part (the lock itself lives in features/writer-lock). */
/** How long an action waits for the lock's answer before it is refused as "checking". */
const CHECK_WAIT_MS = 3000;

export const createWriterSlice: StateCreator<AppStore, [], [], WriterSlice> = (set, get, api) => {
  const listeners = new Set<(projectId: string, modifiedAt: string) => void>();
  return {
    readOnly: false,
    readOnlyReason: null,
    writerNotice: null,
    setWriterState: ({ readOnly, readOnlyReason, writerNotice = null }) => set({ readOnly, readOnlyReason, writerNotice }),
    dismissWriterNotice: () => set({ writerNotice: null }),
    untilWriterKnown() {
      if (get().readOnlyReason !== 'checking') return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          stop();
          resolve();
        };
        const timer = setTimeout(done, CHECK_WAIT_MS);
        const stop = api.subscribe((state) => state.readOnlyReason !== 'checking' && done());
      });
    },
    refuseIfReadOnly() {
      const { readOnly, readOnlyReason, locale } = get();
      if (!readOnly) return false;
      set({ lastError: translate(locale, REFUSAL[readOnlyReason ?? 'other-tab']) });
      return true;
    },
    writeCommitted(projectId, modifiedAt) {
      for (const listener of listeners) listener(projectId, modifiedAt);
    },
    onWriteCommitted(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
