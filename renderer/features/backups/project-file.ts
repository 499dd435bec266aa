/** Saving the open project as a .qdpx file and restoring a backup as a new copy. */
import { translate } from '../../../shared/i18n';
import { snapshotFromState, type ProjectState } from '../../../shared/model/changeset';
import { describeProjectFileError, readQdpx, writeQdpx } from '../../../shared/refi';
import { api } from '../../lib/api';
import { copySnapshotWithNewIds } from '../../lib/copy-snapshot';
import { formatLongDateTime, safeFileName } from '../../lib/format';
import { useAppStore } from '../../store';
import { version } from '../../../package.json';

/** The project file bytes of a project as it is in memory. */
export function projectFileBytes(state: ProjectState): Uint8Array {
  return writeQdpx(snapshotFromState(state), { appVersion: version });
}

/** "Simpan berkas proyek sebagai…": asks where (desktop) or downloads (browser). */
export async function saveProjectFileAs(): Promise<void> {
  const { current, locale, reportError } = useAppStore.getState();
  if (!current) return;
  try {
    await api.projectSaveFile({ suggestedName: `${safeFileName(current.project.title)}.qdpx`, bytes: projectFileBytes(current) });
  } catch (err) {
    reportError(translate(locale, 'errors:fileSaveFailed', { detail: err instanceof Error ? err.message : String(err) }));
  }
}

/**
 * Restores a backup as a NEW project "<title> (dipulihkan <date>)" and opens it; the
 * project it came from is never overwritten.
 */
export async function restoreBackup(projectId: string, backup: { id: string; createdAt: string }): Promise<void> {
  const { locale, reportError, addProject, current } = useAppStore.getState();
  let bytes: Uint8Array;
  try {
    bytes = await api.backupRead({ projectId, id: backup.id });
  } catch (err) {
    reportError(translate(locale, 'errors:restoreFailed', { detail: err instanceof Error ? err.message : String(err) }));
    return;
  }
  let snapshot;
  try {
    snapshot = readQdpx(bytes).snapshot;
  } catch (err) {
    reportError(describeProjectFileError(err, locale, backup.createdAt));
    return;
  }
  const title = translate(locale, 'backup:restoredTitle', {
    title: current?.project.title ?? snapshot.project.title,
    date: formatLongDateTime(backup.createdAt, locale),
  });
  // addProject reports its own failure in the banner.
  await addProject(copySnapshotWithNewIds(snapshot, { title, now: new Date().toISOString() })).catch(() => undefined);
}
