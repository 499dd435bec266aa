/**
 * When to write an automatic backup of the open project:
 *  - when it is opened, if it changed since its newest backup;
 *  - every few minutes, if it changed since the last backup;
 *  - when it is closed (or the window goes away), if it changed since the last backup.
 * "Changed" is the store's write counter (`revision`), so an unchanged project is never
 * backed up twice and ten backups are not filled with copies of the same state.
 */
import type { BackupInfo } from '../../../shared/ipc-contract';
import type { ProjectState } from '../../../shared/model/changeset';

/** How often a changed project is backed up while it is open. */
export const BACKUP_INTERVAL_MS = 5 * 60 * 1000;

export interface AutoBackupDeps {
  /** Writes a backup of this state (project file bytes to main, or IndexedDB in a browser). */
  write(state: ProjectState, closing: boolean): Promise<BackupInfo>;
  /** The time of the project's newest backup, or null when it has none. */
  newestBackupAt(projectId: string): Promise<string | null>;
  /** The newest backup time to show ("Cadangan terakhir 14.05"). */
  onBackupTime(projectId: string, iso: string | null): void;
  onError(err: unknown): void;
}

export interface AutoBackup {
  opened(state: ProjectState, revision: number): Promise<void>;
  /** The periodic check; backs up only when something changed. */
  interval(state: ProjectState, revision: number): Promise<void>;
  closing(state: ProjectState, revision: number): Promise<void>;
}

export function createAutoBackup(deps: AutoBackupDeps): AutoBackup {
  /** The revision each project had at its last backup. */
  const backedUp = new Map<string, number>();
  let queue: Promise<void> = Promise.resolve();
  // One backup at a time, in order: a closing backup must not race the interval one.
  const serial = (task: () => Promise<void>) => (queue = queue.then(task).catch(deps.onError));

  const backup = async (state: ProjectState, revision: number, closing = false) => {
    const info = await deps.write(state, closing);
    backedUp.set(state.project.id, revision);
    deps.onBackupTime(state.project.id, info.createdAt);
  };
  const ifChanged = (state: ProjectState, revision: number, closing = false) =>
    serial(async () => {
      if (backedUp.get(state.project.id) !== revision) await backup(state, revision, closing);
    });

  return {
    opened: (state, revision) =>
      serial(async () => {
        const newest = await deps.newestBackupAt(state.project.id);
        if (newest === null || newest < state.project.modifiedAt) await backup(state, revision);
        else {
          backedUp.set(state.project.id, revision);
          deps.onBackupTime(state.project.id, newest);
        }
      }),
    interval: (state, revision) => ifChanged(state, revision),
    closing: (state, revision) => ifChanged(state, revision, true),
  };
}
