import { create } from 'zustand';
import { api } from '../../lib/api';
import { useAppStore } from '../../store';
import { needsReview, readProjectFile, type ReadProjectFileResult } from './open-project-file';

interface StartUi {
  wizardOpen: boolean;
  setWizardOpen(open: boolean): void;
  /** The project file just read, waiting for the user to see its warnings or error. */
  fileResult: ReadProjectFileResult | null;
  dismissFile(): void;
  busy: boolean;
}

/** The start dialogs' state, kept outside the screen so menu commands can open them too. */
export const useStartUi = create<StartUi>()((set) => ({
  wizardOpen: false,
  setWizardOpen: (wizardOpen) => set({ wizardOpen }),
  fileResult: null,
  dismissFile: () => set({ fileResult: null }),
  busy: false,
}));

/** Stores a project read from a file and opens it. */
export async function acceptProjectFile(): Promise<void> {
  const result = useStartUi.getState().fileResult;
  useStartUi.setState({ fileResult: null });
  if (result?.ok) await useAppStore.getState().addProject(result.snapshot).catch(() => undefined);
}

/**
 * "Buka berkas proyek": a clean Pilah file opens at once as a new project; another tool's
 * file, or one with warnings, first shows its producer and what was left out; a bad file
 * shows why, and nothing is written.
 */
export async function openProjectFile(): Promise<void> {
  const file = await api.projectOpenFile();
  if (!file) return;
  useStartUi.setState({ busy: true });
  // Let the spinner paint before the (mostly synchronous) parse of a large file.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const result = await readProjectFile(file, useAppStore.getState().locale);
  useStartUi.setState({ busy: false, fileResult: result });
  if (!needsReview(result)) await acceptProjectFile();
}
