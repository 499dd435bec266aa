/**
 * State that lives only while coding and is shared by the workspace's panes: the text the
 * student has selected, which overlay is open, and a range to select after a search-hit
 * jump. Nothing of it is saved.
 */
import { create } from 'zustand';
import type { TextRange } from '../../../shared/project';

interface WorkspaceState {
  /** The current text selection in the transcript (holding more than white space), or null. */
  selection: TextRange | null;
  setSelection(selection: TextRange | null): void;
  /** The code picker: for the text selection ('selection') or for adding to the selected segment ('segment'). */
  picker: 'selection' | 'segment' | null;
  openPicker(target: 'selection' | 'segment'): void;
  closePicker(): void;
  searchOpen: boolean;
  setSearchOpen(open: boolean): void;
  /** A range the transcript should scroll to and select (a search hit); nonce makes repeats count. */
  pendingSelection: (TextRange & { nonce: number }) | null;
  selectRange(range: TextRange): void;
  /** The last reveal (store nonce) the transcript has scrolled to, so coming back does not jump again. */
  handledRevealNonce: number;
  setHandledRevealNonce(nonce: number): void;
  /** The first line on screen per transcript, so leaving the workspace and coming back keeps the place. */
  topLines: Record<string, number>;
  rememberTopLine(documentId: string, line: number): void;
}

export const useWorkspace = create<WorkspaceState>()((set, get) => ({
  selection: null,
  // The same range again (every key press re-reads the browser's selection) keeps the same
  // object, so the panes that show it do not render again.
  setSelection: (selection) => {
    const was = get().selection;
    if (was === selection || (was && selection && was.documentId === selection.documentId && was.start === selection.start && was.end === selection.end)) return;
    set({ selection });
  },
  picker: null,
  openPicker: (picker) => set({ picker }),
  closePicker: () => set({ picker: null }),
  searchOpen: false,
  setSearchOpen: (searchOpen) => set({ searchOpen }),
  pendingSelection: null,
  selectRange: (range) => set({ pendingSelection: { ...range, nonce: (get().pendingSelection?.nonce ?? 0) + 1 } }),
  handledRevealNonce: 0,
  setHandledRevealNonce: (handledRevealNonce) => set({ handledRevealNonce }),
  topLines: {},
  rememberTopLine: (documentId, line) => set({ topLines: { ...get().topLines, [documentId]: line } }),
}));
