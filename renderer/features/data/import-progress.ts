import { create } from 'zustand';
import type { PickedFile } from '../../../shared/ipc-contract';
import { act, useAppStore } from '../../store';
import { importChangeset, readTranscripts, type FileImportResult, type UnreadFile } from './import-files';

interface ImportProgress {
  running: boolean;
  files: FileImportResult[];
  clear(): void;
}

/** The progress list of the current or last import (shared by the drop zone and the window drop). */
export const useImportProgress = create<ImportProgress>()((set) => ({
  running: false,
  files: [],
  clear: () => set({ files: [] }),
}));

/**
 * Imports files into the open project: per-file progress, then one undoable command.
 * The changeset is computed when it runs, from the project as it is then.
 */
export async function runImport(files: readonly (PickedFile | UnreadFile)[]): Promise<void> {
  const progress = useImportProgress;
  if (files.length === 0 || progress.getState().running) return;
  const app = useAppStore.getState();
  if (!app.current) return;
  progress.setState({ running: true, files: files.map((f) => ({ name: f.name, status: 'waiting' })) });
  try {
    const { imported, pictures } = await readTranscripts(files, {
      locale: app.locale,
      onProgress: (index, result) =>
        progress.setState((s) => ({ files: s.files.map((f, i) => (i === index ? result : f)) })),
    });
    // Photos alone are named as such in the undo menu; a mix is an import of transcripts.
    await act(imported.length === 0 && pictures.length > 0 ? 'importPictures' : 'importTranscripts', (state) => importChangeset(state, imported, undefined, pictures) ?? {});
  } finally {
    progress.setState({ running: false });
  }
}
