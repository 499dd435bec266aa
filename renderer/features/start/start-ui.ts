import { create } from 'zustand';
import { api } from '../../lib/api';
import { translate } from '../../../shared/i18n';
import type { ProjectSnapshot } from '../../../shared/model/types';
import { copySnapshotWithNewIds } from '../../lib/copy-snapshot';
import { useAppStore, type ProjectSummary } from '../../store';
import { reviewAs } from '../review';
import { deleteProjectUnlessOpenElsewhere } from '../writer-lock';
import { copyTitle, findDuplicate, loadProjectOrigins, rememberProjectOrigin } from './duplicate-project';
import { needsReview, readProjectFile, type ReadProjectFileResult } from './open-project-file';

interface StartUi {
  wizardOpen: boolean;
  setWizardOpen(open: boolean): void;
  /** The project file just read, waiting for the user to see its warnings or error. */
  fileResult: ReadProjectFileResult | null;
  /** The file is opened by a supervisor for review ("Buka untuk meninjau"). */
  forReview: boolean;
  /** The recent project the file is already in, or null: the student chooses what to do. */
  duplicate: ProjectSummary | null;
  dismissFile(): void;
  busy: boolean;
}

/** The start dialogs' state, kept outside the screen so menu commands can open them too. */
export const useStartUi = create<StartUi>()((set) => ({
  wizardOpen: false,
  setWizardOpen: (wizardOpen) => set({ wizardOpen }),
  fileResult: null,
  forReview: false,
  duplicate: null,
  dismissFile: () => set({ fileResult: null, forReview: false, duplicate: null }),
  busy: false,
}));

/**
 * What to do with a file whose project is already stored: store it as a new project (no
 * duplicate), replace the stored one with it, or keep both, the new one named "… (salinan 2)".
 */
export type StoreChoice = 'new' | 'replace' | 'copy';

/**
 * Stores a project read from a file and opens it; with a reviewer's name, opens it in review
 * mode as that supervisor (their comments only; the student's work stays as it was).
 */
export async function acceptProjectFile(reviewerName?: string, choice: StoreChoice = 'new'): Promise<void> {
  const { fileResult: result, duplicate } = useStartUi.getState();
  useStartUi.setState({ fileResult: null, forReview: false, duplicate: null });
  if (!result?.ok) return;
  const app = useAppStore.getState();
  let snapshot = result.snapshot;
  if (choice === 'copy') {
    const title = copyTitle(snapshot.project.title, app.projects, (base, n) => translate(app.locale, 'start:copyTitle', { title: base, n }));
    snapshot = { ...snapshot, project: { ...snapshot.project, title } };
  }
  const stored = await app
    .addProject(snapshot)
    .then(() => true)
    .catch(() => false);
  if (!stored) return;
  const replaced = choice === 'replace' && duplicate ? duplicate.id : null;
  if (result.originalId) rememberProjectOrigin(snapshot.project.id, result.originalId, replaced ? [replaced] : []);
  // The new one is stored and open before the old one goes: a failed write loses nothing.
  if (replaced) await deleteProjectUnlessOpenElsewhere(replaced);
  if (reviewerName?.trim()) await reviewAs(reviewerName);
}

/** Opens the recent project the file is a copy of, instead of storing the file again. */
export async function openExistingInstead(reviewerName?: string): Promise<void> {
  const { duplicate } = useStartUi.getState();
  useStartUi.setState({ fileResult: null, forReview: false, duplicate: null });
  if (!duplicate) return;
  await useAppStore.getState().openProject(duplicate.id);
  if (useAppStore.getState().current?.project.id === duplicate.id && reviewerName?.trim()) await reviewAs(reviewerName);
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
  let duplicate: ProjectSummary | null = null;
  if (result.ok) {
    await useAppStore.getState().refreshProjects();
    const { project } = result.snapshot;
    duplicate = findDuplicate({ originalId: result.originalId, title: project.title, researcher: project.researcher }, useAppStore.getState().projects, loadProjectOrigins());
  }
  useStartUi.setState({ busy: false, fileResult: result, duplicate });
  // For review the dialog always shows: it asks the supervisor's name; so does a project already stored.
  if (!forReview && !duplicate && !needsReview(result)) await acceptProjectFile();
}

/**
 * "Buka untuk meninjau" for a project read from elsewhere than a file (a team database the
 * supervisor reads): stored as a copy, as an opened file is, after the same dialog asks the
 * supervisor's name and, when the project is already stored, what to do with it.
 */
export async function offerProjectForReview(source: string, snapshot: ProjectSnapshot): Promise<void> {
  await useAppStore.getState().refreshProjects();
  const originalId = snapshot.project.id;
  const { project } = snapshot;
  const duplicate = findDuplicate({ originalId, title: project.title, researcher: project.researcher }, useAppStore.getState().projects, loadProjectOrigins());
  const result: ReadProjectFileResult = { ok: true, fileName: source, snapshot: copySnapshotWithNewIds(snapshot), warnings: [], producer: { id: 'pilah', origin: '' }, originalId };
  useStartUi.setState({ busy: false, fileResult: result, forReview: true, duplicate });
}
