/** Saving the open project as a .qdpx file and restoring a backup as a new copy. */
import { translate } from '../../../shared/i18n';
import { describeProjectFileError } from '../../../shared/refi/errors';
import { loadProjectFileReader } from '../../lib/project-file-reader';
import { api } from '../../lib/api';
import { copySnapshotWithNewIds } from '../../lib/copy-snapshot';
import { formatLongDateTime, safeFileName } from '../../lib/format';
import { projectFileBytesAsync } from '../../lib/project-file-writer';
import { useAppStore } from '../../store';


/** "Simpan berkas proyek sebagai…": asks where (desktop) or downloads (browser). */
export async function saveProjectFileAs(): Promise<void> {
  const { current, locale, reportError } = useAppStore.getState();
  if (!current) return;
  try {
    await api.projectSaveFile({ suggestedName: `${safeFileName(current.project.title)}.qdpx`, bytes: await projectFileBytesAsync(current) });
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
    snapshot = (await loadProjectFileReader()).readQdpx(bytes).snapshot;
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
