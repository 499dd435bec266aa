import { create } from 'zustand';
import { api } from '../../lib/api';
import { useAppStore } from '../../store';
import { reviewAs } from '../review';
import { needsReview, readProjectFile, type ReadProjectFileResult } from './open-project-file';

interface StartUi {
  wizardOpen: boolean;
  setWizardOpen(open: boolean): void;
  /** The project file just read, waiting for the user to see its warnings or error. */
  fileResult: ReadProjectFileResult | null;
  /** The file is opened by a supervisor for review ("Buka untuk meninjau"). */
  forReview: boolean;
  dismissFile(): void;
  busy: boolean;
}

/** The start dialogs' state, kept outside the screen so menu commands can open them too. */
export const useStartUi = create<StartUi>()((set) => ({
  wizardOpen: false,
  setWizardOpen: (wizardOpen) => set({ wizardOpen }),
  fileResult: null,
  forReview: false,
  dismissFile: () => set({ fileResult: null, forReview: false }),
  busy: false,
}));

/**
 * Stores a project read from a file and opens it; with a reviewer's name, opens it in review
 * mode as that supervisor (their comments only; the student's work stays as it was).
 */
export async function acceptProjectFile(reviewerName?: string): Promise<void> {
  const result = useStartUi.getState().fileResult;
  useStartUi.setState({ fileResult: null, forReview: false });
  if (!result?.ok) return;
  const stored = await useAppStore
    .getState()
    .addProject(result.snapshot)
    .then(() => true)
    .catch(() => false);
  if (stored && reviewerName?.trim()) await reviewAs(reviewerName);
}

/**
 * "Buka berkas proyek": a clean Pilah file opens at once as a new project; another tool's
 * file, or one with warnings, first shows its producer and what was left out; a bad file
 * shows why, and nothing is written.
 */
export async function openProjectFile({ forReview = false }: { forReview?: boolean } = {}): Promise<void> {
  const file = await api.projectOpenFile();
  if (!file) return;
  useStartUi.setState({ busy: true, forReview });
  // Let the spinner paint before the (mostly synchronous) parse of a large file.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const result = await readProjectFile(file, useAppStore.getState().locale);
  useStartUi.setState({ busy: false, fileResult: result });
  // For review the dialog always shows: it asks the supervisor's name.
  if (!forReview && !needsReview(result)) await acceptProjectFile();
}
