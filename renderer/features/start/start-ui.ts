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
  /** A project file being opened: its name and the step shown with a cancel button; null otherwise. */
  opening: { fileName: string; step: 'reading' | 'storing' } | null;
  /** The file whose opening the student cancelled (nothing stored), said once on the start screen. */
  cancelledFile: string | null;
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
  opening: null,
  cancelledFile: null,
}));

/** Aborted when the student cancels opening the current file. */
let opening: AbortController | null = null;

/**
 * "Batalkan" while a project file is being read or stored: nothing of it is stored (the
 * store's single transaction is abandoned, or the project taken back out if it had just
 * committed), and the start screen says so.
 */
export function cancelOpening(): void {
  const current = useStartUi.getState().opening;
  opening?.abort();
  opening = null;
  useStartUi.setState({ busy: false, opening: null, fileResult: null, forReview: false, duplicate: null, cancelledFile: current?.fileName ?? null });
}

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
  const signal = (opening ??= new AbortController()).signal;
  useStartUi.setState({ busy: true, opening: { fileName: result.fileName, step: 'storing' } });
  const app = useAppStore.getState();
  let snapshot = result.snapshot;
  if (choice === 'copy') {
    const title = copyTitle(snapshot.project.title, app.projects, (base, n) => translate(app.locale, 'start:copyTitle', { title: base, n }));
    snapshot = { ...snapshot, project: { ...snapshot.project, title } };
  }
  const stored = await app
    .addProject(snapshot, signal)
    .then(() => true)
    .catch(() => false);
  if (signal.aborted) return;
  opening = null;
  useStartUi.setState({ busy: false, opening: null });
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
  opening?.abort();
  const controller = (opening = new AbortController());
  useStartUi.setState({ busy: true, forReview, opening: { fileName: file.name, step: 'reading' }, cancelledFile: null });
  // Let "Membaca …" and its cancel button paint before the (mostly synchronous) parse of a
  // large file: after the next frame, not merely the next task.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  if (controller.signal.aborted) return;
  const result = await readProjectFile(file, useAppStore.getState().locale);
  if (controller.signal.aborted) return;
  let duplicate: ProjectSummary | null = null;
  if (result.ok) {
    await useAppStore.getState().refreshProjects();
    const { project } = result.snapshot;
    duplicate = findDuplicate({ originalId: result.originalId, title: project.title, researcher: project.researcher }, useAppStore.getState().projects, loadProjectOrigins());
  }
  if (controller.signal.aborted) return;
  // For review the dialog always shows: it asks the supervisor's name; so does a project already stored.
  const storeNow = !forReview && !duplicate && !needsReview(result);
  if (!storeNow) opening = null;
  useStartUi.setState({ busy: storeNow, opening: storeNow ? { fileName: file.name, step: 'storing' } : null, fileResult: result, duplicate });
  if (storeNow) await acceptProjectFile();
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
